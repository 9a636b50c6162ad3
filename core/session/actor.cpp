#include "session/actor.h"

#include <QSysInfo>

namespace rostrum {

QString actorName(Program program)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const QString programName =
        program == Program::Console ? QStringLiteral("console") : QStringLiteral("cli");
    return QStringLiteral("%1@%2 (%3)").arg(user, host, programName);
}

} // namespace rostrum
