// A character that the face setting it lacks vanishes from the PDF without a
// word (libharu draws an empty glyph). The block builder and the running
// header and footer pass the text they set through one report per document, which warns about each
// such character once per document, where it is first used, naming the character and the face.
// Characters of generated text (list markers, note calls) are chosen by
// coverage and need no report.
#pragma once

#include <set>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "fonts/font_set.h"
#include "layout/inline/text_style.h"

namespace coopkit::layout {

class MissingGlyphReport {
 public:
  /// Both must outlive the report.
  MissingGlyphReport(const fonts::FontSet* fonts, DiagnosticList* diagnostics);

  /// Warns at `where` about the characters of `text` that face `font` lacks
  /// and that no earlier call reported.
  void Check(std::string_view text, page::FontId font, const SourceLocation& where);
  void Check(const std::vector<StyledSpan>& spans, const SourceLocation& where);

 private:
  const fonts::FontSet& fonts_;
  DiagnosticList* diagnostics_;
  std::set<char32_t> reported_;
};

}  // namespace coopkit::layout
