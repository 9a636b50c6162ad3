// The journal row's JSON is written straight (store/compactjson.h) where QJsonDocument used to
// write it, for speed. The text must be the very text QJsonDocument writes, so that the rows of
// either writer read back the same and a row written before reads as it always did.
#include "corehelpers.h"
#include "store/compactjson.h"
#include "store/journaltable.h"
#include "tempmeeting.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace rostrum;
using namespace rostrum::testing;

namespace {
QString asQtWritesIt(const Change &change)
{
    return QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact));
}

// Text that JSON must escape, or must carry through untouched.
const QStringList &awkwardTexts()
{
    static const QStringList texts = {
        QStringLiteral("Côte d’Ivoire"),
        QStringLiteral("الجمهورية العربية السورية"),
        QStringLiteral("中华人民共和国"),
        QStringLiteral("Российская Федерация"),
        QStringLiteral("the \"Group of 77\" and China"),
        QStringLiteral("back\\slash / slash"),
        QStringLiteral("line\nbreak\r\ttab\b\f"),
        QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f),
        QStringLiteral("😀 and 🇺🇳"),
        QString(),
    };
    return texts;
}
} // namespace

TEST_CASE("Every act's journal row is the JSON QJsonDocument writes, awkward names included",
          "[journal]")
{
    TempMeeting temp;
    auto s = temp.createDemo();
    // The names the rules allow as they are, in the name, the speaker and the notes; the
    // others (a line break, say) at least in the notes, or not at all.
    int added = 0;
    for (const QString &text : awkwardTexts()) {
        EntryDraft d;
        d.category = Category::Other; // a name outside the directory of delegations
        d.delegation = text;
        d.speaker = text;
        d.notes = text;
        if (!s->add(d).ok) {
            d.delegation = d.speaker = QStringLiteral("Access Now %1").arg(added);
            if (!s->add(d).ok)
                continue;
        }
        ++added;
    }
    CHECK(added >= 8);
    const qint64 someone = s->list().waitingIds().at(3);
    REQUIRE_DONE(s->move(someone, 1));
    REQUIRE_DONE(s->next());
    REQUIRE_DONE(s->start());
    temp.clock.advance(42'000);
    REQUIRE_DONE(s->pause());
    REQUIRE_DONE(s->addTime(15'000));
    REQUIRE_DONE(s->setMessage(QStringLiteral("Please \"conclude\" now")));
    Meeting m = s->meeting();
    m.title = QStringLiteral("Séance « publique » \\ 2");
    m.organizers.append(QStringLiteral("Estonia"));
    REQUIRE_DONE(s->setMeeting(m));
    REQUIRE_DONE(s->remove(s->list().waitingIds().at(5)));
    REQUIRE_DONE(s->undo());
    REQUIRE_DONE(s->redo());

    const QVector<JournalRecord> rows = s->journal(200);
    REQUIRE(rows.size() >= 20);
    for (const JournalRecord &r : rows) {
        INFO(r.act.toStdString() << ": " << r.summary.toStdString());
        CHECK(JournalTable::changeText(r.change) == asQtWritesIt(r.change));
    }
}

TEST_CASE("A string JSON must escape is escaped as Qt escapes it, and reads back the same",
          "[journal]")
{
    for (const QString &text : awkwardTexts()) {
        QString out;
        CompactJson::appendString(out, text);
        const QJsonDocument doc(QJsonArray{text});
        const QByteArray qt = doc.toJson(QJsonDocument::Compact);
        CHECK(out == QString::fromUtf8(qt.mid(1, qt.size() - 2)));
        const QJsonDocument back =
            QJsonDocument::fromJson((QLatin1Char('[') + out + u']').toUtf8());
        CHECK(back.array().at(0).toString() == text);
    }
    // Half of a surrogate pair, alone: escaped, so that it is read back as it was, where plain
    // UTF-8 would turn it into a replacement character.
    const QString lone = QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b");
    QString out;
    CompactJson::appendString(out, lone);
    CHECK(out == QStringLiteral("\"a\\ud83db\""));
    CHECK(QJsonDocument::fromJson((u'[' + out + u']').toUtf8()).array().at(0).toString() == lone);
}
