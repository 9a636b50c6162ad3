#include "journalviews.h"

#include "console.h"
#include "listviews.h"

#include <QJsonObject>
#include <algorithm>

namespace rostrum::cli {

namespace {
QString stateKey(JournalRecord::UndoState state)
{
    switch (state) {
    case JournalRecord::UndoState::Done:
        return QStringLiteral("done");
    case JournalRecord::UndoState::Undone:
        return QStringLiteral("undone");
    case JournalRecord::UndoState::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}
} // namespace

QJsonArray journalJson(const QVector<JournalRecord> &records, const Meeting &meeting)
{
    QJsonArray array;
    for (const JournalRecord &r : records) {
        array.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("at"), isoInMeetingZone(meeting, r.atMs)},
            {QStringLiteral("actor"), r.actor},
            {QStringLiteral("act"), r.act},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("undoable"), r.undoable},
            {QStringLiteral("state"), stateKey(r.state)},
            {QStringLiteral("refers_to"), r.refersTo > 0 ? QJsonValue(r.refersTo) : QJsonValue()},
        });
    }
    return array;
}

QString journalText(const QVector<JournalRecord> &records, const Meeting &meeting)
{
    if (records.isEmpty())
        return Tr::tr("Nothing has been done yet.") + QLatin1Char('\n');
    qsizetype actorWidth = 0;
    qsizetype actWidth = 0;
    for (const JournalRecord &r : records) {
        actorWidth = std::max(actorWidth, shown(r.actor).size());
        actWidth = std::max(actWidth, shown(r.act).size());
    }
    QString text;
    for (const JournalRecord &r : records) {
        QString summary = shown(r.summary);
        if (r.undoable && r.state == JournalRecord::UndoState::Undone)
            summary = Tr::tr("%1 (undone)").arg(summary);
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(meeting.toLocal(r.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         shown(r.actor).leftJustified(actorWidth),
                         shown(r.act).leftJustified(actWidth), summary);
    }
    return text;
}

} // namespace rostrum::cli
