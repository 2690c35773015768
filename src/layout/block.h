// The Flowable protocol (after ReportLab's platypus): every block of the flow
// can say how tall it is at a width (Wrap), cut itself into the part that fits
// a given height and the rest (Split), and draw itself onto a page (Draw).
// Pagination is nothing more than splitting the flow page after page, so
// paragraphs, lists, callouts, code and the table of contents all break
// across pages through this one mechanism.
//
// Blocks are immutable once built (only width-keyed caches change), and Split
// returns new blocks that share their parent's data, so trying a split costs
// little and never disturbs the original.
#pragma once

#include <memory>
#include <vector>

#include "page/page.h"

namespace coopkit::layout {

/// Slack allowed when deciding whether a height fits, so that sums of
/// floats never push out a block that fits exactly.
inline constexpr float kFitTolerance = 0.01f;

/// Fewest lines of a paragraph or code block left on either side of a page
/// break: no orphan at the foot of a page, no widow at the top.
inline constexpr size_t kMinLinesAtBreak = 2;

class Block;
using BlockPtr = std::shared_ptr<const Block>;

/// What Split returns: `head` fits the height asked for (null when nothing
/// can go there), `rest` goes on (null when the whole block fits).
struct BlockSplit {
  BlockPtr head;
  BlockPtr rest;
};

/// The narrowest a block can be set without cutting a word (`min`: its
/// widest unbreakable piece, hyphenation allowed) and the width it takes with
/// no line wrapped (`max`); what a table sizes its auto columns from.
struct ContentWidths {
  float min = 0;
  float max = 0;
};

/// How a block takes part in pagination. Only top-level blocks may be other
/// than kFlow.
enum class PageRole {
  kFlow,       // flows and splits in the page's frame
  kPageBreak,  // ends the current page
  kOwnPage,    // fills a whole page of its own, without header or footer
};

/// Where a heading landed, for the table of contents and links.
struct AnchorPosition {
  int page = -1;  // 0-based; -1 until drawn
  float y = 0;
};

/// A block whose drawing must wait until every anchor is placed: the table
/// of contents draws its page numbers in this second pass. It holds the
/// block, which may be a piece split off for one page only and dropped
/// once drawn (as in a cover's body).
struct LateDrawing {
  BlockPtr block;
  int page_index = 0;
  float x = 0, top = 0, width = 0;
};

/// What blocks report while they draw, in document order.
struct CrossReferences {
  std::vector<AnchorPosition> anchors;  // indexed by heading anchor id
  std::vector<page::OutlineEntry> outline;
  std::vector<LateDrawing> late_drawings;
};

struct DrawContext {
  page::Page* page = nullptr;
  int page_index = 0;
  CrossReferences* references = nullptr;
};

class Block : public std::enable_shared_from_this<Block> {
 public:
  virtual ~Block() = default;

  /// Height of the block set `width` points wide.
  virtual float Wrap(float width) const = 0;
  /// Cuts the block so that the head fits in `available` points of height,
  /// respecting the block's own rules (widows and orphans, keeping a title
  /// with its content). By default a block does not split: it goes whole
  /// where it fits.
  /// REQUIRES: the block was made by std::make_shared.
  virtual BlockSplit Split(float width, float available) const;
  /// Draws the block with its top-left corner at (x, top).
  virtual void Draw(const DrawContext& context, float x, float top, float width) const = 0;
  /// Second drawing pass, once every anchor's page is known (see LateDrawing).
  virtual void DrawLate(page::Page* /*page*/, const std::vector<AnchorPosition>& /*anchors*/,
                        float /*x*/, float /*top*/, float /*width*/) const {}

  /// Vertical space wanted around the block; between two blocks the larger
  /// of the two applies, and none at the top or bottom of a page.
  virtual float SpaceBefore() const { return 0; }
  virtual float SpaceAfter() const { return 0; }
  /// True for blocks that must not end a page (headings).
  virtual bool KeepWithNext() const { return false; }
  /// See ContentWidths; 0 and 0 for a block that takes whatever width it is
  /// given (a rule, a code block).
  virtual ContentWidths Widths() const { return {}; }
  virtual PageRole Role() const { return PageRole::kFlow; }
};

}  // namespace coopkit::layout
