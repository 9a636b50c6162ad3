#include "store/meetingrows.h"

#include <QSqlQuery>

namespace rostrum::MeetingRows {

namespace {
QString questionMarks(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}
} // namespace

const QStringList &columns()
{
    static const QStringList names = {QStringLiteral("title"),
                                      QStringLiteral("venue"),
                                      QStringLiteral("date"),
                                      QStringLiteral("scheduled_start"),
                                      QStringLiteral("scheduled_end"),
                                      QStringLiteral("time_zone"),
                                      QStringLiteral("deadline"),
                                      QStringLiteral("organizers"),
                                      QStringLiteral("cosponsors"),
                                      QStringLiteral("council"),
                                      QStringLiteral("tier_order"),
                                      QStringLiteral("limits"),
                                      QStringLiteral("default_limit_s"),
                                      QStringLiteral("warning_s"),
                                      QStringLiteral("absent_rule"),
                                      QStringLiteral("list_closed"),
                                      QStringLiteral("heading"),
                                      QStringLiteral("point_of_order_limit_s"),
                                      QStringLiteral("replies_allowed"),
                                      QStringLiteral("reply_first_s"),
                                      QStringLiteral("reply_second_s"),
                                      QStringLiteral("changeover_s"),
                                      QStringLiteral("message"),
                                      QStringLiteral("chimes")};
    return names;
}

QString selectSql()
{
    return QStringLiteral("SELECT %1 FROM meeting WHERE id = 1")
        .arg(columns().join(QLatin1Char(',')));
}

QString insertSql()
{
    return QStringLiteral("INSERT INTO meeting (id, %1) VALUES (1, %2)")
        .arg(columns().join(QLatin1Char(',')), questionMarks(columns().size()));
}

QString updateSql()
{
    QStringList sets;
    for (const QString &c : columns())
        sets.append(c + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE meeting SET %1 WHERE id = 1").arg(sets.join(QLatin1Char(',')));
}

void bind(QSqlQuery &statement, const Meeting &meeting)
{
    const QVariantMap values = meeting.toColumns();
    for (const QString &c : columns())
        statement.addBindValue(values.value(c));
}

Meeting fromRow(const QSqlQuery &row)
{
    QVariantMap values;
    for (qsizetype i = 0; i < columns().size(); ++i)
        values.insert(columns()[i], row.value(int(i)));
    return Meeting::fromColumns(values);
}

} // namespace rostrum::MeetingRows
