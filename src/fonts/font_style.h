// Which face of a document's fonts a piece of text asks for.
#pragma once

namespace coopkit::fonts {

enum class FontRole { kBody, kHeading, kMono };

struct FontStyle {
  FontRole role = FontRole::kBody;
  bool bold = false;
  bool italic = false;
};

}  // namespace coopkit::fonts
