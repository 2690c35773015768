#include "kit/first_page_thumbnail.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "base/png_encoder.h"

namespace coopkit::kit {
namespace {

// poppler prints its errors on stderr unless given a function; they become
// the calling thread's error message instead.
thread_local std::string poppler_message;

void KeepPopplerMessage(const std::string& message, void*) {
  if (poppler_message.empty()) poppler_message = message;
}

}  // namespace

std::optional<std::string> FirstPageThumbnail(const std::string& pdf_path, int longest_side,
                                              std::string* error) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(KeepPopplerMessage, nullptr); });
  poppler_message.clear();
  auto fail = [&](const std::string& what) {
    *error = what + (poppler_message.empty() ? "" : " (" + poppler_message + ")");
    return std::nullopt;
  };
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(pdf_path));
  if (!document || document->is_locked()) return fail("cannot be read as a PDF");
  std::unique_ptr<poppler::page> page(document->pages() > 0 ? document->create_page(0) : nullptr);
  if (!page) return fail("has no page");
  const poppler::rectf box = page->page_rect(poppler::media_box);
  const double points = std::max(box.width(), box.height());
  if (points <= 0) return fail("has a first page of no size");
  const double dpi = longest_side * 72.0 / points;

  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing |
                            poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_argb32);
  const poppler::image rendered = renderer.render_page(page.get(), dpi, dpi);
  if (!rendered.is_valid()) return fail("cannot be rendered");

  // argb32 is a native-endian 0xAARRGGBB word per pixel: B, G, R, A in memory
  // on the little-endian machines Debian's poppler is built for; read as
  // words, so that the byte order does not matter. The paper is opaque white.
  RgbImage image{rendered.width(), rendered.height(), {}};
  image.pixels.reserve(static_cast<size_t>(image.width) * image.height * 3);
  for (int y = 0; y < image.height; ++y) {
    const char* row = rendered.const_data() + static_cast<size_t>(y) * rendered.bytes_per_row();
    for (int x = 0; x < image.width; ++x) {
      uint32_t argb;
      std::copy_n(row + x * 4, 4, reinterpret_cast<char*>(&argb));
      image.pixels.push_back(static_cast<uint8_t>(argb >> 16));
      image.pixels.push_back(static_cast<uint8_t>(argb >> 8));
      image.pixels.push_back(static_cast<uint8_t>(argb));
    }
  }
  std::string png = EncodePng(image);
  if (png.empty()) return fail("cannot be encoded as PNG");
  return png;
}

}  // namespace coopkit::kit
