// The region of France a postcode is in, from its département (the first
// two digits, three overseas), as the programme's index by region groups
// contributions. La Poste numbers a few communes after a neighbouring
// département's office: an event's own `region:` prevails over this guess.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopkit::forum {

/// « Nouvelle-Aquitaine » for "86000"; the collectivity's name overseas
/// where it is not a region (« Saint-Pierre-et-Miquelon »); nullopt for what
/// is not five digits or no French département (Monaco's 98000).
std::optional<std::string> RegionOfPostcode(std::string_view postcode);

}  // namespace coopkit::forum
