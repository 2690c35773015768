#include "layout/blocks/qr_code_block.h"

#include <algorithm>

namespace coopkit::layout {
namespace {

constexpr page::Color kLight{1, 1, 1};
constexpr page::Color kDark{0, 0, 0};

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
  page::Page& page = *context.page;
  page.rects.push_back({x, top, side_, side_, kLight});
  const float unit = module();
  page.grids.push_back({.x = x + kQrQuietZone * unit,
                        .y = top + kQrQuietZone * unit,
                        .cell = unit,
                        .color = kDark,
                        .runs = code_.DarkRuns()});
  if (data_.starts_with("http://") || data_.starts_with("https://")) {
    page.links.push_back({.x = x, .y = top, .width = side_, .height = side_, .uri = data_});
  }
}

}  // namespace coopkit::layout
