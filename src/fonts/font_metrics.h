// Horizontal metrics of one font face, in em (multiply by the font size to
// get points). Layout measures text only through this interface, so tests can
// use fixed-width fakes and the real faces can come from any font library.
#pragma once

namespace coopkit::fonts {

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  /// Advance width of `cp` in em; the missing glyph's width if absent.
  virtual float Advance(char32_t cp) const = 0;
  virtual bool HasGlyph(char32_t cp) const = 0;
  /// Distance from baseline to the top (positive) and bottom (negative), in em.
  virtual float Ascender() const = 0;
  virtual float Descender() const = 0;
};

}  // namespace coopkit::fonts
