// Suggests the closest known word for a misspelt one ("tilte" -> "title"),
// for "did you mean" hints on keys, template names and directive names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coopkit {

/// Returns "did you mean 'x'?" for the candidate nearest to `word` by edit
/// distance, or an empty string when none is close enough to be a typo.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

/// Levenshtein distance counted in bytes.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace coopkit
