// The Help menu (issue 12, finding 15): the keys, from one source (the console's own actions,
// so the README's table cannot drift from what works), and About with the version and licence.
#include "aboutbox.h"
#include "chairactions.h"
#include "chairwindow.h"
#include "keysdialog.h"
#include "keytable.h"
#include "translated.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QMenu *helpMenu(ChairWindow &window)
{
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && a->text() == translated("ChairActions", "&Help"))
            return a->menu();
    }
    return nullptr;
}

QString readmePath()
{
    return QStringLiteral(ROSTRUM_SOURCE_DIR "/README.md");
}

// The README's lines, and where its "Keys" table is: from its "| Key | Act |" header to the
// first line that is not a table row.
struct ReadmeTable
{
    QStringList lines;
    qsizetype first = -1;
    qsizetype end = -1;

    QString table() const { return lines.mid(first, end - first).join(u'\n') + u'\n'; }
};

ReadmeTable readReadme()
{
    QFile readme(readmePath());
    REQUIRE(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    ReadmeTable r;
    r.lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
    r.first = r.lines.indexOf(QStringLiteral("| Key | Act |"));
    REQUIRE(r.first >= 0);
    r.end = r.first;
    while (r.end < r.lines.size() && r.lines[r.end].startsWith(QLatin1Char('|')))
        ++r.end;
    return r;
}

// ROSTRUM_UPDATE_README=1 ui_tests "[readme]" writes the console's table into README.md.
void rewriteReadme(ReadmeTable r, const QString &table)
{
    QStringList rows = table.split(QLatin1Char('\n'));
    rows.removeLast(); // after the last newline
    r.lines.remove(r.first, r.end - r.first);
    for (qsizetype i = 0; i < rows.size(); ++i)
        r.lines.insert(r.first + i, rows[i]);
    QFile readme(readmePath());
    REQUIRE(readme.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate));
    readme.write(r.lines.join(QLatin1Char('\n')).toUtf8());
}

bool isSingleKeyOrCtrl(const QKeySequence &key)
{
    const Qt::KeyboardModifiers mods = key[0].keyboardModifiers() & ~Qt::KeypadModifier;
    return mods == Qt::NoModifier || (mods & Qt::ControlModifier);
}

// The row of the keys dialog whose key cell names this key; -1 when none does.
int rowNaming(const QTableWidget *table, const QKeySequence &key)
{
    const QString text = key.toString(QKeySequence::NativeText);
    for (int r = 0; r < table->rowCount(); ++r) {
        const QStringList keys = table->item(r, 0)->text().split(translated("KeyTable", " or "));
        if (keys.contains(text))
            return r;
    }
    return -1;
}

// An act as the keys dialog says it: the status tip without the bracket that repeats its key.
QString withoutKey(const QString &statusTip, const QString &key)
{
    return QString(statusTip).remove(
        QRegularExpression(QStringLiteral(R"(\s*\(%1\))").arg(QRegularExpression::escape(key))));
}

// The first column of a Markdown table of keys, its header and rule left out: the keys are
// PortableText ("Ctrl+Z"), the same in every language, joined by a translated " or ".
QStringList keysColumn(const QString &table, const QString &orWord)
{
    QStringList keys;
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i)
        keys.append(
            lines[i].section(u'|', 1, 1).trimmed().split(orWord).join(QStringLiteral(" / ")));
    return keys;
}
} // namespace

TEST_CASE("The Help menu holds Keys…, Try the demo and About Rostrum", "[ui][help]")
{
    WindowFixture f;
    QMenu *help = helpMenu(*f.window);
    REQUIRE(help);
    QStringList items;
    for (QAction *a : help->actions()) {
        if (!a->isSeparator())
            items.append(a->text());
    }
    CHECK(items == QStringList{translated("ChairActions", "&Keys…"),
                               translated("ChairActions", "Try the &demo"),
                               translated("ChairActions", "&About Rostrum")});
    CHECK(f.window->chairActions()->keysHelp->shortcut() ==
          QKeySequence(QKeySequence::HelpContents));
}

