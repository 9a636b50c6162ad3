#pragma once

#include <QImage>
#include <QString>

namespace rostrum {

// A QR code of a link (libqrencode, error correction M, so a code on a projected slide still
// reads), as a black-on-white image with the four-module quiet zone scanners need. Each module
// is a whole number of pixels, as many as fit in `largestSide` (never scaled afterwards, which
// would make some modules wider than others). A null image when the text cannot be encoded.
QImage qrCodeImage(const QString &text, int largestSide);

} // namespace rostrum
