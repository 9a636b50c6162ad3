#include "tempmeeting.h"

#include <catch2/catch.hpp>

namespace rostrum::testing {

TempMeeting::TempMeeting()
{
    REQUIRE(m_dir.isValid());
}

QString TempMeeting::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<MeetingSession> TempMeeting::createEmpty(const QString &name)
{
    QString error;
    auto s = MeetingSession::create(path(name), DemoMeeting::meeting(), clock,
                                    QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    return s;
}

std::unique_ptr<MeetingSession> TempMeeting::createDemo(const QString &name)
{
    auto s = createEmpty(name);
    for (const EntryDraft &d : DemoMeeting::inscriptions()) {
        const auto r = s->add(d);
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
    }
    return s;
}

std::unique_ptr<MeetingSession> TempMeeting::reopen(const QString &name)
{
    QString error;
    auto s = MeetingSession::open(path(name), clock, QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    return s;
}

qint64 inscribe(MeetingSession &s, const QString &delegation, const QString &speaker)
{
    EntryDraft d;
    d.delegation = delegation;
    d.speaker = speaker;
    const auto r = s.add(d);
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    return r.entryId;
}

QStringList delegationsInOrder(const MeetingSession &s)
{
    QStringList out;
    for (const Entry &e : s.list().waiting())
        out.append(e.delegation);
    return out;
}

} // namespace rostrum::testing
