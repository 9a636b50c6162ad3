// A new meeting and the meeting's settings, driven by keys (issue 12, findings 12 and 13): the
// settings open with the focus in the title; a kind of meeting fills the order, the limits and the
// heading; the deadline starts at 16:00 the day before the meeting, never in the past; the
// delegation lists are picked from the directory with completion; briefers named in advance are
// inscribed when the meeting is made; the heading is edited in the settings and undone in one act.
#include "briefersedit.h"
#include "chairactions.h"
#include "chairwindow.h"
#include "delegationlistedit.h"
#include "meeting/meetingpreset.h"
#include "modaldialogs.h"
#include "settingsdialog.h"
#include "translated.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
const QString kPlenary = QStringLiteral("United Nations General Assembly plenary meeting");

const QTimeZone kZurich(QByteArrayLiteral("Europe/Zurich"));

// A computer in Zurich, whatever the one running the tests is: a new meeting takes its zone.
struct ZurichComputer
{
    ZurichComputer() { qputenv("TZ", "Europe/Zurich"); }
    ~ZurichComputer()
    {
        if (wasSet)
            qputenv("TZ", saved);
        else
            qunsetenv("TZ");
    }
    ZurichComputer(const ZurichComputer &) = delete;
    ZurichComputer &operator=(const ZurichComputer &) = delete;

    const QByteArray saved = qgetenv("TZ");
    const bool wasSet = qEnvironmentVariableIsSet("TZ");
};

QDateTime inZurich(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, kZurich);
}

// 10:00 on 8 November 2027 in Zurich, as the console's clock reads it.
qint64 morningOf8November()
{
    return inZurich(QDate(2027, 11, 8), QTime(10, 0)).toMSecsSinceEpoch();
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// The dialog shown, active, with the focus where it opens it.
void show(QDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(widget, text);
}

} // namespace

TEST_CASE("The settings open with the focus in the title", "[ui][dialog][newmeeting]")
{
    const ZurichComputer computer;
    SettingsDialog dialog(SettingsDialog::newMeetingDefaults(morningOf8November()));
    show(dialog);
    REQUIRE(QApplication::focusWidget() == child<QLineEdit>(&dialog, "title"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Revitalization"));
    QString error;
    CHECK(dialog.meeting(&error).title == QStringLiteral("Revitalization"));
}

TEST_CASE("A new meeting's deadline is 16:00 the day before, never in the past",
          "[ui][dialog][newmeeting]")
{
    const ZurichComputer computer;
    const qint64 morning = morningOf8November();
    const Meeting m = SettingsDialog::newMeetingDefaults(morning);
    CHECK(m.date == QDate(2027, 11, 9));
    REQUIRE(m.deadline.isValid());
    CHECK(m.toLocal(m.deadlineUtcMs()).date() == QDate(2027, 11, 8));
    CHECK(m.toLocal(m.deadlineUtcMs()).time() == QTime(16, 0));
    CHECK(m.deadlineUtcMs() > morning);
    CHECK(m.heading.isEmpty()); // no kind of meeting is assumed
    // After 16:00 the eve of tomorrow has passed: the meeting is the day after.
    const qint64 evening = inZurich(QDate(2027, 11, 8), QTime(17, 0)).toMSecsSinceEpoch();
    const Meeting late = SettingsDialog::newMeetingDefaults(evening);
    CHECK(late.date == QDate(2027, 11, 10));
    CHECK(late.deadlineUtcMs() > evening);

    // The dialog shows it, checked; moving the day (Up on the day) moves the untouched deadline.
    SettingsDialog dialog(m);
    show(dialog);
    CHECK(child<QDateTimeEdit>(&dialog, "deadline")->isEnabled());
    CHECK(child<QDateTimeEdit>(&dialog, "deadline")->dateTime() ==
          QDateTime(QDate(2027, 11, 8), QTime(16, 0)));
    auto *date = dialog.findChild<QDateEdit *>();
    REQUIRE(date);
    date->setFocus(Qt::TabFocusReason);
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Up);
    CHECK(date->date() == QDate(2027, 11, 10));
    CHECK(child<QDateTimeEdit>(&dialog, "deadline")->dateTime() ==
          QDateTime(QDate(2027, 11, 9), QTime(16, 0)));
    QString error;
    CHECK(dialog.meeting(&error).toLocal(dialog.meeting(&error).deadlineUtcMs()) ==
          inZurich(QDate(2027, 11, 9), QTime(16, 0)));
}

TEST_CASE("Choosing a kind of meeting with the keys fills the order, the limits and the heading",
          "[ui][dialog][newmeeting]")
{
    const ZurichComputer computer;
    SettingsDialog dialog(SettingsDialog::newMeetingDefaults(morningOf8November()));
    show(dialog);
    auto *kind = child<QComboBox>(&dialog, "preset");
    CHECK(kind->currentIndex() == -1); // nothing chosen for the chair
    kind->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(kind, Qt::Key_Down);
    REQUIRE(kind->currentData().toString() == QStringLiteral("ga-plenary"));
    CHECK(child<QLineEdit>(&dialog, "heading")->text() == kPlenary);

    QString error;
    const Meeting m = dialog.meeting(&error);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    const MeetingPreset &plenary = MeetingPreset::builtIn().at(2);
    CHECK(m.heading == kPlenary);
    CHECK(m.tierOrder == plenary.tierOrder);
    CHECK(m.limitFor(Category::Member) == 300);
    CHECK(m.limitFor(Category::Group) == 420);
    CHECK(m.limitFor(Category::Observer) == 180);

    // Model UN: 1:30 each and a warning 15 s before the end; the heading follows the choice.
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down);
    REQUIRE(kind->currentData().toString() == QStringLiteral("model-un"));
    const Meeting mun = dialog.meeting(&error);
    CHECK(mun.limitFor(Category::Member) == 90);
    CHECK(mun.warningSeconds == 15);
    CHECK(mun.heading == QStringLiteral("Model United Nations"));
}

