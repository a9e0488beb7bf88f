#include "commandline.h"

#include <cstdio>

namespace demarche::cli {

int runExport(int, char *[])
{
    std::fputs("demarche-cli export: not built yet\n", stderr);
    return 1;
}

} // namespace demarche::cli
