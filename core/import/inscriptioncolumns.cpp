#include "import/inscriptioncolumns.h"

#include "clock/timetext.h"
#include "meeting/zonetime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace rostrum {

namespace {
using Column = InscriptionColumns::Column;

// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::InscriptionColumns)
};

struct ColumnName
{
    Column column;
    const char *name;
};
constexpr ColumnName kColumnNames[] = {
    {Column::Delegation, "delegation"},
    {Column::Speaker, "speaker"},
    {Column::Title, "title"},
    {Column::Category, "category"},
    {Column::OnBehalfOf, "on_behalf_of"},
    {Column::GroupSize, "group_size"},
    {Column::Language, "language"},
    {Column::Level, "level"},
    {Column::InscribedAt, "inscribed_at"},
    {Column::Limit, "limit"},
    {Column::Notes, "notes"},
};

// English names are accepted beside the codes, since a spreadsheet column often says "French".
constexpr std::pair<const char *, const char *> kLanguageNames[] = {
    {"ar", "arabic"}, {"zh", "chinese"}, {"en", "english"},
    {"fr", "french"}, {"ru", "russian"}, {"es", "spanish"},
};

QString normalizedHeader(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return n;
}

QString quoted(const QString &text)
{
    return Tr::tr("“%1”").arg(text);
}

template <typename T, typename KeyOf> QString keyList(const QList<T> &values, KeyOf keyOf)
{
    QStringList keys;
    for (const T &v : values)
        keys.append(keyOf(v));
    return keys.join(Tr::tr(", "));
}

std::optional<QString> languageCode(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto &[code, english] : kLanguageNames) {
        const QString c = QString::fromLatin1(code);
        if (wanted == c || wanted == QLatin1String(english) || wanted == languageName(c).toLower())
            return c;
    }
    return std::nullopt;
}

std::optional<int> groupSizeOf(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n >= 1 ? std::optional<int>(n) : std::nullopt;
}
} // namespace

QStringList InscriptionColumns::names()
{
    QStringList out;
    for (const ColumnName &c : kColumnNames)
        out.append(QString::fromLatin1(c.name));
    return out;
}

std::optional<InscriptionColumns> InscriptionColumns::fromHeader(const QStringList &header,
                                                                 QString *error)
{
    InscriptionColumns columns;
    QStringList unknown;
    QStringList repeated;
    for (const QString &raw : header) {
        const QString name = normalizedHeader(raw);
        if (name.isEmpty()) {
            columns.m_columns.append(std::nullopt);
            continue;
        }
        std::optional<Column> found;
        for (const ColumnName &c : kColumnNames) {
            if (name == QLatin1String(c.name))
                found = c.column;
        }
        if (!found)
            unknown.append(quoted(raw.trimmed()));
        else if (columns.m_columns.contains(found))
            repeated.append(quoted(raw.trimmed()));
        columns.m_columns.append(found);
    }
    QStringList problems;
    if (!columns.m_columns.contains(Column::Delegation))
        problems.append(Tr::tr("The header has no “delegation” column; it is required."));
    if (!unknown.isEmpty()) {
        problems.append(Tr::tr("The header names columns that Rostrum does not import: %1. Rename "
                               "or delete them; the columns are %2.")
                            .arg(unknown.join(Tr::tr(", ")), names().join(Tr::tr(", "))));
    }
    if (!repeated.isEmpty()) {
        problems.append(Tr::tr("The header names a column twice: %1. Keep one.")
                            .arg(repeated.join(Tr::tr(", "))));
    }
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    return columns;
}

