#include "layout/flow/block_builder.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdio>
#include <string>

#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "layout/blocks/block_stack.h"
#include "layout/blocks/columns_block.h"
#include "layout/blocks/framed_block.h"
#include "layout/blocks/heading_block.h"
#include "layout/blocks/keep_together_block.h"
#include "layout/blocks/list_item_block.h"
#include "layout/blocks/page_break_block.h"
#include "layout/blocks/paragraph_block.h"
#include "layout/blocks/rule_block.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

constexpr float kMarkerSetWidth = 1000;  // wide enough for any marker on one line
constexpr int kMaxColumns = 4;
// Bullets by nesting depth, each with a fallback for faces that lack it.
constexpr char32_t kBullets[] = {U'\u2022', U'\u2013', U'\u2023'};
const std::vector<std::string> kCalloutKinds = {"note", "tip", "warning"};
// Lists, quotes, callouts and columns take width from what they hold: a text
// set narrower than this many ems of its own size would be drawn past the
// page's edge or lose words (31 nested lists on A5 did).
constexpr float kMinTextWidthInEms = 4;

}  // namespace

BlockBuilder::BlockBuilder(const Theme* theme, const fonts::FontSet* fonts,
                           const ParagraphSetter* setter, MissingGlyphReport* missing_glyphs,
                           DiagnosticList* diagnostics)
    : theme_(*theme),
      fonts_(*fonts),
      setter_(setter),
      diagnostics_(diagnostics),
      missing_glyphs_(*missing_glyphs),
      spans_(theme, fonts, &index_terms_, missing_glyphs) {}

std::vector<BlockBuilder::TopLevelBlock> BlockBuilder::Build(const Node& root) {
  Surroundings around;
  around.text.size = theme_.body_size;
  around.text.color = theme_.text;
  around.paragraph_spacing = theme_.paragraph_spacing;
  around.width = theme_.page.ContentWidth();
  around.top_level = true;
  index_terms_.Collect(root, &next_anchor_);
  std::vector<SourceLocation> origins;
  std::vector<BlockPtr> blocks = BuildChildren(root, around, &origins);
  FillTablesOfContents();
  std::vector<TopLevelBlock> top_level;
  top_level.reserve(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i)
    top_level.push_back({std::move(blocks[i]), std::move(origins[i])});
  return top_level;
}

std::vector<BlockPtr> BlockBuilder::BuildChildren(const Node& parent, const Surroundings& around,
                                                  std::vector<SourceLocation>* origins) {
  std::vector<BlockPtr> blocks;
  if (parent.children.empty()) return blocks;
  const Node& first = *parent.children.front();
  if (!CheckWidth(first.source_line > 0 ? first : parent, around)) return blocks;
  for (const auto& child : parent.children) {
    if (BlockPtr block = BuildBlock(*child, around)) {
      blocks.push_back(std::move(block));
      if (origins) origins->push_back(Where(*child));
    }
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
    case NodeKind::kChart:
      return BuildChart(node);
    case NodeKind::kImage:
      return BuildImage(node);
    case NodeKind::kCallout:
      return BuildCallout(node, around);
    case NodeKind::kTableOfContents:
      return BuildTableOfContents(node);
    case NodeKind::kThematicBreak:
      if (node.Attribute("style") == "writing") {
        // A line to write on by hand.
        return std::make_shared<RuleBlock>(
            RuleStyle{theme_.muted, theme_.writing_line_width, 1.0f, theme_.writing_line_gap});
      }
      return std::make_shared<RuleBlock>(RuleStyle{theme_.muted, theme_.break_rule_width,
                                                   theme_.break_rule_length,
                                                   2 * theme_.paragraph_spacing});
    case NodeKind::kColumns:
      return BuildColumns(node, around);
    case NodeKind::kTable:
      return BuildTable(node, around);
    case NodeKind::kNotes:
      return BuildNotes(node, around);
    case NodeKind::kKeepTogether:
      return BuildKeepTogether(node, around);
    case NodeKind::kQrCode:
      return BuildQrCode(node, around);
    case NodeKind::kIndex:
      return BuildIndex(node);
    case NodeKind::kPageBreak:
      if (around.top_level) return std::make_shared<PageBreakBlock>();
      diagnostics_->Warning(Where(node), "a page break inside a list, quote or callout is ignored");
      return nullptr;
    case NodeKind::kCover:
      if (around.top_level) return BuildCover(node);
      diagnostics_->Warning(Where(node), "a cover must be at the top level of the document",
                            "it is left out");
      return nullptr;
    case NodeKind::kListItem:
    case NodeKind::kTableRow:
    case NodeKind::kTableCell:
    case NodeKind::kDocument:
      assert(false && "list items, table rows and cells, documents are built by their parents");
      return nullptr;
    case NodeKind::kText:
    case NodeKind::kEmphasis:
    case NodeKind::kStrong:
    case NodeKind::kCode:
    case NodeKind::kLink:
    case NodeKind::kSoftBreak:
    case NodeKind::kLineBreak:
    case NodeKind::kNoteReference:
    case NodeKind::kIndexTerm:
    case NodeKind::kBadge:
      // Inlines directly in a container: set them as a paragraph.
      return BuildParagraph(node, around);
  }
  assert(false && "a node kind without a block");
  return nullptr;
}

