// A FontSet for layout tests: twelve faces whose every character is half an
// em wide, so that widths, line breaks and pages can be reasoned about
// without real fonts. Test-only; nothing in the library uses it.
#pragma once

#include <string>
#include <vector>

#include "fonts/font_set.h"

namespace coopkit::fonts {

class FixedWidthFontSet : public FontSet {
 public:
  static constexpr float kAdvance = 0.5f;  // em, every character
  static constexpr float kAscender = 0.8f;
  static constexpr float kDescender = -0.2f;

  /// The faces have every character up to `last_glyph`.
  explicit FixedWidthFontSet(char32_t last_glyph = 0x10FFFF) : metrics_(last_glyph) {}

  page::FontId Face(FontStyle style) const override {
    return static_cast<int>(style.role) * 4 + (style.bold ? 2 : 0) + (style.italic ? 1 : 0);
  }
  const FontMetrics& Metrics(page::FontId /*id*/) const override { return metrics_; }
  std::string FaceName(page::FontId id) const override { return "fixed-" + std::to_string(id); }
  std::vector<std::string> Files() const override {
    std::vector<std::string> files;
    for (int i = 0; i < 12; ++i) files.push_back("fixed-" + std::to_string(i) + ".ttf");
    return files;
  }

 private:
  class HalfEmMetrics : public FontMetrics {
   public:
    explicit HalfEmMetrics(char32_t last_glyph) : last_glyph_(last_glyph) {}
    float Advance(char32_t /*cp*/) const override { return kAdvance; }
    bool HasGlyph(char32_t cp) const override { return cp <= last_glyph_; }
    float Ascender() const override { return kAscender; }
    float Descender() const override { return kDescender; }

   private:
    char32_t last_glyph_;
  };
  HalfEmMetrics metrics_;
};

}  // namespace coopkit::fonts
