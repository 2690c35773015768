// A QR code's module matrix, encoded by libqrencode (8-bit mode, error
// correction level M: a code still reads with 15 % of it damaged or dirty).
// DarkRuns() gives the dark modules merged into horizontal runs, so that a
// code is drawn as a few hundred runs of a cell grid rather than one square
// per module.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "page/page.h"

namespace coopkit::layout {

class QrCode {
 public:
  /// A maximal run of dark modules on one row: columns [column, column + length).
  using Run = page::CellGrid::Run;

  /// nullopt when `data` is empty or too long for any QR code version.
  static std::optional<QrCode> Encode(std::string_view data);

  /// Modules per side, without the quiet zone (21 for version 1).
  int size() const { return size_; }
  /// 1..40: the version libqrencode chose, the smallest that holds the data.
  int version() const { return version_; }
  bool Dark(int row, int column) const { return dark_[row * size_ + column]; }
  std::vector<Run> DarkRuns() const;

 private:
  QrCode(int size, int version, std::vector<bool> dark)
      : size_(size), version_(version), dark_(std::move(dark)) {}

  int size_;
  int version_;
  std::vector<bool> dark_;  // row after row
};

}  // namespace coopkit::layout
