#include "recentmeetings.h"

#include "settingskeys.h"

#include <QFileInfo>
#include <QSettings>

namespace rostrum::RecentMeetings {

QStringList list()
{
    return QSettings().value(SettingsKeys::recentMeetings()).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaximum)
        paths.removeLast();
    QSettings().setValue(SettingsKeys::recentMeetings(), paths);
}

void forget(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(SettingsKeys::recentMeetings(), paths);
}

QString last()
{
    const QStringList paths = list();
    return !paths.isEmpty() && QFileInfo::exists(paths.first()) ? paths.first() : QString();
}

} // namespace rostrum::RecentMeetings
