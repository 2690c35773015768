// The text a web address stands for, as a browser or a mail program shows it:
// « mailto:noa.fictif%40exemple.org » is « mailto:noa.fictif@exemple.org ».
#pragma once

#include <string>
#include <string_view>

namespace coopkit {

/// `uri` with each `%XX` replaced by its byte, again while some are left, up
/// to kPercentDecodingPasses times (« %2540 » is « @ »; no program decodes
/// an address more often), and `+` by a space, as in a form's query. A `%`
/// not followed by two hexadecimal digits is kept. The result may not be
/// UTF-8.
inline constexpr int kPercentDecodingPasses = 4;
std::string PercentDecoded(std::string_view uri);

}  // namespace coopkit
