#include "processlocks.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <sys/stat.h>

namespace rostrum::testing {

int locksHeldOn(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return 0;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString inode = QString::number(quint64(st.st_ino));
    int held = 0;
    // "1: POSIX  ADVISORY  READ 7679 fe:00:11329661 1073741826 1073742335"; a waiter's line has
    // "->" after the number and is not a lock held.
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList fields =
            QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 6 || fields[1] != QLatin1String("POSIX"))
            continue;
        if (fields[4] == pid && fields[5].section(QLatin1Char(':'), -1) == inode)
            ++held;
    }
    return held;
}

} // namespace rostrum::testing
