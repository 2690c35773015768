#include "layout/running_elements.h"

#include <string>

#include "layout/text_lines.h"

namespace coopkit::layout {
namespace {

constexpr float kHeaderRaise = 16;  // header baseline above the top margin
constexpr float kRuleRaise = 10;    // header rule above the top margin
constexpr float kRuleWidth = 0.4f;
constexpr float kFooterDrop = 26;   // footer baseline below the bottom margin

}  // namespace

RunningElements::RunningElements(const doc::DocumentInfo* info, const Theme* theme,
                                 const FontSet* fonts, const ParagraphSetter* setter)
    : info_(*info), theme_(*theme), setter_(setter) {
  style_.font = fonts->Face({FontRole::kBody, false, false});
  style_.size = theme_.small_size;
  style_.color = theme_.muted;
}

void RunningElements::Draw(Page* page, int number, int count) const {
  const PageGeometry& geometry = theme_.page;
  if (!info_.header_left.empty() || !info_.header_right.empty()) {
    float header = geometry.margin_top - kHeaderRaise;
    DrawLabel(page, info_.header_left, Alignment::kLeft, header);
    DrawLabel(page, info_.header_right, Alignment::kRight, header);
    float rule = geometry.margin_top - kRuleRaise;
    page->lines.push_back({geometry.margin_inner, rule, geometry.width - geometry.margin_outer,
                           rule, kRuleWidth, theme_.muted});
  }
  float footer = geometry.height - geometry.margin_bottom + kFooterDrop;
  DrawLabel(page, info_.footer_left, Alignment::kLeft, footer);
  DrawLabel(page, "page " + std::to_string(number) + " / " + std::to_string(count),
            Alignment::kRight, footer);
}

void RunningElements::DrawLabel(Page* page, const std::string& text, Alignment alignment,
                                float baseline) const {
  if (text.empty()) return;
  ParagraphShape shape;
  shape.width = theme_.page.ContentWidth();
  shape.alignment = alignment;
  shape.hyphenate = false;
  std::vector<Line> lines = setter_->Set({{text, style_}}, shape);
  if (lines.empty()) return;
  DrawLine({page, 0, nullptr}, lines.front(), theme_.page.margin_inner, baseline);
}

}  // namespace coopkit::layout
