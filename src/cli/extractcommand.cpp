#include "commandline.h"

namespace demarche::cli {

int runExtract(const QStringList &)
{
    return 1;
}

} // namespace demarche::cli
