#include "meetingconsole.h"

#include "chairactions.h"
#include "clockbuttons.h"
#include "columnsamples.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "meetingbar.h"
#include "nowspeakingpanel.h"
#include "rowtable.h"
#include "runningordermodel.h"
#include "savebanner.h"
#include "session/meetingsession.h"
#include "spokenmodel.h"
#include "twolinedelegate.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace rostrum {

MeetingConsole::MeetingConsole(MeetingSession *session, ChairActions *actions, QWidget *parent)
    : QWidget(parent), m_session(session), m_banner(new SaveBanner(session, this)),
      m_bar(new MeetingBar(session, this)), m_nowSpeaking(new NowSpeakingPanel(session, this)),
      m_notice(new InlineMessage(this)), m_fileNotice(new InlineMessage(this)),
      m_clockNotice(new InlineMessage(this)), m_tabs(new QTabWidget(this)),
      m_sideTabs(new QTabWidget(this)), m_orderModel(new RunningOrderModel(session, this)),
      m_spokenModel(new SpokenModel(session, this)),
      m_inscription(new InscriptionLine(session, this))
{
    m_notice->setObjectName(QStringLiteral("chairNotice"));
    m_fileNotice->setObjectName(QStringLiteral("fileNotice"));
    m_clockNotice->setObjectName(QStringLiteral("clockNotice"));
    m_tabs->setAccessibleName(tr("Lists of speakers"));
    m_sideTabs->setAccessibleName(tr("Speakers heard, beside the running order"));

    auto *left = new QWidget(this);
    m_speakerColumn = left;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_nowSpeaking->setObjectName(QStringLiteral("nowSpeaking"));
    m_clockButtons = new ClockButtons(actions, left);
    leftLayout->addWidget(m_nowSpeaking, 1);
    leftLayout->addWidget(m_clockButtons);
    // The column fits itself to the height it gets (fitSpeakerColumn()); it never makes the
    // window taller than a short screen.
    left->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);

    m_tabs->addTab(buildOrderPage(actions), QString());
    m_spokenView = new RowTable(this);
    m_spokenView->setObjectName(QStringLiteral("spokenView"));
    m_spokenView->setAccessibleName(tr("Speakers heard"));
    m_spokenView->setAccessibleDescription(
        tr("Who has spoken, in the order they spoke, with the time each one took."));
    m_spokenView->setModel(m_spokenModel);
    setUpTable(m_spokenView);
    m_spokenView->horizontalHeader()->setSectionResizeMode(SpokenModel::DelegationColumn,
                                                           QHeaderView::Interactive);
    m_spokenView->horizontalHeader()->setSectionResizeMode(SpokenModel::SpeakerColumn,
                                                           QHeaderView::Stretch);
    m_spokenView->setColumnWidth(SpokenModel::DelegationColumn, 220);
    m_tabs->addTab(m_spokenView, QString());

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // Where the chair looks for what was refused; the clock warning sits above, for good.
    rightLayout->addWidget(m_clockNotice);
    rightLayout->addWidget(m_notice);
    m_tables = new QSplitter(Qt::Horizontal, this);
    m_tables->addWidget(m_tabs);
    m_tables->addWidget(m_sideTabs);
    m_tables->setChildrenCollapsible(false);
    m_sideTabs->hide();
    rightLayout->addWidget(m_tables, 1);
    rightLayout->addWidget(m_inscription);

    m_columns = new QSplitter(Qt::Horizontal, this);
    m_columns->addWidget(left);
    m_columns->addWidget(right);
    m_columns->setChildrenCollapsible(false);
    m_columns->setStretchFactor(1, 1);
    // Narrow enough to leave the running order and the inscription line their room on a
    // 1366×768 screen at 200 %; wider by default (resizeEvent()).
    left->setMinimumWidth(kNarrowestColumn);
    left->setMaximumWidth(600);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_fileNotice);
    layout->addWidget(m_bar);
    layout->addWidget(m_columns, 1);

    connect(m_orderView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit editRequested(m_orderModel->idAt(index.row()));
    });
    connect(m_orderView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeetingConsole::selectionChanged);
    // After an inscription the keys are the chair's acts again, the new row selected in sight;
    // the next name typed at the list goes back to the line by itself (TypingGuard).
    connect(m_inscription, &InscriptionLine::inscribed, this, [this](qint64 id) {
        selectEntry(id);
        m_orderView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_inscription, &InscriptionLine::leaveRequested, this,
            [this] { m_orderView->setFocus(Qt::ShortcutFocusReason); });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_orderModel),
                                      static_cast<QAbstractItemModel *>(m_spokenModel)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MeetingConsole::updateTabTitles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MeetingConsole::updateTabTitles);
        connect(model, &QAbstractItemModel::modelReset, this, &MeetingConsole::updateTabTitles);
    }
    // The record grows at the bottom: keep the latest speech in sight.
    connect(m_spokenModel, &QAbstractItemModel::rowsInserted, m_spokenView,
            &QTableView::scrollToBottom);
    QTimer::singleShot(0, m_spokenView, &QTableView::scrollToBottom);
    updateTabTitles();
}

