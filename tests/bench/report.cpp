#include "report.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

namespace rostrum::bench {

namespace {
QString number(double v)
{
    if (v != 0 && std::abs(v) < 0.1)
        return QString::number(v, 'f', 4);
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

QString ratio(double v)
{
    return v < 0.1 ? QString::number(v * 100, 'f', 2) + QLatin1Char('%')
                   : QString::number(v, 'f', 2) + QLatin1Char('x');
}

QString target(const Figure &f)
{
    if (f.judge == Figure::Judge::AtMost)
        return QStringLiteral("max <= %1 %2").arg(number(f.target), f.unit);
    if (f.judge == Figure::Judge::P99AtMost)
        return QStringLiteral("p99 <= %1 %2").arg(number(f.target), f.unit);
    if (f.judge == Figure::Judge::MedianAtMost)
        return QStringLiteral("median <= %1 %2").arg(number(f.target), f.unit);
    return QStringLiteral("<= ") + ratio(f.target);
}

struct Row
{
    QStringList cells;
};

Row rowOf(const Figure &f)
{
    const QString measured =
        QStringLiteral("%1 / %2 %3")
            .arg(number(f.measured.median()), number(f.measured.p99()), f.unit);
    const QString floor =
        QStringLiteral("%1 / %2 %3").arg(number(f.floor.median()), number(f.floor.p99()), f.unit);
    QString r;
    switch (f.judge) {
    case Figure::Judge::Median:
        r = ratio(f.ratioMedian()) + QStringLiteral(" (p99 ") + ratio(f.ratioP99()) +
            QLatin1Char(')');
        break;
    case Figure::Judge::MedianAndP99:
        r = ratio(f.ratioMedian()) + QStringLiteral(", p99 ") + ratio(f.ratioP99());
        break;
    case Figure::Judge::P99:
        r = QStringLiteral("p99 ") + ratio(f.ratioP99());
        break;
    case Figure::Judge::AtMost:
        r = QStringLiteral("max %1 %3 (floor max %2 %3)")
                .arg(number(f.measured.max()), number(f.floor.max()), f.unit);
        break;
    case Figure::Judge::P99AtMost:
        r = QStringLiteral("p99 %1 %3 (floor p99 %2 %3)")
                .arg(number(f.measured.p99()), number(f.floor.p99()), f.unit);
        break;
    case Figure::Judge::MedianAtMost:
        r = QStringLiteral("median %1 %3 (floor median %2 %3)")
                .arg(number(f.measured.median()), number(f.floor.median()), f.unit);
        break;
    }
    const QString n = QString::number(f.measured.values.size());
    return {{f.name, f.floorName, measured, floor, n, r, target(f),
             f.met() ? QStringLiteral("met") : QStringLiteral("MISSED")}};
}

const QStringList &headers()
{
    static const QStringList h = {QStringLiteral("figure"),
                                  QStringLiteral("floor"),
                                  QStringLiteral("measured (median / p99)"),
                                  QStringLiteral("floor (median / p99)"),
                                  QStringLiteral("n"),
                                  QStringLiteral("ratio"),
                                  QStringLiteral("target"),
                                  QStringLiteral("")};
    return h;
}
} // namespace

QString plainTable(const QVector<Figure> &figures)
{
    QVector<Row> rows = {{headers()}};
    for (const Figure &f : figures)
        rows.append(rowOf(f));
    QVector<int> widths(headers().size(), 0);
    for (const Row &r : rows) {
        for (int i = 0; i < r.cells.size(); ++i)
            widths[i] = std::max(widths[i], int(r.cells[i].size()));
    }
    QString out;
    for (const Row &r : rows) {
        QStringList padded;
        for (int i = 0; i < r.cells.size(); ++i)
            padded.append(r.cells[i].leftJustified(widths[i]));
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString markdownTable(const QVector<Figure> &figures)
{
    QStringList heads = headers();
    heads.last() = QStringLiteral("result");
    QString out = QStringLiteral("| ") + heads.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    out += QStringLiteral("|") + QStringLiteral("---|").repeated(heads.size()) + QLatin1Char('\n');
    for (const Figure &f : figures) {
        Row r = rowOf(f);
        r.cells.last() = f.met() ? QStringLiteral("met") : QStringLiteral("**missed**");
        out += QStringLiteral("| ") + r.cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    for (const Figure &f : figures) {
        if (!f.note.isEmpty())
            out += QStringLiteral("\n- %1: %2").arg(f.name, f.note);
    }
    return out;
}

QString machineDescription(const QString &workDir)
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    QString sqlite;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                sqlite = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    const QStorageInfo storage(workDir);
    return QStringLiteral("%1, %2 logical cores; %3, kernel %4; work folder on %5 (%6); Qt %7, "
                          "SQLite %8; %9")
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(),
             QString::fromUtf8(storage.fileSystemType()), QString::fromUtf8(storage.device()),
             QString::fromLatin1(qVersion()), sqlite,
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

} // namespace rostrum::bench
