#include "records/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace rostrum::SaveFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("rostrum::SaveFile", text);
}

QString reason(const QSaveFile &file)
{
    const QFileInfo info(file.fileName());
    // Qt's own text for a missing folder is "No such file or directory", which does not say
    // which part is missing.
    if (!info.absoluteDir().exists())
        return tr("the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    if (file.error() == QFileDevice::ResourceError)
        return tr("the disk is full");
    if (file.error() == QFileDevice::PermissionsError)
        return tr("permission denied");
    return file.errorString();
}
} // namespace

QString failure(const QSaveFile &file)
{
    return tr("Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(QFileInfo(file.fileName()).absoluteFilePath()), reason(file));
}

bool open(QSaveFile &file, QString *error)
{
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