BlockPtr BlockBuilder::BuildParagraph(const Node& node, const Surroundings& around) {
  std::vector<StyledSpan> spans = spans_.Spans(node, around.text);
  if (spans.empty()) return nullptr;
  ParagraphShape shape;
  shape.alignment =
      around.alignment.value_or(theme_.justify ? Alignment::kJustify : Alignment::kLeft);
  shape.hyphenate = theme_.hyphenate;
  return std::make_shared<ParagraphBlock>(
      std::make_shared<TextSource>(std::move(spans), shape, theme_.line_height, setter_),
      around.paragraph_spacing);
}

BlockPtr BlockBuilder::BuildHeading(const Node& node) {
  int level = std::clamp(node.level, 1, 3);
  InlineState state = HeadingState(level);
  std::vector<StyledSpan> spans = spans_.Spans(node, state);
  if (spans.empty()) return nullptr;
  ParagraphShape shape;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  int anchor = next_anchor_++;
  std::string title = node.PlainText();
  headings_.push_back({title, level, anchor});
  return std::make_shared<HeadingBlock>(
      std::make_shared<TextSource>(std::move(spans), shape, theme_.heading_line_height, setter_),
      level, anchor, std::move(title),
      HeadingSpacing{theme_.heading_space_before[level - 1],
                     theme_.heading_space_after[level - 1]});
}

BlockPtr BlockBuilder::BuildList(const Node& node, const Surroundings& around) {
  Surroundings inside = around;
  inside.top_level = false;
  inside.list_depth = around.list_depth + 1;
  inside.paragraph_spacing = around.paragraph_spacing * theme_.list_item_spacing;

  InlineState marker_state = around.text;
  marker_state.link.clear();
  if (node.kind == NodeKind::kBulletList) marker_state.color = theme_.accent;
  std::vector<std::string> markers;
  for (size_t i = 0; i < node.children.size(); ++i)
    markers.push_back(ListMarker(node, node.start + static_cast<int>(i), around.list_depth));
  SetMarkers set_markers = SetListMarkers(markers, marker_state);
  inside.width = around.width - set_markers.indent;
  std::vector<BlockPtr> bodies;
  for (const auto& item : node.children)
    bodies.push_back(std::make_shared<BlockStack>(BuildChildren(*item, inside)));
  return MarkedItems(std::move(set_markers), std::move(bodies), inside.paragraph_spacing,
                     around.paragraph_spacing);
}

