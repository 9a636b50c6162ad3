#include "store/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace rostrum::CompactJson {

void appendString(QString &out, QStringView text)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    out.append(u'"');
    qsizetype plain = 0; // the start of the run of characters written as they are
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t code = c.unicode();
        if (code >= 0x20 && code != u'"' && code != u'\\' && !c.isSurrogate())
            continue; // most of every name: appended with its run, below
        out.append(text.mid(plain, i - plain));
        plain = i + 1;
        // A lone half of a surrogate pair is escaped, so that it comes back as it was.
        if (c.isSurrogate()) {
            const bool paired =
                c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
            if (paired) {
                out.append(c);
                out.append(text[++i]);
                plain = i + 1;
            } else {
                out.append(u"\\u");
                for (int shift = 12; shift >= 0; shift -= 4)
                    out.append(QChar(kHex[(code >> shift) & 0xf]));
            }
            continue;
        }
        switch (code) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\b':
            out.append(u"\\b");
            break;
        case u'\f':
            out.append(u"\\f");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        default:
            if (code < 0x20) {
                out.append(u"\\u00");
                out.append(QChar(kHex[code >> 4]));
                out.append(QChar(kHex[code & 0xf]));
            }
        }
    }
    out.append(text.mid(plain));
    out.append(u'"');
}

void appendValue(QString &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        appendString(out, value.toString());
        return;
    case QMetaType::Bool:
        out.append(value.toBool() ? u"true" : u"false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        out.append(QString::number(value.toLongLong()));
        return;
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out.append(u"null");
        return;
    default:
        break;
    }
    // Rare (the settings' lists), and written as Qt writes it, whatever it is.
    const QByteArray one =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    out.append(QString::fromUtf8(one.mid(1, one.size() - 2)));
}

void appendObject(QString &out, const QVariantMap &map)
{
    out.append(u'{');
    bool first = true;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!first)
            out.append(u',');
        first = false;
        appendString(out, it.key());
        out.append(u':');
        appendValue(out, it.value());
    }
    out.append(u'}');
}

} // namespace rostrum::CompactJson
