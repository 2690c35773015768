#include "layout/block_builder.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <string>

#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "layout/block_stack.h"
#include "layout/code_block.h"
#include "layout/columns_block.h"
#include "layout/cover_block.h"
#include "layout/framed_block.h"
#include "layout/heading_block.h"
#include "layout/list_item_block.h"
#include "layout/page_break_block.h"
#include "layout/paragraph_block.h"
#include "layout/rule_block.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

constexpr float kHeadingLineHeight = 1.2f;
constexpr float kCoverTitleLineHeight = 1.15f;
constexpr float kCodeLineHeight = 1.3f;
constexpr float kListItemSpacing = 0.5f;   // of the paragraph spacing
constexpr float kMarkerGap = 0.4f;         // of the list indent, between marker and text
constexpr float kMarkerSetWidth = 1000;    // wide enough for any marker on one line
constexpr float kQuoteRuleWidth = 1.5f;
constexpr float kCalloutRuleWidth = 3;
constexpr float kTocNumberWidth = 2.5f;    // in body sizes
constexpr float kTocEntrySpacing = 2;
constexpr int kMaxColumns = 4;
constexpr float kColumnGap = 1.5f;         // of the list indent
constexpr char kDefaultTocTitle[] = "Sommaire";

// Bullets by nesting depth, each with a fallback for faces that lack it.
constexpr char32_t kBullets[] = {U'\u2022', U'\u2013', U'\u2023'};

const std::vector<std::string> kCalloutKinds = {"note", "tip", "warning"};
const std::vector<std::string> kCoverAttributes = {"title",  "subtitle", "organisation",
                                                   "author", "date",     "place"};

}  // namespace

BlockBuilder::BlockBuilder(const Theme* theme, const FontSet* fonts,
                           const ParagraphSetter* setter, DiagnosticList* diagnostics)
    : theme_(*theme), fonts_(*fonts), setter_(setter), diagnostics_(diagnostics) {}

std::vector<BlockPtr> BlockBuilder::Build(const Node& root) {
  Surroundings around;
  around.text.size = theme_.body_size;
  around.text.color = theme_.text;
  around.paragraph_spacing = theme_.paragraph_spacing;
  around.top_level = true;
  std::vector<BlockPtr> blocks = BuildChildren(root, around);
  FillTablesOfContents();
  return blocks;
}

std::vector<BlockPtr> BlockBuilder::BuildChildren(const Node& parent, const Surroundings& around) {
  std::vector<BlockPtr> blocks;
  for (const auto& child : parent.children) {
    if (BlockPtr block = BuildBlock(*child, around)) blocks.push_back(std::move(block));
  }
  return blocks;
}

BlockPtr BlockBuilder::BuildBlock(const Node& node, const Surroundings& around) {
  switch (node.kind) {
    case NodeKind::kParagraph:
      return BuildParagraph(node, around);
    case NodeKind::kHeading:
      return BuildHeading(node);
    case NodeKind::kBulletList:
    case NodeKind::kOrderedList:
      return BuildList(node, around);
    case NodeKind::kBlockQuote:
      return BuildBlockQuote(node, around);
    case NodeKind::kCodeBlock:
      return BuildCodeBlock(node);
    case NodeKind::kCallout:
      return BuildCallout(node, around);
    case NodeKind::kTableOfContents:
      return BuildTableOfContents(node);
    case NodeKind::kThematicBreak:
      return std::make_shared<RuleBlock>(
          RuleStyle{theme_.muted, 0.6f, 0.3f, 2 * theme_.paragraph_spacing});
    case NodeKind::kColumns:
      return BuildColumns(node, around);
    case NodeKind::kPageBreak:
      if (around.top_level) return std::make_shared<PageBreakBlock>();
      diagnostics_->Warning(Where(node),
                            "a page break inside a list, quote or callout is ignored");
      return nullptr;
    case NodeKind::kCover:
      if (around.top_level) return BuildCover(node);
      diagnostics_->Warning(Where(node), "a cover must be at the top level of the document",
                            "it is left out");
      return nullptr;
    case NodeKind::kListItem:
    case NodeKind::kDocument:
      assert(false && "list items and documents are built by their parents");
      return nullptr;
    default:
      // Inlines directly in a container: set them as a paragraph.
      return BuildParagraph(node, around);
  }
}

