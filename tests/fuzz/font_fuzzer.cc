// Fuzzes the font guards as the kit relies on them: a file that
// TrueTypeFont::Load accepts is measured for layout, then checked by
// CheckTrueTypeFont, subset with HarfBuzz and embedded by libharu when the
// PDF writer draws a line of French text with it.
#include <string>

#include "backends/pdf/pdf_writer.h"
#include "fonts/true_type_font.h"
#include "tests/fuzz/fuzz_support.h"

using namespace coopkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::WorkFolder folder;
  const std::string path = folder.Write("font.ttf", std::string(fuzz::AsText(data, size)));
  std::string problem;
  std::unique_ptr<fonts::TrueTypeFont> font = fonts::TrueTypeFont::Load(path, &problem);
  if (!font) return 0;
  for (char32_t cp : U"Aé«\u202F€\uFFFF") {
    font->Advance(cp);
    font->HasGlyph(cp);
  }

  page::LaidOutDocument document;
  document.font_files = {path};
  page::Page page{.width = 200, .height = 200};
  page.runs.push_back({.x = 10, .y = 20, .font = 0, .size = 10, .text = "Coopérer « ensemble » !"});
  document.pages.push_back(std::move(page));
  std::string pdf;
  pdf::PdfWriter({.source_date_epoch = 0}).Write(std::move(document), &pdf, &problem);
  return 0;
}
