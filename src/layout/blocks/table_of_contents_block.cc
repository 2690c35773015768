#include "layout/blocks/table_of_contents_block.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>

namespace coopkit::layout {
namespace {

constexpr float kLeaderGap = 4;  // between text, leaders and number

}  // namespace

TableOfContentsBlock::TableOfContentsBlock(std::shared_ptr<const TextSource> title,
                                           std::shared_ptr<const std::vector<TocEntry>> entries,
                                           TocStyle style)
    : TableOfContentsBlock(std::move(title), std::move(entries), style, 0, kAllEntries,
                           std::make_shared<EntryBottoms>()) {}

TableOfContentsBlock::TableOfContentsBlock(std::shared_ptr<const TextSource> title,
                                           std::shared_ptr<const std::vector<TocEntry>> entries,
                                           TocStyle style, size_t begin, size_t end,
                                           std::shared_ptr<EntryBottoms> bottoms)
    : PageNumberedListBlock(std::move(title), style.spacing, begin, end, std::move(bottoms)),
      entries_(std::move(entries)),
      style_(style) {
  assert(style_.setter != nullptr && style_.number_metrics != nullptr);
}

float TableOfContentsBlock::EntryIndent(const TocEntry& entry) const {
  return static_cast<float>(entry.level - 1) * style_.level_indent;
}

std::shared_ptr<const TextLines> TableOfContentsBlock::EntryLines(const TocEntry& entry,
                                                                  float width) const {
  return entry.text->At(width - EntryIndent(entry) - style_.number_width);
}

float TableOfContentsBlock::ReservedHeight(size_t i, float width) const {
  std::shared_ptr<const TextLines> lines = EntryLines((*entries_)[i], width);
  return lines->Height(0, lines->size());
}

BlockPtr TableOfContentsBlock::Part(std::shared_ptr<const TextSource> title, size_t begin,
                                    size_t end) const {
  return BlockPtr(
      new TableOfContentsBlock(std::move(title), entries_, style_, begin, end, bottoms()));
}

void TableOfContentsBlock::DrawEntry(page::Page* page, const std::vector<AnchorPosition>& anchors,
                                     size_t i, float x, float top, float width) const {
  const TocEntry& entry = (*entries_)[i];
  std::shared_ptr<const TextLines> lines = EntryLines(entry, width);
  const float indent = EntryIndent(entry);
  lines->Draw({page, 0, nullptr}, 0, lines->size(), x + indent, top);
  const AnchorPosition& target = anchors[entry.anchor];
  if (target.page < 0) return;
  DrawPageNumber(page, entry, *lines, target.page, x, top, width);
  page->links.push_back({.x = x + indent,
                         .y = top,
                         .width = width - indent,
                         .height = lines->Height(0, lines->size()),
                         .target_page = target.page,
                         .target_y = target.y});
}

void TableOfContentsBlock::DrawPageNumber(page::Page* page, const TocEntry& entry,
                                          const TextLines& lines, int target_page, float x,
                                          float top, float width) const {
  size_t last = lines.size() - 1;
  float baseline = top + lines.Height(0, last) + lines.BaselineOffset(last);

  ParagraphShape shape;
  shape.width = style_.number_width;
  shape.alignment = Alignment::kRight;
  shape.hyphenate = false;
  std::vector<Line> number =
      style_.setter->Set({{std::to_string(target_page + 1), style_.number}}, shape);
  assert(!number.empty() && !number[0].runs.empty());
  float number_x = x + width - style_.number_width;
  DrawLine({page, 0, nullptr}, number[0], number_x, baseline);

  // Dots sit on a grid from the block's left edge, so they line up from one
  // entry to the next.
  float size = style_.number.size;
  float dot = style_.number_metrics->Advance('.') * size;
  float pitch = dot + style_.number_metrics->Advance(' ') * size;
  float text_end = x + EntryIndent(entry) + lines.line(last).width + kLeaderGap;
  float leaders_end = number_x + number[0].runs.front().x - kLeaderGap;
  float first = x + std::ceil((text_end - x) / pitch) * pitch;
  if (leaders_end - first < dot) return;
  int count = static_cast<int>(std::floor((leaders_end - first - dot) / pitch)) + 1;
  std::string leaders = ".";
  for (int i = 1; i < count; ++i) leaders += " .";
  page->runs.push_back({first, baseline, style_.number.font, size, style_.number.color, leaders});
}

}  // namespace coopkit::layout
