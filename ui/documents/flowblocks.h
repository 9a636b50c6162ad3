#pragma once

#include "records/meetingheading.h"

#include <QColor>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

class QPainter;
class QPaintDevice;
class QTextCursor;
class QTextDocument;

namespace rostrum {

// The pieces a paged document flows from page to page. Each one measures itself for a device
// and a width, and paints itself in a rectangle; PagedDocument decides where pages break, so
// a table row or a heading is never cut in two.
class FlowBlock
{
public:
    virtual ~FlowBlock() = default;
    // Device pixels, for the device the document is written to.
    virtual qreal height(const QPaintDevice *device, qreal width) const = 0;
    virtual void paint(QPainter &painter, const QRectF &rect) const = 0;
    // Space above the block in points, dropped at the top of a page.
    qreal spaceBeforePoints = 0;
    // A heading stays on the page of the block that follows it.
    bool keepWithNext = false;
    // For table rows: the header row to repeat when a page starts with this row.
    const FlowBlock *repeatedHeader = nullptr;
};

// Rich text laid out by QTextDocument: headings and paragraphs, in any script.
class TextBlock final : public FlowBlock
{
public:
    TextBlock(const std::function<void(QTextCursor &)> &build, Qt::LayoutDirection direction);
    ~TextBlock() override;
    qreal height(const QPaintDevice *device, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;

    // The concept note's heading: "List of speakers" in italics, the kind of meeting, the title,
    // who organizes it, and when and where.
    static void insertHeading(QTextCursor &cursor, const QString &documentName,
                              const MeetingHeading &heading);
    static void insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold,
                           const QColor &color = Qt::black);

private:
    void prepare(const QPaintDevice *device, qreal width) const;
    std::unique_ptr<QTextDocument> m_document;
};

// A cell of a table: the first line in the row's size (bold if asked), the others smaller and
// grey, as "Permanent Representative" under a speaker's name.
struct TableCell
{
    QStringList lines;
    bool boldFirst = false;
};

struct TableSpec
{
    QStringList header;
    QVector<qreal> widthsPercent;
    QVector<Qt::Alignment> alignments; // per column; left when missing
    qreal pointSize = 9;
    // Right to left, the first column is the rightmost and left and right alignments swap.
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

// One row of a table, the header row included. A group row is one shaded title across the
// width: "Briefers", "Speaking now".
class TableRowBlock final : public FlowBlock
{
public:
    enum class Kind
    {
        Header,
        Body,
        Group,
        Total
    };
    TableRowBlock(std::shared_ptr<const TableSpec> spec, Kind kind, QVector<TableCell> cells);
    qreal height(const QPaintDevice *device, qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;

private:
    QVector<QRectF> columns(const QRectF &row, qreal pt) const;
    QFont fontFor(int line) const;
    qreal cellHeight(const TableCell &cell, const QPaintDevice *device, qreal width) const;

    std::shared_ptr<const TableSpec> m_spec;
    Kind m_kind;
    QVector<TableCell> m_cells;
};

} // namespace rostrum
