#pragma once

#include "records/statusjson.h"

#include <QString>

namespace rostrum::cli {

// The status for people, in the messages' language.
QString statusText(const StatusView &status);

} // namespace rostrum::cli
