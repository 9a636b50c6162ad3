#include "records/savefile.h"

#include "store/openmeetingfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace rostrum::SaveFile {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::SaveFile)
};

QString reason(const QSaveFile &file)
{
    const QFileInfo info(file.fileName());
    // Qt's own text for a missing folder is "No such file or directory", which does not say
    // which part is missing.
    if (!info.absoluteDir().exists())
        return Tr::tr("the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    if (file.error() == QFileDevice::ResourceError)
        return Tr::tr("the disk is full");
    if (file.error() == QFileDevice::PermissionsError)
        return Tr::tr("permission denied");
    return file.errorString();
}
bool isDatabase(const QString &path)
{
    // An open meeting is known without reading it: reading it would drop SQLite's locks on it
    // (openmeetingfiles.h). Its -wal and -shm are not databases themselves.
    if (OpenMeetingFiles::isOpenMeeting(path))
        return true;
    if (OpenMeetingFiles::belongsToOpenMeeting(path))
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}
} // namespace

QString refusalToReplace(const QString &path)
{
    // Where the document would really land: through a symbolic link, onto its target.
    const QFileInfo info(path);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (QFileInfo(target).isFile() && isDatabase(target))
        return Tr::tr("Cannot write %1: it is a meeting file (or another database), and a document "
                      "never replaces one. Choose another name for the document.")
            .arg(shown);
    // A meeting's journal files: writing over one would lose or corrupt its latest acts.
    for (const QLatin1String suffix :
         {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (target.endsWith(suffix)) {
            const QString database = target.chopped(suffix.size());
            if (QFileInfo(database).isFile() && isDatabase(database))
                return Tr::tr("Cannot write %1: it belongs to the meeting file %2, and a document "
                              "never replaces it. Choose another name for the document.")
                    .arg(shown, QDir::toNativeSeparators(database));
        }
    }
    return {};
}

QString failure(const QSaveFile &file)
{
    return Tr::tr("Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(QFileInfo(file.fileName()).absoluteFilePath()), reason(file));
}

bool open(QSaveFile &file, QString *error)
{
    if (const QString why = refusalToReplace(file.fileName()); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = failure(file);
    return false;
}

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = failure(file);
    return false;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = failure(file);
        file.cancelWriting();
        return false;
    }
    return commit(file, error);
}

} // namespace rostrum::SaveFile
