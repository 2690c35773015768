#include "layout/inline/paragraph_setter.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <string_view>

#include "base/utf8.h"
#include "layout/inline/hyphenator.h"
#include "layout/inline/line_breaker.h"

namespace coopkit::layout {
namespace {

// Glue elasticity as fractions of a space, TeX's usual values.
constexpr float kSpaceStretch = 0.5f;
constexpr float kSpaceShrink = 1.0f / 3;
// A justified space grows to at most 1 + 0.5 × 3 = 2.5 spaces; a line that
// would need more stays short of the right margin rather than gape.
constexpr float kMaxStretchRatio = 3;
constexpr float kHyphenationPenalty = 50;
constexpr float kExplicitBreakPenalty = 50;  // after an existing hyphen or a slash
// Cutting a word too wide for the line: chosen over a space break only when
// that one would stretch spaces beyond their maximum anyway.
constexpr float kEmergencyPenalty = 9000;
// A URL is cut after one of these if that keeps at least half a line before the cut.
constexpr std::u32string_view kUrlCutAfter = U"/.-_?&=#";
constexpr float kUrlCutMinFill = 0.5f;
// Wider than any text: the line width at which no word needs cutting.
constexpr float kUnboundedWidth = 1e9f;

enum class BreakKind : uint8_t { kNone, kHyphenation, kAfterHyphen, kAfterSlash, kEmergency };

// What an item stands for: a box's text (bytes of one span), or for glue and
// penalties the span whose style they take.
struct Piece {
  int span = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct WordChar {
  char32_t cp;
  int span;
  uint32_t begin, end;   // bytes in the span's text
  uint32_t word_offset;  // byte in the word's text
  float width;
};

bool IsCombiningMark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }
bool IsNoBreakSpace(char32_t cp) { return cp == 0x00A0 || cp == 0x202F; }

// Turns the spans into items for the line breaker, a word at a time, with a
// Piece per item saying which text it stands for. Only U+0020 separates words:
// U+00A0 and U+202F stay characters inside their word, so they never break
// and keep their width (they do not stretch when justifying).
class ItemBuilder {
 public:
  ItemBuilder(const fonts::FontSet& fonts, const Hyphenator* hyphenator,
              const std::vector<StyledSpan>& spans, const ParagraphShape& shape)
      : fonts_(fonts),
        hyphenator_(shape.hyphenate ? hyphenator : nullptr),
        spans_(spans),
        justify_(shape.alignment == Alignment::kJustify),
        word_limit_(std::min(shape.width - shape.first_line_indent, shape.width)) {}

  void Build() {
    for (int span = 0; span < static_cast<int>(spans_.size()); ++span) {
      const std::string& text = spans_[span].text;
      for (size_t pos = 0; pos < text.size();) {
        const size_t begin = pos;
        const char32_t cp = DecodeUtf8(text, &pos);
        if (cp == U' ' || cp == U'\t') {
          AddSpace(span);
        } else if (cp == U'\n') {
          AddForcedBreak(span);
        } else if (cp != U'\r') {
          word_.push_back({cp, span, static_cast<uint32_t>(begin), static_cast<uint32_t>(pos), 0,
                           Measure(span, cp)});
        }
      }
    }
    AddForcedBreak(static_cast<int>(spans_.size()) - 1);
  }

  const std::vector<BreakItem>& items() const { return items_; }
  const std::vector<Piece>& pieces() const { return pieces_; }
  bool has_text() const { return has_text_; }

 private:
  float Measure(int span, char32_t cp) const {
    const TextStyle& style = spans_[span].style;
    return fonts_.Metrics(style.font).Advance(cp) * style.size;
  }

  void Add(BreakItem item, Piece piece) {
    items_.push_back(item);
    pieces_.push_back(piece);
  }

  void AddSpace(int span) {
    FlushWord();
    if (items_.empty() || items_.back().type != BreakItem::Type::kBox) return;
    const float space = Measure(span, U' ');
    Add(BreakItem::Glue(space, space * kSpaceStretch, justify_ ? space * kSpaceShrink : 0), {span});
  }

  void AddForcedBreak(int span) {
    FlushWord();
    while (!items_.empty() && items_.back().type == BreakItem::Type::kGlue) {
      items_.pop_back();
      pieces_.pop_back();
    }
    Add(BreakItem::Penalty(0, kForcedBreak, false), {span});
  }

