// Every menu's mnemonics are unique (issue 12, finding 5): with two items on one letter, Alt+F
// then R opened "Open recent" where the chair wanted the report. The test walks the menu bar
// and every menu and submenu of a real chair window, as the keyboard would.
#include "chairwindow.h"
#include "windowfixture.h"

#include <QAction>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; empty for none.
QString mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text.mid(i + 1, 1).toLower();
    }
    return {};
}

// "File: r is Open recent and Report of the meeting…", for each letter two items share.
QStringList clashesIn(const QString &where, const QList<QAction *> &actions)
{
    QMap<QString, QStringList> byLetter;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString letter = mnemonicOf(a->text());
        if (!letter.isEmpty())
            byLetter[letter].append(QString(a->text()).remove(u'&'));
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("%1: %2 is %3")
                               .arg(where, it.key(), it.value().join(QStringLiteral(" and "))));
    }
    return clashes;
}

void walk(const QString &where, QMenu *menu, QStringList *clashes, int *menus)
{
    ++*menus;
    clashes->append(clashesIn(where, menu->actions()));
    for (QAction *a : menu->actions()) {
        if (QMenu *sub = a->menu())
            walk(where + QStringLiteral(" > ") + QString(a->text()).remove(u'&'), sub, clashes,
                 menus);
    }
}

} // namespace

TEST_CASE("Every menu's mnemonics are unique, and every item has one", "[ui][keys]")
{
    WindowFixture f;
    QMenuBar *bar = f.window->menuBar();
    QStringList clashes = clashesIn(QStringLiteral("the menu bar"), bar->actions());
    QStringList without;
    int menus = 0;
    for (QAction *a : bar->actions()) {
        QMenu *menu = a->menu();
        REQUIRE(menu);
        walk(QString(a->text()).remove(u'&'), menu, &clashes, &menus);
        for (QAction *item : menu->actions()) {
            if (!item->isSeparator() && item->isVisible() && mnemonicOf(item->text()).isEmpty())
                without.append(QString(item->text()));
        }
    }
    INFO(clashes.join(u'\n').toStdString());
    CHECK(clashes.isEmpty());
    INFO(without.join(u'\n').toStdString());
    CHECK(without.isEmpty());
    CHECK(menus >= 5); // File, Edit, Clock, List, View, and Open recent inside File
}
