#include "meeting/demomeeting.h"

#include <QTimeZone>

namespace rostrum::DemoMeeting {

namespace {
const char *kZone = "America/New_York";

qint64 at(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2023, month, day), QTime(hour, minute), QTimeZone(kZone))
        .toMSecsSinceEpoch();
}

struct Row
{
    const char *delegation;
    const char *speaker;
    const char *title;
    Level level;
    std::optional<Category> category;
    const char *onBehalfOf;
    int groupSize;
    const char *language;
    qint64 inscribedAt;
};
} // namespace

Meeting meeting()
{
    Meeting m;
    m.title = QStringLiteral("The responsibility and responsiveness of States to cyberattacks on "
                             "critical infrastructure");
    m.heading = QStringLiteral("United Nations Security Council Arria-formula meeting");
    m.venue = QStringLiteral("Trusteeship Chamber");
    m.date = QDate(2023, 5, 25);
    m.scheduledStart = QTime(15, 0);
    m.scheduledEnd = QTime(17, 30);
    m.timeZoneId = QString::fromLatin1(kZone);
    m.deadline = QDateTime(QDate(2023, 5, 23), QTime(16, 0), QTimeZone(kZone));
    m.organizers = {QStringLiteral("Albania"), QStringLiteral("United States")};
    m.cosponsors = {QStringLiteral("Ecuador"), QStringLiteral("Estonia")};
    m.council = {QStringLiteral("Albania"),
                 QStringLiteral("Brazil"),
                 QStringLiteral("China"),
                 QStringLiteral("Ecuador"),
                 QStringLiteral("France"),
                 QStringLiteral("Gabon"),
                 QStringLiteral("Ghana"),
                 QStringLiteral("Japan"),
                 QStringLiteral("Malta"),
                 QStringLiteral("Mozambique"),
                 QStringLiteral("Russian Federation"),
                 QStringLiteral("Switzerland"),
                 QStringLiteral("United Arab Emirates"),
                 QStringLiteral("United Kingdom"),
                 QStringLiteral("United States")};
    m.defaultLimitSeconds = 180;
    m.warningSeconds = 30;
    m.absentRule = AbsentRule::EndOfTier;
    return m;
}

