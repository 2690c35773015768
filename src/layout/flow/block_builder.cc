#include "layout/flow/block_builder.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdlib>
#include <string>

#include "base/length.h"
#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "document/table_column.h"
#include "layout/blocks/block_stack.h"
#include "layout/blocks/chart_block.h"
#include "layout/blocks/code_block.h"
#include "layout/blocks/columns_block.h"
#include "layout/blocks/cover_block.h"
#include "layout/blocks/framed_block.h"
#include "layout/blocks/heading_block.h"
#include "layout/blocks/image_block.h"
#include "layout/blocks/keep_together_block.h"
#include "layout/blocks/list_item_block.h"
#include "layout/blocks/page_break_block.h"
#include "layout/blocks/paragraph_block.h"
#include "layout/blocks/qr_code_block.h"
#include "layout/blocks/rule_block.h"
#include "layout/blocks/table_block.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

constexpr float kMarkerSetWidth = 1000;   // wide enough for any marker on one line
constexpr int kMaxColumns = 4;
// Paragraph alignment by doc::TableColumn::Align.
constexpr Alignment kCellAlignments[] = {Alignment::kLeft, Alignment::kCenter, Alignment::kRight};

// Bullets by nesting depth, each with a fallback for faces that lack it.
constexpr char32_t kBullets[] = {U'\u2022', U'\u2013', U'\u2023'};

const std::vector<std::string> kCalloutKinds = {"note", "tip", "warning"};
const std::vector<std::string> kCoverAttributes = {"title",  "subtitle", "organisation",
                                                   "author", "date",     "place"};

}  // namespace

BlockBuilder::BlockBuilder(const Theme* theme, const fonts::FontSet* fonts, const ParagraphSetter* setter,
                           MissingGlyphReport* missing_glyphs, DiagnosticList* diagnostics)
    : theme_(*theme),
      fonts_(*fonts),
      setter_(setter),
      diagnostics_(diagnostics),
      missing_glyphs_(*missing_glyphs),
      spans_(theme, fonts, &index_terms_, missing_glyphs) {}

std::vector<BlockPtr> BlockBuilder::Build(const Node& root) {
  Surroundings around;
  around.text.size = theme_.body_size;
  around.text.color = theme_.text;
  around.paragraph_spacing = theme_.paragraph_spacing;
  around.top_level = true;
  index_terms_.Collect(root, &next_anchor_);
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
        return std::make_shared<RuleBlock>(RuleStyle{theme_.muted, 0.4f, 1.0f, theme_.writing_line_gap});
      }
      return std::make_shared<RuleBlock>(
          RuleStyle{theme_.muted, 0.6f, 0.3f, 2 * theme_.paragraph_spacing});
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
      std::make_shared<TextSource>(std::move(spans), shape, theme_.heading_line_height, setter_), level,
      anchor, std::move(title),
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
  std::vector<BlockPtr> bodies;
  for (size_t i = 0; i < node.children.size(); ++i) {
    markers.push_back(ListMarker(node, node.start + static_cast<int>(i), around.list_depth));
    bodies.push_back(std::make_shared<BlockStack>(BuildChildren(*node.children[i], inside)));
  }
  return MarkedItems(markers, std::move(bodies), marker_state, inside.paragraph_spacing,
                     around.paragraph_spacing);
}

BlockPtr BlockBuilder::MarkedItems(const std::vector<std::string>& markers,
                                   std::vector<BlockPtr> bodies, const InlineState& marker_state,
                                   float item_spacing, float space_around) const {
  assert(markers.size() == bodies.size());
  ParagraphShape marker_shape;
  marker_shape.alignment = Alignment::kLeft;
  marker_shape.hyphenate = false;
  std::vector<std::shared_ptr<const TextLines>> set_markers;
  float widest = 0;
  for (const std::string& marker : markers) {
    set_markers.push_back(
        TextSource({{marker, spans_.Style(marker_state)}}, marker_shape, theme_.line_height, setter_)
            .At(kMarkerSetWidth));
    widest = std::max(widest, set_markers.back()->line(0).width);
  }
  float gap = theme_.list_indent * theme_.list_marker_gap;
  float indent = std::max(theme_.list_indent, widest + gap);

  std::vector<BlockPtr> items;
  for (size_t i = 0; i < bodies.size(); ++i) {
    items.push_back(std::make_shared<ListItemBlock>(set_markers[i], indent, gap,
                                                    std::move(bodies[i]), item_spacing));
  }
  return std::make_shared<BlockStack>(std::move(items), space_around, space_around);
}

