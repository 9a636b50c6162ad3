#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace rostrum {

class ChimeMenu;
class LanguageMenu;

// Every act of the console as a QAction: its words, its shortcut and its icon, defined once so
// the menu entry, the button and the key always agree. The window connects them to the acts.
class ChairActions final : public QObject
{
    Q_OBJECT

public:
    explicit ChairActions(QWidget *window);

    // File
    QAction *newMeeting;
    QAction *open;
    QAction *openFromServer; // File → Open from a server…
    QAction *saveCopy;
    QAction *backUp;
    QAction *openBackup;
    QAction *importInscriptions;
    QAction *exportList;
    QMenu *exportListIn = nullptr; // the list of speakers in a chosen language
    QAction *report;
    QAction *quit;
    QMenu *recentMenu = nullptr;

    // The speech clock: the chair's one-key acts.
    QAction *startPause;
    QAction *next;
    QAction *absent;
    QAction *addTime;
    QAction *removeTime;
    QAction *resetClock;
    // The floor as the UN runs it (chairactionsfloor.cpp).
    QAction *pointOfOrder;
    QAction *reply;
    QMenu *messageMenu = nullptr; // the presets, a free text, and Clear
    QList<QAction *> messagePresets;
    QAction *otherMessage;
    QAction *clearMessage;

    QAction *undo;
    QAction *redo;

    // The list
    QAction *closeList;
    QAction *inscribe;
    QAction *inscribeDetailed;
    QAction *edit;
    QAction *moveUp;
    QAction *moveDown;
    QAction *moveTop;
    QAction *moveBottom;
    QAction *swap;
    QAction *unpin;
    QAction *setLimit;
    QAction *setLimitAll;
    QAction *withdraw;
    QAction *remove;

    QAction *settings;
    QAction *timekeeper;
    QAction *share; // View → Share on the network…
    QAction *showOrder;
    QAction *showSpoken;
    QAction *journal;
    ChimeMenu *chimeMenu = nullptr;
    LanguageMenu *languageMenu = nullptr;

    // Help
    QAction *tryDemo;
    QAction *keysHelp;
    QAction *about;

    // The presets of the message to the speaker, in the words the display shows.
    static QStringList messagePresetTexts();

    // Keys without Ctrl or Alt: they must never fire while someone types.
    QList<QAction *> singleKeyActions() const;
    // The acts that need an open meeting.
    QList<QAction *> meetingActions() const;
    // The acts on the selected rows of the running order.
    QList<QAction *> selectionActions() const;

    void buildMenus(QMenuBar *bar);

private:
    void makeFloorActions();
    QAction *make(const QString &text, const QString &iconText, const QString &tip);
    QWidget *m_window;
};

} // namespace rostrum
