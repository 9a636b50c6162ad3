#pragma once

// What must hold for any bytes opened as a meeting file: either a refusal that says why, or a
// meeting whose list, clock, report and journal can all be read. Shared by the libFuzzer target
// and by the Catch2 test that replays every regression input, so both judge a file the same way.

#include "clock/clock.h"
#include "records/listexport.h"
#include "records/meetingreport.h"
#include "session/meetingsession.h"

#include <QFile>
#include <QString>
#include <string>

namespace rostrum::fuzzing {

// 25 May 2023, 14:55 in New York, as in the tests: any fixed time keeps a finding reproducible.
inline constexpr qint64 kFuzzClockUtcMs = 1685040900000;

inline void removeMeetingFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// Everything a view does with an open meeting, so a damaged row that loads but cannot be shown
// is found here and not by a chair.
inline std::string readingViolation(MeetingSession &session, ManualClock &clock)
{
    const SpeakersList &list = session.list();
    const QVector<Entry> waiting = list.waiting();
    const QVector<qint64> ids = list.waitingIds();
    if (ids.size() != waiting.size())
        return "the running order and its ids differ in length";
    for (int i = 0; i < ids.size(); ++i) {
        if (ids[i] != waiting[i].id || list.find(ids[i]) == nullptr)
            return "a waiting entry cannot be found by its id";
        if (list.positionOf(ids[i]) != i + 1)
            return "a waiting entry is not at its position";
    }
    (void)list.spoken();
    (void)list.others();
    (void)session.projection();
    (void)session.currentReading();
    clock.advance(61'000); // a minute later, with the clock running if it was
    (void)session.currentReading();
    const ListOfSpeakers circulated = listOfSpeakers(list, session.now());
    (void)listOfSpeakersCsv(circulated);
    (void)listOfSpeakersHtml(circulated);
    (void)reportCsv(buildMeetingReport(list, session.now()));
    (void)session.journal(50);
    (void)session.undoText();
    (void)session.redoText();
    return {};
}

// Writes `bytes` to a meeting file in `folder`, opens it, reads it, and closes it again; the
// folder is left as it was. Empty when all went well; otherwise what went wrong.
inline std::string meetingOpenViolation(const QByteArray &bytes, const QString &folder)
{
    const QString path = folder + QStringLiteral("/fuzzed.rostrum");
    removeMeetingFiles(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return "the input could not be written to " + path.toStdString();
    }
    std::string violation;
    {
        ManualClock clock(kFuzzClockUtcMs);
        QString error;
        auto session = MeetingSession::open(path, clock, QStringLiteral("fuzz"), &error);
        if (!session) {
            if (error.trimmed().isEmpty())
                violation = "the file was refused without a reason";
        } else {
            violation = readingViolation(*session, clock);
        }
    }
    removeMeetingFiles(path);
    return violation;
}

} // namespace rostrum::fuzzing