// The notes print as a list in the small size, each note after its number.
BlockPtr BlockBuilder::BuildNotes(const Node& node, const Surroundings& around) {
  Surroundings inside = around;
  inside.top_level = false;
  inside.text.size = theme_.small_size;
  inside.paragraph_spacing = around.paragraph_spacing * theme_.list_item_spacing;
  std::vector<std::string> markers;
  std::vector<BlockPtr> bodies;
  for (const auto& note : node.children) {
    BlockPtr body = BuildParagraph(*note, inside);
    if (!body) continue;
    markers.push_back(note->Attribute("number", "?") + ".");
    bodies.push_back(std::move(body));
  }
  std::vector<BlockPtr> blocks;
  if (const std::string title = node.Attribute("title"); !title.empty()) {
    Node heading(NodeKind::kHeading);
    heading.level = std::atoi(node.Attribute("level", "1").c_str());
    heading.Append(NodeKind::kText)->text = title;
    blocks.push_back(BuildHeading(heading));
  }
  if (!bodies.empty()) {
    blocks.push_back(MarkedItems(markers, std::move(bodies), inside.text, inside.paragraph_spacing,
                                 around.paragraph_spacing));
  }
  return std::make_shared<BlockStack>(std::move(blocks));
}

std::string BlockBuilder::ListMarker(const Node& list, int number, int depth) const {
  if (list.kind == NodeKind::kOrderedList) return std::to_string(number) + ".";
  const fonts::FontMetrics& metrics = fonts_.Metrics(fonts_.Face({fonts::FontRole::kBody, false, false}));
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

  InlineState title_state;
  title_state.role = fonts::FontRole::kHeading;
  title_state.bold = true;
  title_state.size = theme_.body_size;
  title_state.color = frame.rule;
  Surroundings inside = around;
  inside.top_level = false;
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
  Surroundings inside = around;
  inside.top_level = false;
  return std::make_shared<ColumnsBlock>(std::make_shared<BlockStack>(BuildChildren(node, inside)),
                                        count, theme_.column_gap * theme_.list_indent,
                                        around.paragraph_spacing, theme_.page.ContentHeight());
}

BlockPtr BlockBuilder::BuildCodeBlock(const Node& node) {
  CodeStyle style;
  style.text.font = fonts_.Face({fonts::FontRole::kMono, false, false});
  style.text.size = theme_.code_size;
  style.text.color = theme_.text;
  style.metrics = &fonts_.Metrics(style.text.font);
  style.line_height = theme_.code_line_height;
  style.background = theme_.callout_background;
  style.padding = theme_.callout_padding * 0.75f;
  style.space_around = theme_.paragraph_spacing;
  missing_glyphs_.Check(node.text, style.text.font, Where(node));
  return std::make_shared<CodeBlock>(node.text, style);
}

// The markup checked the chart's data; a malformed number here is a bug.
BlockPtr BlockBuilder::BuildChart(const Node& node) {
  ChartData data;
  data.title = node.Attribute("title");
  data.unit = node.Attribute("unit");
  if (const std::string max = node.Attribute("max"); !max.empty())
    data.max = std::strtod(max.c_str(), nullptr);
  for (const auto& bar : node.children) {
    const std::string value = bar->Attribute("value", "0");
    data.bars.push_back({bar->Attribute("label"), std::strtod(value.c_str(), nullptr), value});
  }
  assert(!data.bars.empty() && "the markup refuses a chart without bars");
  ChartStyle style;
  style.title = spans_.Style({fonts::FontRole::kHeading, true, false, theme_.body_size, theme_.heading, ""});
  style.label = spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.text, ""});
  style.scale = spans_.Style({fonts::FontRole::kBody, false, false, theme_.small_size, theme_.chart_axis, ""});
  style.line_height = theme_.line_height;
  style.bar = theme_.chart_bar;
  style.axis = theme_.chart_axis;
  style.space_around = 2 * theme_.paragraph_spacing;
  missing_glyphs_.Check(data.title, style.title.font, Where(node));
  missing_glyphs_.Check(data.unit, style.scale.font, Where(node));
  for (size_t i = 0; i < data.bars.size(); ++i)
    missing_glyphs_.Check(data.bars[i].label, style.label.font, Where(*node.children[i]));
  return std::make_shared<ChartBlock>(std::move(data), style, setter_);
}

