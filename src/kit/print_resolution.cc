#include "kit/print_resolution.h"

#include <cmath>
#include <map>

namespace coopkit::kit {

void WarnAboutBlurredImages(const page::LaidOutDocument& document, const ImagePlaces& places,
                            DiagnosticList* diagnostics) {
  struct Widest {
    float ppi = 0;
    float inches = 0;  // printed width at that resolution
  };
  std::map<std::string, Widest> lowest;  // by path, in path order for stable messages
  for (const page::Page& page : document.pages) {
    for (const page::PlacedImage& image : page.images) {
      if (image.pixel_width <= 0 || image.width <= 0 || !places.count(image.path)) continue;
      const float inches = image.width / 72;
      const float ppi = static_cast<float>(image.pixel_width) / inches;
      auto [it, added] = lowest.try_emplace(image.path, Widest{ppi, inches});
      if (!added && ppi < it->second.ppi) it->second = {ppi, inches};
    }
  }
  for (const auto& [path, widest] : lowest) {
    if (widest.ppi >= kMinPrintPpi) continue;
    const ImagePlace& place = places.at(path);
    const int needed = static_cast<int>(std::ceil(widest.inches * kMinPrintPpi));
    diagnostics->Warning(
        place.where,
        "image '" + place.written + "' prints at " + std::to_string(std::lround(widest.ppi)) +
            " pixels per inch, fewer than the " + std::to_string(std::lround(kMinPrintPpi)) +
            " paper needs: it will look blurred",
        "use a picture at least " + std::to_string(needed) +
            " pixels wide for this size, or print it smaller with :width:");
  }
}

}  // namespace coopkit::kit
