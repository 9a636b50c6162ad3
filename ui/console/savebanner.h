#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rostrum {

class MeetingSession;

// The red banner that says changes are NOT being saved, and why, with the way out: save a copy
// elsewhere and carry on there. Hidden while saving works. A meeting open read only (a
// read-only medium, a backup) shows it too, in blue: nothing can be saved there either, and the
// way out is the same.
class SaveBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit SaveBanner(MeetingSession *session, QWidget *parent = nullptr);

    QString text() const;

public slots:
    void refresh();
    // True when a copy was written and the session carries on in it.
    bool saveCopyAs();

signals:
    // A copy was written and the session carries on in it.
    void savedCopy(const QString &path);

private:
    void showKind(bool readOnly);

    MeetingSession *m_session;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_saveCopy;
};

} // namespace rostrum
