// Whether each picture of a document has pixels enough for paper: printed
// below kMinPrintPpi pixels per inch at the size layout gave it, a photo
// looks blurred once printed, though it looks sharp on a screen. A warning
// says so where the picture is named, once per picture (at its smallest
// resolution), with the pixel width it would need.
#pragma once

#include "base/diagnostic.h"
#include "kit/image_resolver.h"
#include "page/page.h"

namespace coopkit::kit {

/// The resolution below which a printed picture looks blurred.
inline constexpr float kMinPrintPpi = 150;

/// Warns about every picture of `document` printed below kMinPrintPpi, at
/// its place in `places`; pictures not there, or of unknown pixel size, are
/// not checked.
void WarnAboutBlurredImages(const page::LaidOutDocument& document, const ImagePlaces& places,
                            DiagnosticList* diagnostics);

}  // namespace coopkit::kit
