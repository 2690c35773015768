#pragma once

namespace coopkit::page {

/// An RGB colour, each component 0..1.
struct Color {
  float r = 0, g = 0, b = 0;
  bool operator==(const Color&) const = default;
};

}  // namespace coopkit::page
