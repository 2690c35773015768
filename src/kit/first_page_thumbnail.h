// A small picture of a PDF's first page, for the kit's index page: rendered
// in-process by poppler (the library behind pdftoppm), encoded as PNG.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace coopkit::kit {

/// The first page of the PDF file at `pdf_path` as PNG bytes, scaled so that
/// its longer side is `longest_side` pixels, on white. Returns nullopt with
/// `error` set (poppler's own words when it has some) when the file cannot
/// be read as a PDF or has no page.
std::optional<std::string> FirstPageThumbnail(const std::string& pdf_path, int longest_side,
                                              std::string* error);

/// What renders first pages for the kit: FirstPageThumbnail, or in tests one
/// that fails.
using ThumbnailRenderer = std::function<std::optional<std::string>(
    const std::string& pdf_path, int longest_side, std::string* error)>;

}  // namespace coopkit::kit
