#pragma once

#include "meeting/entry.h"

#include <QVariant>
#include <span>

namespace rostrum {

// The entry's fields as the columns of the entry table, in one table. It drives the file's
// schema, the rows the store writes and reads, the journal's images of an entry
// (Entry::toColumns), and which fields an edit takes from what staff typed. A new field is
// added here, once; a shipped column's declaration is never edited (a migration adds columns).
struct EntryColumn
{
    enum class Kind
    {
        Integer,
        Text
    };
    enum class Role
    {
        Inscription, // typed in by staff: an edit takes it from what they typed
        Speech,      // the speech's recorded instants: reset together when the status changes
        Standing     // the entry's place and state on the list
    };
    const char *name;
    Kind kind;
    Role role;
    const char *declaration; // the SQL after the name in CREATE TABLE
    int since;               // the schema version that added it (Schema::kCurrentVersion)
    QVariant (*get)(const Entry &);
    // From a journal image or a selected row: text may come as a string or as UTF-8 bytes.
    void (*set)(Entry &, const QVariant &);

    QString key() const { return QString::fromLatin1(name); }
    bool isText() const { return kind == Kind::Text; }
};

namespace EntryColumns {

// In the one order every statement binds and selects them; the id comes first.
std::span<const EntryColumn> all();
// The names of all(), in the same order.
const QStringList &names();
// The names of the Role::Speech columns.
const QStringList &speechNames();
// Copies the fields staff type in (Role::Inscription) from one entry to another.
void copyInscription(const Entry &from, Entry &to);

} // namespace EntryColumns
} // namespace rostrum