EntryDraft InscriptionColumns::draft(const QStringList &fields, const Meeting &meeting,
                                     QStringList *errors) const
{
    EntryDraft d;
    QString groupSizeText;
    for (int i = 0; i < m_columns.size() && i < fields.size(); ++i) {
        const QString &value = fields[i];
        const QString trimmed = value.trimmed();
        if (!m_columns[i]) {
            if (!trimmed.isEmpty()) {
                errors->append(Tr::tr("Column %1 has no name in the header but holds %2 here. Name "
                                      "the column or empty it.")
                                   .arg(i + 1)
                                   .arg(quoted(trimmed)));
            }
            continue;
        }
        switch (*m_columns[i]) {
        case Column::Delegation:
            d.delegation = trimmed;
            break;
        case Column::Speaker:
            d.speaker = trimmed;
            break;
        case Column::Title:
            d.title = trimmed;
            break;
        case Column::Notes:
            // Notes keep their line breaks and spacing: they are the secretariat's own text.
            d.notes = value;
            break;
        case Column::OnBehalfOf:
            d.onBehalfOf = trimmed;
            break;
        case Column::GroupSize:
            groupSizeText = trimmed;
            break;
        case Column::Category:
            // Empty: inferred exactly as a single inscription would be.
            if (!trimmed.isEmpty()) {
                d.category = categoryFromKey(trimmed);
                if (!d.category) {
                    errors->append(
                        Tr::tr("%1 is not a category. Use %2.")
                            .arg(quoted(trimmed), keyList(allCategories(), categoryKey)));
                }
            }
            break;
        case Column::Level:
            if (!trimmed.isEmpty()) {
                const auto level = levelFromKey(trimmed);
                if (level)
                    d.level = *level;
                else
                    errors->append(Tr::tr("%1 is not a level. Use %2.")
                                       .arg(quoted(trimmed), keyList(allLevels(), levelKey)));
            }
            break;
        case Column::Language:
            if (!trimmed.isEmpty()) {
                const auto code = languageCode(trimmed);
                if (code)
                    d.language = *code;
                else
                    errors->append(Tr::tr("%1 is not one of the six UN languages. Use %2.")
                                       .arg(quoted(trimmed), unLanguages().join(Tr::tr(", "))));
            }
            break;
        case Column::InscribedAt:
            if (!trimmed.isEmpty()) {
                QString why;
                const auto at = parseInscriptionTime(trimmed, meeting, &why);
                if (at)
                    d.inscribedAtMs = *at;
                else if (!why.isEmpty())
                    errors->append(why);
                else
                    errors->append(
                        Tr::tr("%1 is not a date and time. Write YYYY-MM-DD HH:MM in the "
                               "meeting's time zone, or ISO 8601 with an offset "
                               "(2023-05-23T16:00-04:00).")
                            .arg(quoted(trimmed)));
            }
            break;
        case Column::Limit:
            if (!trimmed.isEmpty()) {
                const auto ms = parseMinSecToMs(trimmed);
                if (ms && *ms > 0)
                    d.allottedMs = *ms;
                else
                    errors->append(Tr::tr("%1 is not a time limit. Write minutes and seconds, like "
                                          "3:00 or 2:30.")
                                       .arg(quoted(trimmed)));
            }
            break;
        }
    }
    // A group statement needs both halves; one without the other would be dropped silently.
    if (!groupSizeText.isEmpty()) {
        const auto size = groupSizeOf(groupSizeText);
        if (!size) {
            errors->append(
                Tr::tr("%1 is not a group size. Write how many delegations the group has, "
                       "as a whole number.")
                    .arg(quoted(groupSizeText)));
        } else if (d.onBehalfOf.isEmpty()) {
            errors->append(
                Tr::tr("A group size of %1 is given, but on_behalf_of is empty. Name the "
                       "group the statement is made for.")
                    .arg(*size));
        } else {
            d.groupSize = *size;
        }
    } else if (!d.onBehalfOf.isEmpty()) {
        errors->append(Tr::tr("The statement on behalf of %1 needs a group_size: how many "
                              "delegations the group has.")
                           .arg(d.onBehalfOf));
    }
    return d;
}

std::optional<qint64> parseInscriptionTime(const QString &text, const Meeting &meeting,
                                           QString *why)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[ Tt](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)"
        R"(\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
    const int ms =
        m.captured(5).isEmpty() ? 0 : (m.captured(5) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = m.captured(6);
    std::optional<int> offset;
    if (!zone.isEmpty()) {
        offset = 0;
        if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
            const QString digits = zone.mid(1).remove(QLatin1Char(':'));
            const int hours = digits.left(2).toInt();
            const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
            if (hours > 14 || minutes >= 60)
                return std::nullopt;
            offset = (zone[0] == QLatin1Char('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
    }
    QString reason;
    const auto at = ZoneTime::resolve(date, time, offset, meeting.timeZoneId, &reason);
    if (!at && why)
        *why = reason;
    return at;
}

} // namespace rostrum
