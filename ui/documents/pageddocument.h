#pragma once

#include "flowblocks.h"

#include <QPageLayout>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace rostrum {

// An A4 PDF made of flowing blocks (headings, paragraphs, table rows) followed by pages painted
// by hand (a timeline), with a footer on every page: the document's name on one side and
// "Page N of M" on the other. Pages break between blocks, never inside one; a table's header
// row repeats on every page it runs onto. The file is written through QSaveFile, so a failure
// never leaves half a PDF.
class PagedDocument final
{
public:
    using PagePainter = std::function<void(QPainter &painter, const QRectF &body)>;

    // Right to left, the text runs from the right margin, the table's first column is on the
    // right and the footer's sides swap.
    explicit PagedDocument(QString footerTitle, Qt::LayoutDirection direction = Qt::LeftToRight);
    ~PagedDocument();
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    void addHeading(const QString &documentName, const MeetingHeading &heading);
    void addSectionTitle(const QString &title);
    void addParagraph(const QString &text, qreal pointSize = 9,
                      const QColor &color = QColor(0x33, 0x33, 0x33));

    // A table is filled row by row after begin(); group rows are kept with the row after them.
    void beginTable(const TableSpec &spec);
    void addRow(const QVector<TableCell> &cells, bool total = false);
    void addRow(const QStringList &cells, bool total = false);
    void addGroupRow(const QString &title);

    void addPaintedPage(QPageLayout::Orientation orientation, PagePainter painter);
    void setMetadata(const QString &title, const QString &creator);

    bool writePdf(const QString &path, QString *error);
    // The number of pages of the last written PDF.
    int pageCount() const { return m_pageCount; }

private:
    struct PaintedPage
    {
        QPageLayout::Orientation orientation;
        PagePainter paint;
    };
    struct Placement
    {
        const FlowBlock *block;
        int page;
        qreal y;
        qreal height;
    };
    QVector<Placement> paginate(const QPaintDevice *device, const QSizeF &body) const;
    void paintFooter(QPainter &painter, const QRectF &footer, int page, int pages) const;
    static QPageLayout layoutFor(QPageLayout::Orientation orientation);

    QString m_footerTitle;
    Qt::LayoutDirection m_direction;
    QString m_title;
    QString m_creator;
    std::vector<std::unique_ptr<FlowBlock>> m_blocks;
    std::shared_ptr<TableSpec> m_table;
    const FlowBlock *m_tableHeader = nullptr;
    QList<PaintedPage> m_painted;
    int m_pageCount = 0;
};

} // namespace rostrum
