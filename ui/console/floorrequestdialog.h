#pragma once

#include "meeting/entry.h"

#include <QDialog>

class QLineEdit;

namespace rostrum {

class Directory;

// Who asks for the floor out of turn: the delegation (completed from the directory) and,
// if given, the speaker. For a point of order, which takes the floor at once, and for a right
// of reply, which is inscribed after the last statement.
class FloorRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    FloorRequestDialog(const QString &title, const QString &explanation, const Directory &directory,
                       QWidget *parent = nullptr);

    EntryDraft draft() const;
    QLineEdit *delegationField() const { return m_delegation; }
    QLineEdit *speakerField() const { return m_speaker; }

private:
    QLineEdit *m_delegation;
    QLineEdit *m_speaker;
};

} // namespace rostrum
