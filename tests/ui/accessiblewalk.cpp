#include "accessiblewalk.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace rostrum::testing {

namespace {
QString accessibleText(QWidget *widget, QAccessible::Text kind)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(kind).trimmed() : QString();
}

bool reachedByTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) != 0;
}

// Part of a composite control whose own name covers it.
bool partOfAnother(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        // A tab widget's name covers its bar; each tab says its own title.
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            (qobject_cast<const QTabWidget *>(p) && qobject_cast<const QTabBar *>(w)))
            return true;
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p);
            area && (area->viewport() == w || area->viewport() == w->parentWidget()))
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

// Two controls on one line of the page: their vertical extents overlap by half the smaller.
bool sameLine(const QRect &a, const QRect &b)
{
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap * 2 >= std::min(a.height(), b.height());
}
} // namespace

QString spokenName(QWidget *widget)
{
    return accessibleText(widget, QAccessible::Name);
}

QString spokenDescription(QWidget *widget)
{
    return accessibleText(widget, QAccessible::Description);
}

QString describeWidget(const QWidget *widget)
{
    QString text = QStringLiteral("%1 '%2'").arg(
        QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    QStringList parents;
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        parents.prepend(QString::fromLatin1(p->metaObject()->className()));
        if (p->isWindow())
            break;
    }
    if (!parents.isEmpty())
        text += QStringLiteral(" in ") + parents.join(QStringLiteral(" > "));
    return text;
}

QStringList unnamedControls(QWidget *root)
{
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    QStringList unnamed;
    for (QWidget *w : all) {
        if (w->window() != root->window() || !reachedByTab(w) || partOfAnother(w))
            continue;
        if (spokenName(w).isEmpty())
            unnamed.append(describeWidget(w));
    }
    return unnamed;
}

namespace {
// The letter after a lone '&' ("&&" is an ampersand), lower case; a null QChar when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}
} // namespace

QStringList clashingMnemonics(QWidget *root)
{
    QMap<QChar, QStringList> byLetter;
    const auto note = [&byLetter](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            byLetter[letter].append(text);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            note(label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            note(button->text());
        else if (const auto *group = qobject_cast<const QGroupBox *>(w))
            note(group->title());
        else if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                note(bar->tabText(i));
        }
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(
                QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return clashes;
}

QList<QWidget *> tabChain(QWidget *root)
{
    QList<QWidget *> chain;
    QWidget *w = root;
    // The chain is a ring through every widget of the window; once round is enough.
    for (int guard = 0; guard < 10'000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == root)
            break;
        if (w->window() == root->window() && reachedByTab(w) && w->isVisible() && w->isEnabled() &&
            !partOfAnother(w) && !chain.contains(w))
            chain.append(w);
    }
    return chain;
}

QStringList tabOrderAgainstReading(QWidget *root)
{
    const bool rightToLeft = root->layoutDirection() == Qt::RightToLeft;
    const QList<QWidget *> chain = tabChain(root);
    QStringList wrong;
    for (int i = 1; i < chain.size(); ++i) {
        QWidget *before = chain.at(i - 1);
        QWidget *after = chain.at(i);
        const QRect a(before->mapTo(root, QPoint(0, 0)), before->size());
        const QRect b(after->mapTo(root, QPoint(0, 0)), after->size());
        const bool backwards = sameLine(a, b)
                                   ? (rightToLeft ? b.right() > a.right() : b.left() < a.left())
                                   : b.top() < a.top();
        if (backwards)
            wrong.append(describeWidget(before) + QStringLiteral(" then ") + describeWidget(after));
    }
    return wrong;
}

} // namespace rostrum::testing
