#include "flowblocks.h"

#include "documentfonts.h"
#include "list/textrules.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace rostrum {

namespace {
constexpr qreal kPaddingPoints = 3;
const QColor kRule(0xbb, 0xbb, 0xbb);
const QColor kHeaderShade(0xdd, 0xdd, 0xdd);
const QColor kGroupShade(0xef, 0xef, 0xef);
const QColor kSecondLine(0x44, 0x44, 0x44);

qreal pointsToPixels(const QPaintDevice *device)
{
    return device ? device->logicalDpiY() / 72.0 : 96.0 / 72.0;
}

QTextCharFormat charFormat(qreal pointSize, bool bold, bool italic, const QColor &color)
{
    QTextCharFormat f;
    f.setFont(DocumentFonts::font(pointSize, bold));
    f.setFontItalic(italic);
    f.setForeground(color);
    return f;
}

// Starts a new paragraph unless the document is still empty.
void newParagraph(QTextCursor &cursor, qreal bottomMargin, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat block;
    block.setBottomMargin(bottomMargin);
    block.setAlignment(alignment);
    if (cursor.document()->isEmpty())
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block);
}

// A table's left and right, as seen from where its lines start.
Qt::Alignment mirrored(Qt::Alignment align, Qt::LayoutDirection direction)
{
    if (direction != Qt::RightToLeft)
        return align;
    const Qt::Alignment vertical = align & Qt::AlignVertical_Mask;
    if (align & Qt::AlignLeft)
        return Qt::AlignRight | vertical;
    if (align & Qt::AlignRight)
        return Qt::AlignLeft | vertical;
    return align;
}

void insertLabelled(QTextCursor &cursor, const QString &label, const QString &value)
{
    newParagraph(cursor, 2);
    cursor.insertText(label, charFormat(10, true, false, Qt::black));
    // A non-breaking space keeps the label with the first word of its value.
    cursor.insertText(QString(QChar(0x00A0)) + value, charFormat(10, false, false, Qt::black));
}
} // namespace

TextBlock::TextBlock(const std::function<void(QTextCursor &)> &build, Qt::LayoutDirection direction)
    : m_document(std::make_unique<QTextDocument>())
{
    m_document->setDocumentMargin(0);
    // Every paragraph takes the document's direction, and its "left" alignment is then the
    // side where its lines start.
    QTextOption option = m_document->defaultTextOption();
    option.setTextDirection(direction);
    m_document->setDefaultTextOption(option);
    m_document->setDefaultFont(DocumentFonts::font(10));
    QTextCursor cursor(m_document.get());
    build(cursor);
}

TextBlock::~TextBlock() = default;

void TextBlock::prepare(const QPaintDevice *device, qreal width) const
{
    // Laid out for the device, so that point sizes are points on paper. The layout only reads
    // the device's metrics, but its setter takes a non-const pointer.
    m_document->documentLayout()->setPaintDevice(const_cast<QPaintDevice *>(device));
    m_document->setTextWidth(width);
}

qreal TextBlock::height(const QPaintDevice *device, qreal width) const
{
    prepare(device, width);
    return m_document->size().height();
}

void TextBlock::paint(QPainter &painter, const QRectF &rect) const
{
    prepare(painter.device(), rect.width());
    painter.save();
    painter.translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, 0), rect.size());
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

void TextBlock::insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold,
                           const QColor &color)
{
    newParagraph(cursor, 0);
    cursor.insertText(text, charFormat(pointSize, bold, false, color));
}

void TextBlock::insertHeading(QTextCursor &cursor, const QString &documentName,
                              const MeetingHeading &h)
{
    newParagraph(cursor, 10);
    cursor.insertText(documentName, charFormat(11, false, true, QColor(0x33, 0x33, 0x33)));
    if (!h.kind.isEmpty()) {
        newParagraph(cursor, 2);
        cursor.insertText(h.kind, charFormat(12, true, false, Qt::black));
    }
    newParagraph(cursor, 12);
    cursor.insertText(TextRules::visible(h.title), charFormat(15, true, false, Qt::black));
    const auto sponsors = h.sponsorLines();
    for (const auto &[label, value] : sponsors)
        insertLabelled(cursor, label, value);
    if (!sponsors.isEmpty()) {
        newParagraph(cursor, 4, Qt::AlignHCenter);
        cursor.insertText(QStringLiteral("* * *"), charFormat(10, false, false, Qt::black));
    }
    for (const auto &[label, value] : h.whenWhereLines())
        insertLabelled(cursor, label, value);
}

