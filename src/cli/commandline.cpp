#include "commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace demarche::cli {

QString defaultSeedsPath()
{
    const QString fromEnvironment = qEnvironmentVariable("DEMARCHE_SEEDS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/demarche/seeds"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(DEMARCHE_DEFAULT_SEEDS);
}

} // namespace demarche::cli
