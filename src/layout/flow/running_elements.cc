#include "layout/flow/running_elements.h"

#include <cmath>
#include <numbers>
#include <string>
#include <string_view>
#include <utility>

#include "layout/inline/text_lines.h"

namespace coopkit::layout {
namespace {

constexpr float kCapHeight = 0.7f;      // of the font size, to centre capitals
constexpr float kUnbrokenWidth = 1e6f;  // wide enough for one line

// `pattern` with {page} and {pages} replaced by the page's number and count.
std::string PageNumberLabel(std::string pattern, int number, int count) {
  for (auto [field, value] :
       {std::pair<std::string_view, int>{"{pages}", count}, {"{page}", number}}) {
    for (size_t at; (at = pattern.find(field)) != std::string::npos;)
      pattern.replace(at, field.size(), std::to_string(value));
  }
  return pattern;
}

}  // namespace

RunningElements::RunningElements(const doc::DocumentInfo* info, const Theme* theme,
                                 const fonts::FontSet* fonts, const ParagraphSetter* setter)
    : info_(*info), theme_(*theme), setter_(setter) {
  style_.font = fonts->Face({fonts::FontRole::kBody, false, false});
  style_.size = theme_.small_size;
  style_.color = theme_.muted;
  watermark_style_.font = fonts->Face({fonts::FontRole::kHeading, true, false});
  watermark_style_.size = 1;  // scaled to the page in DrawWatermark
  watermark_style_.color = theme_.watermark;
  header_left_ = SetLabel(info_.header_left, Alignment::kLeft);
  header_right_ = SetLabel(info_.header_right, Alignment::kRight);
  footer_left_ = SetLabel(info_.footer_left, Alignment::kLeft);
}

void RunningElements::CheckLabels(MissingGlyphReport* report) const {
  const SourceLocation where{"", info_.source_line, 0};
  for (const std::string* label : {&info_.header_left, &info_.header_right, &info_.footer_left})
    report->Check(*label, style_.font, where);
}

void RunningElements::Draw(page::Page* page, int number, int count) const {
  const PageGeometry& geometry = theme_.page;
  if (header_left_ || header_right_) {
    float header = geometry.margin_top - theme_.header_raise;
    DrawLabel(page, header_left_, header);
    DrawLabel(page, header_right_, header);
    float rule = geometry.margin_top - theme_.header_rule_raise;
    page->lines.push_back({geometry.margin_inner, rule, geometry.width - geometry.margin_outer,
                           rule, theme_.header_rule_width, theme_.muted});
  }
  float footer = geometry.height - geometry.margin_bottom + theme_.footer_drop;
  DrawLabel(page, footer_left_, footer);
  DrawLabel(page,
            SetLabel(PageNumberLabel(theme_.words.page_number, number, count), Alignment::kRight),
            footer);
}

void RunningElements::DrawWatermark(page::Page* page) const {
  if (info_.watermark.empty()) return;
  ParagraphShape shape;
  shape.width = kUnbrokenWidth;
  shape.alignment = Alignment::kLeft;
  shape.hyphenate = false;
  std::vector<Line> lines = setter_->Set({{info_.watermark, watermark_style_}}, shape);
  if (lines.empty() || lines.front().width <= 0) return;
  const float diagonal = std::hypot(page->width, page->height);
  const float size = theme_.watermark_span * diagonal / lines.front().width;  // width at size 1
  const float angle = std::atan2(page->height, page->width);
  // From the page's centre, back half the text's length along the diagonal
  // (up is -y), then down half the capitals' height across it.
  const float half_length = lines.front().width * size / 2;
  const float half_height = kCapHeight * size / 2;
  page::GlyphRun run;
  run.x = page->width / 2 - half_length * std::cos(angle) + half_height * std::sin(angle);
  run.y = page->height / 2 + half_length * std::sin(angle) + half_height * std::cos(angle);
  run.font = watermark_style_.font;
  run.size = size;
  run.color = watermark_style_.color;
  run.text = info_.watermark;
  run.angle = angle * 180 / std::numbers::pi_v<float>;
  page->runs.insert(page->runs.begin(), std::move(run));
}

std::optional<Line> RunningElements::SetLabel(const std::string& text, Alignment alignment) const {
  if (text.empty()) return std::nullopt;
  ParagraphShape shape;
  shape.width = theme_.page.ContentWidth();
  shape.alignment = alignment;
  shape.hyphenate = false;
  std::vector<Line> lines = setter_->Set({{text, style_}}, shape);
  if (lines.empty()) return std::nullopt;
  return std::move(lines.front());
}

void RunningElements::DrawLabel(page::Page* page, const std::optional<Line>& label,
                                float baseline) const {
  if (label) DrawLine({page, 0, nullptr}, *label, theme_.page.margin_inner, baseline);
}

}  // namespace coopkit::layout
