// BlockBuilder: the cover, the table of contents and the index.
#include <algorithm>
#include <string>

#include "base/spelling_hint.h"
#include "layout/blocks/block_stack.h"
#include "layout/blocks/cover_block.h"
#include "layout/flow/block_builder.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

const std::vector<std::string> kCoverAttributes = {"title",  "subtitle", "organisation",
                                                   "author", "date",     "place"};

}  // namespace

InlineState BlockBuilder::HeadingState(int level) const {
  return InlineState::BoldHeading(theme_.heading_sizes[level - 1], theme_.heading);
}

BlockPtr BlockBuilder::BuildTableOfContents(const Node& node) {
  InlineState title_state = HeadingState(1);

  TocStyle style;
  style.number =
      spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.text, ""});
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
      PlainText(node.Attribute("title", theme_.words.table_of_contents.c_str()), title_state,
                theme_.heading_line_height, node),
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
      toc.entries->push_back({std::make_shared<TextSource>(
                                  std::vector<StyledSpan>{{heading.title, spans_.Style(state)}},
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
  InlineState title = InlineState::BoldHeading(theme_.cover_title_size, theme_.cover_text);
  InlineState subtitle = title;
  subtitle.bold = false;
  subtitle.size = theme_.heading_sizes[1];
  InlineState organisation = title;
  organisation.size = theme_.body_size;
  InlineState date = subtitle;
  date.size = theme_.body_size * theme_.cover_date_scale;
  date.color = theme_.heading;

  std::string when_where = node.Attribute("date");
  const std::string place = node.Attribute("place");
  if (!when_where.empty() && !place.empty()) when_where += " \u00B7 ";
  when_where += place;

  CoverContent content;
  content.title = PlainText(node.Attribute("title"), title, theme_.cover_title_line_height, node);
  content.subtitle =
      PlainText(node.Attribute("subtitle"), subtitle, theme_.heading_line_height, node);
  content.organisation = PlainText(node.Attribute("organisation", node.Attribute("author")),
                                   organisation, theme_.heading_line_height, node);
  content.date_and_place = PlainText(when_where, date, theme_.heading_line_height, node);
  Surroundings inside;
  inside.text.size = theme_.body_size;
  inside.text.color = theme_.text;
  inside.paragraph_spacing = theme_.paragraph_spacing;
  inside.width = theme_.page.ContentWidth();
  content.body = std::make_shared<BlockStack>(BuildChildren(node, inside));
  return std::make_shared<CoverBlock>(std::move(content), theme_);
}

// Each cell's blocks are built here, in the cell's column alignment; header
// cells are bold in the header colour, stub cells bold.
BlockPtr BlockBuilder::BuildIndex(const Node& node) {
  InlineState title_state = HeadingState(2);

  IndexStyle style;
  style.term =
      spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.text, ""});
  style.number =
      spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.link, ""});
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

}  // namespace coopkit::layout
