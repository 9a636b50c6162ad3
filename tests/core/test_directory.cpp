#include "meeting/directory.h"

#include <QSet>
#include <catch2/catch.hpp>

using rostrum::Directory;

namespace {

int countOf(const Directory &directory, Directory::Kind kind)
{
    int count = 0;
    for (const Directory::Delegation &delegation : directory.all()) {
        if (delegation.kind == kind)
            ++count;
    }
    return count;
}

QString canonical(const QString &nameOrAlias)
{
    const auto delegation = Directory::builtIn().find(nameOrAlias);
    return delegation ? delegation->name : QString();
}

bool hasDuplicates(const QStringList &names)
{
    return QSet<QString>(names.cbegin(), names.cend()).size() != names.size();
}

} // namespace

TEST_CASE("The built-in directory has every Member State and the observers", "[directory]")
{
    const Directory &directory = Directory::builtIn();
    CHECK(countOf(directory, Directory::Kind::MemberState) == 193);

    const auto holySee = directory.find(QStringLiteral("Holy See"));
    REQUIRE(holySee);
    CHECK(holySee->kind == Directory::Kind::ObserverState);
    const auto palestine = directory.find(QStringLiteral("State of Palestine"));
    REQUIRE(palestine);
    CHECK(palestine->kind == Directory::Kind::ObserverState);
    CHECK(countOf(directory, Directory::Kind::ObserverState) == 2);

    const auto eu = directory.find(QStringLiteral("European Union"));
    REQUIRE(eu);
    CHECK(eu->kind == Directory::Kind::Organization);
    CHECK(directory.find(QStringLiteral("EU"))->name == QStringLiteral("European Union"));
}

TEST_CASE("Every built-in name and alias leads back to its own delegation", "[directory]")
{
    // A collision after normalization would silently send an alias to the wrong delegation.
    const Directory &directory = Directory::builtIn();
    QSet<QString> names;
    for (const Directory::Delegation &delegation : directory.all()) {
        INFO(delegation.name.toStdString());
        CHECK_FALSE(names.contains(delegation.name));
        names.insert(delegation.name);
        CHECK(canonical(delegation.name) == delegation.name);
        for (const QString &alias : delegation.aliases) {
            INFO(alias.toStdString());
            CHECK(canonical(alias) == delegation.name);
        }
    }
}

TEST_CASE("find resolves aliases regardless of case, accents and punctuation", "[directory]")
{
    const QString us = QStringLiteral("United States");
    CHECK(canonical(QStringLiteral("US")) == us);
    CHECK(canonical(QStringLiteral("usa")) == us);
    CHECK(canonical(QStringLiteral("U.S.")) == us);
    CHECK(canonical(QStringLiteral("United States of America")) == us);
    CHECK(canonical(QStringLiteral("UK")) == QStringLiteral("United Kingdom"));
    CHECK(canonical(QStringLiteral("Russia")) == QStringLiteral("Russian Federation"));

    const QString turkiye = QString::fromUtf8("Türkiye");
    CHECK(canonical(QStringLiteral("Turkey")) == turkiye);
    CHECK(canonical(QString::fromUtf8("Türkiye")) == turkiye);
    CHECK(canonical(QStringLiteral("turkiye")) == turkiye);
    CHECK(canonical(QString::fromUtf8("TÜRKIYE")) == turkiye);

    const QString coteDIvoire = QString::fromUtf8("Côte d'Ivoire");
    CHECK(canonical(QStringLiteral("cote d'ivoire")) == coteDIvoire);
    CHECK(canonical(QString::fromUtf8("Côte d’Ivoire")) == coteDIvoire);
    CHECK(canonical(QStringLiteral("COTE D IVOIRE")) == coteDIvoire);
    CHECK(canonical(QStringLiteral("Ivory Coast")) == coteDIvoire);

    CHECK(canonical(QStringLiteral("DRC")) == QStringLiteral("Democratic Republic of the Congo"));
    CHECK(canonical(QStringLiteral("Congo")) == QStringLiteral("Congo"));
    CHECK(canonical(QStringLiteral("south korea")) == QStringLiteral("Republic of Korea"));
    CHECK(canonical(QStringLiteral("DPRK")) ==
          QStringLiteral("Democratic People's Republic of Korea"));
    CHECK(canonical(QStringLiteral("Vatican")) == QStringLiteral("Holy See"));
    CHECK(canonical(QStringLiteral("Palestine")) == QStringLiteral("State of Palestine"));
}

