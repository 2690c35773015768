#include "base/length.h"

#include <charconv>
#include <cmath>
#include <utility>

namespace coopkit {
namespace {

std::string_view TrimTrailingSpaces(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

/// The whole of `text` as a non-negative number, or nullopt.
std::optional<float> ParseNumber(std::string_view text) {
  float value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  // from_chars also reads "nan" and "inf".
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0)
    return std::nullopt;
  return value;
}

}  // namespace

std::optional<float> ParseLength(std::string_view text) {
  static constexpr std::pair<std::string_view, float> kUnits[] = {
      {"mm", kPointsPerMm}, {"cm", 72.0f / 2.54f}, {"pt", 1.0f}, {"in", 72.0f}};
  float scale = 1.0f;
  for (const auto& [suffix, factor] : kUnits) {
    if (text.size() > suffix.size() && text.ends_with(suffix)) {
      text.remove_suffix(suffix.size());
      scale = factor;
      break;
    }
  }
  std::optional<float> value = ParseNumber(TrimTrailingSpaces(text));
  if (!value || *value * scale > kMaxLength) return std::nullopt;
  return *value * scale;
}

std::optional<RelativeLength> ParseRelativeLength(std::string_view text) {
  if (text.ends_with('%')) {
    text.remove_suffix(1);
    std::optional<float> percent = ParseNumber(TrimTrailingSpaces(text));
    if (!percent || *percent <= 0 || *percent > 100) return std::nullopt;
    return RelativeLength{.fraction = *percent / 100, .relative = true};
  }
  std::optional<float> points = ParseLength(text);
  if (!points || *points <= 0) return std::nullopt;
  return RelativeLength{.points = *points, .relative = false};
}

}  // namespace coopkit
