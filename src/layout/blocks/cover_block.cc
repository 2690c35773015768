#include "layout/blocks/cover_block.h"

namespace coopkit::layout {
namespace {

float TextHeight(const TextSource& text, float width) {
  std::shared_ptr<const TextLines> lines = text.At(width);
  return lines->Height(0, lines->size());
}

void DrawText(const DrawContext& context, const TextSource& text, float x, float top, float width) {
  std::shared_ptr<const TextLines> lines = text.At(width);
  lines->Draw(context, 0, lines->size(), x, top);
}

}  // namespace

CoverBlock::CoverBlock(CoverContent content, const Theme& theme)
    : content_(std::move(content)),
      geometry_(theme.page),
      cover_(theme.cover),
      band_(theme.cover_background),
      accent_(theme.accent) {}

float CoverBlock::BandBottom() const { return geometry_.height * cover_.band_fraction; }

float CoverBlock::BodyRoomTop() const {
  float top = BandBottom() + cover_.stripe_height + cover_.date_gap;
  if (content_.date_and_place) {
    top += TextHeight(*content_.date_and_place, geometry_.ContentWidth());
  }
  return top + cover_.body_gap;
}

bool CoverBlock::BodyOverflows() const {
  float room = geometry_.height - geometry_.margin_bottom - BodyRoomTop();
  return content_.body->Wrap(geometry_.ContentWidth()) > room + kFitTolerance;
}

void CoverBlock::Draw(const DrawContext& context, float /*x*/, float /*top*/,
                      float /*width*/) const {
  page::Page& page = *context.page;
  float band_bottom = BandBottom();
  page.rects.push_back({0, 0, geometry_.width, band_bottom, band_});
  page.rects.push_back({0, band_bottom, geometry_.width, cover_.stripe_height, accent_});

  float left = geometry_.margin_inner;
  float width = geometry_.ContentWidth();
  if (content_.organisation) {
    DrawText(context, *content_.organisation, left, geometry_.margin_top, width);
  }
  // Title and subtitle stand on the band's lower edge, the accent mark above.
  float y = band_bottom - cover_.band_padding;
  if (content_.subtitle) {
    y -= TextHeight(*content_.subtitle, width);
    DrawText(context, *content_.subtitle, left, y, width);
    y -= cover_.title_gap;
  }
  if (content_.title) {
    y -= TextHeight(*content_.title, width);
    DrawText(context, *content_.title, left, y, width);
  }
  page.rects.push_back({left, y - cover_.mark_gap - cover_.mark_height, cover_.mark_width,
                        cover_.mark_height, accent_});

  if (content_.date_and_place) {
    DrawText(context, *content_.date_and_place, left,
             band_bottom + cover_.stripe_height + cover_.date_gap, width);
  }
  // The body sits at the foot of the page; what does not fit is left out.
  float room_top = BodyRoomTop();
  float room_bottom = geometry_.height - geometry_.margin_bottom;
  float body_height = content_.body->Wrap(width);
  if (body_height <= room_bottom - room_top + kFitTolerance) {
    content_.body->Draw(context, left, room_bottom - body_height, width);
  } else if (BlockPtr head = content_.body->Split(width, room_bottom - room_top).head) {
    head->Draw(context, left, room_top, width);
  }
}

}  // namespace coopkit::layout