  void FlushWord() {
    if (word_.empty()) return;
    has_text_ = true;
    word_text_.clear();
    for (WordChar& c : word_) {
      c.word_offset = static_cast<uint32_t>(word_text_.size());
      word_text_.append(spans_[c.span].text, c.begin, c.end - c.begin);
    }
    breaks_.assign(word_.size(), BreakKind::kNone);
    FindHyphenationBreaks();
    FindExplicitBreaks();
    AddEmergencyBreaks();
    EmitWord();
    word_.clear();
  }

  // Hyphenates each part of the word between no-break spaces (« mot »),
  // except in labels drawn on a background (badges), which stay whole.
  void FindHyphenationBreaks() {
    if (!hyphenator_) return;
    size_t part_start = 0;
    for (size_t k = 0; k <= word_.size(); ++k) {
      if (k < word_.size() && !IsNoBreakSpace(word_[k].cp)) continue;
      if (k > part_start && !spans_[word_[part_start].span].style.background) {
        const size_t offset = word_[part_start].word_offset;
        const size_t end = k < word_.size() ? word_[k].word_offset : word_text_.size();
        const std::string_view part = std::string_view(word_text_).substr(offset, end - offset);
        for (size_t point : hyphenator_->BreakPoints(part)) {
          auto at = std::ranges::lower_bound(word_, static_cast<uint32_t>(offset + point), {},
                                             &WordChar::word_offset);
          breaks_[at - word_.begin()] = BreakKind::kHyphenation;
        }
      }
      part_start = k + 1;
    }
  }

  // After a hyphen or a slash inside the word, but not within "//" or "--".
  void FindExplicitBreaks() {
    for (size_t k = 1; k + 1 < word_.size(); ++k) {
      const char32_t cp = word_[k].cp;
      if ((cp != U'-' && cp != U'/') || word_[k + 1].cp == cp) continue;
      breaks_[k + 1] = cp == U'-' ? BreakKind::kAfterHyphen : BreakKind::kAfterSlash;
    }
  }

  // Cuts the word wherever the text between two breaks would not fit on the
  // narrowest line (with room for a hyphen): never an overfull line.
  void AddEmergencyBreaks() {
    float hyphen = 0;
    for (const WordChar& c : word_) hyphen = std::max(hyphen, Measure(c.span, U'-'));
    const float limit = word_limit_ - hyphen;
    float width = 0;            // since the last break
    size_t segment_start = 0;   // the character after the last break
    size_t preferred = 0;       // a URL cut point since the last break, 0 if none
    float preferred_width = 0;  // width before `preferred`
    for (size_t k = 0; k < word_.size(); ++k) {
      if (breaks_[k] != BreakKind::kNone) {
        width = 0;
        segment_start = k;
        preferred = 0;
      }
      if (width > 0 && width + word_[k].width > limit) {
        size_t cut = preferred && preferred_width >= kUrlCutMinFill * limit ? preferred : k;
        while (cut > segment_start + 1 && IsCombiningMark(word_[cut].cp)) --cut;
        breaks_[cut] = BreakKind::kEmergency;
        segment_start = cut;
        preferred = 0;
        width = 0;
        for (size_t i = cut; i < k; ++i) width += word_[i].width;
      }
      width += word_[k].width;
      if (k + 1 < word_.size() && kUrlCutAfter.find(word_[k].cp) != std::u32string_view::npos) {
        preferred = k + 1;
        preferred_width = width;
      }
    }
  }

