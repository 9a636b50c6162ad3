#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rostrum {

// Who may be a delegation: the 193 Member States, the observer States and the common
// intergovernmental observers, loaded from resources/directory/delegations.tsv.
class Directory final
{
public:
    enum class Kind
    {
        MemberState,
        ObserverState,
        Organization
    };

    struct Delegation
    {
        QString name; // the canonical name, as shown and saved
        Kind kind;
        QStringList aliases; // short and former names: "US", "UK", "Russia", "Turkey"
    };

    // The directory shipped with the application (a Qt resource).
    static const Directory &builtIn();
    // Parses the TSV text: name <TAB> kind <TAB> alias;alias... ; '#' starts a comment line.
    static Directory fromTsv(const QString &text);

    // Exact match on the name or an alias, ignoring case, accents, punctuation and spacing.
    std::optional<Delegation> find(const QString &nameOrAlias) const;
    // Names for an autocompleter: prefix and word matches first, then substring matches.
    QStringList search(const QString &text, int limit = 10) const;
    // The closest names by edit distance, for "did you mean" messages.
    QStringList closest(const QString &text, int limit = 3) const;
    const QList<Delegation> &all() const { return m_delegations; }

    // The comparison form of a name: case-folded, accents stripped, punctuation removed.
    static QString normalized(const QString &name);

private:
    QList<Delegation> m_delegations;
    QHash<QString, int> m_byKey; // normalized name or alias -> index
};

} // namespace rostrum
