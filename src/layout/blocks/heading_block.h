// A section title (levels 1 to 3). It never ends a page: the stack it sits in
// moves it on with the block that follows. Drawing it records its anchor
// (for the table of contents) and its outline entry (for PDF bookmarks).
#pragma once

#include <memory>
#include <string>

#include "layout/block.h"
#include "layout/inline/text_lines.h"

namespace coopkit::layout {

struct HeadingSpacing {
  float before = 0;
  float after = 0;
};

class HeadingBlock : public Block {
 public:
  /// `anchor` indexes CrossReferences::anchors; `title` is the plain text
  /// for the outline.
  HeadingBlock(std::shared_ptr<const TextSource> text, int level, int anchor, std::string title,
               HeadingSpacing spacing);

  float Wrap(float width) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return spacing_.before; }
  float SpaceAfter() const override { return spacing_.after; }
  bool KeepWithNext() const override { return true; }

 private:
  std::shared_ptr<const TextSource> text_;
  int level_;
  int anchor_;
  std::string title_;
  HeadingSpacing spacing_;
};

}  // namespace coopkit::layout
