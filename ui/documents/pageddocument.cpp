#include "pageddocument.h"

#include "documentfonts.h"
#include "records/savefile.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>

namespace rostrum {

namespace {
// The translation context of this file's strings, one that lupdate sees as the code uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::PagedDocument)
};

// Room for the footer under the body, in points; the body never runs into it.
constexpr qreal kFooterPoints = 22;
constexpr int kResolution = 600;
} // namespace

PagedDocument::PagedDocument(QString footerTitle, Qt::LayoutDirection direction)
    : m_footerTitle(std::move(footerTitle)), m_direction(direction)
{
}

PagedDocument::~PagedDocument() = default;

void PagedDocument::addHeading(const QString &documentName, const MeetingHeading &heading)
{
    m_blocks.push_back(std::make_unique<TextBlock>(
        [&](QTextCursor &cursor) { TextBlock::insertHeading(cursor, documentName, heading); },
        m_direction));
}

void PagedDocument::addSectionTitle(const QString &title)
{
    auto block = std::make_unique<TextBlock>(
        [&](QTextCursor &cursor) { TextBlock::insertText(cursor, title, 12, true); }, m_direction);
    block->spaceBeforePoints = 14;
    block->keepWithNext = true;
    m_blocks.push_back(std::move(block));
}

void PagedDocument::addParagraph(const QString &text, qreal pointSize, const QColor &color)
{
    auto block = std::make_unique<TextBlock>(
        [&](QTextCursor &cursor) { TextBlock::insertText(cursor, text, pointSize, false, color); },
        m_direction);
    block->spaceBeforePoints = 4;
    block->keepWithNext = true; // an explanation belongs with the table it explains
    m_blocks.push_back(std::move(block));
}

void PagedDocument::beginTable(const TableSpec &spec)
{
    m_table = std::make_shared<TableSpec>(spec);
    m_table->direction = m_direction;
    QVector<TableCell> cells;
    for (const QString &h : spec.header)
        cells.append(TableCell{{h}, true});
    auto header = std::make_unique<TableRowBlock>(m_table, TableRowBlock::Kind::Header, cells);
    header->spaceBeforePoints = 6;
    header->keepWithNext = true;
    m_tableHeader = header.get();
    m_blocks.push_back(std::move(header));
}

void PagedDocument::addRow(const QVector<TableCell> &cells, bool total)
{
    auto row = std::make_unique<TableRowBlock>(
        m_table, total ? TableRowBlock::Kind::Total : TableRowBlock::Kind::Body, cells);
    row->repeatedHeader = m_tableHeader;
    m_blocks.push_back(std::move(row));
}

void PagedDocument::addRow(const QStringList &cells, bool total)
{
    QVector<TableCell> out;
    for (const QString &c : cells)
        out.append(TableCell{{c}, false});
    addRow(out, total);
}

void PagedDocument::addGroupRow(const QString &title)
{
    auto row = std::make_unique<TableRowBlock>(m_table, TableRowBlock::Kind::Group,
                                               QVector<TableCell>{TableCell{{title}, true}});
    row->repeatedHeader = m_tableHeader;
    row->keepWithNext = true;
    m_blocks.push_back(std::move(row));
}

void PagedDocument::addPaintedPage(QPageLayout::Orientation orientation, PagePainter painter)
{
    m_painted.append({orientation, std::move(painter)});
}

void PagedDocument::setMetadata(const QString &title, const QString &creator)
{
    m_title = title;
    m_creator = creator;
}

QPageLayout PagedDocument::layoutFor(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(18, 16, 18, 12),
                       QPageLayout::Millimeter);
}