QVector<EntryDraft> inscriptions()
{
    using L = Level;
    const auto briefer = std::optional<Category>(Category::Briefer);
    const auto other = std::optional<Category>(Category::Other);
    const std::optional<Category> infer;
    // Speakers are invented for the demonstration; delegations, briefers and the rules are
    // those of the concept note. Names come in several scripts on purpose.
    const Row rows[] = {
        {"Albania", "Arben Leka", "Permanent Representative, Chair", L::PermanentRepresentative,
         infer, "", 0, "en", at(5, 15, 10, 0)},
        {"United States", "Margaret Ellison", "Representative to the United Nations",
         L::PermanentRepresentative, infer, "", 0, "en", at(5, 15, 10, 5)},
        {"UN Office for Disarmament Affairs", "Izumi Nakamitsu",
         "Under-Secretary-General and High Representative", L::Other, briefer, "", 0, "en",
         at(5, 15, 11, 0)},
        {"Stanford Cyber Policy Center", "Marietje Schaake", "International Policy Director",
         L::Other, briefer, "", 0, "en", at(5, 15, 11, 5)},
        {"UN Institute for Disarmament Research", "Moliehi Makumane",
         "Cybersecurity Researcher, Security and Technology Programme", L::Other, briefer, "", 0,
         "en", at(5, 15, 11, 10)},
        {"Estonia", "Kaja Tamm", "Permanent Representative", L::PermanentRepresentative, infer, "",
         0, "en", at(5, 16, 9, 30)},
        {"Ecuador", "José Andrade", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "es", at(5, 16, 9, 45)},
        {"United Kingdom", "Barbara Wood", "Deputy Permanent Representative", L::Deputy, infer, "",
         0, "en", at(5, 16, 10, 0)},
        {"Japan", "Kazuyuki Ishii", "Ambassador, Deputy Permanent Representative", L::Deputy, infer,
         "", 0, "en", at(5, 16, 10, 20)},
        {"France", "Nathalie Brosse", "Représentante permanente adjointe", L::Deputy, infer, "", 0,
         "fr", at(5, 16, 11, 0)},
        {"Switzerland", "Regula Imhof", "Permanent Representative", L::PermanentRepresentative,
         infer, "", 0, "fr", at(5, 16, 11, 30)},
        {"Malta", "Claire Borg", "Permanent Representative", L::PermanentRepresentative, infer, "",
         0, "en", at(5, 16, 12, 0)},
        {"China", "李明华", "常驻联合国副代表", L::Deputy, infer, "", 0, "zh", at(5, 16, 14, 0)},
        {"Russian Federation", "Анна Соколова", "Заместитель Постоянного представителя", L::Deputy,
         infer, "", 0, "ru", at(5, 16, 14, 30)},
        {"United Arab Emirates", "محمد الكعبي", "نائب المندوب الدائم", L::Deputy, infer, "", 0,
         "ar", at(5, 16, 15, 0)},
        {"Brazil", "Ricardo Lopes Viana", "Permanent Representative", L::PermanentRepresentative,
         infer, "", 0, "en", at(5, 16, 15, 30)},
        {"Ghana", "Kwame Mensah", "Permanent Representative", L::PermanentRepresentative, infer, "",
         0, "en", at(5, 16, 16, 0)},
        {"Gabon", "Michel Ondo", "Représentant permanent", L::PermanentRepresentative, infer, "", 0,
         "fr", at(5, 17, 9, 0)},
        {"Mozambique", "Pedro Afonso", "Permanent Representative", L::PermanentRepresentative,
         infer, "", 0, "en", at(5, 17, 9, 30)},
        {"European Union", "Henrik Lindqvist", "Head of Delegation", L::PermanentRepresentative,
         infer, "the European Union and its 27 member States", 27, "en", at(5, 17, 10, 0)},
        {"Denmark", "Søren Madsen", "Permanent Representative", L::PermanentRepresentative, infer,
         "the Nordic countries", 5, "en", at(5, 17, 10, 30)},
        {"Germany", "Katrin Vogel", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 17, 11, 0)},
        {"Netherlands (Kingdom of the)", "Lotte de Vries", "Deputy Permanent Representative",
         L::Deputy, infer, "", 0, "en", at(5, 17, 11, 15)},
        {"Canada", "Daniel Fortier", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 17, 11, 45)},
        {"Australia", "James Whitfield", "Permanent Representative", L::PermanentRepresentative,
         infer, "", 0, "en", at(5, 17, 12, 30)},
        {"Italy", "Giulia Ferrante", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 17, 14, 0)},
        {"Poland", "Tomasz Nowak", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 18, 9, 0)},
        {"Ukraine", "Олена Коваль", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 18, 9, 30)},
        {"Czechia", "Jakub Dvořák", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 18, 10, 0)},
        {"Singapore", "Tan Wei Ling", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 18, 11, 0)},
        {"India", "Anjali Mehra", "Permanent Representative", L::PermanentRepresentative, infer, "",
         0, "en", at(5, 18, 12, 0)},
        {"Egypt", "أحمد فؤاد", "المندوب الدائم", L::PermanentRepresentative, infer, "", 0, "ar",
         at(5, 19, 10, 0)},
        {"Mexico", "Alicia Ramírez Ortega", "Representante Permanente Adjunta", L::Deputy, infer,
         "", 0, "es", at(5, 19, 11, 0)},
        {"Republic of Korea", "김서연", "Permanent Representative", L::PermanentRepresentative,
         infer, "", 0, "en", at(5, 19, 15, 0)},
        {"Costa Rica", "Sofía Vargas", "Representante Permanente", L::PermanentRepresentative,
         infer, "", 0, "es", at(5, 22, 10, 0)},
        {"Kenya", "Wanjiru Otieno", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 22, 12, 0)},
        {"Israel", "Noa Ben-David", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 22, 15, 0)},
        {"Iran (Islamic Republic of)", "Reza Karimi", "Permanent Representative",
         L::PermanentRepresentative, infer, "", 0, "en", at(5, 23, 9, 0)},
        {"Holy See", "Msgr. Paolo Ricci", "Permanent Observer", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 23, 10, 0)},
        {"State of Palestine", "سليم حداد", "المراقب الدائم", L::PermanentRepresentative, infer, "",
         0, "ar", at(5, 23, 11, 0)},
        {"Access Now", "Priya Raman", "Global Cybersecurity Lead", L::Other, other, "", 0, "en",
         at(5, 23, 12, 0)},
        // After the deadline of 23 May, 4 p.m.: marked late, after the on-time inscriptions.
        {"Argentina", "Lucía Fernández", "Representante Permanente", L::PermanentRepresentative,
         infer, "", 0, "es", at(5, 23, 17, 30)},
        {"Lithuania", "Rūta Jankauskienė", "Permanent Representative", L::PermanentRepresentative,
         infer, "", 0, "en", at(5, 24, 10, 0)},
        {"Chile", "Camila Rojas", "Representante Permanente", L::PermanentRepresentative, infer, "",
         0, "es", at(5, 24, 16, 0)},
        {"Nigeria", "Ngozi Okafor", "Permanent Representative", L::PermanentRepresentative, infer,
         "", 0, "en", at(5, 25, 11, 0)},
    };
    QVector<EntryDraft> out;
    for (const Row &r : rows) {
        EntryDraft d;
        d.delegation = QString::fromUtf8(r.delegation);
        d.speaker = QString::fromUtf8(r.speaker);
        d.title = QString::fromUtf8(r.title);
        d.level = r.level;
        d.category = r.category;
        d.onBehalfOf = QString::fromUtf8(r.onBehalfOf);
        d.groupSize = r.groupSize;
        d.language = QString::fromLatin1(r.language);
        d.inscribedAtMs = r.inscribedAt;
        out.append(d);
    }
    return out;
}

