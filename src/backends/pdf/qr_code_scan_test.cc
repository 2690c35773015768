// A QR code drawn by layout and written by PdfWriter must read back with a
// real scanner (zbarimg) from a 150 dpi rendering, as a phone would from paper.
#include <gtest/gtest.h>

#include <fstream>

#include "backends/pdf/pdf_writer.h"
#include "layout/blocks/qr_code_block.h"
#include "tests/support/tool_runner.h"

namespace coopkit::pdf {
namespace {

using coopkit::testing::RunTool;
using coopkit::testing::ShellQuote;
using coopkit::testing::TempDir;

TEST(QrCodeScanTest, PrintedCodeDecodesToItsData) {
  const std::string url = "https://www.cress-nouvelle-aquitaine.org/ressources/annuaire";
  std::optional<layout::QrCode> code = layout::QrCode::Encode(url);
  ASSERT_TRUE(code);
  page::LaidOutDocument document;
  document.pages.resize(1);
  document.pages[0].width = 419.53f;
  document.pages[0].height = 595.28f;
  layout::QrCodeBlock block(*code, url, 0, 0);  // the smallest allowed: 18 mm
  block.Draw({&document.pages[0], 0, nullptr}, 60, 80, 300);

  std::string bytes, error;
  ASSERT_TRUE(PdfWriter({}).Write(document, &bytes, &error)) << error;
  TempDir dir;
  std::ofstream(dir.File("qr.pdf"), std::ios::binary) << bytes;
  int exit_code = 0;
  RunTool(
      "pdftoppm -r 150 -png " + ShellQuote(dir.File("qr.pdf")) + " " + ShellQuote(dir.File("page")),
      &exit_code);
  ASSERT_EQ(exit_code, 0);
  std::string decoded =
      RunTool("zbarimg --quiet --raw " + ShellQuote(dir.File("page-1.png")), &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(decoded, url + "\n");
}

}  // namespace
}  // namespace coopkit::pdf
