#include "console.h"
#include "handlers.h"
#include "journalviews.h"
#include "listviews.h"
#include "meetingfile.h"
#include "records/documentlanguage.h"
#include "statusviews.h"

#include <QJsonDocument>
#include <algorithm>
#include <limits>
#include <optional>

namespace rostrum::cli {

namespace {
QString format(const CommandLine &cl, const QStringList &choices)
{
    return cl.has("format") ? parseChoice(cl.value("format"), QStringLiteral("--format"), choices)
                            : QStringLiteral("text");
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}
} // namespace

int runList(const CommandLine &cl)
{
    const QString fmt =
        format(cl, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
    const bool all = cl.has("all");
    const auto session = openMeetingForReading(cl.positionals().at(0));
    const QVector<ListRow> rows = listRows(*session, all);
    if (fmt == QLatin1String("json"))
        printJson(QJsonDocument(listJson(rows, session->meeting())));
    else if (fmt == QLatin1String("csv"))
        out() << listCsv(rows, session->meeting());
    else
        out() << listTable(rows, session->meeting(), all);
    out().flush();
    return Success;
}

int runStatus(const CommandLine &cl)
{
    const QString fmt = format(cl, {QStringLiteral("text"), QStringLiteral("json")});
    const auto session = openMeetingForReading(cl.positionals().at(0));
    // JSON is for programs: its texts (the advice, what undo would undo) are English in every
    // language of the messages, as its keys are.
    std::optional<DocumentLanguage> english;
    if (fmt == QLatin1String("json"))
        english.emplace(QStringLiteral("en"));
    const StatusView status = statusOf(*session);
    if (fmt == QLatin1String("json"))
        printJson(QJsonDocument(statusJson(status)));
    else
        out() << statusText(status);
    out().flush();
    return Success;
}

int runJournal(const CommandLine &cl)
{
    const QString fmt = format(cl, {QStringLiteral("text"), QStringLiteral("json")});
    int limit = 50;
    if (cl.has("limit"))
        limit = parseCount(cl.value("limit"), QStringLiteral("--limit"));
    if (limit == 0)
        limit = std::numeric_limits<int>::max();
    const auto session = openMeetingForReading(cl.positionals().at(0));
    std::optional<DocumentLanguage> english; // as for status: JSON's texts are English
    if (fmt == QLatin1String("json"))
        english.emplace(QStringLiteral("en"));
    QVector<JournalRecord> records = session->journal(limit);
    std::reverse(records.begin(), records.end()); // the store gives the newest first
    if (fmt == QLatin1String("json"))
        printJson(QJsonDocument(journalJson(records, session->meeting())));
    else
        out() << journalText(records, session->meeting());
    out().flush();
    return Success;
}

int runBackup(const CommandLine &cl)
{
    const QString destination = cl.positionals().at(1);
    const auto session = openMeetingForReading(cl.positionals().at(0));
    QString error;
    if (!session->backupTo(destination, &error))
        throw Refusal{error};
    out() << Tr::tr("Backed up “%1” to %2").arg(shown(session->meeting().title), destination)
          << Qt::endl;
    return Success;
}

} // namespace rostrum::cli
