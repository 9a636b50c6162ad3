#include "meeting/systemzone.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace rostrum::SystemZone {

namespace {
// A name the zone database holds: the relative path of a TZif file under zoneinfo, which is
// exactly when the C library reads TZ as a zone rather than as a POSIX rule.
bool inDatabase(const QString &name, const QString &zoneinfo)
{
    static const QRegularExpression idPattern(
        QStringLiteral(R"(^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$)"));
    if (!idPattern.match(name).hasMatch())
        return false;
    QFile file(QDir(zoneinfo).filePath(name));
    if (!file.open(QIODevice::ReadOnly) || file.read(4) != "TZif")
        return false;
    return QTimeZone(name.toUtf8()).isValid();
}

QString zoneinfoDir()
{
    const QByteArray dir = qgetenv("TZDIR");
    return dir.isEmpty() ? QStringLiteral("/usr/share/zoneinfo") : QString::fromLocal8Bit(dir);
}

// "/usr/share/zoneinfo/Europe/Zurich" -> "Europe/Zurich"; empty when not inside the database.
QString nameInside(const QString &path, const QString &zoneinfo)
{
    const QString marker = QStringLiteral("zoneinfo/");
    const QString clean = QDir::cleanPath(path);
    const QString root = QDir::cleanPath(zoneinfo) + QLatin1Char('/');
    if (clean.startsWith(root))
        return clean.mid(root.size());
    const qsizetype at = clean.lastIndexOf(marker);
    return at < 0 ? QString() : clean.mid(at + marker.size());
}
} // namespace

bool isZoneName(const QString &id, const QString &zoneinfo)
{
    static const QRegularExpression fixedOffset(QStringLiteral(R"(^UTC[+-]\d{2}:\d{2}$)"));
    if (fixedOffset.match(id).hasMatch())
        return QTimeZone(id.toUtf8()).isValid();
    return inDatabase(id, zoneinfo.isEmpty() ? zoneinfoDir() : zoneinfo);
}

QString ianaIdFrom(const std::optional<QByteArray> &tz, const QString &zoneinfo,
                   const QString &etcLocaltime, const QString &etcTimezone)
{
    if (tz) {
        QString value = QString::fromUtf8(*tz).trimmed();
        if (value.startsWith(QLatin1Char(':')))
            value.remove(0, 1);
        // The C library reads an empty TZ as UTC.
        if (value.isEmpty())
            return QStringLiteral("UTC");
        if (QDir::isAbsolutePath(value))
            value = nameInside(value, zoneinfo);
        return inDatabase(value, zoneinfo) ? value : QString();
    }
    const QString link = QFileInfo(etcLocaltime).symLinkTarget();
    if (!link.isEmpty()) {
        if (const QString name = nameInside(link, zoneinfo); inDatabase(name, zoneinfo))
            return name;
    }
    QFile file(etcTimezone);
    if (file.open(QIODevice::ReadOnly)) {
        if (const QString name = QString::fromUtf8(file.readLine()).trimmed();
            inDatabase(name, zoneinfo))
            return name;
    }
    return QString();
}

QString ianaId()
{
    std::optional<QByteArray> tz;
    if (qEnvironmentVariableIsSet("TZ"))
        tz = qgetenv("TZ");
    return ianaIdFrom(tz, zoneinfoDir(), QStringLiteral("/etc/localtime"),
                      QStringLiteral("/etc/timezone"));
}

} // namespace rostrum::SystemZone
