#pragma once

#include "meeting/meeting.h"

#include <QDialog>
#include <QMap>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace rostrum {

class InlineMessage;
class TierOrderEdit;

// The meeting's settings: schedule, deadline, who organizes, co-sponsors and sits on the
// Council, time limits, the absent rule and the order of the tiers. OK hands the result to an
// apply function (a settings act, or the creation of a new file); its refusal is shown in the
// dialog, which stays open.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Returns an empty string when applied, or the reason it was refused.
    using Apply = std::function<QString(const Meeting &)>;

    explicit SettingsDialog(const Meeting &meeting, QWidget *parent = nullptr);

    // The settings a new meeting starts from: today, 10:00 to 13:00, in this computer's IANA
    // zone, or no zone at all when the computer has only a POSIX rule (TZ=UTC+3), so the chair
    // chooses one rather than getting times hours off.
    static Meeting newMeetingDefaults(const QDate &today);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    Meeting meeting(QString *error) const;
    QString errorText() const;

    // "Albania; United States" or "Albania, United States" into a list of names.
    static QStringList splitNames(const QString &text);

public slots:
    void accept() override;

private:
    QWidget *buildMeetingPage();
    QWidget *buildDelegationsPage();
    QWidget *buildTimePage();
    void load(const Meeting &meeting);
    // Offers the two offsets when the deadline typed is one the clocks show twice.
    void updateDeadlineOffsets();
    // The deadline typed, as an instant; empty with the reason when it cannot be meant.
    std::optional<QDateTime> typedDeadline(QString *error) const;

    Meeting m_original;
    Apply m_apply;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_venue = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_zone = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QComboBox *m_deadlineOffset = nullptr; // shown only for a time the clocks show twice
    QLineEdit *m_organizers = nullptr;
    QLineEdit *m_cosponsors = nullptr;
    QLineEdit *m_council = nullptr;
    QLineEdit *m_defaultLimit = nullptr;
    QMap<Category, QLineEdit *> m_limits;
    QSpinBox *m_warning = nullptr;
    QComboBox *m_absentRule = nullptr;
    TierOrderEdit *m_tiers = nullptr;
    InlineMessage *m_error = nullptr;
};

} // namespace rostrum
