#include "listfingerprint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace rostrum::storm {

QString listFingerprint(const SpeakersList &list)
{
    // Through JSON, so that what the same list holds gives the same bytes whichever way it was
    // built: an empty text read back from the file and one replayed from the journal are the
    // same text, though one is a null QString and the other not. Keys come out sorted, and the
    // entries go in id order.
    QJsonArray all{QJsonObject::fromVariantMap(list.meeting().toColumns())};
    QList<qint64> ids = list.entries().keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : ids)
        all.append(QJsonObject::fromVariantMap(list.entries().value(id).toColumns()));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

} // namespace rostrum::storm
