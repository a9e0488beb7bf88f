#include "commandline.h"

#include <cstdio>

namespace demarche::cli {

int runTimeml(const QStringList &)
{
    std::fputs("demarche-cli timeml: not built yet\n", stderr);
    return 1;
}

} // namespace demarche::cli
