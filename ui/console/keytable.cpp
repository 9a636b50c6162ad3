#include "keytable.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

namespace rostrum::KeyTable {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::KeyTable)
};

// "Undo the last act (Ctrl+Z)" -> "Undo the last act": the key is in the other column. A
// bracket that says more than the key ("(Ctrl+T); F11 in it toggles…") keeps the rest.
QString actOf(const QAction *action)
{
    QString act = action->statusTip();
    if (act.isEmpty())
        act = QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026));
    static const QRegularExpression bracket(QStringLiteral(R"(\s*\(([^()]*)\))"));
    QRegularExpressionMatchIterator it = bracket.globalMatch(act);
    QList<QRegularExpressionMatch> naming;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (const QKeySequence &key : action->shortcuts()) {
            if (m.captured(1).contains(key.toString(QKeySequence::PortableText))) {
                naming.append(m);
                break;
            }
        }
    }
    for (auto m = naming.crbegin(); m != naming.crend(); ++m)
        act.remove(m->capturedStart(), m->capturedLength());
    return act;
}

void collect(const QMenu *menu, QKeySequence::SequenceFormat format, QSet<const QAction *> *seen,
             QList<Row> *out)
{
    for (const QAction *a : menu->actions()) {
        if (const QMenu *sub = a->menu()) {
            collect(sub, format, seen, out);
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty() || seen->contains(a))
            continue;
        seen->insert(a);
        QStringList keys;
        for (const QKeySequence &key : a->shortcuts())
            keys.append(key.toString(format));
        out->append({keys.join(Tr::tr(" or ")), actOf(a)});
    }
}
} // namespace

QList<Row> rows(const QMenuBar *bar, QKeySequence::SequenceFormat format)
{
    QList<Row> out;
    QSet<const QAction *> seen;
    for (const QAction *a : bar->actions()) {
        if (const QMenu *menu = a->menu())
            collect(menu, format, &seen, &out);
    }
    return out;
}

QString markdown(const QList<Row> &rows)
{
    QString text = QStringLiteral("| Key | Act |\n|---|---|\n");
    for (const Row &r : rows)
        text += QStringLiteral("| %1 | %2 |\n").arg(r.keys, r.act);
    return text;
}

} // namespace rostrum::KeyTable
