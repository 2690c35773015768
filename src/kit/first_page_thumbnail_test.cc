#include "kit/first_page_thumbnail.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "tests/support/test_pdfs.h"
#include "tests/support/tool_runner.h"

namespace coopkit::kit {
namespace {

using coopkit::testing::DecodePng;
using coopkit::testing::OnePagePdf;
using coopkit::testing::PixelAt;
using coopkit::testing::TempDir;

std::string Write(const TempDir& dir, const std::string& name, const std::string& bytes) {
  std::ofstream(dir.File(name), std::ios::binary) << bytes;
  return dir.File(name);
}

TEST(FirstPageThumbnailTest, ScalesThePageToItsLongerSideAndDrawsWhatItHolds) {
  TempDir dir;
  std::string error;
  std::optional<std::string> png =
      FirstPageThumbnail(Write(dir, "a4.pdf", OnePagePdf(595, 842)), 360, &error);
  ASSERT_TRUE(png) << error;
  RgbImage image = DecodePng(*png);
  EXPECT_EQ(image.height, 360);
  EXPECT_NEAR(image.width, 360 * 595 / 842, 1);
  EXPECT_EQ(PixelAt(image, image.width / 4, image.height / 2), 0xFF0000u);
  EXPECT_EQ(PixelAt(image, image.width * 3 / 4, image.height / 2), 0xFFFFFFu);
}

TEST(FirstPageThumbnailTest, ALandscapePageIsAsWideAsTheLongerSide) {
  TempDir dir;
  std::string error;
  std::optional<std::string> png =
      FirstPageThumbnail(Write(dir, "landscape.pdf", OnePagePdf(842, 595)), 200, &error);
  ASSERT_TRUE(png) << error;
  RgbImage image = DecodePng(*png);
  EXPECT_EQ(image.width, 200);
  EXPECT_NEAR(image.height, 200 * 595 / 842, 1);
}

TEST(FirstPageThumbnailTest, RefusesWhatIsNotAReadablePdf) {
  TempDir dir;
  std::string error;
  EXPECT_FALSE(FirstPageThumbnail(Write(dir, "text.pdf", "not a PDF at all\n"), 100, &error));
  EXPECT_NE(error.find("cannot be read as a PDF"), std::string::npos) << error;
  error.clear();
  EXPECT_FALSE(FirstPageThumbnail(dir.File("missing.pdf"), 100, &error));
  EXPECT_NE(error.find("cannot be read as a PDF"), std::string::npos) << error;
}

}  // namespace
}  // namespace coopkit::kit