TEST_CASE("A delegation list is picked from the directory by typing and completion",
          "[ui][dialog][newmeeting]")
{
    const ZurichComputer computer;
    SettingsDialog dialog(SettingsDialog::newMeetingDefaults(morningOf8November()));
    show(dialog);
    auto *council = child<DelegationListEdit>(&dialog, "council");
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    QLineEdit *line = council->lineEdit();
    typeInto(line, QStringLiteral("gha"));
    QCompleter *completer = council->completer();
    REQUIRE(completer->completionModel()->rowCount() >= 1);
    REQUIRE(completer->completionModel()->index(0, 0).data().toString() == QStringLiteral("Ghana"));
    if (!completer->popup()->isVisible())
        completer->complete();
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(council->names() == QStringList{QStringLiteral("Ghana")});
    CHECK(line->text().isEmpty());
    CHECK(dialog.isVisible()); // Enter added the name; it did not press OK

    // An alias goes in under its directory name; a name already there is refused.
    typeInto(line, QStringLiteral("UK"));
    QTest::keyClick(line, Qt::Key_Return);
    typeInto(line, QStringLiteral("Ghana"));
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(council->messageText() == translated("DelegationListEdit", "%1 is already in the list.")
                                        .arg(QStringLiteral("Ghana")));
    line->clear();
    // A name the directory does not know is refused once, then added when Enter insists.
    typeInto(line, QStringLiteral("Latvja"));
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(council->messageText().contains(QStringLiteral("Latvia")));
    CHECK(council->names().size() == 2);
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(council->names() == QStringList{QStringLiteral("Ghana"), QStringLiteral("United Kingdom"),
                                          QStringLiteral("Latvja")});
    // Delete in the list takes the chosen one out.
    council->listWidget()->setFocus(Qt::TabFocusReason);
    council->listWidget()->setCurrentRow(2);
    QTest::keyClick(council->listWidget(), Qt::Key_Delete);

    QString error;
    CHECK(dialog.meeting(&error).council ==
          QStringList{QStringLiteral("Ghana"), QStringLiteral("United Kingdom")});
}

