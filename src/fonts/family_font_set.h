// The twelve faces of a document's font families (body, heading and mono families, each regular,
// bold, italic and bold italic), located and loaded. A missing glyph would be
// drawn as an empty box without any error, so the characters a document's
// text uses are checked against its faces (by MissingGlyphReport, where the
// text is written): a face lacking characters no text uses is no mistake.
#pragma once

#include <array>
#include <memory>

#include "base/diagnostic.h"
#include "fonts/font_families.h"
#include "fonts/font_locator.h"
#include "fonts/font_set.h"
#include "fonts/true_type_font.h"

namespace coopkit::fonts {

class FamilyFontSet : public FontSet {
 public:
  /// Locates and loads the families' faces; null when one is missing or
  /// unusable (reported as an error at `where`, the theme's location). The
  /// mono family may lack italics: its regular and bold faces stand in.
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