BlockPtr BlockBuilder::BuildParagraph(const Node& node, const Surroundings& around) {
  std::vector<StyledSpan> spans = Spans(node, around.text);
  if (spans.empty()) return nullptr;
  ParagraphShape shape;
  shape.alignment = theme_.justify ? Alignment::kJustify : Alignment::kLeft;
  shape.hyphenate = theme_.hyphenate;
  return std::make_shared<ParagraphBlock>(
      std::make_shared<TextSource>(std::move(spans), shape, theme_.line_height, setter_),
      around.paragraph_spacing);
}

BlockPtr BlockBuilder::BuildHeading(const Node& node) {
  int level = std::clamp(node.level, 1, 3);
  InlineState state;
  state.role = FontRole::kHeading;
  state.bold = true;
  state.size = theme_.heading_sizes[level - 1];
  state.color = theme_.heading;
  std::vector<StyledSpan> spans = Spans(node, state);
  if (spans.empty()) return nullptr;
  ParagraphShape shape;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  int anchor = anchor_count();
  std::string title = node.PlainText();
  headings_.push_back({title, level});
  return std::make_shared<HeadingBlock>(
      std::make_shared<TextSource>(std::move(spans), shape, kHeadingLineHeight, setter_), level,
      anchor, std::move(title),
      HeadingSpacing{theme_.heading_space_before[level - 1],
                     theme_.heading_space_after[level - 1]});
}

BlockPtr BlockBuilder::BuildList(const Node& node, const Surroundings& around) {
  Surroundings inside = around;
  inside.top_level = false;
  inside.list_depth = around.list_depth + 1;
  inside.paragraph_spacing = around.paragraph_spacing * kListItemSpacing;

  InlineState marker_state = around.text;
  marker_state.link.clear();
  if (node.kind == NodeKind::kBulletList) marker_state.color = theme_.accent;
  ParagraphShape marker_shape;
  marker_shape.alignment = Alignment::kLeft;
  marker_shape.hyphenate = false;

  std::vector<std::shared_ptr<const TextLines>> markers;
  float widest = 0;
  for (size_t i = 0; i < node.children.size(); ++i) {
    std::string marker = ListMarker(node, node.start + static_cast<int>(i), around.list_depth);
    markers.push_back(TextSource({{marker, Style(marker_state)}}, marker_shape,
                                 theme_.line_height, setter_)
                          .At(kMarkerSetWidth));
    widest = std::max(widest, markers.back()->line(0).width);
  }
  float gap = theme_.list_indent * kMarkerGap;
  float indent = std::max(theme_.list_indent, widest + gap);

  std::vector<BlockPtr> items;
  for (size_t i = 0; i < node.children.size(); ++i) {
    auto body = std::make_shared<BlockStack>(BuildChildren(*node.children[i], inside));
    items.push_back(std::make_shared<ListItemBlock>(markers[i], indent, gap, std::move(body),
                                                    inside.paragraph_spacing));
  }
  return std::make_shared<BlockStack>(std::move(items), around.paragraph_spacing,
                                      around.paragraph_spacing);
}

std::string BlockBuilder::ListMarker(const Node& list, int number, int depth) const {
  if (list.kind == NodeKind::kOrderedList) return std::to_string(number) + ".";
  const FontMetrics& metrics = fonts_.Metrics(fonts_.Face({FontRole::kBody, false, false}));
  char32_t bullet = kBullets[depth % std::size(kBullets)];
  std::string marker;
  AppendUtf8(&marker, metrics.HasGlyph(bullet) ? bullet : U'-');
  return marker;
}

BlockPtr BlockBuilder::BuildBlockQuote(const Node& node, const Surroundings& around) {
  Surroundings inside = around;
  inside.top_level = false;
  inside.text.italic = true;
  inside.text.color = theme_.muted;
  FrameStyle frame;
  frame.rule = theme_.muted;
  frame.rule_width = kQuoteRuleWidth;
  frame.padding_x = theme_.list_indent - kQuoteRuleWidth;
  frame.space_around = around.paragraph_spacing;
  return std::make_shared<FramedBlock>(
      frame, nullptr, std::make_shared<BlockStack>(BuildChildren(node, inside)));
}

