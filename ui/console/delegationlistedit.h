#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;

namespace rostrum {

class Directory;
class InlineMessage;

// A list of delegations (the organizers, the co-sponsors, the Council) picked from the directory:
// type a few letters, choose a suggestion, Enter adds it under its directory name; Delete or
// Remove takes the chosen one out. What is typed wins over the highlighted suggestion when it is
// a name or an alias itself ("UK" is the United Kingdom, not Ukraine at the top of the list),
// unless the arrow keys chose the suggestion. A name the directory does not know is refused once,
// with the closest names, and added as typed when Enter is pressed again on it: a meeting may be
// organized by a body the directory has not heard of, but a typo must not slip in unseen.
class DelegationListEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit DelegationListEdit(const Directory &directory, QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }

    // Names the line and the list for a screen reader after what the list holds ("Organizers").
    void nameFor(const QString &what);

    QLineEdit *lineEdit() const { return m_line; }
    QListWidget *listWidget() const { return m_list; }
    QCompleter *completer() const { return m_completer; }
    QString messageText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Adds what the line holds (or the highlighted suggestion); true when the key was used.
    bool addTyped();
    void removeCurrent();
    void updateCompletions(const QString &text);
    void showNames();

    const Directory &m_directory;
    QStringList m_names;
    QString m_unknownOnce; // the unknown name refused once; Enter again adds it as typed
    bool m_chose = false;  // the arrow keys moved the highlight among the suggestions
    QLineEdit *m_line;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    InlineMessage *m_message;
    QStringListModel *m_suggestions;
    QCompleter *m_completer;
};

} // namespace rostrum
