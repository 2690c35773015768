// FrenchTypography rewrites prose the way a French typesetter would: curly
// apostrophes, « guillemets », the thin or full no-break space before ; ! ? :
// and inside guillemets, the ellipsis character, and numbers kept whole
// (« 18 500 € », « n° 2014-856 », « art. L1253-1 »). It never touches inline
// code, URLs, times such as 10:30, ratios such as 3:1 or emoticons such as ;)
// Within one block the rules see across inline boundaries, so in `**mot** :`
// the space before the colon is fixed although it sits in another text node.
#pragma once

#include <string>
#include <string_view>

#include "document/node.h"

namespace coopkit::markup {

inline constexpr std::string_view kNoBreakSpace = "\u00A0";
inline constexpr std::string_view kNarrowNoBreakSpace = "\u202F";

class FrenchTypography {
 public:
  /// Rewrites a standalone piece of prose, such as a directive's title option.
  std::string ApplyToText(std::string_view text) const;

  /// Rewrites the kText inlines of every block under `root`, leaving kCode,
  /// kCodeBlock and everything else as it is.
  void ApplyToTree(doc::Node* root) const;
};

}  // namespace coopkit::markup
