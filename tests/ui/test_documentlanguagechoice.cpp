// The language of a document, chosen at the console: the report window offers the six with
// the console's first chosen, and the File menu lists them under their own names; the
// document written is in the language chosen, the console stays in its own.
#include "chairactions.h"
#include "chairwindow.h"
#include "exportactions.h"
#include "language/uilanguage.h"
#include "records/documentlanguage.h"
#include "reportdialog.h"
#include "tempmeeting.h"

#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <catch2/catch.hpp>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST_CASE("The report window offers the six languages, the console's first chosen",
          "[documents][language]")
{
    TempMeeting t;
    auto s = t.createDemo();
    ReportDialog dialog(s.get());
    auto *box = dialog.findChild<QComboBox *>();
    REQUIRE(box);
    REQUIRE(box->count() == int(uiLanguages().size()));
    for (int i = 0; i < box->count(); ++i)
        CHECK(box->itemText(i) == uiLanguages().at(i).ownName);
    CHECK(dialog.documentLanguage() == DocumentLanguage::programLanguage());
    CHECK_FALSE(box->accessibleName().isEmpty());

    dialog.setDocumentLanguage(QStringLiteral("zh_CN"));
    CHECK(box->currentText() == QStringLiteral("中文"));
    CHECK(dialog.documentLanguage() == QStringLiteral("zh_CN"));
    const QString pdf = t.path(QStringLiteral("report.pdf"));
    REQUIRE(dialog.exportTo(pdf, DocumentFormat::Pdf));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("%PDF-"));
}

TEST_CASE("A list of speakers exported in another language is written in it",
          "[documents][language]")
{
    TempMeeting t;
    auto s = t.createDemo();
    QString error;
    const QString arabic = t.path(QStringLiteral("list-ar.html"));
    REQUIRE(writeListOfSpeakers(*s, arabic, DocumentFormat::Html, &error, QStringLiteral("ar")));
    const QString page = readText(arabic);
    CHECK(page.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")));
    CHECK(page.contains(QString::fromUtf8("25 مايو 2023")));

    // Without a language, the console's own.
    const QString own = t.path(QStringLiteral("list.html"));
    REQUIRE(writeListOfSpeakers(*s, own, DocumentFormat::Html, &error));
    CHECK(readText(own).contains(QStringLiteral("lang=\"%1\"").arg(QLocale().bcp47Name())));
}

TEST_CASE("File > Export list of speakers in a language lists the six under their own names",
          "[documents][language]")
{
    TempMeeting t;
    ChairWindow window(t.clock);
    window.setSession(t.createDemo());
    const QMenu *menu = window.chairActions()->exportListIn;
    REQUIRE(menu);
    QStringList names;
    for (const QAction *a : menu->actions())
        names.append(a->text());
    QStringList expected;
    for (const UiLanguage &l : uiLanguages())
        expected.append(l.ownName);
    CHECK(names == expected);
}
