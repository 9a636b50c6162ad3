// Every meeting file the fuzzer was ever given as a seed, and every input that once made it
// fail, is opened again here the way tests/fuzz/meeting_fuzzer.cpp opens it.

#include "../fuzz/meetingopen.h"
#include "corehelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rostrum;

TEST_CASE("Every fuzzing regression input and seed of the meeting file opens or is refused "
          "cleanly",
          "[store][fuzz]")
{
    QTemporaryDir work;
    REQUIRE(work.isValid());
    int files = 0;
    int opened = 0;
    for (const char *dir : {"regressions/meeting", "corpus/meeting"}) {
        const QDir d(QStringLiteral(ROSTRUM_SOURCE_DIR "/tests/fuzz/") + QLatin1String(dir));
        REQUIRE(d.exists());
        for (const QString &name : d.entryList(QDir::Files)) {
            QFile f(d.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            INFO(dir << "/" << name.toStdString());
            CHECK(fuzzing::meetingOpenViolation(bytes, work.path()).empty());
            ++files;
            // Which seeds open is part of what the corpus is for: the fuzzer needs real meetings
            // to mutate, or it only ever exercises the refusals.
            ManualClock clock(fuzzing::kFuzzClockUtcMs);
            const QString path = work.filePath(QStringLiteral("probe.rostrum"));
            QFile probe(path);
            REQUIRE(probe.open(QIODevice::WriteOnly));
            probe.write(bytes);
            probe.close();
            QString error;
            if (MeetingSession::open(path, clock, QStringLiteral("fuzz"), &error))
                ++opened;
            fuzzing::removeMeetingFiles(path);
        }
    }
    CHECK(files > 0);
    CHECK(opened > 0);
}
