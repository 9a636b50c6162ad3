#include "webacts.h"

#include "meeting/categories.h"
#include "session/meetingsession.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <optional>

namespace rostrum::web {

namespace {
constexpr int kMaxTextLength = 500;

// A bad body, told in one line; thrown within this file only, caught in perform().
struct BadBody
{
    QString message;
};

QJsonObject bodyObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw BadBody{WebActs::tr("The body is not JSON: %1 at byte %2.")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)};
    if (!document.isObject())
        throw BadBody{WebActs::tr("The body must be a JSON object.")};
    return document.object();
}

// Only the keys an act knows: a misspelt key would otherwise be an act done without it.
void onlyKeys(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            throw BadBody{WebActs::tr("Unknown field “%1”; this act takes: %2.")
                              .arg(it.key(), known.isEmpty() ? WebActs::tr("nothing")
                                                             : known.join(QStringLiteral(", ")))};
    }
}

qint64 wholeNumber(const QJsonObject &object, const QString &key, qint64 lowest, qint64 highest)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        throw BadBody{WebActs::tr("“%1” is missing.").arg(key)};
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < double(lowest) || d > double(highest))
        throw BadBody{WebActs::tr("“%1” must be a whole number from %2 to %3.")
                          .arg(key)
                          .arg(lowest)
                          .arg(highest)};
    return qint64(d);
}

QString text(const QJsonObject &object, const QString &key, bool required)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString())
        throw BadBody{WebActs::tr("“%1” must be a text.").arg(key)};
    const QString t = v.toString().trimmed();
    if (required && t.isEmpty())
        throw BadBody{WebActs::tr("“%1” cannot be empty.").arg(key)};
    if (t.size() > kMaxTextLength)
        throw BadBody{
            WebActs::tr("“%1” is longer than %2 characters.").arg(key).arg(kMaxTextLength)};
    return t;
}

EntryDraft draftOf(const QJsonObject &object)
{
    onlyKeys(object, {QStringLiteral("delegation"), QStringLiteral("speaker"),
                      QStringLiteral("title"), QStringLiteral("language")});
    EntryDraft d;
    d.delegation = text(object, QStringLiteral("delegation"), true);
    d.speaker = text(object, QStringLiteral("speaker"), false);
    d.title = text(object, QStringLiteral("title"), false);
    if (object.contains(QStringLiteral("language"))) {
        d.language = text(object, QStringLiteral("language"), true);
        if (!unLanguages().contains(d.language))
            throw BadBody{WebActs::tr("“language” must be one of: %1.")
                              .arg(unLanguages().join(QStringLiteral(", ")))};
    }
    return d;
}

// The return type is deduced: lupdate takes a definition that starts "MeetingSession::Result"
// for a member of MeetingSession, and would file this file's texts under the wrong context.
auto act(MeetingSession &session, const QString &name, const QJsonObject &body)
{
    if (name == QLatin1String("start") || name == QLatin1String("pause") ||
        name == QLatin1String("next") || name == QLatin1String("absent") ||
        name == QLatin1String("undo") || name == QLatin1String("redo")) {
        onlyKeys(body, {});
        if (name == QLatin1String("start"))
            return session.start();
        if (name == QLatin1String("pause"))
            return session.pause();
        if (name == QLatin1String("next"))
            return session.next();
        if (name == QLatin1String("absent"))
            return session.absent();
        return name == QLatin1String("undo") ? session.undo() : session.redo();
    }
    if (name == QLatin1String("add-time")) {
        onlyKeys(body, {QStringLiteral("seconds")});
        const qint64 seconds = wholeNumber(body, QStringLiteral("seconds"), -3600, 3600);
        if (seconds == 0)
            throw BadBody{WebActs::tr("“seconds” cannot be 0.")};
        return session.addTime(seconds * 1000);
    }
    if (name == QLatin1String("message")) {
        onlyKeys(body, {QStringLiteral("text"), QStringLiteral("clear")});
        const bool clear = body.value(QStringLiteral("clear")).toBool(false);
        if (body.contains(QStringLiteral("clear")) && !body.value(QStringLiteral("clear")).isBool())
            throw BadBody{WebActs::tr("“clear” must be true or false.")};
        if (clear == body.contains(QStringLiteral("text")))
            throw BadBody{WebActs::tr("Give either “text” or \"clear\": true.")};
        return session.setMessage(clear ? QString() : text(body, QStringLiteral("text"), true));
    }
    if (name == QLatin1String("inscribe"))
        return session.add(draftOf(body));
    if (name == QLatin1String("reply"))
        return session.reply(draftOf(body));
    if (name == QLatin1String("point-of-order"))
        return session.pointOfOrder(draftOf(body));
    if (name == QLatin1String("move")) {
        onlyKeys(body, {QStringLiteral("id"), QStringLiteral("position")});
        const qint64 id = wholeNumber(body, QStringLiteral("id"), 1, qint64(1) << 52);
        const int position = int(wholeNumber(body, QStringLiteral("position"), 1, 100'000));
        return session.move(id, position);
    }
    // Not reached: the server answers 404 for an act it does not know.
    throw BadBody{WebActs::tr("There is no act “%1”.").arg(name)};
    return MeetingSession::Result{};
}
} // namespace

WebReply WebActs::perform(MeetingSession &session, const QString &name, const QByteArray &body)
{
    MeetingSession::Result result;
    try {
        result = act(session, name, bodyObject(body));
    } catch (const BadBody &bad) {
        return WebReply::error(400, bad.message);
    }
    if (!result.ok)
        return WebReply::error(session.saveFailed() ? 503 : 409, result.error);
    QJsonObject answer{
        {QStringLiteral("ok"), true},
        {QStringLiteral("summary"), result.summary},
        // The console keeps an act it cannot write yet and says so; the page must say it too.
        {QStringLiteral("saved"), !session.saveFailed()},
    };
    if (result.entryId > 0)
        answer.insert(QStringLiteral("id"), result.entryId);
    return WebReply::json(answer);
}

} // namespace rostrum::web