// The kit checked the file and wrote its pixel size in the node (see
// kit/image_resolver.h); a tree built elsewhere may lack it.
BlockPtr BlockBuilder::BuildImage(const Node& node) {
  const std::string src = node.Attribute("src");
  int pixel_width = std::atoi(node.Attribute("pixel-width", "0").c_str());
  int pixel_height = std::atoi(node.Attribute("pixel-height", "0").c_str());
  if (pixel_width <= 0 || pixel_height <= 0) {
    diagnostics_->Warning(Where(node), "image '" + src + "' is left out: its size is unknown",
                          "images are checked and measured by the kit before layout");
    return nullptr;
  }
  std::optional<RelativeLength> width = ParseRelativeLength(node.Attribute("width", "100%"));
  assert(width && "the markup refuses a malformed image width");
  InlineState caption;
  caption.italic = true;
  caption.size = theme_.small_size;
  caption.color = theme_.muted;
  ParagraphShape shape;
  shape.alignment = Alignment::kCenter;
  shape.hyphenate = false;
  std::shared_ptr<const TextSource> caption_text;
  if (const std::string text = node.Attribute("caption"); !text.empty()) {
    missing_glyphs_.Check(text, spans_.Style(caption).font, Where(node));
    caption_text = std::make_shared<TextSource>(std::vector<StyledSpan>{{text, spans_.Style(caption)}},
                                                shape, theme_.line_height, setter_);
  }
  ImageStyle style;
  style.caption_gap = theme_.paragraph_spacing;
  style.space_around = 2 * theme_.paragraph_spacing;
  style.max_height = theme_.page.ContentHeight();
  return std::make_shared<ImageBlock>(src, pixel_width, pixel_height,
                                      width.value_or(RelativeLength{}), std::move(caption_text),
                                      style);
}

InlineState BlockBuilder::HeadingState(int level) const {
  InlineState state;
  state.role = fonts::FontRole::kHeading;
  state.bold = true;
  state.size = theme_.heading_sizes[level - 1];
  state.color = theme_.heading;
  return state;
}

BlockPtr BlockBuilder::BuildTableOfContents(const Node& node) {
  InlineState title_state = HeadingState(1);

  TocStyle style;
  style.number = spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.text, ""});
  style.number_metrics = &fonts_.Metrics(style.number.font);
  style.setter = setter_;
  style.level_indent = theme_.list_indent;
  style.number_width = theme_.toc_number_width * theme_.body_size;
  style.spacing.entry_spacing = theme_.toc_entry_spacing;
  style.spacing.title_gap = theme_.heading_space_after[0];
  style.spacing.space_around = theme_.paragraph_spacing;

  auto entries = std::make_shared<std::vector<TocEntry>>();
  tables_of_contents_.push_back({entries, headings_.size()});
  return std::make_shared<TableOfContentsBlock>(
      PlainText(node.Attribute("title", theme_.words.table_of_contents.c_str()), title_state, theme_.heading_line_height, node),
      std::move(entries), style);
}

