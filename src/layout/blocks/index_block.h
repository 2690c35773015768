// An index: a title, then one entry per term in French alphabetical order,
// each followed by the pages where the term appears ("Coopérative, 3, 12"),
// every number a link to the term's place on that page.
//
// The terms are known before pagination, their pages only after, so the
// height is reserved with a four-digit placeholder for each place of a term
// (at least as wide as its real page numbers, which are fewer once pages
// repeat) and the entries are drawn in the late pass. Entry heights are kept
// as running sums shared by every part of a split index, so measuring and
// splitting a long index costs the size of a page, not of the whole index.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout/block.h"
#include "layout/inline/paragraph_setter.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

struct IndexEntry {
  std::string term;
  std::vector<int> anchors;  // places of the term, indexes into CrossReferences::anchors
};

struct IndexStyle {
  TextStyle term;
  TextStyle number;  // page numbers (link colour)
  const ParagraphSetter* setter = nullptr;
  float line_height = 1.3f;
  float entry_spacing = 0;
  float title_gap = 0;
  float space_around = 0;
};

class IndexBlock : public Block {
 public:
  /// `title` may be null. `entries` may still grow until the block is first
  /// wrapped (the builder fills it once every term is built).
  IndexBlock(std::shared_ptr<const TextSource> title,
             std::shared_ptr<const std::vector<IndexEntry>> entries, IndexStyle style);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  void DrawLate(page::Page* page, const std::vector<AnchorPosition>& anchors, float x, float top,
                float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }

 private:
  /// Where each entry's reserved box ends, from the top of entry 0, at one width.
  struct Reserved {
    float width = -1;
    std::vector<float> bottoms;
  };

  IndexBlock(std::shared_ptr<const TextSource> title,
             std::shared_ptr<const std::vector<IndexEntry>> entries,
             std::shared_ptr<Reserved> reserved, size_t begin, size_t end, IndexStyle style);

  size_t end() const { return end_ == kAllEntries ? entries_->size() : end_; }
  float TitleHeight(float width) const;
  const std::vector<float>& BottomsAt(float width) const;
  float EntryTop(const std::vector<float>& bottoms, size_t i) const;
  /// The entry's lines with `pages` (1-based, each with the anchor it links
  /// to) after its term; placeholders when `anchors` is null.
  std::vector<Line> SetEntry(const IndexEntry& entry, const std::vector<AnchorPosition>* anchors,
                             float width) const;

  static constexpr size_t kAllEntries = static_cast<size_t>(-1);

  std::shared_ptr<const TextSource> title_;
  std::shared_ptr<const std::vector<IndexEntry>> entries_;
  std::shared_ptr<Reserved> reserved_;  // shared with the other parts
  size_t begin_, end_;
  IndexStyle style_;
};

}  // namespace coopkit::layout