TableRowBlock::TableRowBlock(std::shared_ptr<const TableSpec> spec, Kind kind,
                             QVector<TableCell> cells)
    : m_spec(std::move(spec)), m_kind(kind), m_cells(std::move(cells))
{
}

QVector<QRectF> TableRowBlock::columns(const QRectF &row, qreal pt) const
{
    QVector<QRectF> out;
    if (m_kind == Kind::Group) {
        out.append(row.adjusted(kPaddingPoints * pt, kPaddingPoints * pt, -kPaddingPoints * pt,
                                -kPaddingPoints * pt));
        return out;
    }
    const bool rtl = m_spec->direction == Qt::RightToLeft;
    qreal x = rtl ? row.right() : row.left();
    for (const qreal percent : m_spec->widthsPercent) {
        const qreal w = row.width() * percent / 100.0;
        const qreal left = rtl ? x - w : x;
        out.append(QRectF(left + kPaddingPoints * pt, row.top() + kPaddingPoints * pt,
                          w - 2 * kPaddingPoints * pt, row.height() - 2 * kPaddingPoints * pt));
        x = rtl ? x - w : x + w;
    }
    return out;
}

QFont TableRowBlock::fontFor(int line) const
{
    const bool strong = m_kind == Kind::Header || m_kind == Kind::Group || m_kind == Kind::Total;
    if (line == 0)
        return DocumentFonts::font(m_spec->pointSize, strong);
    return DocumentFonts::font(m_spec->pointSize - 1);
}

qreal TableRowBlock::cellHeight(const TableCell &cell, const QPaintDevice *device,
                                qreal width) const
{
    qreal h = 0;
    for (int i = 0; i < cell.lines.size(); ++i) {
        QFont font = fontFor(i);
        if (i == 0 && cell.boldFirst)
            font.setBold(true);
        const QFontMetricsF metrics(font, device);
        const QRectF box =
            metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, cell.lines.at(i));
        h += std::max(box.height(), metrics.height());
    }
    return h;
}

qreal TableRowBlock::height(const QPaintDevice *device, qreal width) const
{
    const qreal pt = pointsToPixels(device);
    const QVector<QRectF> cols = columns(QRectF(0, 0, width, 1e6), pt);
    qreal h = 0;
    for (int c = 0; c < m_cells.size() && c < cols.size(); ++c)
        h = std::max(h, cellHeight(m_cells.at(c), device, cols.at(c).width()));
    return h + 2 * kPaddingPoints * pt;
}

void TableRowBlock::paint(QPainter &painter, const QRectF &rect) const
{
    const qreal pt = pointsToPixels(painter.device());
    painter.save();
    if (m_kind == Kind::Header)
        painter.fillRect(rect, kHeaderShade);
    else if (m_kind == Kind::Group)
        painter.fillRect(rect, kGroupShade);
    painter.setLayoutDirection(m_spec->direction);
    const QVector<QRectF> cols = columns(rect, pt);
    for (int c = 0; c < m_cells.size() && c < cols.size(); ++c) {
        const TableCell &cell = m_cells.at(c);
        // Absolute alignment: a name in Arabic lines up with the Latin names above it, while
        // its letters still run right to left.
        const Qt::Alignment align =
            mirrored(m_kind == Kind::Group ? Qt::AlignLeft
                                           : m_spec->alignments.value(c, Qt::AlignLeft),
                     m_spec->direction) |
            Qt::AlignAbsolute | Qt::AlignTop;
        qreal y = cols.at(c).top();
        for (int i = 0; i < cell.lines.size(); ++i) {
            QFont font = fontFor(i);
            if (i == 0 && cell.boldFirst)
                font.setBold(true);
            painter.setFont(font);
            painter.setPen(i == 0 ? QColor(Qt::black) : kSecondLine);
            const QRectF box(cols.at(c).left(), y, cols.at(c).width(), rect.bottom() - y);
            QRectF used;
            // A name from an older file may hold a bidi override or a control character, which
            // would reorder or hide what is printed ("evil\u202egnp.exe" as "evilexe.png"):
            // every such character is printed as its code.
            painter.drawText(box, int(align) | Qt::TextWordWrap,
                             TextRules::visible(cell.lines.at(i)), &used);
            y += std::max(used.height(), QFontMetricsF(font, painter.device()).height());
        }
    }
    painter.setPen(QPen(m_kind == Kind::Header ? QColor(0x66, 0x66, 0x66) : kRule,
                        (m_kind == Kind::Total ? 1.0 : 0.5) * pt));
    if (m_kind == Kind::Total)
        painter.drawLine(rect.topLeft(), rect.topRight());
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.restore();
}

} // namespace rostrum
