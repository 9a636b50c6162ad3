#include "twolinedelegate.h"

#include <QApplication>
#include <QPainter>

namespace rostrum {

namespace {
QFont secondLineFont(const QFont &base)
{
    QFont f = base;
    f.setBold(false);
    f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}
constexpr int kPadding = 4;
} // namespace

int TwoLineDelegate::rowHeight(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return QFontMetrics(bold).height() + QFontMetrics(secondLineFont(font)).height() +
           2 * kPadding + 2;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const qsizetype cut = text.indexOf(QLatin1Char('\n'));
    if (cut < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The background, selection and focus as the style draws them, without the text.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(kPadding, 0, -kPadding, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor first = selected ? opt.palette.color(group, QPalette::HighlightedText)
                            : opt.palette.color(group, QPalette::Text);
    if (const QVariant fg = index.data(Qt::ForegroundRole); fg.canConvert<QColor>() && !selected)
        first = fg.value<QColor>();
    QColor second = first;
    if (!selected)
        second.setAlphaF(0.72f);

    const QFont firstFont = opt.font;
    const QFont secondFont = secondLineFont(opt.font);
    const QFontMetrics fm1(firstFont);
    const QFontMetrics fm2(secondFont);
    const int total = fm1.height() + fm2.height();
    const int top = area.top() + std::max(0, (area.height() - total) / 2);

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(firstFont);
    painter->setPen(first);
    const QRect line1(area.left(), top, area.width(), fm1.height());
    painter->drawText(line1, Qt::AlignLeading | Qt::AlignVCenter,
                      fm1.elidedText(text.left(cut), Qt::ElideRight, area.width()));
    painter->setFont(secondFont);
    painter->setPen(second);
    const QRect line2(area.left(), line1.bottom() + 1, area.width(), fm2.height());
    painter->drawText(line2, Qt::AlignLeading | Qt::AlignVCenter,
                      fm2.elidedText(text.mid(cut + 1), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), rowHeight(option.font)));
    return size;
}

} // namespace rostrum
