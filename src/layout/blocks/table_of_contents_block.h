// The table of contents: a title, then one line per heading with dotted
// leaders, the heading's page number on the right and a link to it.
//
// Entries are known before pagination (their text does not depend on page
// numbers), so the block's height is reserved while paginating; the whole
// block is drawn in the late pass, once every heading has its page. It
// splits between entries and keeps its title with the first two.
#pragma once

#include <memory>
#include <vector>

#include "fonts/font_metrics.h"
#include "layout/blocks/page_numbered_list_block.h"
#include "layout/inline/paragraph_setter.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

struct TocEntry {
  std::shared_ptr<const TextSource> text;
  int level = 1;
  int anchor = 0;  // index into CrossReferences::anchors
};

struct TocStyle {
  TextStyle number;                                    // page numbers and leader dots
  const fonts::FontMetrics* number_metrics = nullptr;  // of number.font
  const ParagraphSetter* setter = nullptr;
  float level_indent = 0;  // extra indent per level below 1
  float number_width = 0;  // room kept on the right for the page number
  PageNumberedListBlock::Spacing spacing;
};

class TableOfContentsBlock : public PageNumberedListBlock {
 public:
  /// `title` may be null. `entries` may still grow until the block is first
  /// wrapped (the builder fills it once every heading is built).
  TableOfContentsBlock(std::shared_ptr<const TextSource> title,
                       std::shared_ptr<const std::vector<TocEntry>> entries, TocStyle style);

 private:
  TableOfContentsBlock(std::shared_ptr<const TextSource> title,
                       std::shared_ptr<const std::vector<TocEntry>> entries, TocStyle style,
                       size_t begin, size_t end, std::shared_ptr<EntryBottoms> bottoms);

  size_t EntryCount() const override { return entries_->size(); }
  float ReservedHeight(size_t i, float width) const override;
  void DrawEntry(page::Page* page, const std::vector<AnchorPosition>& anchors, size_t i, float x,
                 float top, float width) const override;
  BlockPtr Part(std::shared_ptr<const TextSource> title, size_t begin, size_t end) const override;

  float EntryIndent(const TocEntry& entry) const;
  std::shared_ptr<const TextLines> EntryLines(const TocEntry& entry, float width) const;
  void DrawPageNumber(page::Page* page, const TocEntry& entry, const TextLines& lines,
                      int target_page, float x, float top, float width) const;

  std::shared_ptr<const std::vector<TocEntry>> entries_;
  TocStyle style_;
};

}  // namespace coopkit::layout
