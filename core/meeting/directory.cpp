#include "meeting/directory.h"

#include <QFile>
#include <QLoggingCategory>
#include <algorithm>
#include <limits>

// The core is a static library and nothing else references the object rcc generates for
// core_resources.qrc, so the linker drops it unless it is registered explicitly. The macro
// declares an extern function and must run outside any namespace to name the right symbol.
static void registerCoreResources()
{
    Q_INIT_RESOURCE(core_resources);
}

namespace rostrum {

namespace {

Q_LOGGING_CATEGORY(lcDirectory, "rostrum.directory")

std::optional<Directory::Kind> kindFromText(const QString &text)
{
    const QString kind = text.toCaseFolded();
    if (kind == QLatin1String("member"))
        return Directory::Kind::MemberState;
    if (kind == QLatin1String("observer"))
        return Directory::Kind::ObserverState;
    if (kind == QLatin1String("organization"))
        return Directory::Kind::Organization;
    return std::nullopt;
}

int levenshtein(const QString &a, const QString &b)
{
    // Two rows are enough: each row only looks at the one above it.
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// A ranked candidate: lower rank first, then alphabetical on the comparison form so that
// "Côte d'Ivoire" sorts among the Cs and "Türkiye" before "Turkmenistan".
struct Ranked
{
    int rank;
    QString sortKey;
    int index;
};

QStringList namesInOrder(QList<Ranked> ranked, const QList<Directory::Delegation> &delegations,
                         int limit)
{
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked &l, const Ranked &r) {
        if (l.rank != r.rank)
            return l.rank < r.rank;
        if (l.sortKey != r.sortKey)
            return l.sortKey < r.sortKey;
        return delegations[l.index].name < delegations[r.index].name;
    });
    QStringList names;
    for (const Ranked &candidate : ranked) {
        if (names.size() >= limit)
            break;
        names.append(delegations[candidate.index].name);
    }
    return names;
}

} // namespace

const Directory &Directory::builtIn()
{
    // A function-local static: initialised once, and thread-safely, on first use.
    static const Directory directory = [] {
        registerCoreResources();
        QFile file(QStringLiteral(":/rostrum/delegations.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDirectory)
                << "cannot open the built-in delegation directory:" << file.errorString();
            return Directory();
        }
        return fromTsv(QString::fromUtf8(file.readAll()));
    }();
    return directory;
}

Directory Directory::fromTsv(const QString &text)
{
    Directory directory;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2)
            continue;
        const QString name = fields[0].trimmed();
        const std::optional<Kind> kind = kindFromText(fields[1].trimmed());
        const QString key = normalized(name);
        if (key.isEmpty() || !kind)
            continue;
        // A repeated name would make the second line unreachable by find(): keep the first.
        if (directory.m_byKey.contains(key))
            continue;
        Delegation delegation{name, *kind, {}};
        if (fields.size() > 2) {
            const QStringList aliases = fields[2].split(QLatin1Char(';'));
            for (const QString &alias : aliases) {
                const QString trimmed = alias.trimmed();
                if (!trimmed.isEmpty())
                    delegation.aliases.append(trimmed);
            }
        }
        directory.m_byKey.insert(key, int(directory.m_delegations.size()));
        directory.m_delegations.append(delegation);
    }
    // Aliases are indexed after every name so that an alias can never hide another
    // delegation's canonical name, whatever the line order; between aliases the first wins.
    for (int i = 0; i < directory.m_delegations.size(); ++i) {
        for (const QString &alias : std::as_const(directory.m_delegations[i].aliases)) {
            const QString key = normalized(alias);
            if (!key.isEmpty() && !directory.m_byKey.contains(key))
                directory.m_byKey.insert(key, i);
        }
    }
    return directory;
}

std::optional<Directory::Delegation> Directory::find(const QString &nameOrAlias) const
{
    const auto it = m_byKey.constFind(normalized(nameOrAlias));
    if (it == m_byKey.cend())
        return std::nullopt;
    return m_delegations[it.value()];
}

QStringList Directory::search(const QString &text, int limit) const
{
    const QString needle = normalized(text);
    if (needle.isEmpty() || limit <= 0)
        return {};
    const QString wordStart = QLatin1Char(' ') + needle;

    enum Rank
    {
        Prefix,
        WordPrefix,
        Substring,
        NoMatch
    };
    QList<int> best(m_delegations.size(), NoMatch);
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        const QString &key = it.key();
        int rank = NoMatch;
        if (key.startsWith(needle))
            rank = Prefix;
        else if (key.contains(wordStart))
            rank = WordPrefix;
        else if (key.contains(needle))
            rank = Substring;
        best[it.value()] = std::min(best[it.value()], rank);
    }

    QList<Ranked> ranked;
    for (int i = 0; i < m_delegations.size(); ++i) {
        if (best[i] != NoMatch)
            ranked.append({best[i], normalized(m_delegations[i].name), i});
    }
    return namesInOrder(ranked, m_delegations, limit);
}

QStringList Directory::closest(const QString &text, int limit) const
{
    const QString needle = normalized(text);
    if (needle.isEmpty() || limit <= 0)
        return {};

    QList<int> best(m_delegations.size(), std::numeric_limits<int>::max());
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it)
        best[it.value()] = std::min(best[it.value()], levenshtein(needle, it.key()));

    QList<Ranked> ranked;
    ranked.reserve(m_delegations.size());
    for (int i = 0; i < m_delegations.size(); ++i)
        ranked.append({best[i], normalized(m_delegations[i].name), i});
    return namesInOrder(ranked, m_delegations, limit);
}

namespace {
QString foldName(const QString &name)
{
    // Compatibility decomposition splits "ü" into "u" plus a combining mark and folds
    // typographic variants (fullwidth letters, ligatures) onto plain ones. Case folding can
    // itself produce marks ("İ" folds to "i" and a combining dot), so marks are dropped after.
    QString folded = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    folded.replace(QLatin1Char('&'), QStringLiteral(" and "));

    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : std::as_const(folded)) {
        if (c.isMark())
            continue;
        // Periods only mark abbreviations: "U.S." must read as "US", not "U S".
        if (c == QLatin1Char('.'))
            continue;
        // Surrogates are kept whole so letters outside the BMP still count as letters.
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (pendingSpace && !result.isEmpty())
                result.append(QLatin1Char(' '));
            pendingSpace = false;
            result.append(c);
        } else {
            // Apostrophes, hyphens, parentheses and spaces all separate words, so that
            // "d'Ivoire", "d’Ivoire" and "D IVOIRE" compare equal.
            pendingSpace = true;
        }
    }
    return result;
}

} // namespace

QString Directory::normalized(const QString &name)
{
    // The duplicate check compares a candidate with every entry, and an import checks every
    // row: folding each name anew dominated an import of thousands of rows (the
    // decomposition and the mark test, per pair). A name folds the same way every time, so
    // each thread keeps what it has folded, forgotten wholesale once it grows large.
    constexpr qsizetype kNamesKept = 1 << 16;
    thread_local QHash<QString, QString> folded;
    if (const auto known = folded.constFind(name); known != folded.cend())
        return *known;
    if (folded.size() >= kNamesKept)
        folded.clear();
    const QString result = foldName(name);
    folded.insert(name, result);
    return result;
}

} // namespace rostrum
