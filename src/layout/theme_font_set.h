// The twelve faces of a theme (body, heading and mono families, each regular,
// bold, italic and bold italic), located, loaded and checked for the
// characters French text needs. A missing glyph would otherwise be drawn as an
// empty box without any error, so coverage of French is checked here (and
// of the text a document uses, by MissingGlyphReport).
#pragma once

#include <array>
#include <memory>
#include <string_view>

#include "base/diagnostic.h"
#include "layout/font_locator.h"
#include "layout/font_set.h"
#include "layout/theme.h"
#include "layout/true_type_font.h"

namespace coopkit::layout {

/// Characters French typesetting relies on: accents, ligatures, guillemets,
/// apostrophe, ellipsis, non-breaking spaces and hyphen, dashes.
inline constexpr std::u32string_view kFrenchCharacters =
    U"éèêëàâîïôùûüçœŒæÉÈÊÀÇ«»’…\u00A0\u202F\u2011—–";

class ThemeFontSet : public FontSet {
 public:
  /// Locates and loads the theme's faces; null when one is missing or
  /// unusable (reported as an error at `where`, the theme's location). The
  /// mono family may lack italics: its regular and bold faces stand in.
  /// Faces lacking French characters are reported as warnings.
  static std::unique_ptr<ThemeFontSet> Load(const Theme& theme, const FontLocator& locator,
                                            const SourceLocation& where,
                                            DiagnosticList* diagnostics);

  FontId Face(FontStyle style) const override;
  const FontMetrics& Metrics(FontId id) const override;
  std::vector<std::string> Files() const override;

  /// "'Noto Serif' (bold)".
  std::string FaceName(FontId id) const override;

  bool Covers(FontId id, char32_t cp) const { return Metrics(id).HasGlyph(cp); }

 private:
  static constexpr int kStylesPerRole = 4;
  static constexpr int kSlotCount = 3 * kStylesPerRole;
  static int Slot(FontStyle style);

  ThemeFontSet() = default;

  std::vector<std::unique_ptr<TrueTypeFont>> faces_;  // indexed by FontId
  std::array<FontId, kSlotCount> slot_faces_{};
};

}  // namespace coopkit::layout
