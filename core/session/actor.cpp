#include "session/actor.h"

namespace rostrum {

QString actorName(Program program)
{
    switch (program) {
    case Program::Console:
        return QStringLiteral("console");
    case Program::CommandLine:
        break;
    }
    const QString user = qEnvironmentVariable("USER");
    return QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

} // namespace rostrum
