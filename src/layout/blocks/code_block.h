// Preformatted code: monospaced, never justified or hyphenated, on a tinted
// background. Spaces are kept; a line too long for the width is cut and
// continues on the next line. Splits between lines like a paragraph.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fonts/font_metrics.h"
#include "layout/block.h"
#include "layout/inline/text_style.h"

namespace coopkit::layout {

struct CodeStyle {
  TextStyle text;                               // the mono face
  const fonts::FontMetrics* metrics = nullptr;  // of text.font
  float line_height = 1.3f;                     // times text.size
  page::Color background;
  float padding = 0;
  float space_around = 0;
};

class CodeBlock : public Block {
 public:
  CodeBlock(std::string code, CodeStyle style);

  float Wrap(float width) const override;
  BlockSplit Split(float width, float available) const override;
  void Draw(const DrawContext& context, float x, float top, float width) const override;
  float SpaceBefore() const override { return style_.space_around; }
  float SpaceAfter() const override { return style_.space_around; }

 private:
  struct VisualLines {
    float width = 0;
    std::vector<std::string> lines;
  };
  struct Piece {
    std::shared_ptr<const VisualLines> lines;
    size_t begin = 0, end = 0;
  };

  CodeBlock(Piece piece, CodeStyle style);

  Piece LinesAt(float width) const;
  float Leading() const { return style_.text.size * style_.line_height; }

  std::string code_;  // empty for a part of a split block
  CodeStyle style_;
  Piece piece_;
  mutable std::shared_ptr<const VisualLines> cached_;
};

}  // namespace coopkit::layout