BlockPtr BlockBuilder::BuildCallout(const Node& node, const Surroundings& around) {
  static const std::string kNote = "note";
  const std::string& kind = node.Attribute("kind", kNote);
  if (std::find(kCalloutKinds.begin(), kCalloutKinds.end(), kind) == kCalloutKinds.end()) {
    diagnostics_->Warning(Where(node), "unknown callout kind '" + kind + "'",
                          DidYouMean(kind, kCalloutKinds));
  }
  FrameStyle frame;
  frame.filled = true;
  frame.background = theme_.callout_background;
  frame.rule = kind == "warning" ? theme_.accent : theme_.callout_rule;
  frame.rule_width = kCalloutRuleWidth;
  frame.padding_x = theme_.callout_padding;
  frame.padding_y = theme_.callout_padding;
  frame.title_gap = theme_.callout_padding / 2;
  frame.space_around = 2 * around.paragraph_spacing;

  InlineState title_state;
  title_state.role = FontRole::kHeading;
  title_state.bold = true;
  title_state.size = theme_.body_size;
  title_state.color = frame.rule;
  Surroundings inside = around;
  inside.top_level = false;
  return std::make_shared<FramedBlock>(
      frame, PlainText(node.Attribute("title", ""), title_state, theme_.line_height),
      std::make_shared<BlockStack>(BuildChildren(node, inside)));
}

BlockPtr BlockBuilder::BuildColumns(const Node& node, const Surroundings& around) {
  const std::string& value = node.Attribute("count", "2");
  int count = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), count);
  if (error != std::errc() || end != value.data() + value.size() || count < 1 ||
      count > kMaxColumns) {
    diagnostics_->Warning(Where(node), "column count '" + value + "' is not a number from 1 to " +
                                           std::to_string(kMaxColumns),
                          "two columns are used");
    count = 2;
  }
  Surroundings inside = around;
  inside.top_level = false;
  return std::make_shared<ColumnsBlock>(std::make_shared<BlockStack>(BuildChildren(node, inside)),
                                        count, kColumnGap * theme_.list_indent,
                                        around.paragraph_spacing);
}

BlockPtr BlockBuilder::BuildCodeBlock(const Node& node) {
  CodeStyle style;
  style.text.font = fonts_.Face({FontRole::kMono, false, false});
  style.text.size = theme_.code_size;
  style.text.color = theme_.text;
  style.metrics = &fonts_.Metrics(style.text.font);
  style.line_height = kCodeLineHeight;
  style.background = theme_.callout_background;
  style.padding = theme_.callout_padding * 0.75f;
  style.space_around = theme_.paragraph_spacing;
  return std::make_shared<CodeBlock>(node.text, style);
}

BlockPtr BlockBuilder::BuildTableOfContents(const Node& node) {
  InlineState title_state;
  title_state.role = FontRole::kHeading;
  title_state.bold = true;
  title_state.size = theme_.heading_sizes[0];
  title_state.color = theme_.heading;

  TocStyle style;
  style.number = Style({FontRole::kBody, false, false, theme_.body_size, theme_.text, ""});
  style.number_metrics = &fonts_.Metrics(style.number.font);
  style.setter = setter_;
  style.level_indent = theme_.list_indent;
  style.number_width = kTocNumberWidth * theme_.body_size;
  style.entry_spacing = kTocEntrySpacing;
  style.title_gap = theme_.heading_space_after[0];
  style.space_around = theme_.paragraph_spacing;

  auto entries = std::make_shared<std::vector<TocEntry>>();
  tables_of_contents_.push_back({entries, headings_.size()});
  return std::make_shared<TableOfContentsBlock>(
      PlainText(node.Attribute("title", kDefaultTocTitle), title_state, kHeadingLineHeight),
      std::move(entries), style);
}

