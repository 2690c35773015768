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

#include "layout/block.h"
#include "fonts/font_metrics.h"
#include "layout/inline/paragraph_setter.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

struct TocEntry {
  std::shared_ptr<const TextSource> text;
  int level = 1;
  int anchor = 0;  // index into CrossReferences::anchors
};

struct TocStyle {
  TextStyle number;                       // page numbers and leader dots
  const fonts::FontMetrics* number_metrics = nullptr;  // of number.font
  const ParagraphSetter* setter = nullptr;
  float level_indent = 0;   // extra indent per level below 1
  float number_width = 0;   // room kept on the right for the page number
  float entry_spacing = 0;  // between entries
  float title_gap = 0;      // under the title
  float space_around = 0;
};

class TableOfContentsBlock : public Block {
 public:
  /// `title` may be null. `entries` may still grow until the block is first
  /// wrapped (the builder fills it once every heading is built).
  TableOfContentsBlock(std::shared_ptr<const TextSource> title,
                       std::shared_ptr<const std::vector<TocEntry>> entries, TocStyle style);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  void DrawLate(page::Page* page, const std::vector<AnchorPosition>& anchors, float x, float top,
                float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }

 private:
  TableOfContentsBlock(std::shared_ptr<const TextSource> title,
                       std::shared_ptr<const std::vector<TocEntry>> entries, size_t begin,
                       size_t end, TocStyle style);

  float TitleHeight(float width) const;
  float EntryIndent(const TocEntry& entry) const;
  std::shared_ptr<const TextLines> EntryLines(const TocEntry& entry, float width) const;
  void DrawPageNumber(page::Page* page, const TocEntry& entry, const TextLines& lines, int target_page,
                      float x, float top, float width) const;

  static constexpr size_t kAllEntries = static_cast<size_t>(-1);

  size_t end() const { return end_ == kAllEntries ? entries_->size() : end_; }

  std::shared_ptr<const TextSource> title_;
  std::shared_ptr<const std::vector<TocEntry>> entries_;
  size_t begin_, end_;  // the entries this part of the table shows
  TocStyle style_;
};

}  // namespace coopkit::layout
