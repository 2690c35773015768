// Checks that a file is a TrueType font libharu can embed, before libharu
// sees it: libharu crashes on a non-font file and fails silently on a
// truncated one. Only the sfnt header and table directory are checked, which
// is what a wrong or cut file gets wrong.
#pragma once

#include <string>
#include <string_view>

namespace coopkit::fonts {

/// True when `bytes` start like a single TrueType-outline font whose tables
/// lie inside the file and include those libharu needs. Otherwise false with
/// `problem` set to a sentence about the file ("is a CFF OpenType font...").
bool CheckTrueTypeFont(std::string_view bytes, std::string* problem);

}  // namespace coopkit::fonts