TEST_CASE("normalized ignores case, accents, punctuation and spacing", "[directory]")
{
    CHECK(Directory::normalized(QString::fromUtf8("Türkiye")) == QStringLiteral("turkiye"));
    CHECK(Directory::normalized(QString::fromUtf8("Côte d’Ivoire")) ==
          Directory::normalized(QStringLiteral("COTE D IVOIRE")));
    CHECK(Directory::normalized(QStringLiteral("U.S.")) ==
          Directory::normalized(QStringLiteral("US")));
    CHECK(Directory::normalized(QStringLiteral("  Timor-Leste ")) == QStringLiteral("timor leste"));
    CHECK(Directory::normalized(QStringLiteral("Netherlands (Kingdom of the)")) ==
          QStringLiteral("netherlands kingdom of the"));
}

TEST_CASE("Unknown names are not found", "[directory]")
{
    const Directory &directory = Directory::builtIn();
    CHECK_FALSE(directory.find(QStringLiteral("Atlantis")));
    CHECK_FALSE(directory.find(QString()));
    CHECK_FALSE(directory.find(QStringLiteral("   ")));
    // Prefixes are for search(), not find().
    CHECK_FALSE(directory.find(QStringLiteral("Est")));
}

TEST_CASE("search ranks prefix matches before word and substring matches", "[directory]")
{
    const Directory &directory = Directory::builtIn();

    const QStringList est = directory.search(QStringLiteral("Est"));
    REQUIRE_FALSE(est.isEmpty());
    CHECK(est.first() == QStringLiteral("Estonia"));
    CHECK(est.contains(QStringLiteral("State of Palestine")));

    const QStringList kor = directory.search(QStringLiteral("kor"));
    CHECK(kor.contains(QStringLiteral("Republic of Korea")));
    CHECK(kor.contains(QStringLiteral("Democratic People's Republic of Korea")));

    const QStringList guinea = directory.search(QStringLiteral("guinea"));
    REQUIRE(guinea.size() >= 4);
    CHECK(guinea[0] == QStringLiteral("Guinea"));
    CHECK(guinea[1] == QStringLiteral("Guinea-Bissau"));
    CHECK(guinea.indexOf(QStringLiteral("Equatorial Guinea")) > 1);
    CHECK(guinea.indexOf(QStringLiteral("Papua New Guinea")) > 1);
    CHECK_FALSE(hasDuplicates(guinea));

    CHECK(directory.search(QStringLiteral("a"), 5).size() == 5);
    CHECK(directory.search(QString()).isEmpty());
    CHECK(directory.search(QStringLiteral(" ")).isEmpty());
    CHECK(directory.search(QStringLiteral("zzzz")).isEmpty());
}

TEST_CASE("closest suggests names by edit distance", "[directory]")
{
    const Directory &directory = Directory::builtIn();
    const QStringList estonia = directory.closest(QStringLiteral("Estnoia"));
    REQUIRE_FALSE(estonia.isEmpty());
    CHECK(estonia.first() == QStringLiteral("Estonia"));
    CHECK(estonia.size() == 3);
    CHECK_FALSE(hasDuplicates(estonia));

    CHECK(directory.closest(QStringLiteral("Rusia")).first() ==
          QStringLiteral("Russian Federation"));
    CHECK(directory.closest(QString()).isEmpty());
}

TEST_CASE("fromTsv skips comments, blank and malformed lines and trims fields", "[directory]")
{
    const Directory directory =
        Directory::fromTsv(QStringLiteral("# a comment\tmember\n"
                                          "\n"
                                          "  Freedonia \t member \t Fredonia ; FR ;\r\n"
                                          "Sylvania\n"
                                          "Grand Fenwick\tduchy\n"
                                          "#Ruritania\tobserver\n"
                                          "Elbonia\tobserver\n"
                                          "Freedonia\torganization\n"));
    REQUIRE(directory.all().size() == 2);

    const Directory::Delegation &freedonia = directory.all().first();
    CHECK(freedonia.name == QStringLiteral("Freedonia"));
    CHECK(freedonia.kind == Directory::Kind::MemberState);
    CHECK(freedonia.aliases == QStringList{QStringLiteral("Fredonia"), QStringLiteral("FR")});
    CHECK(directory.find(QStringLiteral("fr"))->name == QStringLiteral("Freedonia"));
    CHECK(directory.find(QStringLiteral("Elbonia"))->kind == Directory::Kind::ObserverState);

    CHECK_FALSE(directory.find(QStringLiteral("a comment")));
    CHECK_FALSE(directory.find(QStringLiteral("Ruritania")));
    CHECK_FALSE(directory.find(QStringLiteral("Sylvania")));
    CHECK_FALSE(directory.find(QStringLiteral("Grand Fenwick")));
}

TEST_CASE("fromTsv never lets an alias hide another delegation's name", "[directory]")
{
    const Directory directory =
        Directory::fromTsv(QStringLiteral("Niger\tmember\tNigeria\nNigeria\tmember\n"));
    CHECK(directory.find(QStringLiteral("Nigeria"))->name == QStringLiteral("Nigeria"));
    CHECK(directory.find(QStringLiteral("Niger"))->name == QStringLiteral("Niger"));
}
