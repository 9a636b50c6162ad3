#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace rostrum {

class MeetingSession;

// The red banner that says changes are NOT being saved, and why, with the way out: save a copy
// elsewhere and carry on there. Hidden while saving works. A meeting open read only (a
// read-only medium, a backup) shows it too, in blue: nothing can be saved there either, and the
// way out is the same. While another program only holds the file's lock, it is amber: the acts
// wait in memory and will be saved by themselves, nothing is lost unless the console is closed.
class SaveBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit SaveBanner(MeetingSession *session, QWidget *parent = nullptr);

    QString text() const;

    // What the banner says about saving, for its look: each has its colour and sign.
    enum class Kind
    {
        NotSaved,
        Waiting,
        ReadOnly
    };
    Kind kind() const { return m_kind; }

public slots:
    void refresh();
    // True when a copy was written and the session carries on in it.
    bool saveCopyAs();

signals:
    // A copy was written and the session carries on in it.
    void savedCopy(const QString &path);

private:
    void showKind(Kind kind);

    MeetingSession *m_session;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_saveCopy;
    Kind m_kind = Kind::NotSaved;
};

} // namespace rostrum
