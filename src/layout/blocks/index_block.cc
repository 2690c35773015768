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
    : IndexBlock(std::move(title), std::move(entries), style, 0, kAllEntries,
                 std::make_shared<EntryBottoms>()) {}

IndexBlock::IndexBlock(std::shared_ptr<const TextSource> title,
                       std::shared_ptr<const std::vector<IndexEntry>> entries, IndexStyle style,
                       size_t begin, size_t end, std::shared_ptr<EntryBottoms> bottoms)
    : PageNumberedListBlock(std::move(title), style.spacing, begin, end, std::move(bottoms)),
      entries_(std::move(entries)),
      style_(style) {
  assert(style_.setter != nullptr);
}

TextLines IndexBlock::SetEntry(const IndexEntry& entry, const std::vector<AnchorPosition>* anchors,
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
  return TextLines(width, style_.setter->Set(spans, shape), style_.line_height,
                   style_.term.size * style_.line_height);
}

float IndexBlock::ReservedHeight(size_t i, float width) const {
  TextLines lines = SetEntry((*entries_)[i], nullptr, width);
  return lines.Height(0, lines.size());
}

BlockPtr IndexBlock::Part(std::shared_ptr<const TextSource> title, size_t begin, size_t end) const {
  return BlockPtr(new IndexBlock(std::move(title), entries_, style_, begin, end, bottoms()));
}

void IndexBlock::DrawEntry(page::Page* page, const std::vector<AnchorPosition>& anchors, size_t i,
                           float x, float top, float width) const {
  const DrawContext context{page, 0, nullptr};
  TextLines lines = SetEntry((*entries_)[i], &anchors, width);
  float line_top = top;
  for (size_t l = 0; l < lines.size(); ++l) {
    const Line& line = lines.line(l);
    float baseline = line_top + lines.BaselineOffset(l);
    DrawLine(context, line, x, baseline);
    for (const PositionedRun& run : line.runs) {
      if (run.style.link_anchor < 0) continue;
      const AnchorPosition& target = anchors[run.style.link_anchor];
      page::LinkArea link = RunLinkArea(line, run, x, baseline);
      link.target_page = target.page;
      link.target_y = target.y;
      page->links.push_back(std::move(link));
    }
    line_top += lines.Height(l, l + 1);
  }
}

}  // namespace coopkit::layout
