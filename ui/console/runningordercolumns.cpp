// The texts of the running order's columns that do not depend on a row: its flags, and the
// samples the view sizes each column for.
#include "columnsamples.h"
#include "meeting/categories.h"
#include "meeting/entry.h"
#include "runningordermodel.h"
#include "statementlanguage.h"

namespace rostrum {

QString RunningOrderModel::flagsText(const Entry &e)
{
    QStringList flags;
    // A glyph in front of each word, so the flags read on a washed-out projector and without
    // colour.
    if (e.late)
        flags.append(tr("◷ Late"));
    if (e.pinned)
        flags.append(tr("⚑ Pinned"));
    if (e.absences > 0)
        flags.append(tr("✗ Absent ×%1").arg(e.absences));
    return flags.join(QStringLiteral("  "));
}

QStringList RunningOrderModel::columnSamples(int column)
{
    // "8" is the widest digit in most faces.
    switch (column) {
    case PositionColumn:
        return {QStringLiteral("8888")};
    case CategoryColumn: {
        QStringList names;
        for (Category c : allCategories())
            names.append(categoryName(c));
        return names;
    }
    case LanguageColumn: {
        QStringList marks;
        for (const QString &code : unLanguages())
            marks.append(statementLanguageMark(code));
        return marks;
    }
    case LimitColumn:
    case ProjectedStartColumn:
        return {QStringLiteral("88:88")};
    case FlagsColumn: {
        Entry everyFlag;
        everyFlag.late = true;
        everyFlag.pinned = true;
        everyFlag.absences = 8;
        return {flagsText(everyFlag)};
    }
    default:
        return {};
    }
}

} // namespace rostrum