TEST_CASE("F1 shows the keys: every single-key and Ctrl act of the console, with what it does",
          "[ui][help][keys]")
{
    WindowFixture f;
    f.press(Qt::Key_F1);
    auto *dialog = f.window->findChild<KeysDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() > 20);

    int checked = 0;
    for (QAction *a : f.window->actions()) {
        for (const QKeySequence &key : a->shortcuts()) {
            if (!isSingleKeyOrCtrl(key))
                continue;
            INFO(QString(a->text()).remove(u'&').toStdString()
                 << ": " << key.toString(QKeySequence::NativeText).toStdString());
            const int row = rowNaming(table, key);
            REQUIRE(row >= 0);
            const QString act = table->item(row, 1)->text();
            CHECK_FALSE(act.isEmpty());
            CHECK_FALSE(act.contains(QStringLiteral("(%1)").arg(key.toString())));
            ++checked;
        }
    }
    CHECK(checked >= 30);

    // What a chair looks for first, in the words a chair reads.
    CHECK(table->item(rowNaming(table, QKeySequence(Qt::Key_Space)), 1)->text() ==
          withoutKey(translated("ChairActions",
                                "Start or pause the speaker's clock; calls the first speaker when "
                                "no one is at the rostrum (Space)"),
                     QStringLiteral("Space")));
    CHECK(table->item(rowNaming(table, QKeySequence(Qt::Key_N)), 1)->text() ==
          withoutKey(translated("ChairActions", "Close this speech and call the next speaker (N)"),
                     QStringLiteral("N")));
    CHECK(table->item(rowNaming(table, QKeySequence(Qt::CTRL | Qt::Key_Z)), 1)->text() ==
          withoutKey(translated("ChairActions", "Undo the last act (Ctrl+Z)"),
                     QStringLiteral("Ctrl+Z")));
    CHECK(table->item(rowNaming(table, QKeySequence(Qt::CTRL | Qt::Key_T)), 1)
              ->text()
              .contains(QStringLiteral("F11")));

    // Escape closes it, and the chair's keys work again in the console.
    QTest::keyClick(table->viewport(), Qt::Key_Escape);
    CHECK(QTest::qWaitFor([&f] { return f.window->findChild<KeysDialog *>() == nullptr; }, 2000));
}

TEST_CASE("The README's table of keys is the one the console shows", "[ui][help][keys][readme]")
{
    WindowFixture f;
    const QString console =
        KeyTable::markdown(KeyTable::rows(f.window->menuBar(), QKeySequence::PortableText));
    const ReadmeTable readme = readReadme();
    if (qEnvironmentVariableIsSet("ROSTRUM_UPDATE_README") && readme.table() != console)
        rewriteReadme(readme, console);
    // When a key changes: ROSTRUM_UPDATE_README=1 ui_tests "[readme]" writes this table there.
    INFO("README.md should have:\n" << console.toStdString());
    // The README is written in English: in another language its keys are the console's keys.
    if (QLocale().language() == QLocale::English)
        CHECK(readReadme().table() == console);
    CHECK(keysColumn(readReadme().table(), QStringLiteral(" or ")) ==
          keysColumn(console, translated("KeyTable", " or ")));

    // The table follows the actions: a key that changes changes it.
    f.window->chairActions()->journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    const QString changed =
        KeyTable::markdown(KeyTable::rows(f.window->menuBar(), QKeySequence::PortableText));
    CHECK(changed != console);
    // Its old key stays in the words, no longer the key that repeats them.
    CHECK(changed.contains(
        QStringLiteral("| Ctrl+G | %1 |")
            .arg(translated("ChairActions",
                            "Who did what and when, from this console and every other program "
                            "that writes the meeting (Ctrl+J)"))));
}

TEST_CASE("About Rostrum shows the version and names the licence, the LICENSE file in full",
          "[ui][help]")
{
    WindowFixture f;
    QString text;
    QString details;
    QString title;
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [&, poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->deleteLater();
        title = box->windowTitle();
        text = box->text();
        details = box->detailedText();
        box->reject();
    });
    poll->start(10);
    f.window->chairActions()->about->trigger();
    INFO(text.toStdString());
    CHECK(title == translated("AboutBox", "About Rostrum"));
    CHECK(text.contains(QStringLiteral(ROSTRUM_VERSION)));
    CHECK(text.contains(QStringLiteral("MIT License")));
    CHECK(AboutBox::licenceName() == QStringLiteral("MIT License"));

    QFile licence(QStringLiteral(ROSTRUM_SOURCE_DIR "/LICENSE"));
    REQUIRE(licence.open(QIODevice::ReadOnly));
    CHECK(details == QString::fromUtf8(licence.readAll()));
}
