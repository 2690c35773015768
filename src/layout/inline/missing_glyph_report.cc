#include "layout/inline/missing_glyph_report.h"

#include "base/utf8.h"

namespace coopkit::layout {

MissingGlyphReport::MissingGlyphReport(const fonts::FontSet* fonts, DiagnosticList* diagnostics)
    : fonts_(*fonts), diagnostics_(diagnostics) {}

void MissingGlyphReport::Check(std::string_view text, page::FontId font,
                               const SourceLocation& where) {
  const fonts::FontMetrics& metrics = fonts_.Metrics(font);
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = DecodeUtf8(text, &pos);
    // Line ends and tabs are layout, not glyphs.
    if (cp < 0x20 || metrics.HasGlyph(cp) || !reported_.insert(cp).second) continue;
    diagnostics_->Warning(where,
                          "character " + DescribeCodePoint(cp) + " is not in the font " +
                              fonts_.FaceName(font) + ": it is left out of the PDF",
                          "write the text without it, or choose a theme font that has it");
  }
}

void MissingGlyphReport::Check(const std::vector<StyledSpan>& spans, const SourceLocation& where) {
  for (const StyledSpan& span : spans) Check(span.text, span.style.font, where);
}

}  // namespace coopkit::layout
