#pragma once

#include "meeting/entry.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rostrum {

class InlineMessage;
class MeetingSession;

// Every field of one inscription, for a correction or a detailed new inscription. OK sends one
// act to the session; a refusal is shown inside the dialog, which stays open for the fix.
class EntryDialog final : public QDialog
{
    Q_OBJECT

public:
    // entryId 0: a new inscription.
    EntryDialog(MeetingSession *session, qint64 entryId, QWidget *parent = nullptr);

    qint64 entryId() const { return m_entryId; }
    EntryDraft draft(QString *error) const;
    QString errorText() const;

    QLineEdit *delegationEdit() const { return m_delegation; }
    QLineEdit *limitEdit() const { return m_limit; }

public slots:
    void accept() override;

private:
    void load(const EntryDraft &draft);

    MeetingSession *m_session;
    qint64 m_entryId;
    QLineEdit *m_delegation;
    QLineEdit *m_speaker;
    QLineEdit *m_title;
    QComboBox *m_level;
    QComboBox *m_category;
    QLineEdit *m_onBehalfOf;
    QSpinBox *m_groupSize;
    QComboBox *m_language;
    QLineEdit *m_limit;
    QPlainTextEdit *m_notes;
    InlineMessage *m_error;
    qint64 m_inscribedAtMs = 0;
};

} // namespace rostrum
