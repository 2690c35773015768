// Fuzzes the image guard as the PDF writer relies on it: every file that
// ReadImageInfo accepts is then embedded by libharu into a one-page PDF,
// which must neither crash nor leak.
#include <string>

#include "backends/pdf/pdf_writer.h"
#include "base/image_info.h"
#include "tests/fuzz/fuzz_support.h"

using namespace coopkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::WorkFolder folder;
  std::string bytes(fuzz::AsText(data, size));
  std::string problem;
  std::optional<ImageInfo> info = ReadImageInfo(bytes, &problem);
  if (!info) return 0;

  page::LaidOutDocument document;
  page::Page page{.width = 200, .height = 200};
  page.images.push_back(
      {.x = 10, .y = 10, .width = 100, .height = 100, .path = folder.Write("image", bytes)});
  document.pages.push_back(std::move(page));
  std::string pdf;
  pdf::PdfWriter({.source_date_epoch = 0}).Write(std::move(document), &pdf, &problem);
  return 0;
}
