// The running header and footer of every page but the cover: header labels
// left and right over a thin rule, the footer label on the left and
// « page n / N » on the right, all in small muted text in the margin bands.
// Also the document's watermark (« BROUILLON »), across every page.
#pragma once

#include <optional>
#include <string>

#include "document/node.h"
#include "fonts/font_set.h"
#include "layout/inline/missing_glyph_report.h"
#include "layout/inline/paragraph_setter.h"
#include "layout/theme.h"
#include "page/page.h"

namespace coopkit::layout {

class RunningElements {
 public:
  /// All pointers must outlive this object.
  RunningElements(const doc::DocumentInfo* info, const Theme* theme, const fonts::FontSet* fonts,
                  const ParagraphSetter* setter);

  /// Reports the characters of the header and footer labels that their face
  /// lacks, at the {document} directive that gave them.
  void CheckLabels(MissingGlyphReport* report) const;

  /// Draws the header and footer of `page`, physical page `number` (1-based)
  /// of `count`.
  void Draw(page::Page* page, int number, int count) const;

  /// Draws the document's watermark, when it has one, large and light,
  /// rotated along the page's diagonal and centred on it, under the text.
  void DrawWatermark(page::Page* page) const;

 private:
  /// The first line of `text` in the small style, aligned in the content
  /// width; nullopt when `text` is empty.
  std::optional<Line> SetLabel(const std::string& text, Alignment alignment) const;
  void DrawLabel(page::Page* page, const std::optional<Line>& label, float baseline) const;

  const doc::DocumentInfo& info_;
  const Theme& theme_;
  const ParagraphSetter* setter_;
  TextStyle style_;
  TextStyle watermark_style_;
  // Set once for every page: a label is as long as the document's title,
  // which may be long, and setting it per page would cost its length times
  // the number of pages.
  std::optional<Line> header_left_;
  std::optional<Line> header_right_;
  std::optional<Line> footer_left_;
};

}  // namespace coopkit::layout