Meeting meeting(qint64 offsetMs)
{
    Meeting m = meeting();
    const QDateTime start = m.toLocal(m.scheduledStartUtcMs() + offsetMs);
    const QDateTime end = m.toLocal(m.scheduledEndUtcMs() + offsetMs);
    m.date = start.date();
    m.scheduledStart = start.time();
    m.scheduledEnd = end.time();
    m.deadline = m.toLocal(m.deadlineUtcMs() + offsetMs);
    return m;
}

QVector<EntryDraft> inscriptions(qint64 offsetMs)
{
    QVector<EntryDraft> drafts = inscriptions();
    for (EntryDraft &d : drafts) {
        if (d.inscribedAtMs != 0) // 0 would mean "now"
            d.inscribedAtMs += offsetMs;
    }
    return drafts;
}

qint64 offsetToStartSoonAfter(qint64 utcMs)
{
    constexpr qint64 kStep = 5 * 60'000;
    constexpr qint64 kLead = 2 * 60'000;
    // Whole five minutes of UTC are whole five minutes of New York's clocks too.
    const qint64 earliest = utcMs + kLead;
    const qint64 start = (earliest + kStep - 1) / kStep * kStep;
    return start - meeting().scheduledStartUtcMs();
}

qint64 offsetToDayOf(qint64 utcMs)
{
    const Meeting historic = meeting();
    const QDate day = historic.toLocal(utcMs).date();
    return historic.localUtcMs(day, historic.scheduledStart) - historic.scheduledStartUtcMs();
}

} // namespace rostrum::DemoMeeting