TEST_CASE("New meeting: title, kind, Council and briefers typed, the file is made with them",
          "[ui][chair][newmeeting]")
{
    const ZurichComputer computer;
    QStandardPaths::setTestModeEnabled(true);
    TempMeeting temp;
    temp.clock.advance(morningOf8November() - temp.clock.utcMs());
    ChairWindow window(temp.clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString path = temp.path(QStringLiteral("plenary.rostrum"));

    bool focusInTitle = false;
    whenOpen<QFileDialog>([&](QFileDialog *files) {
        whenOpen<SettingsDialog>([&](SettingsDialog *settings) {
            focusInTitle = settings->focusWidget() ==
                           settings->findChild<QLineEdit *>(QStringLiteral("title"));
            QApplication::setActiveWindow(settings);
            if (!QTest::qWaitForWindowActive(settings) || !QApplication::focusWidget())
                return settings->reject(); // the checks below say why
            QTest::keyClicks(QApplication::focusWidget(),
                             QStringLiteral("Revitalization of the work of the Assembly"));
            auto *kind = settings->findChild<QComboBox *>(QStringLiteral("preset"));
            kind->setFocus(Qt::TabFocusReason);
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(kind, Qt::Key_Down);
            auto *council = settings->findChild<DelegationListEdit *>(QStringLiteral("council"));
            typeInto(council->lineEdit(), QStringLiteral("France"));
            QTest::keyClick(council->lineEdit(), Qt::Key_Return);
            auto *briefers = settings->findChild<BriefersEdit *>();
            for (const auto &[name, title, organization] :
                 {std::tuple{"Izumi Nakamitsu", "Under-Secretary-General",
                             "UN Office for Disarmament Affairs"},
                  std::tuple{"Marietje Schaake", "", ""}}) {
                typeInto(briefers->nameEdit(), QString::fromUtf8(name));
                typeInto(briefers->titleEdit(), QString::fromUtf8(title));
                typeInto(briefers->organizationEdit(), QString::fromUtf8(organization));
                QTest::keyClick(briefers->organizationEdit(), Qt::Key_Return);
            }
            // Enter in the title presses OK.
            QLineEdit *title = settings->findChild<QLineEdit *>(QStringLiteral("title"));
            title->setFocus(Qt::TabFocusReason);
            QTest::keyClick(title, Qt::Key_Return);
            if (settings->isVisible())
                settings->reject(); // the checks below say why
        });
        // The name typed as a chair types it, once the dialog has listed its folder (which
        // selects the suggested name again).
        QTest::qWait(300);
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name)
            return files->reject(); // the checks below say why
        name->setFocus(Qt::TabFocusReason);
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    window.chairActions()->newMeeting->trigger();

    CHECK(focusInTitle);
    REQUIRE(window.session());
    INFO(window.session()->path().toStdString() << " made, " << path.toStdString() << " chosen");
    CHECK(QFileInfo(window.session()->path()) == QFileInfo(path));
    const Meeting &m = window.session()->meeting();
    CHECK(m.title == QStringLiteral("Revitalization of the work of the Assembly"));
    CHECK(m.heading == kPlenary);
    CHECK(m.limitFor(Category::Member) == 300);
    CHECK(m.council == QStringList{QStringLiteral("France")});
    const QVector<Entry> waiting = window.session()->list().waiting();
    REQUIRE(waiting.size() == 2);
    CHECK(waiting[0].category == Category::Briefer);
    CHECK(waiting[0].delegation == QStringLiteral("UN Office for Disarmament Affairs"));
    CHECK(waiting[0].speaker == QStringLiteral("Izumi Nakamitsu"));
    CHECK(waiting[0].title == QStringLiteral("Under-Secretary-General"));
    CHECK(waiting[1].category == Category::Briefer);
    CHECK(waiting[1].delegation == QStringLiteral("Marietje Schaake"));
    // One undo takes the briefers off again, as one act.
    REQUIRE(window.session()->undo().ok);
    CHECK(window.session()->list().waiting().isEmpty());
}

TEST_CASE_METHOD(WindowFixture, "The heading is edited in the settings and undone in one act",
                 "[ui][dialog][heading]")
{
    const QString before = session->meeting().heading;
    REQUIRE(before == QStringLiteral("United Nations Security Council Arria-formula meeting"));
    whenOpen<SettingsDialog>([](SettingsDialog *settings) {
        auto *heading = settings->findChild<QLineEdit *>(QStringLiteral("heading"));
        CHECK(heading->text() ==
              QStringLiteral("United Nations Security Council Arria-formula meeting"));
        heading->setFocus(Qt::TabFocusReason);
        heading->selectAll();
        QTest::keyClicks(heading, QStringLiteral("Informal interactive dialogue"));
        QTest::keyClick(heading, Qt::Key_Return); // OK
        if (settings->isVisible())
            settings->reject();
    });
    window->chairActions()->settings->trigger();
    CHECK(session->meeting().heading == QStringLiteral("Informal interactive dialogue"));
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(session->meeting().heading == before);
}
