#pragma once

#include <QString>
#include <QStringView>
#include <QVariantMap>

// JSON text written straight into a string, exactly as QJsonDocument::toJson(Compact) writes it
// (keys in order, strings escaped alike), for the text every act writes: its journal row, and on
// a server its entries. Built through QJsonObject, that text was half of the instructions of an
// act: each insert keeps the object sorted and converts every value to CBOR and back.
namespace rostrum::CompactJson {

// `text` as a JSON string, quotes included.
void appendString(QString &out, QStringView text);
// A value of a journal image: text, a whole number, a truth value or nothing; anything else (a
// list in the meeting's settings, say) is written by QJsonDocument itself.
void appendValue(QString &out, const QVariant &value);
// An object whose keys need no escaping (column names), in the map's order, which is
// QJsonObject's.
void appendObject(QString &out, const QVariantMap &map);

} // namespace rostrum::CompactJson
