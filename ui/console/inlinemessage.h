#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace rostrum {

// A message shown in place, never a modal box: a refusal of the core in red with a warning
// sign, a confirmation in green with a tick, or something to be aware of (another console has
// the meeting open) in amber with an information sign. The sign and the words carry the
// meaning; the colour only repeats it.
class InlineMessage final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Info,
        Warning
    };

    explicit InlineMessage(QWidget *parent = nullptr);

    // timeoutMs 0: stays until dismissed or replaced.
    void showMessage(Kind kind, const QString &text, int timeoutMs = 0);
    void showError(const QString &text, int timeoutMs = 0)
    {
        showMessage(Kind::Error, text, timeoutMs);
    }
    void showInfo(const QString &text, int timeoutMs = 0)
    {
        showMessage(Kind::Info, text, timeoutMs);
    }
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer m_hide;
    Kind m_kind = Kind::Info;
};

} // namespace rostrum