QVector<PagedDocument::Placement> PagedDocument::paginate(const QPaintDevice *device,
                                                          const QSizeF &body) const
{
    const qreal pt = device->logicalDpiY() / 72.0;
    QVector<qreal> heights;
    for (const auto &b : m_blocks)
        heights.append(b->height(device, body.width()));

    QVector<Placement> out;
    int page = 0;
    qreal y = 0;
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const FlowBlock *block = m_blocks[i].get();
        const qreal space = y > 0 ? block->spaceBeforePoints * pt : 0;
        // Keeping with the next block looks one block ahead: enough for a section title with its
        // explanation, and for a group row with its first speaker.
        qreal needed = space + heights[int(i)];
        for (size_t j = i; j + 1 < m_blocks.size() && m_blocks[j]->keepWithNext && j < i + 3; ++j)
            needed += heights[int(j + 1)];
        if (y > 0 && y + std::min(needed, body.height()) > body.height()) {
            ++page;
            y = 0;
            if (block->repeatedHeader) {
                const qreal h = block->repeatedHeader->height(device, body.width());
                out.append({block->repeatedHeader, page, y, h});
                y += h;
            }
        } else {
            y += space;
        }
        out.append({block, page, y, heights[int(i)]});
        y += heights[int(i)];
    }
    return out;
}

void PagedDocument::paintFooter(QPainter &painter, const QRectF &footer, int page, int pages) const
{
    painter.save();
    const qreal pt = painter.device()->logicalDpiY() / 72.0;
    painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 0.5 * pt));
    painter.drawLine(footer.topLeft(), footer.topRight());
    const QFont font = DocumentFonts::font(8);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QRectF text = footer.adjusted(0, 4 * pt, 0, 0);
    const QString pageText = Tr::tr("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF metrics(font, painter.device());
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + 12 * pt;
    // The document's name where a line of its text starts, the page number where it ends.
    const bool rtl = m_direction == Qt::RightToLeft;
    const Qt::Alignment start = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    const Qt::Alignment end = (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute;
    painter.setLayoutDirection(m_direction);
    painter.drawText(text.adjusted(rtl ? pageWidth : 0, 0, rtl ? 0 : -pageWidth, 0),
                     start | Qt::AlignTop,
                     metrics.elidedText(m_footerTitle, Qt::ElideRight, text.width() - pageWidth));
    painter.drawText(text, end | Qt::AlignTop, pageText);
    painter.restore();
}

bool PagedDocument::writePdf(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!SaveFile::open(file, error))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(layoutFor(m_blocks.empty() && !m_painted.isEmpty()
                                           ? m_painted.first().orientation
                                           : QPageLayout::Portrait));
        writer.setTitle(m_title);
        writer.setCreator(m_creator);

        const qreal footerHeight = kFooterPoints * kResolution / 72.0;
        auto bodyOf = [&writer, footerHeight] {
            const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
            return QRectF(0, 0, page.width(), page.height() - footerHeight);
        };
        const QRectF portraitBody = bodyOf();
        const QVector<Placement> placements = paginate(&writer, portraitBody.size());
        const int flowPages = placements.isEmpty() ? 0 : placements.last().page + 1;
        const int pages = flowPages + int(m_painted.size());
        m_pageCount = pages;

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = SaveFile::failure(file);
            file.cancelWriting();
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const QRectF footer(0, portraitBody.bottom(), portraitBody.width(), footerHeight);
        int page = 0;
        for (const Placement &p : placements) {
            while (page < p.page + 1) {
                if (page > 0) {
                    paintFooter(painter, footer, page, pages);
                    writer.newPage();
                }
                ++page;
            }
            p.block->paint(painter, QRectF(0, p.y, portraitBody.width(), p.height));
        }
        if (page > 0)
            paintFooter(painter, footer, page, pages);
        for (const PaintedPage &p : std::as_const(m_painted)) {
            if (page > 0) {
                // Set just before newPage(), the layout applies to the new page only.
                writer.setPageLayout(layoutFor(p.orientation));
                writer.newPage();
            }
            ++page;
            const QRectF body = bodyOf();
            painter.save();
            painter.setClipRect(body);
            p.paint(painter, body);
            painter.restore();
            paintFooter(painter, QRectF(0, body.bottom(), body.width(), footerHeight), page, pages);
        }
        painter.end();
    }
    return SaveFile::commit(file, error);
}

} // namespace rostrum
