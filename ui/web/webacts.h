#pragma once

#include "webreply.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rostrum {
class MeetingSession;
}

namespace rostrum::web {

// The acts of the API (POST /api/acts/ACT) on the meeting: the body read strictly, then one act
// of the session, exactly as the console or the command line would make it. The role was
// checked before; this answers 200 with what was done, 400 for a body that does not say what
// to do, 409 with the core's own message when the rules refuse, 503 when it cannot be saved.
class WebActs final
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::web::WebActs)

public:
    static WebReply perform(MeetingSession &session, const QString &act, const QByteArray &body);
};

} // namespace rostrum::web
