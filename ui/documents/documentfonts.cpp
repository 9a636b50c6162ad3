#include "documentfonts.h"

#include <QFontDatabase>

namespace rostrum::DocumentFonts {

QStringList families()
{
    static const QStringList wanted = {
        QStringLiteral("Noto Sans"),        QStringLiteral("Noto Naskh Arabic"),
        QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Noto Sans Hebrew"), QStringLiteral("Noto Sans Devanagari"),
        QStringLiteral("Noto Sans Thai"),   QStringLiteral("DejaVu Sans"),
    };
    // Only installed families: an unknown name first in the list would make Qt substitute a
    // default that may lack the Latin accents the rest of the list relies on.
    static const QStringList installed = [] {
        const QStringList all = QFontDatabase::families();
        QStringList out;
        for (const QString &f : wanted) {
            if (all.contains(f))
                out.append(f);
        }
        return out;
    }();
    return installed;
}

QFont font(qreal pointSize, bool bold)
{
    QFont f;
    if (!families().isEmpty())
        f.setFamilies(families());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // The documents are vector PDFs: hinting for a screen's pixels would distort the outlines.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace rostrum::DocumentFonts