void BlockBuilder::FillTablesOfContents() {
  ParagraphShape shape;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  for (const PendingToc& toc : tables_of_contents_) {
    for (size_t anchor = toc.first_heading; anchor < headings_.size(); ++anchor) {
      const BuiltHeading& heading = headings_[anchor];
      if (heading.level > 2 || heading.title.empty()) continue;
      InlineState state;
      state.role = heading.level == 1 ? FontRole::kHeading : FontRole::kBody;
      state.size = theme_.body_size;
      state.color = theme_.text;
      toc.entries->push_back({std::make_shared<TextSource>(
                                  std::vector<StyledSpan>{{heading.title, Style(state)}}, shape,
                                  theme_.line_height, setter_),
                              heading.level, static_cast<int>(anchor)});
    }
  }
}

BlockPtr BlockBuilder::BuildCover(const Node& node) {
  for (const auto& [key, value] : node.attributes) {
    if (std::find(kCoverAttributes.begin(), kCoverAttributes.end(), key) ==
        kCoverAttributes.end()) {
      diagnostics_->Warning(Where(node), "unknown cover attribute '" + key + "'",
                            DidYouMean(key, kCoverAttributes));
    }
  }
  InlineState title;
  title.role = FontRole::kHeading;
  title.bold = true;
  title.size = theme_.cover_title_size;
  title.color = theme_.cover_text;
  InlineState subtitle = title;
  subtitle.bold = false;
  subtitle.size = theme_.heading_sizes[1];
  InlineState organisation = title;
  organisation.size = theme_.body_size;
  InlineState date = subtitle;
  date.size = theme_.body_size * 1.1f;
  date.color = theme_.heading;

  std::string when_where = node.Attribute("date", "");
  const std::string& place = node.Attribute("place", "");
  if (!when_where.empty() && !place.empty()) when_where += " \u00B7 ";
  when_where += place;

  CoverContent content;
  content.title = PlainText(node.Attribute("title", ""), title, kCoverTitleLineHeight);
  content.subtitle = PlainText(node.Attribute("subtitle", ""), subtitle, kHeadingLineHeight);
  content.organisation = PlainText(node.Attribute("organisation", node.Attribute("author", "")),
                                   organisation, kHeadingLineHeight);
  content.date_and_place = PlainText(when_where, date, kHeadingLineHeight);
  Surroundings inside;
  inside.text.size = theme_.body_size;
  inside.text.color = theme_.text;
  inside.paragraph_spacing = theme_.paragraph_spacing;
  content.body = std::make_shared<BlockStack>(BuildChildren(node, inside));
  return std::make_shared<CoverBlock>(std::move(content), theme_);
}

std::vector<StyledSpan> BlockBuilder::Spans(const Node& node, const InlineState& state) const {
  std::vector<StyledSpan> spans;
  if (doc::IsBlock(node.kind)) {
    for (const auto& child : node.children) AppendSpans(*child, state, &spans);
  } else {
    AppendSpans(node, state, &spans);
  }
  bool has_text = std::any_of(spans.begin(), spans.end(), [](const StyledSpan& span) {
    return span.text.find_first_not_of(" \n") != std::string::npos;
  });
  if (!has_text) spans.clear();
  return spans;
}

void BlockBuilder::AppendSpans(const Node& node, InlineState state,
                               std::vector<StyledSpan>* out) const {
  auto append = [&](const std::string& text, const InlineState& with) {
    TextStyle style = Style(with);
    if (!out->empty() && out->back().style == style) {
      out->back().text += text;
    } else {
      out->push_back({text, style});
    }
  };
  switch (node.kind) {
    case NodeKind::kText:
      append(node.text, state);
      return;
    case NodeKind::kCode: {
      InlineState mono = state;
      mono.role = FontRole::kMono;
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
    default:
      break;
  }
  for (const auto& child : node.children) AppendSpans(*child, state, out);
}

TextStyle BlockBuilder::Style(const InlineState& state) const {
  TextStyle style;
  style.font = fonts_.Face({state.role, state.bold, state.italic});
  style.size = state.size;
  style.color = state.color;
  style.link = state.link;
  return style;
}

std::shared_ptr<const TextSource> BlockBuilder::PlainText(const std::string& text,
                                                          const InlineState& state,
                                                          float line_height) const {
  if (text.empty()) return nullptr;
  ParagraphShape shape;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  return std::make_shared<TextSource>(std::vector<StyledSpan>{{text, Style(state)}}, shape,
                                      line_height, setter_);
}

}  // namespace coopkit::layout
