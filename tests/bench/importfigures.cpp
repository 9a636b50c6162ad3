#include "importfigures.h"

#include "fixtures.h"
#include "import/inscriptionimport.h"
#include "session/meetingsession.h"

#include <QDir>
#include <QFile>
#include <chrono>

namespace rostrum::bench {

namespace {
// Every row a different organisation with its own speaker, inscribed as "other": accepted, so
// that each row is checked against every entry before it, as a real list of speakers is.
bool writeRows(const QString &path, int rows, QString *error)
{
    QByteArray csv = "delegation,speaker,category\n";
    for (int i = 0; i < rows; ++i)
        csv += "Organisation " + QByteArray::number(i) + ",Speaker " + QByteArray::number(i) +
               ",other\n";
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size())
        return true;
    *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
    return false;
}

// One import of `csv` into a new empty meeting at `meeting`: its milliseconds, or -1.
double importOnce(const QString &meeting, const QString &csv, QString *error)
{
    QFile::remove(meeting);
    if (!Fixtures::makeMeeting(meeting, 0, 1, error))
        return -1;
    SystemClock clock;
    auto session = MeetingSession::open(meeting, clock, QStringLiteral("bench"), error);
    if (!session)
        return -1;
    const auto start = std::chrono::steady_clock::now();
    const ImportReport report = InscriptionImport::fromFile(csv).commit(*session, false);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!report.committed) {
        *error = QStringLiteral("the import was refused: %1 %2")
                     .arg(report.fileError, report.commitError);
        return -1;
    }
    return ms;
}
} // namespace

Figure importAtScale(const CoreOptions &options, QString *error)
{
    Figure f;
    f.name = QStringLiteral("import 10,000 rows into an empty meeting");
    f.floorName = QStringLiteral("import 1,000 rows");
    f.unit = QStringLiteral("ms");
    f.target = 11.0;
    f.judge = Figure::Judge::Median;
    const QDir dir(options.workDir);
    const QString small = dir.filePath(QStringLiteral("import-1000.csv"));
    const QString large = dir.filePath(QStringLiteral("import-10000.csv"));
    const QString meeting = dir.filePath(QStringLiteral("import.rostrum"));
    if (!writeRows(small, 1000, error) || !writeRows(large, 10000, error))
        return f;
    for (int i = 0; i < options.importRepetitions; ++i) {
        const double smallMs = importOnce(meeting, small, error);
        const double largeMs = smallMs < 0 ? -1 : importOnce(meeting, large, error);
        if (largeMs < 0)
            return f;
        f.floor.add(smallMs);
        f.measured.add(largeMs);
    }
    return f;
}

} // namespace rostrum::bench
