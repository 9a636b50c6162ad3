#include "session/demosession.h"

#include "clock/clock.h"
#include "meeting/demomeeting.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rostrum::DemoSession {

QString freshPath(const Clock &clock)
{
    QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    dir.mkpath(QStringLiteral("demo"));
    dir.cd(QStringLiteral("demo"));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(clock.utcMs())
                              .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    // A frozen clock (--fake-clock) gives every run the same stamp.
    QString path = dir.filePath(QStringLiteral("demo-%1.rostrum").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("demo-%1-%2.rostrum").arg(stamp).arg(n));
    return path;
}

std::unique_ptr<MeetingSession> create(const QString &path, qint64 offsetMs, const Clock &clock,
                                       const QString &actor, QString *error)
{
    auto session =
        MeetingSession::create(path, DemoMeeting::meeting(offsetMs), clock, actor, error);
    if (!session)
        return nullptr;
    for (const EntryDraft &d : DemoMeeting::inscriptions(offsetMs)) {
        if (const MeetingSession::Result r = session->add(d); !r.ok && error)
            *error = r.error;
    }
    return session;
}

} // namespace rostrum::DemoSession