QWidget *MeetingConsole::buildOrderPage(ChairActions *actions)
{
    auto *page = new QWidget(this);
    auto *strip = new QToolBar(page);
    strip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    strip->setObjectName(QStringLiteral("listStrip"));
    strip->addAction(actions->inscribeDetailed);
    strip->addAction(actions->edit);
    strip->addSeparator();
    strip->addAction(actions->moveUp);
    strip->addAction(actions->moveDown);
    strip->addAction(actions->moveTop);
    strip->addAction(actions->moveBottom);
    strip->addAction(actions->swap);
    strip->addAction(actions->unpin);
    strip->addSeparator();
    strip->addAction(actions->setLimit);
    strip->addAction(actions->setLimitAll);
    strip->addSeparator();
    strip->addAction(actions->withdraw);
    strip->addAction(actions->remove);

    m_orderView = new RowTable(page);
    m_orderView->setObjectName(QStringLiteral("orderView"));
    m_orderView->setAccessibleName(tr("Running order"));
    m_orderView->setAccessibleDescription(
        tr("The speakers still to speak, in the order they will be called. N calls the next; "
           "Enter opens the selected speaker; Ctrl+Up and Ctrl+Down move them."));
    m_orderView->setModel(m_orderModel);
    setUpTable(m_orderView);
    m_orderView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_orderView->setDragEnabled(true);
    m_orderView->setAcceptDrops(true);
    m_orderView->setDropIndicatorShown(true);
    m_orderView->setDragDropMode(QAbstractItemView::InternalMove);
    m_orderView->setDefaultDropAction(Qt::MoveAction);
    m_orderView->setDragDropOverwriteMode(false);
    QHeaderView *header = m_orderView->horizontalHeader();
    header->moveSection(header->visualIndex(RunningOrderModel::PositionColumn), 0);
    header->setSectionResizeMode(RunningOrderModel::DelegationColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RunningOrderModel::SpeakerColumn, QHeaderView::Stretch);
    m_orderView->setColumnWidth(RunningOrderModel::DelegationColumn, 210);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(strip);
    layout->addWidget(m_orderView, 1);
    return page;
}

void MeetingConsole::setUpTable(QTableView *view)
{
    view->setItemDelegate(new TwoLineDelegate(view));
    // The positions are Western digits in every language, Arabic included, as UN Arabic
    // documents write them and as the rest of the console does (language/datetext.h): the
    // view formats its numbers with a locale whose digits are 0-9.
    view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(TwoLineDelegate::rowHeight(view->font()));
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    // Columns of short values are sized from what they can show, never from the rows
    // (ui/console/columnsamples.h); the callers size the free-text columns.
    sizeColumnsFromSamples(view);
}

