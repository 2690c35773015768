// The twelve faces of a document's font families (body, heading and mono families, each regular,
// bold, italic and bold italic), located, loaded and checked for the
// characters French text needs. A missing glyph would otherwise be drawn as an
// empty box without any error, so coverage of French is checked here (and
// of the text a document uses, by MissingGlyphReport).
#pragma once

#include <array>
#include <memory>
#include <string_view>

#include "base/diagnostic.h"
#include "fonts/font_families.h"
#include "fonts/font_locator.h"
#include "fonts/font_set.h"
#include "fonts/true_type_font.h"

namespace coopkit::fonts {

/// Characters French typesetting relies on: accents, ligatures, guillemets,
/// apostrophe, ellipsis, non-breaking spaces and hyphen, dashes.
inline constexpr std::u32string_view kFrenchCharacters =
    U"éèêëàâîïôùûüçœŒæÉÈÊÀÇ«»’…\u00A0\u202F\u2011—–";

class FamilyFontSet : public FontSet {
 public:
  /// Locates and loads the families' faces; null when one is missing or
  /// unusable (reported as an error at `where`, the theme's location). The
  /// mono family may lack italics: its regular and bold faces stand in.
  /// Faces lacking French characters are reported as warnings.
  static std::unique_ptr<FamilyFontSet> Load(const FontFamilies& families,
                                             const FontLocator& locator,
                                             const SourceLocation& where,
                                             DiagnosticList* diagnostics);

  page::FontId Face(FontStyle style) const override;
  const FontMetrics& Metrics(page::FontId id) const override;
  std::vector<std::string> Files() const override;

  /// "'Noto Serif' (bold)".
  std::string FaceName(page::FontId id) const override;

  bool Covers(page::FontId id, char32_t cp) const { return Metrics(id).HasGlyph(cp); }

 private:
  static constexpr int kStylesPerRole = 4;
  static constexpr int kSlotCount = 3 * kStylesPerRole;
  static int Slot(FontStyle style);

  FamilyFontSet() = default;

  std::vector<std::unique_ptr<TrueTypeFont>> faces_;  // indexed by FontId
  std::array<page::FontId, kSlotCount> slot_faces_{};
};

}  // namespace coopkit::fonts
