#include "layout/blocks/code_block.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "base/utf8.h"

namespace coopkit::layout {
namespace {

constexpr int kTabWidth = 4;

/// Cuts each line of `code` into pieces at most `width` points wide.
std::vector<std::string> CutLines(const std::string& code, const CodeStyle& style, float width) {
  std::vector<std::string> out;
  std::string current;
  float current_width = 0;
  auto append = [&](char32_t cp) {
    float advance = style.metrics->Advance(cp) * style.text.size;
    if (current_width + advance > width && !current.empty()) {
      out.push_back(std::move(current));
      current.clear();
      current_width = 0;
    }
    AppendUtf8(&current, cp);
    current_width += advance;
  };
  size_t pos = 0;
  std::string_view text = code;
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  while (pos < text.size()) {
    char32_t cp = DecodeUtf8(text, &pos);
    if (cp == '\n') {
      out.push_back(std::move(current));
      current.clear();
      current_width = 0;
    } else if (cp == '\t') {
      for (int i = 0; i < kTabWidth; ++i) append(' ');
    } else {
      append(cp);
    }
  }
  out.push_back(std::move(current));
  return out;
}

}  // namespace

CodeBlock::CodeBlock(std::string code, CodeStyle style) : code_(std::move(code)), style_(style) {
  assert(style_.metrics != nullptr);
}

CodeBlock::CodeBlock(Piece piece, CodeStyle style) : style_(style), piece_(std::move(piece)) {}

CodeBlock::Piece CodeBlock::LinesAt(float width) const {
  if (piece_.lines) {
    assert(piece_.lines->width == width && "a split code block is drawn at its split width");
    return piece_;
  }
  if (!cached_ || cached_->width != width) {
    auto lines = std::make_shared<VisualLines>();
    lines->width = width;
    lines->lines = CutLines(code_, style_, width - 2 * style_.padding);
    cached_ = std::move(lines);
  }
  return {cached_, 0, cached_->lines.size()};
}

float CodeBlock::Wrap(float width) const {
  Piece piece = LinesAt(width);
  return 2 * style_.padding + static_cast<float>(piece.end - piece.begin) * Leading();
}

BlockSplit CodeBlock::Split(float width, float available) const {
  Piece piece = LinesAt(width);
  size_t count = piece.end - piece.begin;
  float room = available - 2 * style_.padding + kFitTolerance;
  size_t fitting = room > 0 ? static_cast<size_t>(std::floor(room / Leading())) : 0;
  if (fitting >= count) return {shared_from_this(), nullptr};
  size_t head_count = std::min(fitting, count - std::min(count, kMinLinesAtBreak));
  if (head_count < kMinLinesAtBreak) return {nullptr, shared_from_this()};
  size_t cut = piece.begin + head_count;
  return {std::shared_ptr<const Block>(new CodeBlock(Piece{piece.lines, piece.begin, cut}, style_)),
          std::shared_ptr<const Block>(new CodeBlock(Piece{piece.lines, cut, piece.end}, style_))};
}

void CodeBlock::Draw(const DrawContext& context, float x, float top, float width) const {
  Piece piece = LinesAt(width);
  context.page->rects.push_back({x, top, width, Wrap(width), style_.background});
  float ascent = style_.metrics->Ascender() * style_.text.size;
  float descent = -style_.metrics->Descender() * style_.text.size;
  float baseline = top + style_.padding + (Leading() - ascent - descent) / 2 + ascent;
  for (size_t i = piece.begin; i < piece.end; ++i, baseline += Leading()) {
    const std::string& text = piece.lines->lines[i];
    if (text.find_first_not_of(' ') == std::string::npos) continue;
    context.page->runs.push_back({x + style_.padding, baseline, style_.text.font, style_.text.size,
                                  style_.text.color, text});
  }
}

}  // namespace coopkit::layout
