// Turns inline nodes into styled spans: emphasis → italic, strong → bold,
// code → mono, links → link colour and address, badges → small tinted
// labels, note calls → superscript numbers, index terms → anchors. Every
// span's characters are checked against their face (MissingGlyphReport).
#pragma once

#include <string>
#include <vector>

#include "document/node.h"
#include "fonts/font_set.h"
#include "layout/flow/index_terms.h"
#include "layout/flow/inline_state.h"
#include "layout/inline/missing_glyph_report.h"
#include "layout/inline/text_style.h"
#include "layout/theme.h"

namespace coopkit::layout {

class SpanBuilder {
 public:
  /// All pointers must outlive the builder.
  SpanBuilder(const Theme* theme, const fonts::FontSet* fonts, const IndexTerms* index_terms,
              MissingGlyphReport* missing_glyphs);

  /// The text of `node` (an inline, or a block's inline children) as spans;
  /// none when it is only spaces.
  std::vector<StyledSpan> Spans(const doc::Node& node, const InlineState& state) const;
  TextStyle Style(const InlineState& state) const;
  /// A note call: its number in superscript digits, or "[n]" when the face lacks them.
  std::string NoteCall(const doc::Node& call) const;

  /// Where `node` was written, for messages.
  static SourceLocation Where(const doc::Node& node) {
    return {"", node.source_line, node.source_column};
  }

 private:
  void AppendSpans(const doc::Node& node, InlineState state, std::vector<StyledSpan>* out) const;
  /// The spans of `parent`'s inline children, with a separator between two note calls.
  void AppendChildSpans(const doc::Node& parent, const InlineState& state,
                        std::vector<StyledSpan>* out) const;

  const Theme& theme_;
  const fonts::FontSet& fonts_;
  const IndexTerms& index_terms_;
  MissingGlyphReport& missing_glyphs_;
};

}  // namespace coopkit::layout
