#pragma once

#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace rostrum {

class InlineMessage;
class MeetingSession;

// Quick inscription while someone is speaking: type a delegation (the directory completes it),
// optionally the speaker, press Enter. The core infers the category and the place; a refusal is
// shown in place with the core's words, and the typed text stays for correction.
class InscriptionLine final : public QWidget
{
    Q_OBJECT

public:
    explicit InscriptionLine(MeetingSession *session, QWidget *parent = nullptr);

    QLineEdit *delegationEdit() const { return m_delegation; }
    QLineEdit *speakerEdit() const { return m_speaker; }
    InlineMessage *message() const { return m_message; }
    QCompleter *completer() const { return m_completer; }
    void focusDelegation();
    // The line's refusal goes once it is no longer true (the list reopened, another act was
    // done); its confirmation of an inscription stays its time.
    void clearRefusal();

public slots:
    void submit();

signals:
    // Done: the console gives the keyboard back to the running order, where N is Next.
    void inscribed(qint64 entryId);
    // Escape on an empty line: the keyboard goes back to the running order.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCompletions(const QString &text);

    MeetingSession *m_session;
    QLineEdit *m_delegation;
    QLineEdit *m_speaker;
    QComboBox *m_category;
    QPushButton *m_inscribe;
    InlineMessage *m_message;
    QStringListModel *m_names;
    QCompleter *m_completer;
    // The arrow keys moved the highlight among the suggestions: Enter takes the one chosen.
    bool m_chose = false;
};

} // namespace rostrum
