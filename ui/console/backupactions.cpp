#include "backupactions.h"

#include "filedialogs.h"
#include "session/meetingsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace rostrum {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::BackupActions)
};
} // namespace

QString backUpACopy(MeetingSession *session, QWidget *parent)
{
    const QFileInfo meeting(session->path());
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(session->now()).toString(QStringLiteral("yyyy-MM-dd HHmm"));
    const QString suggested = meeting.dir().filePath(
        Tr::tr("%1 backup %2.rostrum").arg(meeting.completeBaseName(), stamp));
    // No question about replacing: a backup is never written over a file, and the refusal says
    // so in one line.
    QString path = FileDialogs::askSaveFile(parent, Tr::tr("Back up a copy of the meeting"),
                                            suggested, Tr::tr("Rostrum meetings (*.rostrum)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rostrum");
    QString error;
    if (!session->backupTo(path, &error))
        return Tr::tr("Not backed up: %1").arg(error);
    return Tr::tr("Backed up to %1").arg(QDir::toNativeSeparators(path));
}

} // namespace rostrum
