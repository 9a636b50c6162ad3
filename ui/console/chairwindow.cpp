#include "chairwindow.h"

#include "chairactions.h"
#include "consoleheartbeat.h"
#include "exportactions.h"
#include "filedialogs.h"
#include "importdialog.h"
#include "inlinemessage.h"
#include "inscriptionline.h"
#include "journalwindow.h"
#include "languagemenu.h"
#include "meetingconsole.h"
#include "quitguard.h"
#include "recentmeetings.h"
#include "runningordermodel.h"
#include "savebanner.h"
#include "session/actor.h"
#include "session/backupschedule.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "sharedialog.h"
#include "startpage.h"
#include "timekeeperdisplay.h"
#include "typingguard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace rostrum {

ChairWindow::ChairWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_clock(clock), m_actions(new ChairActions(this)),
      m_typingGuard(new TypingGuard(clock, this)), m_saveStatus(new QLabel(this))
{
    qApp->installEventFilter(m_typingGuard);
    setUpTypingGuard();
    m_actions->buildMenus(menuBar());
    statusBar()->addPermanentWidget(m_saveStatus);
    connectActions();
    setUpChimes();
    rebuildRecentMenu();
    setSession(nullptr);
}

ChairWindow::~ChairWindow()
{
    m_webServer.reset(); // it serves the session
    // The views read the session until they go; they must go first.
    unwatchDisplay();
    delete m_display;
    delete m_journal;
    delete m_console;
    m_console = nullptr;
}

