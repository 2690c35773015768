// The faces a document uses, looked up by role and style. Each face has a
// FontId (its index in the laid-out document's font list) and metrics.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fonts/font_metrics.h"
#include "fonts/font_style.h"
#include "page/font_id.h"

namespace coopkit::fonts {

class FontSet {
 public:
  virtual ~FontSet() = default;
  virtual page::FontId Face(FontStyle style) const = 0;
  virtual const FontMetrics& Metrics(page::FontId id) const = 0;
  /// The face as users name it, for messages.
  virtual std::string FaceName(page::FontId id) const = 0;
  /// The TrueType file behind each FontId, for the backend to embed.
  virtual std::vector<std::string> Files() const = 0;
};

}  // namespace coopkit::fonts
