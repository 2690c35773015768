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
    : TableOfContentsBlock(std::move(title), std::move(entries), 0, kAllEntries, style) {}

TableOfContentsBlock::TableOfContentsBlock(std::shared_ptr<const TextSource> title,
                                           std::shared_ptr<const std::vector<TocEntry>> entries,
                                           size_t begin, size_t end, TocStyle style)
    : title_(std::move(title)),
      entries_(std::move(entries)),
      begin_(begin),
      end_(end),
      style_(style) {
  assert(style_.setter != nullptr && style_.number_metrics != nullptr);
}

float TableOfContentsBlock::TitleHeight(float width) const {
  if (!title_) return 0;
  std::shared_ptr<const TextLines> lines = title_->At(width);
  return lines->Height(0, lines->size()) + style_.title_gap;
}

float TableOfContentsBlock::EntryIndent(const TocEntry& entry) const {
  return static_cast<float>(entry.level - 1) * style_.level_indent;
}

std::shared_ptr<const TextLines> TableOfContentsBlock::EntryLines(const TocEntry& entry,
                                                                  float width) const {
  return entry.text->At(width - EntryIndent(entry) - style_.number_width);
}

float TableOfContentsBlock::Wrap(float width) const {
  float height = TitleHeight(width);
  for (size_t i = begin_; i < end(); ++i) {
    std::shared_ptr<const TextLines> lines = EntryLines((*entries_)[i], width);
    height += lines->Height(0, lines->size()) + (i > begin_ ? style_.entry_spacing : 0);
  }
  return height;
}

BlockSplit TableOfContentsBlock::Split(float width, float available) const {
  float used = TitleHeight(width);
  size_t fitting = 0;
  for (size_t i = begin_; i < end(); ++i, ++fitting) {
    std::shared_ptr<const TextLines> lines = EntryLines((*entries_)[i], width);
    float height = lines->Height(0, lines->size()) + (i > begin_ ? style_.entry_spacing : 0);
    if (used + height > available + kFitTolerance) break;
    used += height;
  }
  size_t count = end() - begin_;
  if (fitting == count) return {shared_from_this(), nullptr};
  size_t needed = title_ ? std::min<size_t>(2, count) : 1;
  if (fitting < needed) return {nullptr, shared_from_this()};
  size_t cut = begin_ + fitting;
  return {
      std::shared_ptr<const Block>(new TableOfContentsBlock(title_, entries_, begin_, cut, style_)),
      std::shared_ptr<const Block>(
          new TableOfContentsBlock(nullptr, entries_, cut, end(), style_))};
}

void TableOfContentsBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  context.references->late_drawings.push_back(
      {shared_from_this(), context.page_index, x, top, width});
}

void TableOfContentsBlock::DrawLate(page::Page* page, const std::vector<AnchorPosition>& anchors, float x,
                                    float top, float width) const {
  DrawContext context{page, 0, nullptr};
  float y = top;
  if (title_) {
    std::shared_ptr<const TextLines> lines = title_->At(width);
    lines->Draw(context, 0, lines->size(), x, y);
    y += TitleHeight(width);
  }
  for (size_t i = begin_; i < end(); ++i) {
    const TocEntry& entry = (*entries_)[i];
    if (i > begin_) y += style_.entry_spacing;
    std::shared_ptr<const TextLines> lines = EntryLines(entry, width);
    float indent = EntryIndent(entry);
    lines->Draw(context, 0, lines->size(), x + indent, y);
    const AnchorPosition& target = anchors[entry.anchor];
    if (target.page >= 0) {
      DrawPageNumber(page, entry, *lines, target.page, x, y, width);
      page::LinkArea link;
      link.x = x + indent;
      link.y = y;
      link.width = width - indent;
      link.height = lines->Height(0, lines->size());
      link.target_page = target.page;
      link.target_y = target.y;
      page->links.push_back(link);
    }
    y += lines->Height(0, lines->size());
  }
}

void TableOfContentsBlock::DrawPageNumber(page::Page* page, const TocEntry& entry, const TextLines& lines,
                                          int target_page, float x, float top, float width) const {
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
