#pragma once

#include <QObject>

class QWidget;

namespace rostrum {

// Keeps the console's single-key shortcuts (Space, N, A, +, -) out of text fields. Installed
// on the application, it claims every plain key press aimed at a widget that takes typing, so
// the key is typed instead of starting the clock or calling the next speaker.
class TypingGuard final : public QObject
{
    Q_OBJECT

public:
    explicit TypingGuard(QObject *parent = nullptr);

    // A line edit, spin box, text editor or editable combo box that accepts input now.
    static bool takesTyping(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace rostrum
