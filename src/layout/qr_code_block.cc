#include "layout/qr_code_block.h"

#include <algorithm>

namespace coopkit::layout {
namespace {

constexpr Color kLight{1, 1, 1};
constexpr Color kDark{0, 0, 0};

}  // namespace

QrCodeBlock::QrCodeBlock(QrCode code, std::string data, float side, float space_around)
    : code_(std::move(code)),
      data_(std::move(data)),
      side_(std::max(side, kMinQrSide)),
      space_around_(space_around) {}

float QrCodeBlock::module() const {
  return side_ / static_cast<float>(code_.size() + 2 * kQrQuietZone);
}

float QrCodeBlock::Wrap(float /*width*/) const { return side_; }

void QrCodeBlock::Draw(const DrawContext& context, float x, float top, float /*width*/) const {
  Page& page = *context.page;
  page.rects.push_back({x, top, side_, side_, kLight});
  const float unit = module();
  const float origin_x = x + kQrQuietZone * unit;
  const float origin_y = top + kQrQuietZone * unit;
  for (const QrCode::Run& run : code_.DarkRuns()) {
    page.rects.push_back({origin_x + static_cast<float>(run.column) * unit,
                          origin_y + static_cast<float>(run.row) * unit,
                          static_cast<float>(run.length) * unit, unit, kDark});
  }
  if (data_.starts_with("http://") || data_.starts_with("https://")) {
    LinkArea link;
    link.x = x;
    link.y = top;
    link.width = side_;
    link.height = side_;
    link.uri = data_;
    page.links.push_back(std::move(link));
  }
}

}  // namespace coopkit::layout
