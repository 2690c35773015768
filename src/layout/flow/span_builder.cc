#include "layout/flow/span_builder.h"

#include <algorithm>

#include "base/utf8.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

constexpr char32_t kRaisedComma = U'\u2E34';  // between two note calls

// `text` with its spaces made no-break, so that it stays on one line.
std::string NoBreakSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ' ') {
      out += "\u00A0";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

SpanBuilder::SpanBuilder(const Theme* theme, const fonts::FontSet* fonts,
                         const IndexTerms* index_terms, MissingGlyphReport* missing_glyphs)
    : theme_(*theme),
      fonts_(*fonts),
      index_terms_(*index_terms),
      missing_glyphs_(*missing_glyphs) {}

std::string SpanBuilder::NoteCall(const Node& call) const {
  static constexpr char32_t kSuperscriptDigits[] = {U'\u2070', U'\u00B9', U'\u00B2', U'\u00B3',
                                                    U'\u2074', U'\u2075', U'\u2076', U'\u2077',
                                                    U'\u2078', U'\u2079'};
  const std::string number = call.Attribute("number", "?");
  const fonts::FontMetrics& metrics =
      fonts_.Metrics(fonts_.Face({fonts::FontRole::kBody, false, false}));
  std::string superscript;
  for (char digit : number) {
    if (digit < '0' || digit > '9' || !metrics.HasGlyph(kSuperscriptDigits[digit - '0']))
      return "[" + number + "]";
    AppendUtf8(&superscript, kSuperscriptDigits[digit - '0']);
  }
  return superscript;
}

std::vector<StyledSpan> SpanBuilder::Spans(const Node& node, const InlineState& state) const {
  std::vector<StyledSpan> spans;
  if (doc::IsBlock(node.kind)) {
    AppendChildSpans(node, state, &spans);
  } else {
    AppendSpans(node, state, &spans);
  }
  bool has_text = std::any_of(spans.begin(), spans.end(), [](const StyledSpan& span) {
    return span.text.find_first_not_of(" \n") != std::string::npos;
  });
  if (!has_text) spans.clear();
  missing_glyphs_.Check(spans, Where(node));
  return spans;
}

void SpanBuilder::AppendSpans(const Node& node, InlineState state,
                              std::vector<StyledSpan>* out) const {
  auto append = [&](const std::string& text, const InlineState& with) {
    TextStyle style = Style(with);
    if (!out->empty() && out->back().text.empty()) {
      // An invisible index marker waiting for text: the text takes its place.
      style.anchor = out->back().style.anchor;
      out->back() = {text, style};
    } else if (!out->empty() && out->back().style == style) {
      out->back().text += text;
    } else {
      out->push_back({text, style});
    }
  };
  switch (node.kind) {
    case NodeKind::kText:
      // A badge never breaks across lines.
      append(state.badge ? NoBreakSpaces(node.text) : node.text, state);
      return;
    case NodeKind::kCode: {
      InlineState mono = state;
      mono.role = fonts::FontRole::kMono;
      mono.size = state.size * theme_.code_size / theme_.body_size;
      append(node.text, mono);
      return;
    }
    case NodeKind::kSoftBreak:
      append(" ", state);
      return;
    case NodeKind::kLineBreak:
      append("\n", state);
      return;
    case NodeKind::kNoteReference:
      append(NoteCall(node), state);
      return;
    case NodeKind::kEmphasis:
      state.italic = true;
      break;
    case NodeKind::kStrong:
      state.bold = true;
      break;
    case NodeKind::kLink:
      state.link = node.url;
      state.color = theme_.link;
      break;
    case NodeKind::kBadge:
      state.badge = true;
      break;
    case NodeKind::kIndexTerm: {
      int place = index_terms_.PlaceOf(node);
      if (!node.children.empty()) {
        state.anchor = place;
        break;
      }
      // An invisible marker: the place is the text before it, or else the
      // text after it.
      if (!out->empty() && out->back().style.anchor < 0) {
        out->back().style.anchor = place;
      } else if (out->empty() || out->back().style.anchor != place) {
        TextStyle waiting = Style(state);
        waiting.anchor = place;
        out->push_back({"", waiting});
      }
      return;
    }
    case NodeKind::kDocument:
    case NodeKind::kParagraph:
    case NodeKind::kHeading:
    case NodeKind::kBulletList:
    case NodeKind::kOrderedList:
    case NodeKind::kListItem:
    case NodeKind::kBlockQuote:
    case NodeKind::kCodeBlock:
    case NodeKind::kThematicBreak:
    case NodeKind::kPageBreak:
    case NodeKind::kTableOfContents:
    case NodeKind::kCallout:
    case NodeKind::kColumns:
    case NodeKind::kCover:
    case NodeKind::kTable:
    case NodeKind::kTableRow:
    case NodeKind::kTableCell:
    case NodeKind::kNotes:
    case NodeKind::kIndex:
    case NodeKind::kKeepTogether:
    case NodeKind::kQrCode:
    case NodeKind::kChart:
    case NodeKind::kImage:
      break;  // a block's text: its inlines
  }
  AppendChildSpans(node, state, out);
}

void SpanBuilder::AppendChildSpans(const Node& parent, const InlineState& state,
                                   std::vector<StyledSpan>* out) const {
  const Node* previous = nullptr;
  for (const auto& child : parent.children) {
    // Two calls in a row: ¹⸴² rather than ¹², which reads as twelve.
    if (child->kind == NodeKind::kNoteReference && previous &&
        previous->kind == NodeKind::kNoteReference) {
      Node separator(NodeKind::kText);
      separator.text = fonts_.Metrics(Style(state).font).HasGlyph(kRaisedComma) ? "\u2E34" : ",";
      AppendSpans(separator, state, out);
    }
    AppendSpans(*child, state, out);
    previous = child.get();
  }
}

TextStyle SpanBuilder::Style(const InlineState& state) const {
  TextStyle style;
  style.font = fonts_.Face({state.role, state.bold, state.italic});
  style.size = state.size;
  style.color = state.color;
  style.link = state.link;
  style.anchor = state.anchor;
  if (state.badge) {
    style.font = fonts_.Face({fonts::FontRole::kHeading, true, false});
    style.size = state.size * theme_.badge_scale;
    style.color = theme_.badge_text;
    style.background = theme_.badge_background;
  }
  return style;
}

}  // namespace coopkit::layout
