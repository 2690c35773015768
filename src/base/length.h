// Lengths written by users, in themes and directive options: "20mm", "1.5cm",
// "10pt", "0.5in", a bare number (points), and for widths that follow the
// column, a percentage ("60%"). Everything is converted to PDF points.
#pragma once

#include <optional>
#include <string_view>

namespace coopkit {

/// The longest length coopkit takes, in points: the largest side of a PDF
/// page (200 inches).
inline constexpr float kMaxLength = 14400;

inline constexpr float kPointsPerMm = 72.0f / 25.4f;

/// A length such as "20mm", "1.5cm", "10pt", "0.5in" or "12" (points), in
/// points; nullopt when malformed, negative, not finite ("nan", "inf") or
/// longer than kMaxLength.
std::optional<float> ParseLength(std::string_view text);

/// A width given either in points or as a share of the room available.
struct RelativeLength {
  float points = 0;    // when !relative
  float fraction = 1;  // of the available width, when relative
  bool relative = true;

  float Resolve(float available) const { return relative ? fraction * available : points; }
};

/// A length as ParseLength reads it, or a percentage above 0 and at most 100
/// ("60%", "12.5 %"); nullopt otherwise.
std::optional<RelativeLength> ParseRelativeLength(std::string_view text);

}  // namespace coopkit
