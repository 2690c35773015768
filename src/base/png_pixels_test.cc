#include "base/png_pixels.h"

#include <gtest/gtest.h>

#include "tests/support/test_images.h"

namespace coopkit {
namespace {

using testing::PngBytes;

TEST(PngPixelsTest, RgbWithATransparentColourGetsAnAlphaPlane) {
  PngPixels pixels;
  std::string error;
  ASSERT_TRUE(DecodePngPixels(
      PngBytes({.width = 4, .height = 2, .colour_type = 2, .transparent_colour = true}), &pixels,
      &error))
      << error;
  EXPECT_EQ(pixels.width, 4);
  EXPECT_EQ(pixels.height, 2);
  EXPECT_FALSE(pixels.grey);
  EXPECT_EQ(pixels.colour.size(), 4u * 2 * 3);
  EXPECT_EQ(pixels.alpha, std::vector<uint8_t>(8, 255));  // no pixel is (0, 0, 0)
}

TEST(PngPixelsTest, PaletteBecomesRgbAndItsTransparencyAnAlphaPlane) {
  PngPixels pixels;
  std::string error;
  ASSERT_TRUE(DecodePngPixels(
      PngBytes(
          {.width = 4, .height = 1, .colour_type = 3, .bit_depth = 2, .transparent_colour = true}),
      &pixels, &error))
      << error;
  EXPECT_EQ(pixels.colour, (std::vector<uint8_t>{0, 0, 200, 85, 0, 200, 170, 0, 200, 255, 0, 200}));
  EXPECT_EQ(pixels.alpha, (std::vector<uint8_t>{0, 85, 170, 255}));
}

TEST(PngPixelsTest, GreyOfSixteenOrOneBitsBecomesEightBitGrey) {
  for (int depth : {1, 16}) {
    PngPixels pixels;
    std::string error;
    ASSERT_TRUE(DecodePngPixels(
        PngBytes({.width = 2, .height = 1, .colour_type = 0, .bit_depth = depth}), &pixels, &error))
        << error;
    EXPECT_TRUE(pixels.grey);
    EXPECT_EQ(pixels.colour, (std::vector<uint8_t>{0, 255})) << depth;
    EXPECT_TRUE(pixels.alpha.empty());
  }
}

TEST(PngPixelsTest, ChecksWithoutKeepingThePixels) {
  std::string error;
  EXPECT_TRUE(DecodePngPixels(PngBytes({.width = 40, .height = 40}), nullptr, &error)) << error;
  EXPECT_FALSE(
      DecodePngPixels(PngBytes({.width = 40, .height = 40, .pixels_cut = true}), nullptr, &error));
  EXPECT_NE(error.find("is damaged: its pixel data cannot be decoded"), std::string::npos) << error;
}

// 13 x 11 pixels leave some Adam7 passes short of a full block, and the
// rows differ in RGB files (their second channel grows row by row).
TEST(PngPixelsTest, AnInterlacedPngHasThePixelsOfThePlainOne) {
  const std::pair<int, std::vector<int>> depths_by_colour_type[] = {
      {0, {1, 2, 4, 8, 16}}, {2, {8, 16}}, {3, {1, 2, 4, 8}}, {4, {8, 16}}, {6, {8, 16}}};
  for (const auto& [colour_type, depths] : depths_by_colour_type) {
    for (int depth : depths) {
      testing::PngSpec spec{
          .width = 13, .height = 11, .colour_type = colour_type, .bit_depth = depth};
      PngPixels plain, interlaced;
      std::string error;
      ASSERT_TRUE(DecodePngPixels(PngBytes(spec), &plain, &error)) << error;
      spec.interlaced = true;
      ASSERT_TRUE(DecodePngPixels(PngBytes(spec), &interlaced, &error)) << error;
      EXPECT_EQ(interlaced.colour, plain.colour) << colour_type << " " << depth;
      EXPECT_EQ(interlaced.alpha, plain.alpha) << colour_type << " " << depth;
      EXPECT_TRUE(DecodePngPixels(PngBytes(spec), nullptr, &error)) << error;
    }
  }
}

TEST(PngPixelsTest, AnInterlacedPngCutShortIsDamaged) {
  std::string error;
  EXPECT_FALSE(
      DecodePngPixels(PngBytes({.width = 40, .height = 40, .interlaced = true, .pixels_cut = true}),
                      nullptr, &error));
  EXPECT_NE(error.find("is damaged: its pixel data cannot be decoded"), std::string::npos) << error;
}

TEST(PngPixelsTest, FlatteningOntoWhiteBlendsEachPixelByItsAlpha) {
  PngPixels pixels{.width = 3,
                   .height = 1,
                   .colour = {0, 0, 0, 200, 100, 0, 10, 20, 30},
                   .alpha = {0, 255, 128}};
  FlattenOntoWhite(&pixels);
  EXPECT_EQ(pixels.colour, (std::vector<uint8_t>{255, 255, 255, 200, 100, 0, 132, 137, 142}));
  EXPECT_TRUE(pixels.alpha.empty());

  PngPixels grey{.width = 2, .height = 1, .grey = true, .colour = {0, 0}, .alpha = {51, 255}};
  FlattenOntoWhite(&grey);
  EXPECT_EQ(grey.colour, (std::vector<uint8_t>{204, 0}));
}

TEST(PngPixelsTest, FlatteningAnOpaqueImageChangesNothing) {
  PngPixels pixels{.width = 1, .height = 1, .colour = {1, 2, 3}};
  FlattenOntoWhite(&pixels);
  EXPECT_EQ(pixels.colour, (std::vector<uint8_t>{1, 2, 3}));
}

}  // namespace
}  // namespace coopkit
