#include "chairactions.h"

#include "chimemenu.h"
#include "consolelanguage.h"
#include "languagemenu.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QWidget>

namespace rostrum {

namespace {
QKeySequence keys(QKeyCombination combination)
{
    return QKeySequence(combination);
}
} // namespace

QAction *ChairActions::make(const QString &text, const QString &iconText, const QString &tip)
{
    auto *a = new QAction(text, m_window);
    a->setIconText(iconText);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    // Window-wide, so a key works wherever the focus is in the console; the typing guard keeps
    // single keys for the text field that has the focus.
    a->setShortcutContext(Qt::WindowShortcut);
    // A held key is one act: its repeats never undo twice or give 30 seconds again.
    a->setAutoRepeat(false);
    m_window->addAction(a);
    return a;
}

ChairActions::ChairActions(QWidget *window) : QObject(window), m_window(window)
{
    QStyle *style = window->style();

    newMeeting = make(tr("&New meeting…"), tr("New"), tr("Create a new meeting file"));
    newMeeting->setShortcut(QKeySequence::New);
    open = make(tr("&Open…"), tr("Open"), tr("Open a meeting file"));
    open->setShortcut(QKeySequence::Open);
    openFromServer = make(tr("Open from a &server…"), tr("Open from a server"),
                          tr("Open a meeting kept on a PostgreSQL server, shared by several "
                             "consoles"));
    saveCopy = make(tr("Save a &copy as…"), tr("Save a copy"),
                    tr("Write the meeting to a new file and carry on there"));
    saveCopy->setShortcut(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // B and a: the File menu's other letters are taken (N, O, r, c, I, E, R, Q).
    backUp = make(tr("&Back up a copy…"), tr("Back up"),
                  tr("Write one consistent copy of the meeting file, journal and undo included, "
                     "and carry on here"));
    openBackup = make(tr("Open &a backup…"), tr("Open a backup"),
                      tr("Look at one of the backups Rostrum writes every 5 minutes, read only"));
    importInscriptions =
        make(tr("&Import inscriptions…"), tr("Import"),
             tr("Inscribe the rows of a CSV file, after a preview of what each row becomes"));
    exportList = make(tr("&Export list of speakers…"), tr("Export"),
                      tr("Write the list of speakers as PDF, CSV or HTML (Ctrl+P)"));
    exportList->setShortcut(QKeySequence::Print);
    report = make(tr("&Report of the meeting…"), tr("Report"),
                  tr("Who spoke, for how long, the totals by tier and the timeline"));
    quit = make(tr("&Quit"), tr("Quit"), tr("Close the console; every act is already saved"));
    quit->setShortcut(keys(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    startPause = make(tr("&Start clock"), tr("Start\nSpace"),
                      tr("Start or pause the speaker's clock; calls the first speaker when no "
                         "one is at the rostrum (Space)"));
    startPause->setShortcut(keys(Qt::Key_Space));
    startPause->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    next = make(tr("&Next speaker"), tr("Next\nN"),
                tr("Close this speech and call the next speaker (N)"));
    next->setShortcut(keys(Qt::Key_N));
    next->setIcon(style->standardIcon(QStyle::SP_MediaSkipForward));
    absent = make(tr("&Absent"), tr("Absent\nA"),
                  tr("The called speaker is absent: move them per the meeting's rule and call "
                     "the following speaker (A)"));
    absent->setShortcut(keys(Qt::Key_A));
    absent->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    addTime =
        make(tr("A&dd 30 seconds"), tr("+30 s\n+"), tr("Give the speaker 30 more seconds (+)"));
    addTime->setShortcuts(
        {keys(Qt::Key_Plus), keys(Qt::Key_Equal), keys(Qt::KeypadModifier | Qt::Key_Plus)});
    addTime->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
    removeTime =
        make(tr("&Remove 30 seconds"), tr("−30 s\n−"), tr("Take 30 seconds from the speaker (-)"));
    removeTime->setShortcuts({keys(Qt::Key_Minus), keys(Qt::KeypadModifier | Qt::Key_Minus)});
    removeTime->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    resetClock = make(tr("Rese&t clock"), tr("Reset\nCtrl+R"),
                      tr("Put the speaker's clock back to the full limit (Ctrl+R)"));
    resetClock->setShortcut(keys(Qt::CTRL | Qt::Key_R));
    resetClock->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    makeFloorActions();

    undo = make(tr("&Undo"), tr("Undo\nCtrl+Z"), tr("Undo the last act (Ctrl+Z)"));
    undo->setShortcut(keys(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    redo =
        make(tr("&Redo"), tr("Redo\nCtrl+Shift+Z"), tr("Redo the act just undone (Ctrl+Shift+Z)"));
    redo->setShortcuts({keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), keys(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));

    closeList = make(tr("&Close the list"), tr("Close list\nCtrl+L"),
                     tr("Close or reopen the list of speakers to new inscriptions (Ctrl+L)"));
    closeList->setShortcut(keys(Qt::CTRL | Qt::Key_L));
    closeList->setIcon(style->standardIcon(QStyle::SP_DialogCloseButton));
    inscribe = make(tr("&Inscribe…"), tr("Inscribe"), tr("Go to the inscription line (Ctrl+I)"));
    inscribe->setShortcut(keys(Qt::CTRL | Qt::Key_I));
    inscribeDetailed = make(tr("Inscribe with &details…"), tr("Details…"),
                            tr("Inscribe with every field: title, category, group, language, "
                               "limit (Ctrl+Shift+I)"));
    inscribeDetailed->setShortcut(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    edit = make(tr("&Edit…"), tr("Edit…"),
                tr("Edit the selected inscription (F2, Enter or double-click)"));
    edit->setShortcut(keys(Qt::Key_F2));
    moveUp = make(tr("Move &up"), tr("Up"), tr("Move the selected speaker up one place (Ctrl+Up)"));
    moveUp->setShortcut(keys(Qt::CTRL | Qt::Key_Up));
    moveDown = make(tr("Move dow&n"), tr("Down"),
                    tr("Move the selected speaker down one place (Ctrl+Down)"));
    moveDown->setShortcut(keys(Qt::CTRL | Qt::Key_Down));
    moveTop = make(tr("Move to the &top"), tr("Top"),
                   tr("Make the selected speaker the next one (Ctrl+Home)"));
    moveTop->setShortcut(keys(Qt::CTRL | Qt::Key_Home));
    moveBottom = make(tr("Move to the &bottom"), tr("Bottom"),
                      tr("Move the selected speaker to the end of the list (Ctrl+End)"));
    moveBottom->setShortcut(keys(Qt::CTRL | Qt::Key_End));
    swap = make(tr("E&xchange places"), tr("Exchange"),
                tr("The two selected speakers exchange places, in one act (Ctrl+E)"));
    swap->setShortcut(keys(Qt::CTRL | Qt::Key_E));
    unpin = make(tr("Back to the automatic &place"), tr("Unpin"),
                 tr("Release a speaker placed by hand back to the place the rules give (Ctrl+U)"));
    unpin->setShortcut(keys(Qt::CTRL | Qt::Key_U));
    setLimit =
        make(tr("Set &limit…"), tr("Limit…"),
             tr("Set the time limit of the selected speaker, or of the current one (Ctrl+M)"));
    setLimit->setShortcut(keys(Qt::CTRL | Qt::Key_M));
    setLimitAll = make(tr("Set limit for &all remaining…"), tr("Limit for all…"),
                       tr("Set one time limit for every waiting speaker (Ctrl+Shift+M)"));
    setLimitAll->setShortcut(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    withdraw = make(tr("&Withdraw"), tr("Withdraw"),
                    tr("The selected speaker withdraws; kept in the record (Shift+Del)"));
    withdraw->setShortcut(keys(Qt::SHIFT | Qt::Key_Delete));
    remove = make(tr("Re&move inscription"), tr("Remove"),
                  tr("Delete the selected inscription, made in error (Del)"));
    remove->setShortcut(QKeySequence::Delete);

    settings = make(tr("Meeting &settings…"), tr("Settings…"),
                    tr("Title, schedule, deadline, lists, limits and rules (Ctrl+,)"));
    settings->setShortcut(keys(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    timekeeper = make(tr("&Timekeeper display"), tr("Display"),
                      tr("Show or hide the timekeeper's big display (Ctrl+T); F11 in it toggles "
                         "full screen"));
    timekeeper->setShortcut(keys(Qt::CTRL | Qt::Key_T));
    timekeeper->setCheckable(true);
    share = make(tr("Share on the &network…"), tr("Share"),
                 tr("Serve the timer, the room's screens, the booths' and the delegates' pages, "
                    "and the timekeeper's and staff's controls, with a link per role"));
    showOrder =
        make(tr("&Running order"), tr("Running order"), tr("Show the running order (Ctrl+1)"));
    showOrder->setShortcut(keys(Qt::CTRL | Qt::Key_1));
    showSpoken = make(tr("&Spoken"), tr("Spoken"),
                      tr("Show who has spoken, for how long, and the overruns (Ctrl+2)"));
    showSpoken->setShortcut(keys(Qt::CTRL | Qt::Key_2));
    // J and Ctrl+J: no other entry of the View menu, and no other key, uses them.
    journal = make(tr("&Journal…"), tr("Journal"),
                   tr("Who did what and when, from this console and every other program that "
                      "writes the meeting (Ctrl+J)"));
    journal->setShortcut(keys(Qt::CTRL | Qt::Key_J));

    tryDemo = make(tr("Try the &demo"), tr("Try the demo"),
                   tr("Open a fresh copy of the Security Council meeting of the seed, held "
                      "today and starting within minutes"));
    keysHelp = make(tr("&Keys…"), tr("Keys"), tr("Every key of the console, and its act (F1)"));
    keysHelp->setShortcut(QKeySequence::HelpContents);
    about = make(tr("&About Rostrum"), tr("About"), tr("The version and the licence"));
    about->setMenuRole(QAction::AboutRole);
}

QList<QAction *> ChairActions::singleKeyActions() const
{
    return {startPause, next, absent, addTime, removeTime, pointOfOrder};
}

QList<QAction *> ChairActions::meetingActions() const
{
    return {saveCopy,
            backUp,
            importInscriptions,
            exportList,
            report,
            startPause,
            next,
            absent,
            addTime,
            removeTime,
            resetClock,
            pointOfOrder,
            reply,
            otherMessage,
            clearMessage,
            undo,
            redo,
            closeList,
            inscribe,
            inscribeDetailed,
            setLimitAll,
            settings,
            timekeeper,
            showOrder,
            showSpoken,
            journal};
}

QList<QAction *> ChairActions::selectionActions() const
{
    return {edit, moveUp, moveDown, moveTop, moveBottom, swap, unpin, withdraw, remove};
}

void ChairActions::buildMenus(QMenuBar *bar)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newMeeting);
    file->addAction(open);
    file->addAction(openFromServer);
    recentMenu = file->addMenu(tr("Open recen&t"));
    file->addAction(saveCopy);
    file->addAction(backUp);
    file->addAction(openBackup);
    file->addSeparator();
    file->addAction(importInscriptions);
    file->addAction(exportList);
    exportListIn = file->addMenu(tr("Export list of speakers in a &language"));
    file->addAction(report);
    file->addSeparator();
    file->addAction(quit);

    QMenu *editMenu = bar->addMenu(tr("&Edit"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(settings);

    QMenu *clock = bar->addMenu(tr("&Clock"));
    clock->addAction(startPause);
    clock->addAction(next);
    clock->addAction(absent);
    clock->addSeparator();
    clock->addAction(addTime);
    clock->addAction(removeTime);
    clock->addAction(resetClock);
    clock->addSeparator();
    clock->addAction(pointOfOrder);
    clock->addMenu(messageMenu);

    QMenu *list = bar->addMenu(tr("&List"));
    list->addAction(inscribe);
    list->addAction(inscribeDetailed);
    list->addAction(reply);
    list->addAction(edit);
    list->addSeparator();
    list->addAction(moveUp);
    list->addAction(moveDown);
    list->addAction(moveTop);
    list->addAction(moveBottom);
    list->addAction(swap);
    list->addAction(unpin);
    list->addSeparator();
    list->addAction(setLimit);
    list->addAction(setLimitAll);
    list->addSeparator();
    list->addAction(withdraw);
    list->addAction(remove);
    list->addSeparator();
    list->addAction(closeList);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(showOrder);
    view->addAction(showSpoken);
    view->addAction(journal);
    view->addSeparator();
    view->addAction(timekeeper);
    view->addAction(share);
    chimeMenu = new ChimeMenu(view);
    view->addMenu(chimeMenu);
    view->addSeparator();
    languageMenu = new LanguageMenu(ConsoleLanguage::spoken(), view);
    view->addMenu(languageMenu);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(keysHelp);
    help->addAction(tryDemo);
    help->addSeparator();
    help->addAction(about);
}

} // namespace rostrum
