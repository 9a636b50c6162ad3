#include "webrole.h"

namespace rostrum::web {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::web::WebRole)
};

const QStringList &clockActs()
{
    static const QStringList acts = {
        QStringLiteral("start"),    QStringLiteral("pause"),   QStringLiteral("next"),
        QStringLiteral("add-time"), QStringLiteral("message"),
    };
    return acts;
}

const QStringList &listActs()
{
    static const QStringList acts = {
        QStringLiteral("inscribe"),
        QStringLiteral("reply"),
        QStringLiteral("move"),
        QStringLiteral("absent"),
    };
    return acts;
}

// Giving the floor out of turn and taking acts back are the chair's alone.
const QStringList &chairOnlyActs()
{
    static const QStringList acts = {
        QStringLiteral("point-of-order"),
        QStringLiteral("undo"),
        QStringLiteral("redo"),
    };
    return acts;
}
} // namespace

QList<WebRole> allWebRoles()
{
    return {WebRole::Viewer, WebRole::Timekeeper, WebRole::Staff, WebRole::Chair};
}

QString webRoleKey(WebRole role)
{
    switch (role) {
    case WebRole::Viewer:
        return QStringLiteral("viewer");
    case WebRole::Timekeeper:
        return QStringLiteral("timekeeper");
    case WebRole::Staff:
        return QStringLiteral("staff");
    case WebRole::Chair:
        return QStringLiteral("chair");
    }
    return {};
}

std::optional<WebRole> webRoleFromKey(const QString &key)
{
    for (const WebRole role : allWebRoles()) {
        if (webRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString webRoleName(WebRole role)
{
    switch (role) {
    case WebRole::Viewer:
        return Tr::tr("Viewer");
    case WebRole::Timekeeper:
        return Tr::tr("Timekeeper");
    case WebRole::Staff:
        return Tr::tr("Staff");
    case WebRole::Chair:
        return Tr::tr("Chair");
    }
    return {};
}

QStringList allWebActs()
{
    return clockActs() + listActs() + chairOnlyActs();
}

QStringList webActsOf(WebRole role)
{
    switch (role) {
    case WebRole::Viewer:
        return {};
    case WebRole::Timekeeper:
        return clockActs();
    case WebRole::Staff:
        return listActs();
    case WebRole::Chair:
        return allWebActs();
    }
    return {};
}

bool webRoleMay(WebRole role, const QString &act)
{
    return webActsOf(role).contains(act);
}

} // namespace rostrum::web
