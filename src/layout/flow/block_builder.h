// Turns the document tree into blocks: picks faces, sizes, colours and
// spacing from the theme, has its inlines made into styled spans
// (SpanBuilder), numbers list items and notes, gives every heading an
// anchor and fills the tables of contents with the headings that follow them.
// Mistakes in the tree (an unknown callout kind, a page break inside a list)
// are reported, not fatal.
//
// One family of directives per file: block_builder.cc (the dispatch and the
// text: paragraphs, headings, lists, notes, quotes, callouts, columns),
// block_builder_tables.cc, block_builder_figures.cc (code, charts, images,
// QR codes) and block_builder_navigation.cc (cover, contents, index).
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "base/diagnostic.h"
#include "document/node.h"
#include "fonts/font_set.h"
#include "layout/block.h"
#include "layout/blocks/table_of_contents_block.h"
#include "layout/flow/index_terms.h"
#include "layout/flow/inline_state.h"
#include "layout/flow/span_builder.h"
#include "layout/inline/missing_glyph_report.h"
#include "layout/inline/paragraph_setter.h"
#include "layout/theme.h"

namespace coopkit::layout {

class BlockBuilder {
 public:
  /// All pointers must outlive the builder and the blocks it builds.
  BlockBuilder(const Theme* theme, const fonts::FontSet* fonts, const ParagraphSetter* setter,
               MissingGlyphReport* missing_glyphs, DiagnosticList* diagnostics);

  /// A top-level block and where the node it was built from was written,
  /// for the messages of pagination.
  struct TopLevelBlock {
    BlockPtr block;
    SourceLocation origin;
  };

  /// The document's top-level blocks, in order. Page breaks and covers are
  /// top-level blocks with their PageRole.
  std::vector<TopLevelBlock> Build(const doc::Node& root);

  /// Anchors the built headings and index terms refer to (see
  /// CrossReferences::anchors).
  int anchor_count() const { return next_anchor_; }

 private:
  /// What surrounds the blocks being built.
  struct Surroundings {
    InlineState text;
    float paragraph_spacing = 0;
    int list_depth = 0;
    float width = 0;  // that the blocks are set in, once their container's indents are taken
    bool top_level = false;
    std::optional<Alignment> alignment;  // of paragraphs; the theme's when unset
  };
  struct BuiltHeading {
    std::string title;
    int level = 1;
    int anchor = 0;
  };
  struct PendingToc {
    std::shared_ptr<std::vector<TocEntry>> entries;
    size_t first_heading = 0;  // entries list the headings from this one on
  };

  /// With `origins`, each block's node's place is added to it.
  std::vector<BlockPtr> BuildChildren(const doc::Node& parent, const Surroundings& around,
                                      std::vector<SourceLocation>* origins = nullptr);
  /// Null when the node gives no block (empty paragraph, misplaced break).
  BlockPtr BuildBlock(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildParagraph(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildHeading(const doc::Node& node);
  BlockPtr BuildList(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildBlockQuote(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildCallout(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildColumns(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildNotes(const doc::Node& node, const Surroundings& around);
  /// List or note markers, set, and the indent that hangs them in the margin.
  struct SetMarkers {
    std::vector<std::shared_ptr<const TextLines>> lines;
    float indent = 0;
  };
  SetMarkers SetListMarkers(const std::vector<std::string>& markers,
                            const InlineState& marker_state) const;
  /// Items with their markers hung in the left margin, as lists and notes print.
  BlockPtr MarkedItems(SetMarkers markers, std::vector<BlockPtr> bodies, float item_spacing,
                       float space_around) const;
  /// False, once reported at `node`, when `around` leaves too little width
  /// to set text in (see kMinTextWidthInEms).
  bool CheckWidth(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildCodeBlock(const doc::Node& node);
  BlockPtr BuildChart(const doc::Node& node);
  BlockPtr BuildImage(const doc::Node& node);
  BlockPtr BuildTableOfContents(const doc::Node& node);
  BlockPtr BuildCover(const doc::Node& node);
  BlockPtr BuildTable(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildKeepTogether(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildQrCode(const doc::Node& node, const Surroundings& around);
  BlockPtr BuildIndex(const doc::Node& node);
  void FillTablesOfContents();

  /// Bold heading face, size and colour of heading `level` (1..3).
  InlineState HeadingState(int level) const;
  /// A one-style text source, or null when `text` is empty; its characters
  /// are checked against the face, as written at `node`.
  std::shared_ptr<const TextSource> PlainText(const std::string& text, const InlineState& state,
                                              float line_height, const doc::Node& node);
  std::string ListMarker(const doc::Node& list, int number, int depth) const;
  static SourceLocation Where(const doc::Node& node) { return SpanBuilder::Where(node); }

  const Theme& theme_;
  const fonts::FontSet& fonts_;
  const ParagraphSetter* setter_;
  DiagnosticList* diagnostics_;
  MissingGlyphReport& missing_glyphs_;
  std::vector<BuiltHeading> headings_;
  std::vector<PendingToc> tables_of_contents_;
  IndexTerms index_terms_;
  SpanBuilder spans_;  // after index_terms_, which it reads
  int next_anchor_ = 0;
};

}  // namespace coopkit::layout