  void EmitWord() {
    size_t box_start = 0;
    float box_width = 0;
    for (size_t k = 0; k <= word_.size(); ++k) {
      const bool at_end = k == word_.size();
      const bool at_break = !at_end && breaks_[k] != BreakKind::kNone;
      if (k > box_start && (at_end || at_break || word_[k].span != word_[box_start].span)) {
        const WordChar& first = word_[box_start];
        Add(BreakItem::Box(box_width), {first.span, first.begin, word_[k - 1].end});
        box_start = k;
        box_width = 0;
      }
      if (at_end) break;
      if (at_break) {
        const int span = word_[k - 1].span;
        switch (breaks_[k]) {
          case BreakKind::kHyphenation:
            Add(BreakItem::Penalty(Measure(span, U'-'), kHyphenationPenalty, true), {span});
            break;
          case BreakKind::kAfterHyphen:
            Add(BreakItem::Penalty(0, kExplicitBreakPenalty, true), {span});
            break;
          case BreakKind::kAfterSlash:
            Add(BreakItem::Penalty(0, kExplicitBreakPenalty, false), {span});
            break;
          case BreakKind::kEmergency:
            Add(BreakItem::Penalty(0, kEmergencyPenalty, false), {span});
            break;
          case BreakKind::kNone:
            break;
        }
      }
      box_width += word_[k].width;
    }
  }

  const fonts::FontSet& fonts_;
  const Hyphenator* hyphenator_;
  const std::vector<StyledSpan>& spans_;
  const bool justify_;
  const float word_limit_;
  std::vector<BreakItem> items_;
  std::vector<Piece> pieces_;
  bool has_text_ = false;
  // The word being collected, reused from word to word.
  std::vector<WordChar> word_;
  std::string word_text_;
  std::vector<BreakKind> breaks_;  // breaks_[k]: the word may break before word_[k]
};

// Positions the runs of one line, items [first, end) ended by the break at `end`.
class LineAssembler {
 public:
  LineAssembler(const fonts::FontSet& fonts, const std::vector<StyledSpan>& spans,
                const ItemBuilder& builder, const ParagraphShape& shape)
      : fonts_(fonts),
        spans_(spans),
        items_(builder.items()),
        pieces_(builder.pieces()),
        shape_(shape) {}

  Line Assemble(size_t first, size_t end, size_t line_index) const {
    const BreakItem& ending = items_[end];
    while (first < end && items_[first].type != BreakItem::Type::kBox) ++first;
    size_t last = end;  // one past the line's last box
    while (last > first && items_[last - 1].type != BreakItem::Type::kBox) --last;

    LineMeasure measure;
    for (size_t i = first; i < last; ++i) {
      if (items_[i].type != BreakItem::Type::kPenalty) measure.Add(items_[i]);
    }
    const float hyphen = ending.type == BreakItem::Type::kPenalty ? ending.width : 0;
    const float natural = measure.natural + hyphen;
    const float available =
        line_index == 0 ? shape_.width - shape_.first_line_indent : shape_.width;
    float x = line_index == 0 ? shape_.first_line_indent : 0;

    // How much each glue grows (ratio > 0) or shrinks (< 0), in units of its elasticity.
    float ratio = 0;
    bool flush_right = false;
    const bool ends_at_forced_break = ending.penalty <= kForcedBreak;
    if (shape_.alignment == Alignment::kJustify && !ends_at_forced_break) {
      const float gap = available - natural;
      if (gap >= 0 && measure.stretch > 0) {
        ratio = std::min(gap / measure.stretch, kMaxStretchRatio);
        flush_right = ratio < kMaxStretchRatio;
      } else if (gap < 0 && measure.shrink > 0) {
        ratio = std::max(gap / measure.shrink, -1.0f);
        flush_right = true;
      }
    } else if (shape_.alignment == Alignment::kCenter) {
      x += std::max(0.0f, (available - natural) / 2);
    } else if (shape_.alignment == Alignment::kRight) {
      x += std::max(0.0f, available - natural);
    }
    const bool stretched = ratio != 0;

    Line line;
    line.width = natural;
    bool after_glue = false;
    const Piece* glue_piece = nullptr;
    float glue_width = 0;
    for (size_t i = first; i < last; ++i) {
      const BreakItem& item = items_[i];
      const Piece& piece = pieces_[i];
      if (item.type == BreakItem::Type::kGlue) {
        glue_width = item.width + ratio * (ratio > 0 ? item.stretch : item.shrink);
        glue_piece = &piece;
        after_glue = true;
        x += glue_width;
        continue;
      }
      if (item.type != BreakItem::Type::kBox) continue;
      const TextStyle& style = spans_[piece.span].style;
      const std::string_view text =
          std::string_view(spans_[piece.span].text).substr(piece.begin, piece.end - piece.begin);
      const bool extend = !line.runs.empty() && line.runs.back().style == style &&
                          (!after_glue || (!stretched && spans_[glue_piece->span].style == style));
      if (extend) {
        PositionedRun& run = line.runs.back();
        if (after_glue) run.text += ' ';
        run.text += text;
        run.width += (after_glue ? glue_width : 0) + item.width;
      } else {
        line.runs.push_back({x, item.width, std::string(text), style});
      }
      x += item.width;
      after_glue = false;
    }
    if (hyphen > 0 && !line.runs.empty()) {
      line.runs.back().text += '-';
      line.runs.back().width += hyphen;
    }
    if (flush_right && !line.runs.empty()) {
      // Exactly at the margin, whatever the rounding of the glue widths.
      PositionedRun& run = line.runs.back();
      run.x = (line_index == 0 ? shape_.first_line_indent : 0) + available - run.width;
    }
    SetHeight(&line, spans_[pieces_[end].span].style);
    return line;
  }

