#include "textfit.h"

#include "bidi.h"
#include "countdownreadout.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QToolButton>
#include <QWidget>
#include <cmath>

namespace rostrum {

namespace {
QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.remove(QLatin1Char('&'));
    return text;
}

// The rectangle of `r`, in `w`'s coordinates, rounded outwards, in the window's coordinates.
QRect inWindow(const QWidget *w, const QRectF &r)
{
    const QRect aligned(QPoint(int(std::floor(r.left())), int(std::floor(r.top()))),
                        QPoint(int(std::ceil(r.right())) - 1, int(std::ceil(r.bottom())) - 1));
    return QRect(w->mapTo(w->window(), aligned.topLeft()), aligned.size());
}

// The part of the widget not cut off by its ancestors, in the window's coordinates.
QRect roomOf(const QWidget *w)
{
    QRect room(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    for (const QWidget *a = w->parentWidget(); a && !w->isWindow(); a = a->parentWidget()) {
        room &= QRect(a->mapTo(a->window(), QPoint(0, 0)), a->size());
        if (a->isWindow())
            break;
    }
    return room;
}

// A visible sibling of the widget or of one of its ancestors, stacked above it, that covers
// part of the text; children come later in their parent's list as they are stacked higher.
QString coveringWidget(const QWidget *w, const QRect &text)
{
    for (const QWidget *below = w; below && !below->isWindow(); below = below->parentWidget()) {
        const QWidget *parent = below->parentWidget();
        if (!parent)
            break;
        bool above = false;
        for (const QObject *o : parent->children()) {
            if (o == below) {
                above = true;
                continue;
            }
            const auto *sibling = qobject_cast<const QWidget *>(o);
            if (!above || !sibling || sibling->isWindow() || !sibling->isVisible())
                continue;
            const QRect r(sibling->mapTo(sibling->window(), QPoint(0, 0)), sibling->size());
            if (r.intersects(text))
                return nameOf(sibling);
        }
    }
    return {};
}

TextFit fitOf(const QWidget *w, const QString &what, const QRectF &textInWidget)
{
    TextFit fit;
    fit.what = what;
    fit.text = inWindow(w, textInWidget);
    fit.room = roomOf(w);
    fit.coveredBy = coveringWidget(w, fit.text);
    return fit;
}

// Where a tool button's style draws its label: centred, under the icon when it has one.
QRectF toolButtonTextRect(const QToolButton *b)
{
    QStyleOptionToolButton opt;
    opt.initFrom(b);
    const QSize textSize = b->fontMetrics().size(Qt::TextShowMnemonic, b->text());
    const int frame = b->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, b);
    QRect band = b->rect().adjusted(frame, frame, -frame, -frame);
    const bool iconShown = !b->icon().isNull() && b->toolButtonStyle() != Qt::ToolButtonTextOnly;
    if (iconShown && b->toolButtonStyle() == Qt::ToolButtonTextUnderIcon)
        band.setTop(band.top() + b->iconSize().height() + 3);
    else if (iconShown && b->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        band.setLeft(band.left() + b->iconSize().width() + 4);
    return QStyle::alignedRect(b->layoutDirection(), Qt::AlignCenter, textSize, band);
}

QRectF pushButtonTextRect(const QPushButton *b)
{
    QSize textSize = b->fontMetrics().size(Qt::TextShowMnemonic, b->text());
    if (!b->icon().isNull())
        textSize.rwidth() += b->iconSize().width() + 4;
    const int margin = b->style()->pixelMetric(QStyle::PM_ButtonMargin) / 2;
    return QStyle::alignedRect(b->layoutDirection(), Qt::AlignCenter, textSize,
                               b->rect().adjusted(margin, 0, -margin, 0));
}

// A label's text at the width it has: wrapped lines take the height they need.
QRectF labelTextRect(const QLabel *l)
{
    const QRect contents =
        l->contentsRect().adjusted(l->margin(), l->margin(), -l->margin(), -l->margin());
    const QSize around = l->size() - contents.size();
    const QSize need =
        l->wordWrap() ? QSize(contents.width(), l->heightForWidth(l->width()) - around.height())
                      : l->sizeHint() - around;
    return QStyle::alignedRect(l->layoutDirection(), l->alignment(), need, contents);
}

bool shown(const QWidget *w)
{
    return w->isVisible() && !w->size().isEmpty();
}
} // namespace

QString TextFit::describe() const
{
    // Without the isolates that keep a run's direction: they are not seen, only what they hold.
    return QStringLiteral("%1  %2  text %3  room %4%5")
        .arg(fits() ? QStringLiteral("fits   ") : QStringLiteral("CLIPPED"),
             bidi::withoutIsolates(what), rectText(text), rectText(room),
             coveredBy.isEmpty() ? QString() : QStringLiteral("  covered by ") + coveredBy);
}

QVector<TextFit> textFitsOf(const QWidget *window)
{
    QVector<TextFit> fits;
    for (const CountdownReadout *r : window->findChildren<CountdownReadout *>()) {
        if (!shown(r) || r->window() != window)
            continue;
        fits.append(
            fitOf(r, QStringLiteral("readout figures: ") + r->text(), r->figuresTextRect()));
        if (!r->label().isEmpty())
            fits.append(
                fitOf(r, QStringLiteral("readout word: ") + r->label(), r->labelTextRect()));
    }
    for (const QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!shown(b) || b->window() != window || b->text().isEmpty())
            continue;
        const QString what = QStringLiteral("button %1: %2").arg(nameOf(b), oneLine(b->text()));
        if (const auto *tool = qobject_cast<const QToolButton *>(b))
            fits.append(fitOf(b, what, toolButtonTextRect(tool)));
        else if (const auto *push = qobject_cast<const QPushButton *>(b))
            fits.append(fitOf(b, what, pushButtonTextRect(push)));
    }
    for (const QLabel *l : window->findChildren<QLabel *>()) {
        if (!shown(l) || l->window() != window || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        fits.append(fitOf(l, QStringLiteral("label %1: %2").arg(nameOf(l), oneLine(l->text())),
                          labelTextRect(l)));
    }
    return fits;
}

} // namespace rostrum
