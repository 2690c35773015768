// The common part of the table of contents and the index: a title, then
// entries whose page numbers are known only once every page is laid out.
//
// The height of the entries is reserved while paginating (each kind of list
// measures its entries so that their real numbers fit), and the whole list is
// drawn in the late pass. It splits between entries and keeps its title with
// the first two. Entry heights are kept as running sums shared by every part
// of a split list, so measuring and splitting a long list costs the size of a
// page, not of the whole list.
#pragma once

#include <memory>
#include <vector>

#include "layout/block.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

class PageNumberedListBlock : public Block {
 public:
  struct Spacing {
    float entry_spacing = 0;  // between entries
    float title_gap = 0;      // under the title
    float space_around = 0;
  };

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  /// Only reserves the place: the list is drawn by DrawLate().
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  void DrawLate(page::Page* page, const std::vector<AnchorPosition>& anchors, float x, float top,
                float width) const override;
  float SpaceBefore() const override { return spacing_.space_around; }
  float SpaceAfter() const override { return spacing_.space_around; }

 protected:
  /// Where each entry ends, from the top of entry 0, at one width; shared by
  /// the parts of a split list.
  struct EntryBottoms {
    float width = -1;
    std::vector<float> bottoms;
  };
  /// The part of the list from entry `begin` to `end` (kAllEntries: to the
  /// last, as many as there are when first measured). `title` may be null.
  PageNumberedListBlock(std::shared_ptr<const TextSource> title, Spacing spacing, size_t begin,
                        size_t end, std::shared_ptr<EntryBottoms> bottoms);
  static constexpr size_t kAllEntries = static_cast<size_t>(-1);

  virtual size_t EntryCount() const = 0;
  /// The height reserved for entry `i` at `width`, before page numbers are known.
  virtual float ReservedHeight(size_t i, float width) const = 0;
  /// Draws entry `i` with its page numbers, its top at `top`.
  virtual void DrawEntry(page::Page* page, const std::vector<AnchorPosition>& anchors, size_t i,
                         float x, float top, float width) const = 0;
  /// The same list with entries `begin` to `end` only, and `title`.
  virtual BlockPtr Part(std::shared_ptr<const TextSource> title, size_t begin,
                        size_t end) const = 0;

  const std::shared_ptr<const TextSource>& title() const { return title_; }
  const std::shared_ptr<EntryBottoms>& bottoms() const { return bottoms_; }

 private:
  size_t end() const { return end_ == kAllEntries ? EntryCount() : end_; }
  float TitleHeight(float width) const;
  const std::vector<float>& BottomsAt(float width) const;
  float EntryTop(const std::vector<float>& bottoms, size_t i) const;

  std::shared_ptr<const TextSource> title_;
  Spacing spacing_;
  size_t begin_, end_;  // the entries this part of the list shows
  std::shared_ptr<EntryBottoms> bottoms_;
};

}  // namespace coopkit::layout
