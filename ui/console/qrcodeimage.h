#pragma once

#include <QImage>
#include <QString>

namespace rostrum {

// A QR code of a link (libqrencode, error correction M, so a code on a projected slide still
// reads), as a black-on-white image with the four-module quiet zone scanners need, each module
// `moduleSize` pixels. A null image when the text cannot be encoded.
QImage qrCodeImage(const QString &text, int moduleSize = 6);

} // namespace rostrum
