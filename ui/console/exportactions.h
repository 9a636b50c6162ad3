#pragma once

#include <QString>
#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace rostrum {

class MeetingSession;

// The documents of the File menu. The chair window calls these; they ask where to write, write
// the file whole or not at all, and say in a message box when it could not be written.

enum class DocumentFormat
{
    Pdf,
    Csv,
    Html
};

// "File > Export list of speakers…": the format is chosen with the file dialog's filter (PDF,
// CSV or HTML), or by the suffix typed. Returns the path of the file written, for the chair
// to be told where it went; empty when nothing was written. The document is in the given
// language (a code of language/uilanguage.h), the console's when none is given.
QString exportListOfSpeakers(MeetingSession *session, QWidget *parent,
                             const QString &language = {});
// "File > Export list of speakers in ▸": the six languages, each under its own name
// ("Français"), so that someone who reads only that language finds it; choosing one calls
// write with its code.
void addDocumentLanguages(QMenu *menu, const std::function<void(const QString &code)> &write);
// "File > Report of the meeting…": a window with the summary, the totals by tier and the
// timeline, from which the report is exported.
void showReport(MeetingSession *session, QWidget *parent);

// The same writes without dialogs: the report window calls them once a path is chosen. The
// language is the document's (empty: the console's); CSV is the same in every language.
bool writeListOfSpeakers(const MeetingSession &session, const QString &path, DocumentFormat format,
                         QString *error, const QString &language = {});
bool writeReport(const MeetingSession &session, const QString &path, DocumentFormat format,
                 QString *error, const QString &language = {});
// The format a file name asks for by its suffix; none for an unknown suffix.
std::optional<DocumentFormat> formatOfPath(const QString &path);

} // namespace rostrum
