#include "recentmeetings.h"

#include <QFileInfo>
#include <QSettings>

namespace rostrum::RecentMeetings {

namespace {
const QString &key()
{
    static const QString k = QStringLiteral("recentMeetings");
    return k;
}
} // namespace

QStringList list()
{
    return QSettings().value(key()).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaximum)
        paths.removeLast();
    QSettings().setValue(key(), paths);
}

void forget(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key(), paths);
}

QString last()
{
    const QStringList paths = list();
    return !paths.isEmpty() && QFileInfo::exists(paths.first()) ? paths.first() : QString();
}

} // namespace rostrum::RecentMeetings
