#pragma once

#include <QLabel>

namespace rostrum {

// One line of plain text that ends in "…" when its width is too short, never cut mid-letter at
// the edge; the whole text is its tooltip. For a meeting's title, which may be very long.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace rostrum
