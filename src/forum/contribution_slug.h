// The folder name a contribution's kit is written to, out/<slug>/, from its
// file's name: letters folded to ASCII (ICU's Latin-ASCII transliteration:
// « Écoles » gives « ecoles »), lower case, every other run of characters
// one hyphen. It never holds a slash or a dot, so it stays inside out/.
#pragma once

#include <string>
#include <string_view>

namespace coopkit::forum {

/// "atelier-ecoles-2026" for "Atelier Écoles 2026"; empty when no letter or
/// digit is left.
std::string ContributionSlug(std::string_view name);

}  // namespace coopkit::forum