void BlockBuilder::FillTablesOfContents() {
  ParagraphShape shape;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  for (const PendingToc& toc : tables_of_contents_) {
    for (size_t i = toc.first_heading; i < headings_.size(); ++i) {
      const BuiltHeading& heading = headings_[i];
      if (heading.level > 2 || heading.title.empty()) continue;
      InlineState state;
      state.role = heading.level == 1 ? fonts::FontRole::kHeading : fonts::FontRole::kBody;
      state.size = theme_.body_size;
      state.color = theme_.text;
      toc.entries->push_back(
          {std::make_shared<TextSource>(std::vector<StyledSpan>{{heading.title, spans_.Style(state)}},
                                        shape, theme_.line_height, setter_),
           heading.level, heading.anchor});
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
  title.role = fonts::FontRole::kHeading;
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

  std::string when_where = node.Attribute("date");
  const std::string place = node.Attribute("place");
  if (!when_where.empty() && !place.empty()) when_where += " \u00B7 ";
  when_where += place;

  CoverContent content;
  content.title = PlainText(node.Attribute("title"), title, theme_.cover_title_line_height, node);
  content.subtitle = PlainText(node.Attribute("subtitle"), subtitle, theme_.heading_line_height, node);
  content.organisation = PlainText(node.Attribute("organisation", node.Attribute("author")),
                                   organisation, theme_.heading_line_height, node);
  content.date_and_place = PlainText(when_where, date, theme_.heading_line_height, node);
  Surroundings inside;
  inside.text.size = theme_.body_size;
  inside.text.color = theme_.text;
  inside.paragraph_spacing = theme_.paragraph_spacing;
  content.body = std::make_shared<BlockStack>(BuildChildren(node, inside));
  return std::make_shared<CoverBlock>(std::move(content), theme_);
}

// Each cell's blocks are built here, in the cell's column alignment; header
// cells are bold in the header colour, stub cells bold.
BlockPtr BlockBuilder::BuildTable(const Node& node, const Surroundings& around) {
  size_t columns = 0;
  for (const auto& row : node.children) columns = std::max(columns, row->children.size());
  if (columns == 0) return nullptr;
  auto content = std::make_shared<TableContent>();
  content->columns = doc::TableColumns(node, columns);
  const std::string stubs = node.Attribute("stub-columns", "0");
  std::from_chars(stubs.data(), stubs.data() + stubs.size(), content->stub_columns);

  Surroundings inside;
  inside.text.size = theme_.table.font_size > 0 ? theme_.table.font_size : theme_.body_size;
  inside.text.color = theme_.text;
  inside.paragraph_spacing = around.paragraph_spacing * theme_.cell_paragraph_spacing;
  for (const auto& row : node.children) {
    bool header = row->Attribute("header") == "true";
    if (header && content->header_rows == content->rows.size()) ++content->header_rows;
    std::vector<BlockPtr>& cells = content->rows.emplace_back();
    for (size_t column = 0; column < columns; ++column) {
      Surroundings cell = inside;
      cell.alignment = kCellAlignments[static_cast<int>(content->columns[column].align)];
      cell.text.bold = header || column < content->stub_columns;
      if (header) cell.text.color = theme_.table.header_text;
      std::vector<BlockPtr> blocks;
      if (column < row->children.size()) blocks = BuildChildren(*row->children[column], cell);
      cells.push_back(blocks.empty() ? nullptr : std::make_shared<BlockStack>(std::move(blocks)));
    }
  }

  InlineState caption;
  caption.role = fonts::FontRole::kHeading;
  caption.bold = true;
  caption.size = inside.text.size;
  caption.color = theme_.heading;
  const std::string title = node.Attribute("caption");
  content->caption = PlainText(title, caption, theme_.line_height, node);
  caption.bold = false;
  caption.color = theme_.muted;
  content->continued_caption =
      PlainText((title.empty() ? "" : title + " ") + theme_.words.continued, caption, theme_.line_height, node);

  TableStyle style;
  style.padding = theme_.table.cell_padding;
  style.border_width = theme_.table.border_width;
  style.border = theme_.table.border;
  style.header_background = theme_.table.header_background;
  style.zebra_background = theme_.table.zebra_background;
  style.zebra = node.Attribute("zebra") == "true";
  style.readable_width = theme_.table.min_column_width;
  style.frame_height = theme_.page.ContentHeight();
  style.caption_gap = theme_.table.cell_padding;
  style.slice_gap = 2 * around.paragraph_spacing;
  style.space_around = 2 * around.paragraph_spacing;
  return std::make_shared<TableBlock>(std::move(content), style);
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
      theme_.qr_aside_gap * theme_.list_indent, theme_.page.ContentHeight(), 2 * around.paragraph_spacing);
}

BlockPtr BlockBuilder::BuildQrCode(const Node& node, const Surroundings& around) {
  const std::string data = node.Attribute("data");
  std::optional<QrCode> code = QrCode::Encode(data);
  if (!code) {
    diagnostics_->Warning(Where(node), "no QR code can hold '" + data + "'",
                          "a QR code holds a non-empty text of at most about 2,000 characters");
    return nullptr;
  }
  const std::string written_side = node.Attribute("size");
  float side =
      written_side.empty() ? theme_.qr_side : ParseLength(written_side).value_or(theme_.qr_side);
  return std::make_shared<QrCodeBlock>(std::move(*code), data, side, around.paragraph_spacing);
}

BlockPtr BlockBuilder::BuildIndex(const Node& node) {
  InlineState title_state = HeadingState(2);

  IndexStyle style;
  style.term = spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.text, ""});
  style.number = spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.link, ""});
  style.setter = setter_;
  style.line_height = theme_.line_height;
  style.spacing.entry_spacing = theme_.index_entry_spacing;
  style.spacing.title_gap = theme_.heading_space_after[1];
  style.spacing.space_around = theme_.heading_space_before[1];
  static const std::string kMainGroup = "main";
  return std::make_shared<IndexBlock>(
      PlainText(node.Attribute("title"), title_state, theme_.heading_line_height, node),
      std::make_shared<const std::vector<IndexEntry>>(
          index_terms_.EntriesOf(node.Attribute("group", kMainGroup))),
      style);
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
