#include "filedialogs.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeDatabase>

namespace rostrum::FileDialogs {

namespace {
// Icons and types by the file's name alone. QFileIconProvider asks QMimeDatabase with its
// default match, which opens a file whose suffix it does not know and reads its first bytes;
// QFileDialog's file model calls it for every file listed. Opening the meeting file that way,
// and closing it, drops the process's POSIX locks on it (see filedialogs.h).
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    NameOnlyIconProvider() { setOptions(DontUseCustomDirectoryIcons); }

    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::icon(info); // folders and drives: never a file's content
        const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QIcon fallback = QFileIconProvider::icon(File);
        return QIcon::fromTheme(mime.iconName(),
                                QIcon::fromTheme(mime.genericIconName(), fallback));
    }

    QString type(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::type(info);
        const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeDatabase m_mimes;
};

QString ask(QFileDialog &dialog, const QString &start, QString *chosenFilter)
{
    // The folder and the file name only now that the icon provider is in place: selecting a
    // file makes the model look that file up at once, with whatever provider it has then.
    if (const QFileInfo info(start); !start.isEmpty() && info.isDir()) {
        dialog.setDirectory(start);
    } else if (!start.isEmpty()) {
        dialog.setDirectory(info.absolutePath());
        dialog.selectFile(info.fileName());
    }
    if (chosenFilter && !chosenFilter->isEmpty())
        dialog.selectNameFilter(*chosenFilter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (chosenFilter)
        *chosenFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}
} // namespace

QString askOpenFile(QWidget *parent, const QString &caption, const QString &folder,
                    const QString &filters)
{
    // Declared before the dialog, so it outlives the dialog's file model that calls it.
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption, QString(), filters);
    // Before any file is looked up: the listing of the first folder arrives in the event loop.
    dialog.setIconProvider(&icons);
    // Qt's dialog, never the platform's: a native dialog in this process (GTK's, say) reads
    // files for its own previews and types, out of reach of the icon provider. Qt's dialog is
    // also the one every machine without a platform theme shows.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    return ask(dialog, folder, nullptr);
}

QString askSaveFile(QWidget *parent, const QString &caption, const QString &suggested,
                    const QString &filters, QString *chosenFilter, QFileDialog::Options options)
{
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption, QString(), filters);
    dialog.setIconProvider(&icons);
    dialog.setOptions(options | QFileDialog::DontUseNativeDialog); // as in askOpenFile
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    return ask(dialog, suggested, chosenFilter);
}

} // namespace rostrum::FileDialogs
