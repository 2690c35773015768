// One TrueType face loaded with FreeType, measured for layout. The file is
// validated first (sfnt header, table directory, TrueType outlines) because
// the PDF backend, libharu, crashes on garbage and cannot embed CFF outlines;
// a face that loads here is one the backend can embed.
#pragma once

#include <array>
#include <memory>
#include <string>

#include "fonts/font_metrics.h"

namespace coopkit::fonts {

class TrueTypeFont : public FontMetrics {
 public:
  /// Returns the face in `path`, or null with `error` set to a sentence
  /// saying why the file is unusable.
  static std::unique_ptr<TrueTypeFont> Load(const std::string& path, std::string* error);
  ~TrueTypeFont() override;

  float Advance(char32_t cp) const override;
  bool HasGlyph(char32_t cp) const override;
  float Ascender() const override { return ascender_; }
  float Descender() const override { return descender_; }

  const std::string& path() const { return path_; }
  const std::string& family_name() const { return family_name_; }
  const std::string& style_name() const { return style_name_; }
  bool bold() const { return bold_; }
  bool italic() const { return italic_; }
  int weight() const { return weight_; }  // OS/2 weight class: 400 regular, 700 bold

 private:
  struct Glyph {
    float advance = -1;  // em; negative until measured
    bool present = false;
  };
  struct FreeTypeHandles;

  TrueTypeFont(std::unique_ptr<FreeTypeHandles> handles, std::string path);
  Glyph Measure(char32_t cp) const;
  Glyph Lookup(char32_t cp) const;

  std::unique_ptr<FreeTypeHandles> handles_;
  std::string path_;
  std::string family_name_;
  std::string style_name_;
  bool bold_ = false;
  bool italic_ = false;
  int weight_ = 400;
  float units_per_em_ = 1000;
  float ascender_ = 0;
  float descender_ = 0;
  // The Basic Multilingual Plane, measured lazily in pages of 256 code
  // points: French text touches three pages, so a font costs a few KB and no
  // start-up time, and a lookup is two array indexings.
  static constexpr int kPageBits = 8;
  mutable std::array<std::unique_ptr<Glyph[]>, (0x10000 >> kPageBits)> bmp_pages_;
};

}  // namespace coopkit::fonts
