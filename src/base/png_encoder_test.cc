#include "base/png_encoder.h"

#include <gtest/gtest.h>

#include "base/image_info.h"
#include "tests/support/test_pdfs.h"

namespace coopkit {
namespace {

RgbImage Gradient(int width, int height) {
  RgbImage image{width, height, {}};
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      image.pixels.push_back(static_cast<uint8_t>(x * 7));
      image.pixels.push_back(static_cast<uint8_t>(y * 3));
      image.pixels.push_back(static_cast<uint8_t>(x ^ y));
    }
  }
  return image;
}

TEST(PngEncoderTest, DecodesBackToTheSamePixels) {
  RgbImage image = Gradient(37, 21);
  RgbImage decoded = testing::DecodePng(EncodePng(image));
  EXPECT_EQ(decoded.width, 37);
  EXPECT_EQ(decoded.height, 21);
  EXPECT_EQ(decoded.pixels, image.pixels);
}

TEST(PngEncoderTest, PassesTheChecksEveryImageOfTheKitGets) {
  std::string error;
  std::optional<ImageInfo> info = ReadImageInfo(EncodePng(Gradient(300, 200)), &error);
  ASSERT_TRUE(info) << error;
  EXPECT_EQ(info->format, ImageFormat::kPng);
  EXPECT_EQ(info->width, 300);
  EXPECT_EQ(info->height, 200);
}

TEST(PngEncoderTest, RefusesPixelsThatDoNotMatchTheSize) {
  RgbImage image = Gradient(4, 4);
  image.pixels.pop_back();
  EXPECT_EQ(EncodePng(image), "");
  EXPECT_EQ(EncodePng(RgbImage{}), "");
  EXPECT_EQ(EncodePng(RgbImage{0, 5, {}}), "");
}

}  // namespace
}  // namespace coopkit
