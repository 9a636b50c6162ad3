#pragma once

#include "records/listexport.h"

#include <optional>

namespace rostrum {

// The list of speakers for circulation: an A4 PDF with the meeting heading in the style of the
// concept note, the running order table (No., delegation, speaker and title, projected time),
// and "Page N of M" on every page.
namespace ListOfSpeakersPdf {
// kind: the line naming the kind of meeting; an empty optional prints the meeting's heading.
bool write(const ListOfSpeakers &list, const QString &path, QString *error,
           const std::optional<QString> &kind = {}, int *pageCount = nullptr);
} // namespace ListOfSpeakersPdf

} // namespace rostrum