void ChairWindow::connectActions()
{
    ChairActions *a = m_actions;
    connect(a->newMeeting, &QAction::triggered, this, &ChairWindow::newMeeting);
    connect(a->open, &QAction::triggered, this, &ChairWindow::openMeetingDialog);
    connect(a->openFromServer, &QAction::triggered, this, &ChairWindow::openFromServerDialog);
    connect(a->saveCopy, &QAction::triggered, this, &ChairWindow::saveCopyAs);
    connect(a->backUp, &QAction::triggered, this, &ChairWindow::backUpCopy);
    connect(a->openBackup, &QAction::triggered, this, &ChairWindow::openBackupDialog);
    connect(a->importInscriptions, &QAction::triggered, this, [this] {
        if (m_session && ImportDialog::run(m_session.get(), this))
            clearRefusals();
    });
    const auto exportIn = [this](const QString &language) {
        if (!m_session)
            return;
        if (const QString written = exportListOfSpeakers(m_session.get(), this, language);
            !written.isEmpty())
            confirm(tr("List of speakers written to %1").arg(QDir::toNativeSeparators(written)));
    };
    connect(a->exportList, &QAction::triggered, this, [exportIn] { exportIn({}); });
    addDocumentLanguages(a->exportListIn, exportIn);
    connect(a->report, &QAction::triggered, this, [this] {
        if (m_session)
            showReport(m_session.get(), this);
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->startPause, &QAction::triggered, this, &ChairWindow::toggleClock);
    connect(a->next, &QAction::triggered, this, &ChairWindow::callNext);
    connect(a->absent, &QAction::triggered, this, &ChairWindow::markAbsent);
    connect(a->addTime, &QAction::triggered, this, &ChairWindow::addThirtySeconds);
    connect(a->removeTime, &QAction::triggered, this, &ChairWindow::removeThirtySeconds);
    connect(a->resetClock, &QAction::triggered, this, &ChairWindow::resetClock);
    connectFloorActions();
    connect(a->undo, &QAction::triggered, this, &ChairWindow::undo);
    connect(a->redo, &QAction::triggered, this, &ChairWindow::redo);
    connect(a->closeList, &QAction::triggered, this, &ChairWindow::toggleListClosed);
    connect(a->inscribe, &QAction::triggered, this, &ChairWindow::focusInscription);
    connect(a->inscribeDetailed, &QAction::triggered, this, &ChairWindow::inscribeWithDetails);
    connect(a->edit, &QAction::triggered, this, &ChairWindow::editSelected);
    connect(a->moveUp, &QAction::triggered, this, [this] { moveSelectedBy(-1); });
    connect(a->moveDown, &QAction::triggered, this, [this] { moveSelectedBy(1); });
    connect(a->moveTop, &QAction::triggered, this, &ChairWindow::moveSelectedToTop);
    connect(a->moveBottom, &QAction::triggered, this, &ChairWindow::moveSelectedToBottom);
    connect(a->swap, &QAction::triggered, this, &ChairWindow::swapSelected);
    connect(a->unpin, &QAction::triggered, this, &ChairWindow::unpinSelected);
    connect(a->withdraw, &QAction::triggered, this, &ChairWindow::withdrawSelected);
    connect(a->remove, &QAction::triggered, this, &ChairWindow::removeSelected);
    connect(a->setLimit, &QAction::triggered, this, &ChairWindow::setLimitForSelected);
    connect(a->setLimitAll, &QAction::triggered, this, &ChairWindow::setLimitForRemaining);
    connect(a->settings, &QAction::triggered, this, &ChairWindow::editSettings);
    connect(a->timekeeper, &QAction::triggered, this, &ChairWindow::toggleTimekeeper);
    connect(a->showOrder, &QAction::triggered, this, &ChairWindow::giveKeysToOrder);
    connect(a->showSpoken, &QAction::triggered, this, [this] {
        if (m_console)
            m_console->showSpoken();
    });
    connect(a->journal, &QAction::triggered, this, &ChairWindow::showJournal);
    connect(a->languageMenu, &LanguageMenu::chosen, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(a->recentMenu, &QMenu::aboutToShow, this, &ChairWindow::rebuildRecentMenu);
    connect(a->tryDemo, &QAction::triggered, this, &ChairWindow::openDemo);
    connect(a->keysHelp, &QAction::triggered, this, &ChairWindow::showKeys);
    connect(a->about, &QAction::triggered, this, &ChairWindow::showAbout);
    connect(a->share, &QAction::triggered, this, &ChairWindow::showShareDialog);
}

void ChairWindow::setSession(std::unique_ptr<MeetingSession> session)
{
    leaveMeeting();
    m_backups.reset(); // it listens to the session about to go
    unwatchDisplay();
    delete m_display;
    delete m_journal; // it reads the session about to go
    m_actions->timekeeper->setChecked(false);
    if (auto *start = qobject_cast<StartPage *>(centralWidget())) {
        // Later: the meeting may open from one of its buttons, still on the stack.
        takeCentralWidget();
        start->hide();
        start->deleteLater();
    }
    if (m_console) {
        takeCentralWidget();
        delete m_console;
        m_console = nullptr;
    }
    m_session = std::move(session);

    if (!m_session) {
        auto *start = new StartPage(m_actions, this);
        connect(start, &StartPage::recentChosen, this,
                [this](const QString &path) { openMeeting(path); });
        setCentralWidget(start);
        start->setFocus();
    } else {
        m_session->setKeepWorkingWhenSaveFails(true);
        startWatching();
        m_console = new MeetingConsole(m_session.get(), m_actions, this);
        setCentralWidget(m_console);
        watchConsoleKeys();
        connect(m_session.get(), &MeetingSession::changed, this, &ChairWindow::updateActions);
        m_listWasClosed = m_session->meeting().listClosed;
        connect(m_session.get(), &MeetingSession::changed, this, &ChairWindow::followListState);
        connect(m_console->orderModel(), &RunningOrderModel::actRefused, this,
                &ChairWindow::notify);
        connect(m_console->orderModel(), &RunningOrderModel::actDone, this, &ChairWindow::confirm);
        connect(m_console->inscriptionLine(), &InscriptionLine::inscribed, this,
                &ChairWindow::clearRefusals);
        connect(m_session.get(), &MeetingSession::changed, this, &ChairWindow::updateTitle);
        connect(m_session.get(), &MeetingSession::changed, this, &ChairWindow::updateSaveStatus);
        connect(m_session.get(), &MeetingSession::saveStateChanged, this,
                &ChairWindow::updateSaveStatus);
        connect(m_session.get(), &MeetingSession::changed, m_console->saveBanner(),
                &SaveBanner::refresh);
        connect(m_console, &MeetingConsole::selectionChanged, this, &ChairWindow::updateActions);
        connect(m_console, &MeetingConsole::editRequested, this, &ChairWindow::editEntry);
        connect(m_session.get(), &MeetingSession::keptActDropped, this,
                [this](const QString &message) { showFileNotice(message, true); });
        connect(m_console->saveBanner(), &SaveBanner::savedCopy, this, [this](const QString &path) {
            RecentMeetings::add(path);
            startWatching(); // a copy of a read-only meeting is a meeting to run
            takeSeat();
            updateActions();
            updateSaveStatus();
        });
        // Until dismissed: the chair must know the computer's clock is wrong.
        auto showClockWarning = [this] {
            if (m_console && !m_session->clockWarning().isEmpty())
                m_console->clockNotice()->showError(m_session->clockWarning());
        };
        connect(m_session.get(), &MeetingSession::clockWarningChanged, this, showClockWarning);
        showClockWarning();
        takeSeat();
        resumeWhereLeft();
        // The last meeting reopens at the next start: the one being run, not one looked at.
        if (!m_session->isReadOnly())
            RecentMeetings::add(m_session->path());
        m_console->orderView()->setFocus();
    }
    chimeForSession();
    updateActions();
    updateTitle();
    updateSaveStatus();
}

void ChairWindow::startWatching()
{
    if (!m_session || m_session->isReadOnly())
        return;
    m_session->watchFile(200);
    if (m_backups)
        return;
    m_backups =
        std::make_unique<BackupSchedule>(*m_session, BackupFolder(BackupFolder::defaultPath()));
    // A fault, not a refusal: no act makes it untrue, so none clears it before its time.
    connect(m_backups.get(), &BackupSchedule::failed, this, [this](const QString &why) {
        statusBar()->showMessage(why, MeetingConsole::kRefusalShownMs);
        if (m_console)
            m_console->notice()->showError(why, MeetingConsole::kRefusalShownMs);
    });
}

void ChairWindow::editSettings()
{
    if (!m_session)
        return;
    SettingsDialog dialog(m_session->meeting(), this);
    dialog.setApply([this](const Meeting &m) {
        if (m == m_session->meeting())
            return QString();
        const MeetingSession::Result r = m_session->setMeeting(m);
        if (r.ok)
            clearRefusals();
        return r.ok ? QString() : r.error;
    });
    dialog.exec();
}

TimekeeperDisplay *ChairWindow::timekeeperDisplay() const
{
    return m_display;
}

TimekeeperDisplay *ChairWindow::ensureDisplay()
{
    if (!m_display) {
        m_display = new TimekeeperDisplay(m_session.get(), this);
        // Closed from its own window too: the menu's check mark must follow.
        m_display->installEventFilter(this);
        shareKeysWithDisplay();
    }
    return m_display;
}

void ChairWindow::showTimekeeper(const QString &screenNameOrIndex, bool fullScreen)
{
    if (!m_session)
        return;
    ensureDisplay()->showOnScreen(screenNameOrIndex, fullScreen);
    keepKeysOnConsole();
}

void ChairWindow::toggleTimekeeper()
{
    if (!m_session)
        return;
    if (m_display && m_display->isVisible())
        m_display->hide();
    else
        ensureDisplay()->showRemembered();
    keepKeysOnConsole();
    m_actions->timekeeper->setChecked(m_display && m_display->isVisible());
}

JournalWindow *ChairWindow::journalWindow() const
{
    return m_journal;
}

void ChairWindow::showJournal()
{
    if (!m_session)
        return;
    if (!m_journal) {
        m_journal = new JournalWindow(m_session.get(), this);
        m_journal->setAttribute(Qt::WA_DeleteOnClose); // read again from the file when reopened
    }
    m_journal->show();
    m_journal->raise();
    m_journal->activateWindow();
}

void ChairWindow::unwatchDisplay()
{
    // Before it is deleted: while ~QWidget runs it sends events but is no longer a
    // TimekeeperDisplay, and comparing it with the QPointer in eventFilter() would cast it to
    // one (undefined behaviour, reported by UBSan in scripts/test --sanitize).
    if (m_display)
        m_display->removeEventFilter(this);
}

bool ChairWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_display && (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        const bool shown = event->type() == QEvent::Show;
        m_actions->timekeeper->setChecked(shown);
        // Written as it happens, so a crash keeps it: the next start reopens the display if it
        // was open. A minimised window is not a closed one.
        if (!event->spontaneous())
            QSettings().setValue(SettingsKeys::timekeeperOpen(), shown);
    }
    return QMainWindow::eventFilter(watched, event);
}

QString ChairWindow::saveStatusText() const
{
    return m_saveStatus->text();
}

void ChairWindow::updateSaveStatus()
{
    if (!m_session) {
        m_saveStatus->clear();
        return;
    }
    // On a server, where the meeting lives and the role this console has there.
    const QString path =
        m_session->isOnServer() ? serverPlace() : QDir::toNativeSeparators(m_session->path());
    if (m_session->isReadOnly()) {
        m_saveStatus->setText(tr("Read only — %1").arg(path));
        m_saveStatus->setStyleSheet(QStringLiteral("font-weight: bold;"));
    } else if (m_session->waitingForAnotherProgram()) {
        // Not a fault yet: the acts will be written once the other program lets go.
        m_saveStatus->setText(tr("⏳ Waiting to save — %1").arg(path));
        m_saveStatus->setStyleSheet(QStringLiteral("color: #6b4e00; font-weight: bold;"));
    } else if (m_session->saveFailed()) {
        m_saveStatus->setText(tr("⚠ NOT saved — %1").arg(path));
        m_saveStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    } else {
        m_saveStatus->setText(tr("All changes saved — %1").arg(path));
        m_saveStatus->setStyleSheet(QString());
    }
}

void ChairWindow::showFileNotice(const QString &message, bool actLost)
{
    statusBar()->showMessage(message);
    if (!m_console)
        return;
    InlineMessage *notice = m_console->fileNotice();
    const bool adding = !notice->isHidden();
    const QString text = adding ? notice->text() + QLatin1Char('\n') + message : message;
    // A lost act outweighs a heads-up already shown: the whole notice turns red.
    const bool error = actLost || (adding && notice->kind() == InlineMessage::Kind::Error);
    notice->showMessage(error ? InlineMessage::Kind::Error : InlineMessage::Kind::Warning, text);
}

void ChairWindow::takeSeat()
{
    if (!m_session || m_session->isReadOnly())
        return;
    if (const QString others = m_session->takeSeat(); !others.isEmpty())
        showFileNotice(others, false);
}

bool ChairWindow::restoreRememberedGeometry()
{
    return restoreGeometry(QSettings().value(SettingsKeys::chairGeometry()).toByteArray());
}

void ChairWindow::closeEvent(QCloseEvent *event)
{
    // Acts the file never got would go with the window: the chair is asked first.
    if (m_session && m_session->unsavedActs() > 0 && m_console &&
        !QuitGuard::mayQuit(this, m_session->unsavedActs(),
                            [this] { return m_console->saveBanner()->saveCopyAs(); })) {
        event->ignore();
        return;
    }
    QSettings().setValue(SettingsKeys::chairGeometry(), saveGeometry());
    leaveMeeting();
    // Closed with the console, not by the timekeeper: the next start opens it again.
    unwatchDisplay();
    if (m_display)
        m_display->close();
    event->accept();
}

} // namespace rostrum