BlockBuilder::SetMarkers BlockBuilder::SetListMarkers(const std::vector<std::string>& markers,
                                                      const InlineState& marker_state) const {
  ParagraphShape marker_shape;
  marker_shape.alignment = Alignment::kLeft;
  marker_shape.hyphenate = false;
  SetMarkers set;
  float widest = 0;
  for (const std::string& marker : markers) {
    set.lines.push_back(TextSource({{marker, spans_.Style(marker_state)}}, marker_shape,
                                   theme_.line_height, setter_)
                            .At(kMarkerSetWidth));
    widest = std::max(widest, set.lines.back()->line(0).width);
  }
  set.indent = std::max(theme_.list_indent, widest + theme_.list_indent * theme_.list_marker_gap);
  return set;
}

BlockPtr BlockBuilder::MarkedItems(SetMarkers markers, std::vector<BlockPtr> bodies,
                                   float item_spacing, float space_around) const {
  assert(markers.lines.size() == bodies.size());
  float gap = theme_.list_indent * theme_.list_marker_gap;
  std::vector<BlockPtr> items;
  for (size_t i = 0; i < bodies.size(); ++i) {
    items.push_back(std::make_shared<ListItemBlock>(markers.lines[i], markers.indent, gap,
                                                    std::move(bodies[i]), item_spacing));
  }
  return std::make_shared<BlockStack>(std::move(items), space_around, space_around);
}

bool BlockBuilder::CheckWidth(const Node& node, const Surroundings& around) {
  const float least =
      kMinTextWidthInEms * (around.text.size > 0 ? around.text.size : theme_.body_size);
  if (around.width >= least) return true;
  char measure[64];
  std::snprintf(measure, sizeof measure, "%.1f pt wide, less than %.0f pt (%.0f em)",
                std::max(around.width, 0.0f), least, kMinTextWidthInEms);
  diagnostics_->Error(Where(node),
                      std::string("the lists, quotes, callouts, columns or table around this "
                                  "block leave it too narrow to be set: ") +
                          measure,
                      "nest it less deeply, or give it fewer columns; it would be drawn past "
                      "the page's edge");
  return false;
}

// The notes print as a list in the small size, each note after its number.
BlockPtr BlockBuilder::BuildNotes(const Node& node, const Surroundings& around) {
  Surroundings inside = around;
  inside.top_level = false;
  inside.text.size = theme_.small_size;
  inside.paragraph_spacing = around.paragraph_spacing * theme_.list_item_spacing;
  std::vector<std::string> markers;
  for (const auto& note : node.children) markers.push_back(note->Attribute("number", "?") + ".");
  SetMarkers set_markers = SetListMarkers(markers, inside.text);
  // Each body is set beside its number.
  inside.width = around.width - set_markers.indent;
  if (!CheckWidth(node, inside)) return nullptr;
  std::vector<BlockPtr> bodies;
  std::vector<std::shared_ptr<const TextLines>> marker_lines;
  for (size_t i = 0; i < node.children.size(); ++i) {
    BlockPtr body = BuildParagraph(*node.children[i], inside);
    if (!body) continue;
    marker_lines.push_back(set_markers.lines[i]);
    bodies.push_back(std::move(body));
  }
  set_markers.lines = std::move(marker_lines);
  std::vector<BlockPtr> blocks;
  if (const std::string title = node.Attribute("title"); !title.empty()) {
    Node heading(NodeKind::kHeading);
    heading.level = std::atoi(node.Attribute("level", "1").c_str());
    heading.Append(NodeKind::kText)->text = title;
    blocks.push_back(BuildHeading(heading));
  }
  if (!bodies.empty()) {
    blocks.push_back(MarkedItems(std::move(set_markers), std::move(bodies),
                                 inside.paragraph_spacing, around.paragraph_spacing));
  }
  return std::make_shared<BlockStack>(std::move(blocks));
}

std::string BlockBuilder::ListMarker(const Node& list, int number, int depth) const {
  if (list.kind == NodeKind::kOrderedList) return std::to_string(number) + ".";
  const fonts::FontMetrics& metrics =
      fonts_.Metrics(fonts_.Face({fonts::FontRole::kBody, false, false}));
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
  frame.rule_width = theme_.quote_rule_width;
  frame.padding_x = theme_.list_indent - theme_.quote_rule_width;
  frame.space_around = around.paragraph_spacing;
  inside.width = FramedBlock::ContentWidth(frame, around.width);
  return std::make_shared<FramedBlock>(frame, nullptr,
                                       std::make_shared<BlockStack>(BuildChildren(node, inside)));
}

