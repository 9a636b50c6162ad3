#pragma once

#include "records/meetingreport.h"

#include <optional>

namespace rostrum {

// The post-meeting report: the heading, the summary (scheduled against actual start and end,
// totals), totals by tier, one row per speaker, and the timeline picture on landscape pages of
// its own; "Page N of M" on every page.
namespace ReportPdf {
bool write(const MeetingReport &report, const QString &path, QString *error,
           const std::optional<QString> &kind = {}, int *pageCount = nullptr);
// Rows of the timeline on one landscape page; more speakers than this take more pages.
constexpr int kTimelineRowsPerPage = 48;
} // namespace ReportPdf

} // namespace rostrum
