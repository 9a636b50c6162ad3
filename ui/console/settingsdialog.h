#pragma once

#include "meeting/meeting.h"

#include <QDialog>
#include <QMap>
#include <QVector>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace rostrum {

class BriefersEdit;
class DelegationListEdit;
class InlineMessage;
class TierOrderEdit;
struct EntryDraft;

// The meeting's settings: its title and the heading of its documents, schedule, deadline, who
// organizes, co-sponsors and sits on the Council, time limits, the absent rule and the order of
// the tiers; a kind of meeting (a preset) fills the heading, the order and the limits at once.
// OK hands the result to an apply function (a settings act, or the creation of a new file); its
// refusal is shown in the dialog, which stays open. The dialog opens with the focus in the title.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Returns an empty string when applied, or the reason it was refused.
    using Apply = std::function<QString(const Meeting &)>;

    explicit SettingsDialog(const Meeting &meeting, QWidget *parent = nullptr);

    // The settings a new meeting starts from: the next day whose eve's 16:00 is still ahead,
    // 10:00 to 13:00, inscriptions until 16:00 the day before, in this computer's IANA zone, or no
    // zone at all when the computer has only a POSIX rule (TZ=UTC+3), so the chair chooses one
    // rather than getting times hours off. No kind of meeting is assumed: the heading is empty
    // until the chair chooses one.
    static Meeting newMeetingDefaults(qint64 nowUtcMs);
    // The deadline a meeting on `date` is given until the chair changes it: 16:00 the day before.
    static QDateTime defaultDeadline(const QDate &date, const QString &timeZoneId);

    void setApply(Apply apply) { m_apply = std::move(apply); }
    Meeting meeting(QString *error) const;
    QString errorText() const;

    // For a new meeting: the briefers can be named in advance, and are inscribed when it is made.
    void offerBriefers();
    QVector<EntryDraft> briefers() const;

public slots:
    void accept() override;

private:
    QWidget *buildMeetingPage();
    QWidget *buildDelegationsPage();
    QWidget *buildTimePage();
    // Points of order, rights of reply, the changeover and the chimes (settingsdialogfloor.cpp).
    QWidget *buildFloorPage();
    void loadFloor(const Meeting &meeting);
    void readFloor(Meeting &meeting, QString *error) const;
    void load(const Meeting &meeting);
    // The heading, the limits, the warning, the absent rule and the tier order.
    void loadRules(const Meeting &meeting);
    // Fills the rules from the kind of meeting chosen, keeping everything else as typed.
    void applyPreset(int index);
    void selectMatchingPreset(const Meeting &meeting);
    // The rules as typed into `meeting`; the first problem into error.
    void readRules(Meeting &meeting, QString *error) const;
    // Offers the two offsets when the deadline typed is one the clocks show twice.
    void updateDeadlineOffsets();
    // The deadline typed, as an instant; empty with the reason when it cannot be meant.
    std::optional<QDateTime> typedDeadline(QString *error) const;

    Meeting m_original;
    Apply m_apply;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetWhy = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_heading = nullptr;
    QLineEdit *m_venue = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_zone = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QComboBox *m_deadlineOffset = nullptr; // shown only for a time the clocks show twice
    QWidget *m_delegationsPage = nullptr;
    DelegationListEdit *m_organizers = nullptr;
    DelegationListEdit *m_cosponsors = nullptr;
    DelegationListEdit *m_council = nullptr;
    BriefersEdit *m_briefers = nullptr; // only for a new meeting
    QDate m_deadlineFollows; // the date whose default deadline the editor shows, untouched
    QLineEdit *m_defaultLimit = nullptr;
    QMap<Category, QLineEdit *> m_limits;
    QSpinBox *m_warning = nullptr;
    QComboBox *m_absentRule = nullptr;
    TierOrderEdit *m_tiers = nullptr;
    QLineEdit *m_pointOfOrderLimit = nullptr;
    QSpinBox *m_repliesAllowed = nullptr;
    QLineEdit *m_replyFirst = nullptr;
    QLineEdit *m_replySecond = nullptr;
    QSpinBox *m_changeover = nullptr;
    QCheckBox *m_chimes = nullptr;
    InlineMessage *m_error = nullptr;
};

} // namespace rostrum
