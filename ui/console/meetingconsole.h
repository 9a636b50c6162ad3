#pragma once

#include <QVector>
#include <QWidget>

class QSplitter;
class QTabWidget;
class QTableView;

namespace rostrum {

class ChairActions;
class ClockButtons;
class InlineMessage;
class InscriptionLine;
class MeetingBar;
class MeetingSession;
class NowSpeakingPanel;
class RunningOrderModel;
class SaveBanner;
class SpokenModel;

// Everything the chair sees of one open meeting, laid out for 1366x768 and up: the save banner,
// the notices about the meeting file, the meeting bar, the speaker at the rostrum with the clock
// buttons beside them, the running order (and the record of who has spoken) and the inscription
// line.
class MeetingConsole final : public QWidget
{
    Q_OBJECT

public:
    MeetingConsole(MeetingSession *session, ChairActions *actions, QWidget *parent = nullptr);

    SaveBanner *saveBanner() const { return m_banner; }
    MeetingBar *meetingBar() const { return m_bar; }
    NowSpeakingPanel *nowSpeaking() const { return m_nowSpeaking; }
    QTableView *orderView() const { return m_orderView; }
    QTableView *spokenView() const { return m_spokenView; }
    RunningOrderModel *orderModel() const { return m_orderModel; }
    SpokenModel *spokenModel() const { return m_spokenModel; }
    InscriptionLine *inscriptionLine() const { return m_inscription; }
    // Above the list: the refusal of the chair's last act, and other passing news.
    InlineMessage *notice() const { return m_notice; }
    // What the chair must know about the meeting file until they dismiss it (another console
    // has it open, a kept act was dropped): no act's outcome replaces it, unlike notice().
    InlineMessage *fileNotice() const { return m_fileNotice; }
    // The computer's clock is not to be believed: until the chair dismisses it, whatever acts
    // are done or refused meanwhile.
    InlineMessage *clockNotice() const { return m_clockNotice; }
    QTabWidget *tabs() const { return m_tabs; }

    // Waiting entries selected in the running order, top to bottom.
    QVector<qint64> selectedIds() const;
    void selectEntry(qint64 id);
    // A refusal stays in sight only while it is true: it goes when an act succeeds or when its
    // cause is gone (the list reopens), and in any case after a while.
    void showRefusal(const QString &why);
    void clearRefusals();
    void showOrder();
    void showSpoken();

    // Wide windows show the record beside the running order instead of in a second tab.
    static constexpr int kSideBySideWidth = 1700;
    // Long enough to be read twice; a refusal still true after that has been seen.
    static constexpr int kRefusalShownMs = 12000;
    bool spokenBeside() const { return m_spokenBeside; }
    // A short window (a small or scaled screen) shows the speaker and the clock buttons
    // compactly: no heading, language or limit line, one-line buttons.
    bool isCompact() const;
    ClockButtons *clockButtons() const { return m_clockButtons; }

signals:
    void editRequested(qint64 entryId);
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildOrderPage(ChairActions *actions);
    void setUpTable(QTableView *view);
    void updateTabTitles();
    void placeSpoken(bool beside);
    void fitSpeakerColumn();

    static constexpr int kNarrowestColumn = 270;

    MeetingSession *m_session;
    SaveBanner *m_banner;
    MeetingBar *m_bar;
    NowSpeakingPanel *m_nowSpeaking;
    InlineMessage *m_notice;
    InlineMessage *m_fileNotice;
    InlineMessage *m_clockNotice;
    QString m_refusal; // what notice() shows, while it shows a refusal
    QTabWidget *m_tabs;
    QTabWidget *m_sideTabs;
    QSplitter *m_columns = nullptr; // the speaker and the clock | the tables
    QSplitter *m_tables = nullptr;  // the running order | the record, when wide
    bool m_spokenBeside = false;
    bool m_columnsSized = false;
    RunningOrderModel *m_orderModel;
    SpokenModel *m_spokenModel;
    QTableView *m_orderView = nullptr;
    QTableView *m_spokenView = nullptr;
    InscriptionLine *m_inscription;
    QWidget *m_speakerColumn = nullptr;
    ClockButtons *m_clockButtons = nullptr;
    int m_roomyHeight = 0;
};

} // namespace rostrum
