#include "backend.h"

#include "meeting/demomeeting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUrl>
#include <QUuid>
#include <catch2/catch.hpp>

namespace rostrum::testing {

QString testServerUrl()
{
    const QString file = qEnvironmentVariable("ROSTRUM_TEST_POSTGRES");
    INFO("ROSTRUM_TEST_POSTGRES names the file scripts/postgres wrote the server's URL to; "
         "ctest's fixture sets it (tests/server/CMakeLists.txt)");
    REQUIRE_FALSE(file.isEmpty());
    QFile url(file);
    INFO("the test PostgreSQL did not start: see the output of the case \"server: start "
         "PostgreSQL\"");
    REQUIRE(url.open(QIODevice::ReadOnly));
    return QString::fromUtf8(url.readAll()).trimmed();
}

ServerLocation locationOf(const QString &url)
{
    QString error;
    const auto where = ServerLocation::parse(url, &error);
    INFO(error.toStdString());
    REQUIRE(where);
    return *where;
}

QString asUser(const QString &url, const QString &user)
{
    QUrl u(url);
    u.setUserName(user.isEmpty() ? QStringLiteral("rostrum") : user);
    return u.toString();
}

QString newServerMeeting(const QString &user)
{
    const QString name =
        QStringLiteral("t") + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    return asUser(testServerUrl() + QStringLiteral("?meeting=") + name, user);
}

Backend::Backend(Kind kind)
    : m_kind(kind), m_location(kind == Kind::File ? m_temp.path() : newServerMeeting())
{
}

std::unique_ptr<MeetingSession> Backend::createEmpty()
{
    QString error;
    auto s = MeetingSession::create(m_location, DemoMeeting::meeting(), m_temp.clock,
                                    QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(s);
    return s;
}

std::unique_ptr<MeetingSession> Backend::createDemo()
{
    auto s = createEmpty();
    for (const EntryDraft &d : DemoMeeting::inscriptions()) {
        const auto r = s->add(d);
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
    }
    return s;
}

std::unique_ptr<MeetingSession> Backend::open(const QString &actor)
{
    QString error;
    auto s = MeetingSession::open(m_location, m_temp.clock, actor, &error);
    INFO(error.toStdString());
    REQUIRE(s);
    return s;
}

bool Backend::catchUp(MeetingSession &session)
{
    if (!session.isOnServer())
        return session.refresh();
    bool changed = false;
    const auto connection = QObject::connect(&session, &MeetingSession::changed,
                                             [&changed](const ListChange &) { changed = true; });
    QElapsedTimer waited;
    waited.start();
    while (!changed && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QObject::disconnect(connection);
    return changed;
}

} // namespace rostrum::testing
