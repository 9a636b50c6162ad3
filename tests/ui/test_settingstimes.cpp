// The settings dialog keeps the meeting's times as they are: seconds, the offset of a deadline in
// the hour the clocks repeat; it asks which one is meant, refuses the skipped hour, and starts a
// new meeting with no zone rather than a wrong one when the computer has only a POSIX rule.
#include "meeting/demomeeting.h"
#include "settingsdialog.h"
#include "translated.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
// The dialog says the zone's message within its own words: the known parts of it, in order.
bool saysAround(const QString &text, const QString &filled)
{
    qsizetype at = 0;
    for (const QString &part : filled.split(anything())) {
        at = text.indexOf(part, at);
        if (at < 0)
            return false;
        at += part.size();
    }
    return true;
}
} // namespace

namespace {
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

Meeting november(const char *deadline)
{
    Meeting m = DemoMeeting::meeting();
    m.date = QDate(2027, 11, 8);
    m.scheduledStart = QTime(9, 0, 59);
    m.scheduledEnd = QTime(12, 0, 1);
    m.deadline = QDateTime::fromMSecsSinceEpoch(utc(deadline), kNewYork);
    return m;
}

void typeDeadline(SettingsDialog &dialog, const QDateTime &local)
{
    auto *edit = dialog.findChild<QDateTimeEdit *>(QStringLiteral("deadline"));
    REQUIRE(edit);
    edit->setDateTime(local);
}

QComboBox *offsets(SettingsDialog &dialog)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("deadlineOffset"));
    REQUIRE(combo);
    return combo;
}
} // namespace

TEST_CASE("The settings dialog keeps seconds and the offset of a repeated hour", "[ui][dialog]")
{
    for (const char *deadline :
         {"2027-11-05T12:00:50Z", "2027-11-07T05:30:00Z", "2027-11-07T06:30:00Z"}) {
        INFO(deadline);
        const Meeting m = november(deadline);
        SettingsDialog dialog(m);
        QString error;
        const Meeting shown = dialog.meeting(&error);
        INFO(error.toStdString());
        CHECK(error.isEmpty());
        CHECK(shown.deadlineUtcMs() == utc(deadline));
        CHECK(shown.scheduledStart == QTime(9, 0, 59));
        CHECK(shown.scheduledEnd == QTime(12, 0, 1));
    }
}

TEST_CASE("The settings dialog asks which 01:30 is meant and refuses 02:30 the clocks skip",
          "[ui][dialog]")
{
    SettingsDialog dialog(november("2027-11-05T12:00:00Z"));
    typeDeadline(dialog, QDateTime(QDate(2027, 11, 7), QTime(1, 30)));
    QComboBox *combo = offsets(dialog);
    CHECK(combo->isVisibleTo(&dialog));
    REQUIRE(combo->count() == 2);
    CHECK(combo->itemText(0) == QStringLiteral("01:30-04:00"));
    CHECK(combo->itemText(1) == QStringLiteral("01:30-05:00"));
    QString error;
    dialog.meeting(&error);
    // The day as the language writes dates; the times and the zone as they are everywhere.
    INFO(error.toStdString());
    CHECK(saysAround(
        error, translated("ZoneTime", "%1 on %2 happens twice in %3; add the offset: %4 or %5")
                   .arg(QStringLiteral("01:30"), anything(), QStringLiteral("America/New_York"),
                        QStringLiteral("01:30-04:00"), QStringLiteral("01:30-05:00"))));
    combo->setCurrentIndex(1);
    error.clear();
    CHECK(dialog.meeting(&error).deadlineUtcMs() == utc("2027-11-07T06:30:00Z"));
    CHECK(error.isEmpty());

    typeDeadline(dialog, QDateTime(QDate(2027, 3, 14), QTime(2, 30)));
    CHECK_FALSE(combo->isVisibleTo(&dialog));
    error.clear();
    dialog.meeting(&error);
    INFO(error.toStdString());
    CHECK(saysAround(
        error, translated("ZoneTime", "%1 on %2 does not exist in %3: the clocks skip that hour")
                   .arg(QStringLiteral("02:30"), anything(), QStringLiteral("America/New_York"))));
}

TEST_CASE("A new meeting takes this computer's IANA zone, and none from a POSIX rule",
          "[ui][dialog]")
{
    const QByteArray saved = qgetenv("TZ");
    const bool wasSet = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "America/Sao_Paulo");
    CHECK(SettingsDialog::newMeetingDefaults(utc("2027-11-08T12:00:00Z")).timeZoneId ==
          QStringLiteral("America/Sao_Paulo"));
    qputenv("TZ", "UTC+3");
    const Meeting blank = SettingsDialog::newMeetingDefaults(utc("2027-11-08T12:00:00Z"));
    if (wasSet)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    CHECK(blank.timeZoneId.isEmpty());
    Meeting titled = blank;
    titled.title = QStringLiteral("New");
    SettingsDialog dialog(titled);
    CHECK_FALSE(dialog.errorText().isEmpty());
    QString error;
    dialog.meeting(&error);
    CHECK(error == translated("SettingsDialog", "Choose the meeting's time zone, such as "
                                                "Europe/Zurich or America/New_York."));
}
