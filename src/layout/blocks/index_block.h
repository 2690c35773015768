// An index: a title, then one entry per term in French alphabetical order,
// each followed by the pages where the term appears ("Coopérative, 3, 12"),
// every number a link to the term's place on that page.
//
// The terms are known before pagination, their pages only after
// (PageNumberedListBlock), so the height is reserved with a four-digit
// placeholder for each place of a term: at least as wide as its real page
// numbers, which are fewer once pages repeat.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "layout/blocks/page_numbered_list_block.h"
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
  PageNumberedListBlock::Spacing spacing;
};

class IndexBlock : public PageNumberedListBlock {
 public:
  /// `title` may be null. `entries` may still grow until the block is first
  /// wrapped (the builder fills it once every term is built).
  IndexBlock(std::shared_ptr<const TextSource> title,
             std::shared_ptr<const std::vector<IndexEntry>> entries, IndexStyle style);

 private:
  IndexBlock(std::shared_ptr<const TextSource> title,
             std::shared_ptr<const std::vector<IndexEntry>> entries, IndexStyle style, size_t begin,
             size_t end, std::shared_ptr<EntryBottoms> bottoms);

  size_t EntryCount() const override { return entries_->size(); }
  float ReservedHeight(size_t i, float width) const override;
  void DrawEntry(page::Page* page, const std::vector<AnchorPosition>& anchors, size_t i, float x,
                 float top, float width) const override;
  BlockPtr Part(std::shared_ptr<const TextSource> title, size_t begin, size_t end) const override;

  /// The entry's lines with its page numbers after its term, each a link to
  /// the term's place on that page; placeholders when `anchors` is null.
  TextLines SetEntry(const IndexEntry& entry, const std::vector<AnchorPosition>* anchors,
                     float width) const;

  std::shared_ptr<const std::vector<IndexEntry>> entries_;
  IndexStyle style_;
};

}  // namespace coopkit::layout
