#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rostrum {

class MeetingSession;

// The red banner that says changes are NOT being saved, and why, with the way out: save a copy
// elsewhere and carry on there. Hidden while saving works.
class SaveBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit SaveBanner(MeetingSession *session, QWidget *parent = nullptr);

    QString text() const;

public slots:
    void refresh();
    void saveCopyAs();

signals:
    // A copy was written and the session carries on in it.
    void savedCopy(const QString &path);

private:
    MeetingSession *m_session;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_saveCopy;
};

} // namespace rostrum
