#include "layout/blocks/index_block.h"

#include <algorithm>
#include <cassert>
#include <map>

namespace coopkit::layout {
namespace {

constexpr char kPlaceholderNumber[] = "0000";
constexpr char kSeparator[] = ", ";

}  // namespace

IndexBlock::IndexBlock(std::shared_ptr<const TextSource> title,
                       std::shared_ptr<const std::vector<IndexEntry>> entries, IndexStyle style)
    : IndexBlock(std::move(title), std::move(entries), std::make_shared<Reserved>(), 0, kAllEntries,
                 style) {}

IndexBlock::IndexBlock(std::shared_ptr<const TextSource> title,
                       std::shared_ptr<const std::vector<IndexEntry>> entries,
                       std::shared_ptr<Reserved> reserved, size_t begin, size_t end,
                       IndexStyle style)
    : title_(std::move(title)),
      entries_(std::move(entries)),
      reserved_(std::move(reserved)),
      begin_(begin),
      end_(end),
      style_(style) {
  assert(style_.setter != nullptr);
}

float IndexBlock::TitleHeight(float width) const {
  if (!title_) return 0;
  std::shared_ptr<const TextLines> lines = title_->At(width);
  return lines->Height(0, lines->size()) + style_.title_gap;
}

std::vector<Line> IndexBlock::SetEntry(const IndexEntry& entry,
                                       const std::vector<AnchorPosition>* anchors,
                                       float width) const {
  std::vector<StyledSpan> spans = {{entry.term, style_.term}};
  if (!anchors) {
    for (size_t i = 0; i < entry.anchors.size(); ++i) {
      spans.push_back({kSeparator, style_.term});
      spans.push_back({kPlaceholderNumber, style_.number});
    }
  } else {
    // One number per page, in page order, linking to the term's first place there.
    std::map<int, int> first_anchor_on_page;
    for (int anchor : entry.anchors) {
      int page = (*anchors)[anchor].page;
      if (page >= 0) first_anchor_on_page.emplace(page, anchor);
    }
    for (const auto& [page, anchor] : first_anchor_on_page) {
      TextStyle number = style_.number;
      number.link_anchor = anchor;
      spans.push_back({kSeparator, style_.term});
      spans.push_back({std::to_string(page + 1), number});
    }
  }
  ParagraphShape shape;
  shape.width = width;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  return style_.setter->Set(spans, shape);
}

const std::vector<float>& IndexBlock::BottomsAt(float width) const {
  Reserved& reserved = *reserved_;
  if (reserved.width == width && reserved.bottoms.size() == entries_->size())
    return reserved.bottoms;
  reserved.width = width;
  reserved.bottoms.clear();
  reserved.bottoms.reserve(entries_->size());
  float bottom = 0;
  for (const IndexEntry& entry : *entries_) {
    if (!reserved.bottoms.empty()) bottom += style_.entry_spacing;
    TextLines lines(width, SetEntry(entry, nullptr, width), style_.line_height,
                    style_.term.size * style_.line_height);
    bottom += lines.Height(0, lines.size());
    reserved.bottoms.push_back(bottom);
  }
  return reserved.bottoms;
}

float IndexBlock::EntryTop(const std::vector<float>& bottoms, size_t i) const {
  return i == 0 ? 0 : bottoms[i - 1] + style_.entry_spacing;
}

float IndexBlock::Wrap(float width) const {
  if (begin_ == end()) return TitleHeight(width);
  const std::vector<float>& bottoms = BottomsAt(width);
  return TitleHeight(width) + bottoms[end() - 1] - EntryTop(bottoms, begin_);
}

BlockSplit IndexBlock::Split(float width, float available) const {
  if (Wrap(width) <= available + kFitTolerance) return {shared_from_this(), nullptr};
  const std::vector<float>& bottoms = BottomsAt(width);
  float limit = EntryTop(bottoms, begin_) + available - TitleHeight(width) + kFitTolerance;
  size_t cut = static_cast<size_t>(
      std::upper_bound(bottoms.begin() + begin_, bottoms.begin() + end(), limit) - bottoms.begin());
  size_t needed = title_ ? std::min<size_t>(2, end() - begin_) : 1;
  if (cut - begin_ < needed) return {nullptr, shared_from_this()};
  return {std::shared_ptr<const Block>(
              new IndexBlock(title_, entries_, reserved_, begin_, cut, style_)),
          std::shared_ptr<const Block>(
              new IndexBlock(nullptr, entries_, reserved_, cut, end(), style_))};
}

void IndexBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  context.references->late_drawings.push_back(
      {shared_from_this(), context.page_index, x, top, width});
}

void IndexBlock::DrawLate(page::Page* page, const std::vector<AnchorPosition>& anchors, float x,
                          float top, float width) const {
  DrawContext context{page, 0, nullptr};
  if (title_) {
    std::shared_ptr<const TextLines> lines = title_->At(width);
    lines->Draw(context, 0, lines->size(), x, top);
  }
  const std::vector<float>& bottoms = BottomsAt(width);
  const float origin = top + TitleHeight(width) - EntryTop(bottoms, begin_);
  for (size_t i = begin_; i < end(); ++i) {
    TextLines lines(width, SetEntry((*entries_)[i], &anchors, width), style_.line_height,
                    style_.term.size * style_.line_height);
    float line_top = origin + EntryTop(bottoms, i);
    for (size_t l = 0; l < lines.size(); ++l) {
      const Line& line = lines.line(l);
      float baseline = line_top + lines.BaselineOffset(l);
      DrawLine(context, line, x, baseline);
      for (const PositionedRun& run : line.runs) {
        if (run.style.link_anchor < 0) continue;
        const AnchorPosition& target = anchors[run.style.link_anchor];
        page::LinkArea link;
        link.x = x + run.x;
        link.y = baseline - line.ascent;
        link.width = run.width;
        link.height = line.ascent + line.descent;
        link.target_page = target.page;
        link.target_y = target.y;
        page->links.push_back(link);
      }
      line_top += lines.Height(l, l + 1);
    }
  }
}

}  // namespace coopkit::layout