 private:
  void SetHeight(Line* line, const TextStyle& empty_line_style) const {
    auto extend = [&](const TextStyle& style) {
      const fonts::FontMetrics& metrics = fonts_.Metrics(style.font);
      line->ascent = std::max(line->ascent, metrics.Ascender() * style.size);
      line->descent = std::max(line->descent, -metrics.Descender() * style.size);
    };
    if (line->runs.empty()) extend(empty_line_style);
    for (const PositionedRun& run : line->runs) extend(run.style);
  }

  const fonts::FontSet& fonts_;
  const std::vector<StyledSpan>& spans_;
  const std::vector<BreakItem>& items_;
  const std::vector<Piece>& pieces_;
  const ParagraphShape& shape_;
};

}  // namespace

ParagraphSetter::ParagraphSetter(const fonts::FontSet* fonts, const Hyphenator* hyphenator,
                                 const LineBreaker* breaker)
    : fonts_(fonts), hyphenator_(hyphenator), breaker_(breaker) {
  assert(fonts_ && breaker_);
}

std::vector<Line> ParagraphSetter::Set(const std::vector<StyledSpan>& spans,
                                       const ParagraphShape& shape) const {
  if (spans.empty()) return {};
  // Collect words and spaces into boxes, glue and penalties.
  ItemBuilder builder(*fonts_, hyphenator_, spans, shape);
  builder.Build();
  if (!builder.has_text()) return {};
  // Choose the breaks.
  const std::vector<size_t> breaks =
      breaker_->Break(builder.items(), {shape.width - shape.first_line_indent, shape.width});
  // Position the runs of each line.
  LineAssembler assembler(*fonts_, spans, builder, shape);
  std::vector<Line> lines;
  lines.reserve(breaks.size());
  size_t first = 0;
  for (size_t end : breaks) {
    lines.push_back(assembler.Assemble(first, end, lines.size()));
    first = end + 1;
  }
  lines.back().ends_paragraph = true;
  return lines;
}

ContentWidths ParagraphSetter::Widths(const std::vector<StyledSpan>& spans,
                                      const ParagraphShape& shape) const {
  ContentWidths widths;
  if (spans.empty()) return widths;
  ParagraphShape unbounded = shape;
  unbounded.width = kUnboundedWidth;  // no word is cut
  ItemBuilder builder(*fonts_, hyphenator_, spans, unbounded);
  builder.Build();
  float piece = 0;                       // boxes since the last legal break
  float line = shape.first_line_indent;  // everything since the last forced break
  bool after_box = false;
  for (const BreakItem& item : builder.items()) {
    switch (item.type) {
      case BreakItem::Type::kBox:
        piece += item.width;
        line += item.width;
        break;
      case BreakItem::Type::kGlue:
        if (after_box) {
          widths.min = std::max(widths.min, piece);
          piece = 0;
        }
        line += item.width;
        break;
      case BreakItem::Type::kPenalty:
        if (item.penalty <= kForcedBreak) {
          widths.min = std::max(widths.min, piece);
          widths.max = std::max(widths.max, line);
          piece = 0;
          line = 0;
        } else if (item.penalty < kForbiddenBreak) {
          widths.min = std::max(widths.min, piece + item.width);
          piece = 0;
        }
        break;
    }
    after_box = item.type == BreakItem::Type::kBox;
  }
  return widths;
}

}  // namespace coopkit::layout
