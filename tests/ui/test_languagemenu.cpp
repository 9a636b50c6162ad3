// View → Language (issue 13): the six languages by their own names, the one spoken checked; a
// choice is saved for the next start and said so, in the language chosen and in the one shown.
#include "chairactions.h"
#include "chairwindow.h"
#include "consolelanguage.h"
#include "language/uilanguage.h"
#include "languagemenu.h"
#include "windowfixture.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QAction *entryFor(LanguageMenu *menu, const QString &ownName)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == ownName)
            return a;
    }
    return nullptr;
}

QString nextStartSentence(const QString &ownName)
{
    return QCoreApplication::translate("rostrum::LanguageMenu",
                                       "From its next start the console will speak %1; the "
                                       "windows open now keep their language until then.")
        .arg(QChar(0x2068) + ownName + QChar(0x2069));
}
} // namespace

TEST_CASE("View > Language lists the six languages by their own names, the spoken one checked",
          "[ui][language]")
{
    WindowFixture f;
    LanguageMenu *menu = f.window->chairActions()->languageMenu;
    REQUIRE(menu);
    // It is reached from the View menu.
    QMenu *view = nullptr;
    for (QAction *a : f.window->menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(menu->menuAction()))
            view = a->menu();
    }
    REQUIRE(view);
    for (const UiLanguage &language : uiLanguages()) {
        QAction *entry = entryFor(menu, language.ownName);
        REQUIRE(entry);
        CHECK(entry->isChecked() == (language.code == ConsoleLanguage::spoken()));
    }
    CHECK(menu->checkedCode() == ConsoleLanguage::spoken());
    // Nothing was saved yet: the console follows the system.
    CHECK(menu->systemEntry()->isChecked());
}

TEST_CASE("Choosing French saves it for the next start, says so, and the next start speaks it",
          "[ui][language]")
{
    WindowFixture f;
    LanguageMenu *menu = f.window->chairActions()->languageMenu;
    REQUIRE(menu);
    QAction *french = entryFor(menu, QStringLiteral("Français"));
    REQUIRE(french);
    french->trigger();

    CHECK(ConsoleLanguage::saved() == QStringLiteral("fr"));
    CHECK(french->isChecked());
    CHECK_FALSE(menu->systemEntry()->isChecked());
    // Said in the language on the screen (and, before it, in French: the same sentence while
    // the French translation of it is still to come, so only its presence is checked here).
    const QString message = f.window->statusBar()->currentMessage();
    CHECK(message.contains(nextStartSentence(QStringLiteral("Français"))));
    CHECK(message.count(QStringLiteral("Français")) ==
          (ConsoleLanguage::spoken() == QLatin1String("fr") ? 1 : 2));
    // The windows open now keep their language.
    CHECK(ConsoleLanguage::spoken() != QStringLiteral("fr"));

    // The next start: a console made now, with no --language, speaks French.
    {
        const ConsoleLanguage next(QStringList{QStringLiteral("rostrum")});
        CHECK(next.code() == QStringLiteral("fr"));
        CHECK(ConsoleLanguage::spoken() == QStringLiteral("fr"));
    }

    // "System language" clears the choice.
    menu->systemEntry()->trigger();
    CHECK(ConsoleLanguage::saved().isEmpty());
    CHECK(menu->systemEntry()->isChecked());
    CHECK(menu->checkedCode() == environmentUiLanguage());
    const ConsoleLanguage afterThat(QStringList{QStringLiteral("rostrum")});
    CHECK(afterThat.code() == environmentUiLanguage());
}