void MeetingConsole::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Running order (%1)").arg(m_orderModel->rowCount()));
    QTabWidget *holder = m_spokenBeside ? m_sideTabs : m_tabs;
    holder->setTabText(holder->indexOf(m_spokenView),
                       tr("Spoken (%1)").arg(m_spokenModel->rowCount()));
}

void MeetingConsole::placeSpoken(bool beside)
{
    if (beside == m_spokenBeside)
        return;
    m_spokenBeside = beside;
    QTabWidget *from = beside ? m_tabs : m_sideTabs;
    QTabWidget *to = beside ? m_sideTabs : m_tabs;
    from->removeTab(from->indexOf(m_spokenView));
    to->addTab(m_spokenView, QString());
    m_sideTabs->setVisible(beside);
    // Beside the running order there is room for the essentials only: who, when, how long.
    m_spokenView->setColumnHidden(SpokenModel::SpeakerColumn, beside);
    m_spokenView->horizontalHeader()->setSectionResizeMode(
        SpokenModel::DelegationColumn, beside ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (beside) {
        // The splitters are laid out after this resize; work from the console's own width.
        const int total = std::max(m_tables->width(), width() - m_columns->sizes().value(0) - 24);
        m_tables->setSizes({total * 68 / 100, total - total * 68 / 100});
    }
    updateTabTitles();
}

void MeetingConsole::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_columnsSized && width() > 0) {
        // A fifth of the width for the speaker and the clock, until the chair drags the bar.
        const int left = std::clamp(width() * 22 / 100, 330, 520);
        m_columns->setSizes({left, width() - left});
        m_columnsSized = true;
    }
    placeSpoken(width() >= kSideBySideWidth);
    fitSpeakerColumn();
}

void MeetingConsole::fitSpeakerColumn()
{
    // Roomy while the column has the height the roomy look asks for; that height is measured
    // only while roomy, as the compact look hides what it would measure.
    const int room = m_columns->height();
    auto *layout = m_speakerColumn->layout();
    if (!isCompact())
        m_roomyHeight = layout->hasHeightForWidth()
                            ? layout->totalHeightForWidth(m_speakerColumn->width())
                            : layout->totalSizeHint().height();
    const bool compact = room < m_roomyHeight;
    if (compact == isCompact())
        return;
    m_clockButtons->setCompact(compact);
    m_nowSpeaking->setCompact(compact);
}

bool MeetingConsole::isCompact() const
{
    return m_clockButtons->isCompact();
}

QVector<qint64> MeetingConsole::selectedIds() const
{
    QModelIndexList rows = m_orderView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_orderModel->idAt(index.row()))
            ids.append(id);
    }
    return ids;
}

void MeetingConsole::selectEntry(qint64 id)
{
    const int row = m_orderModel->rowOf(id);
    if (row < 0)
        return;
    showOrder();
    const QModelIndex index = m_orderModel->index(row, RunningOrderModel::DelegationColumn);
    m_orderView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_orderView->scrollTo(index, QAbstractItemView::EnsureVisible);
}

void MeetingConsole::showRefusal(const QString &why)
{
    m_refusal = why;
    m_notice->showError(why, kRefusalShownMs);
}

void MeetingConsole::clearRefusals()
{
    // Only a refusal: news shown since (a failed backup, a resumed speech) stays its time.
    if (!m_refusal.isEmpty() && !m_notice->isHidden() && m_notice->text() == m_refusal)
        m_notice->dismiss();
    m_refusal.clear();
    m_inscription->clearRefusal();
}

void MeetingConsole::showOrder()
{
    m_tabs->setCurrentIndex(0);
}

void MeetingConsole::showSpoken()
{
    if (m_spokenBeside)
        m_spokenView->setFocus(Qt::ShortcutFocusReason);
    else
        m_tabs->setCurrentWidget(m_spokenView);
}

} // namespace rostrum
