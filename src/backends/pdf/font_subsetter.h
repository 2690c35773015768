// Cuts a TrueType font down to the characters a document draws, with
// HarfBuzz's subsetter, before libharu sees it: libharu builds its
// character-to-glyph table by searching the font's cmap for every code of the
// Basic Multilingual Plane and deflates the whole font file at save, so a
// full Noto face costs more than the rest of the PDF. The subset keeps the
// tables libharu reads (cmap, glyf, loca, head, hhea, hmtx, maxp, name, OS/2,
// post and the hinting tables cvt, fpgm, prep) and renumbers the glyphs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopkit::pdf {

/// The bytes of a TrueType font holding only the glyphs of `code_points`
/// (and what they are composed of), or nullopt with `error` set when
/// HarfBuzz cannot subset `font_bytes`. Code points the font lacks are
/// ignored. The same input always gives the same bytes.
std::optional<std::string> SubsetTrueType(std::string_view font_bytes,
                                          const std::vector<char32_t>& code_points,
                                          std::string* error);

}  // namespace coopkit::pdf