BlockPtr BlockBuilder::BuildCallout(const Node& node, const Surroundings& around) {
  static const std::string kNote = "note";
  const std::string kind = node.Attribute("kind", kNote);
  if (std::find(kCalloutKinds.begin(), kCalloutKinds.end(), kind) == kCalloutKinds.end()) {
    diagnostics_->Warning(Where(node), "unknown callout kind '" + kind + "'",
                          DidYouMean(kind, kCalloutKinds));
  }
  FrameStyle frame;
  frame.filled = true;
  frame.background = theme_.callout_background;
  frame.rule = kind == "warning" ? theme_.accent : theme_.callout_rule;
  frame.rule_width = theme_.callout_rule_width;
  frame.padding_x = theme_.callout_padding;
  frame.padding_y = theme_.callout_padding;
  frame.title_gap = theme_.callout_padding / 2;
  frame.space_around = 2 * around.paragraph_spacing;

  const InlineState title_state = InlineState::BoldHeading(theme_.body_size, frame.rule);
  Surroundings inside = around;
  inside.top_level = false;
  inside.width = FramedBlock::ContentWidth(frame, around.width);
  return std::make_shared<FramedBlock>(
      frame, PlainText(node.Attribute("title"), title_state, theme_.line_height, node),
      std::make_shared<BlockStack>(BuildChildren(node, inside)));
}

BlockPtr BlockBuilder::BuildColumns(const Node& node, const Surroundings& around) {
  const std::string value = node.Attribute("count", "2");
  int count = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), count);
  if (error != std::errc() || end != value.data() + value.size() || count < 1 ||
      count > kMaxColumns) {
    diagnostics_->Warning(
        Where(node),
        "column count '" + value + "' is not a number from 1 to " + std::to_string(kMaxColumns),
        "two columns are used");
    count = 2;
  }
  const float gap = theme_.column_gap * theme_.list_indent;
  Surroundings inside = around;
  inside.top_level = false;
  inside.width = ColumnsBlock::ColumnWidth(around.width, count, gap);
  return std::make_shared<ColumnsBlock>(std::make_shared<BlockStack>(BuildChildren(node, inside)),
                                        count, gap, around.paragraph_spacing,
                                        theme_.page.ContentHeight());
}

BlockPtr BlockBuilder::BuildKeepTogether(const Node& node, const Surroundings& around) {
  Surroundings inside = around;
  inside.top_level = false;
  // A code floated right sits beside the rest, at its top-right corner.
  std::vector<BlockPtr> body;
  BlockPtr aside;
  for (const auto& child : node.children) {
    bool floated = child->kind == NodeKind::kQrCode && child->Attribute("float") == "right";
    BlockPtr block = floated ? BuildQrCode(*child, inside) : BuildBlock(*child, inside);
    if (!block) continue;
    if (floated && !aside) {
      aside = std::move(block);
    } else {
      body.push_back(std::move(block));
    }
  }
  if (body.empty() && !aside) return nullptr;
  return std::make_shared<KeepTogetherBlock>(
      std::make_shared<BlockStack>(std::move(body)), std::move(aside),
      theme_.qr_aside_gap * theme_.list_indent, theme_.page.ContentHeight(),
      2 * around.paragraph_spacing);
}

std::shared_ptr<const TextSource> BlockBuilder::PlainText(const std::string& text,
                                                          const InlineState& state,
                                                          float line_height, const Node& node) {
  if (text.empty()) return nullptr;
  missing_glyphs_.Check(text, spans_.Style(state).font, Where(node));
  ParagraphShape shape;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  return std::make_shared<TextSource>(std::vector<StyledSpan>{{text, spans_.Style(state)}}, shape,
                                      line_height, setter_);
}

}  // namespace coopkit::layout
