#pragma once

#include <QDialog>
#include <optional>

class QCheckBox;
class QLineEdit;

namespace rostrum {

// "The same limit for all remaining speakers" (rule 6): the limit, and whether speakers inscribed
// later get it too, which is what a chair who says "2:10 for all" means unless told otherwise.
class LimitForAllDialog final : public QDialog
{
    Q_OBJECT

public:
    LimitForAllDialog(const QString &advice, int waiting, qint64 suggestedMs,
                      QWidget *parent = nullptr);

    // The limit typed; empty when it cannot be read, with why.
    std::optional<qint64> limitMs(QString *why) const;
    bool laterInscriptionsToo() const;
    QLineEdit *limitField() const { return m_limit; }
    QCheckBox *laterField() const { return m_later; }

private:
    QLineEdit *m_limit;
    QCheckBox *m_later;
};

} // namespace rostrum
