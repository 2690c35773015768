#include "layout/blocks/qr_code.h"

#include <qrencode.h>

#include <memory>
#include <string>

namespace coopkit::layout {

std::optional<QrCode> QrCode::Encode(std::string_view data) {
  if (data.empty()) return std::nullopt;
  std::string terminated(data);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString(terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!code) return std::nullopt;
  std::vector<bool> dark(static_cast<size_t>(code->width) * code->width);
  // libqrencode's bit 0 of each byte is the module's colour (1 = dark).
  for (size_t i = 0; i < dark.size(); ++i) dark[i] = code->data[i] & 1;
  return QrCode(code->width, code->version, std::move(dark));
}

std::vector<QrCode::Run> QrCode::DarkRuns() const {
  std::vector<Run> runs;
  for (int row = 0; row < size_; ++row) {
    for (int column = 0; column < size_;) {
      if (!Dark(row, column)) {
        ++column;
        continue;
      }
      int end = column;
      while (end < size_ && Dark(row, end)) ++end;
      runs.push_back({row, column, end - column});
      column = end;
    }
  }
  return runs;
}

}  // namespace coopkit::layout
