// The font families a document is set in, by name; FontLocator resolves each
// to its four files (regular, bold, italic, bold italic).
#pragma once

#include <string>

namespace coopkit::fonts {

struct FontFamily {
  std::string name;  // "Noto Serif"
};

struct FontFamilies {
  FontFamily body{"Noto Serif"};
  FontFamily heading{"Noto Sans"};
  FontFamily mono{"Noto Sans Mono"};
};

}  // namespace coopkit::fonts
