// BlockBuilder: code, charts, images and QR codes.
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/length.h"
#include "layout/blocks/chart_block.h"
#include "layout/blocks/code_block.h"
#include "layout/blocks/image_block.h"
#include "layout/blocks/qr_code_block.h"
#include "layout/flow/block_builder.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

}  // namespace

BlockPtr BlockBuilder::BuildCodeBlock(const Node& node) {
  CodeStyle style;
  style.text.font = fonts_.Face({fonts::FontRole::kMono, false, false});
  style.text.size = theme_.code_size;
  style.text.color = theme_.text;
  style.metrics = &fonts_.Metrics(style.text.font);
  style.line_height = theme_.code_line_height;
  style.background = theme_.callout_background;
  style.padding = theme_.callout_padding * theme_.code_padding;
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
  style.title =
      spans_.Style({fonts::FontRole::kHeading, true, false, theme_.body_size, theme_.heading, ""});
  style.label =
      spans_.Style({fonts::FontRole::kBody, false, false, theme_.body_size, theme_.text, ""});
  style.scale = spans_.Style(
      {fonts::FontRole::kBody, false, false, theme_.small_size, theme_.chart_axis, ""});
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
    caption_text = std::make_shared<TextSource>(
        std::vector<StyledSpan>{{text, spans_.Style(caption)}}, shape, theme_.line_height, setter_);
  }
  ImageStyle style;
  style.caption_gap = theme_.paragraph_spacing;
  style.space_around = 2 * theme_.paragraph_spacing;
  style.max_height = theme_.page.ContentHeight();
  return std::make_shared<ImageBlock>(src, pixel_width, pixel_height,
                                      width.value_or(RelativeLength{}), std::move(caption_text),
                                      style, std::atoi(node.Attribute("orientation", "1").c_str()));
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
  if (side > around.width + kFitTolerance) {
    char sizes[96];
    std::snprintf(sizes, sizeof sizes, "%.1f mm wide, more than the %.1f mm", side / kPointsPerMm,
                  std::max(around.width, 0.0f) / kPointsPerMm);
    diagnostics_->Error(Where(node),
                        std::string("this QR code is ") + sizes +
                            " the lists, quotes, callouts or columns around it leave",
                        "give it a smaller :size: (18mm at least), or nest it less deeply");
    return nullptr;
  }
  return std::make_shared<QrCodeBlock>(std::move(*code), data, side, around.paragraph_spacing);
}

}  // namespace coopkit::layout
