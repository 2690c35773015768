#include "layout/blocks/page_numbered_list_block.h"

#include <algorithm>

namespace coopkit::layout {

PageNumberedListBlock::PageNumberedListBlock(std::shared_ptr<const TextSource> title,
                                             Spacing spacing, size_t begin, size_t end,
                                             std::shared_ptr<EntryBottoms> bottoms)
    : title_(std::move(title)),
      spacing_(spacing),
      begin_(begin),
      end_(end),
      bottoms_(std::move(bottoms)) {}

float PageNumberedListBlock::TitleHeight(float width) const {
  if (!title_) return 0;
  std::shared_ptr<const TextLines> lines = title_->At(width);
  return lines->Height(0, lines->size()) + spacing_.title_gap;
}

const std::vector<float>& PageNumberedListBlock::BottomsAt(float width) const {
  EntryBottoms& cache = *bottoms_;
  const size_t count = EntryCount();
  if (cache.width == width && cache.bottoms.size() == count) return cache.bottoms;
  cache.width = width;
  cache.bottoms.clear();
  cache.bottoms.reserve(count);
  float bottom = 0;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) bottom += spacing_.entry_spacing;
    bottom += ReservedHeight(i, width);
    cache.bottoms.push_back(bottom);
  }
  return cache.bottoms;
}

float PageNumberedListBlock::EntryTop(const std::vector<float>& bottoms, size_t i) const {
  return i == 0 ? 0 : bottoms[i - 1] + spacing_.entry_spacing;
}

float PageNumberedListBlock::Wrap(float width) const {
  if (begin_ == end()) return TitleHeight(width);
  const std::vector<float>& bottoms = BottomsAt(width);
  return TitleHeight(width) + bottoms[end() - 1] - EntryTop(bottoms, begin_);
}

BlockSplit PageNumberedListBlock::Split(float width, float available) const {
  if (Wrap(width) <= available + kFitTolerance) return {shared_from_this(), nullptr};
  const std::vector<float>& bottoms = BottomsAt(width);
  float limit = EntryTop(bottoms, begin_) + available - TitleHeight(width) + kFitTolerance;
  size_t cut = static_cast<size_t>(
      std::upper_bound(bottoms.begin() + begin_, bottoms.begin() + end(), limit) - bottoms.begin());
  size_t needed = title_ ? std::min<size_t>(2, end() - begin_) : 1;
  if (cut - begin_ < needed) return {nullptr, shared_from_this()};
  return {Part(title_, begin_, cut), Part(nullptr, cut, end())};
}

void PageNumberedListBlock::Draw(const DrawContext& context, float x, float top,
                                 float width) const {
  context.references->late_drawings.push_back(
      {shared_from_this(), context.page_index, x, top, width});
}

void PageNumberedListBlock::DrawLate(page::Page* page, const std::vector<AnchorPosition>& anchors,
                                     float x, float top, float width) const {
  if (title_) {
    std::shared_ptr<const TextLines> lines = title_->At(width);
    lines->Draw({page, 0, nullptr}, 0, lines->size(), x, top);
  }
  if (begin_ == end()) return;
  const std::vector<float>& bottoms = BottomsAt(width);
  const float origin = top + TitleHeight(width) - EntryTop(bottoms, begin_);
  for (size_t i = begin_; i < end(); ++i)
    DrawEntry(page, anchors, i, x, origin + EntryTop(bottoms, i), width);
}

}  // namespace coopkit::layout
