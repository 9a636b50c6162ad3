#pragma once

#include <QFont>
#include <QStringList>

namespace rostrum::DocumentFonts {

// The families every document asks for, in order. Names arrive in Arabic, Chinese, Cyrillic and
// Latin scripts; listing the Noto families explicitly makes each script find its glyphs even
// where fontconfig's own fallback is missing (the offscreen platform of the command line).
QStringList families();
QFont font(qreal pointSize, bool bold = false);

} // namespace rostrum::DocumentFonts
