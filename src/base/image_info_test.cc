#include "base/image_info.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "tests/support/test_images.h"

namespace coopkit {
namespace {

using testing::JpegBytes;
using testing::PngBytes;

std::string ErrorOf(const std::string& bytes) {
  std::string error;
  EXPECT_FALSE(ReadImageInfo(bytes, &error).has_value());
  return error;
}

TEST(ImageInfoTest, ReadsThePixelSizeOfAPng) {
  std::string error;
  auto info = ReadImageInfo(PngBytes({.width = 40, .height = 30}), &error);
  ASSERT_TRUE(info.has_value()) << error;
  EXPECT_EQ(info->format, ImageFormat::kPng);
  EXPECT_EQ(info->width, 40);
  EXPECT_EQ(info->height, 30);
}

TEST(ImageInfoTest, ReadsAPngWithTransparency) {
  std::string error;
  auto info = ReadImageInfo(PngBytes({.width = 7, .height = 300, .alpha = true}), &error);
  ASSERT_TRUE(info.has_value()) << error;
  EXPECT_EQ(info->width, 7);
  EXPECT_EQ(info->height, 300);
}

TEST(ImageInfoTest, ReadsThePixelSizeOfAJpeg) {
  std::string error;
  auto info = ReadImageInfo(JpegBytes(321, 123), &error);
  ASSERT_TRUE(info.has_value()) << error;
  EXPECT_EQ(info->format, ImageFormat::kJpeg);
  EXPECT_EQ(info->width, 321);
  EXPECT_EQ(info->height, 123);
}

TEST(ImageInfoTest, ReadsTheExifOrientationOfAPhonePhoto) {
  for (bool big_endian : {false, true}) {
    for (int orientation = 1; orientation <= 8; ++orientation) {
      std::string error;
      std::optional<ImageInfo> info =
          ReadImageInfo(testing::QuadrantJpegBytes(
                            40, 30, {testing::ExifOrientationSegment(orientation, big_endian)}),
                        &error);
      ASSERT_TRUE(info) << error;
      EXPECT_EQ(info->orientation, orientation) << big_endian;
      EXPECT_EQ(info->width, 40);
      EXPECT_EQ(info->SeenWidth(), orientation >= 5 ? 30 : 40) << orientation;
      EXPECT_EQ(info->SeenHeight(), orientation >= 5 ? 40 : 30) << orientation;
    }
  }
}

TEST(ImageInfoTest, AMissingOrDamagedOrientationReadsAsUpright) {
  std::string error;
  EXPECT_EQ(ReadImageInfo(testing::QuadrantJpegBytes(8, 8), &error)->orientation, 1);
  for (int odd : {0, 9, 0xFFFF})
    EXPECT_EQ(
        ReadImageInfo(testing::JpegBytes(8, 8, {testing::ExifOrientationSegment(odd)}), &error)
            ->orientation,
        1)
        << odd;
  testing::ExtraChunk cut = testing::ExifOrientationSegment(6);
  cut.data.resize(14);  // the header, and the IFD cut short
  EXPECT_EQ(ReadImageInfo(testing::JpegBytes(8, 8, {cut}), &error)->orientation, 1);
  // Only the first EXIF segment counts.
  EXPECT_EQ(ReadImageInfo(
                testing::JpegBytes(
                    8, 8, {testing::ExifOrientationSegment(6), testing::ExifOrientationSegment(3)}),
                &error)
                ->orientation,
            6);
}

TEST(ImageInfoTest, ReadsAnInterlacedPng) {
  std::string error;
  std::optional<ImageInfo> info =
      ReadImageInfo(PngBytes({.width = 9, .height = 5, .interlaced = true}), &error);
  ASSERT_TRUE(info.has_value()) << error;
  EXPECT_EQ(info->width, 9);
  EXPECT_EQ(info->height, 5);
}

TEST(ImageInfoTest, RefusesCutFiles) {
  std::string png = PngBytes({.width = 20, .height = 20});
  for (size_t keep :
       {size_t{4}, size_t{8}, size_t{20}, size_t{40}, png.size() - 12, png.size() - 1}) {
    EXPECT_NE(ErrorOf(png.substr(0, keep)).find("cut short"), std::string::npos) << keep;
  }
  std::string jpeg = JpegBytes(20, 20);
  for (size_t keep : {size_t{3}, size_t{30}, size_t{100}, jpeg.size() - 1}) {
    EXPECT_NE(ErrorOf(jpeg.substr(0, keep)).find("cut short"), std::string::npos) << keep;
  }
}

TEST(ImageInfoTest, RefusesAPngWhoseDataFailsItsChecksum) {
  std::string png = PngBytes({.width = 20, .height = 20});
  png[png.size() - 20] ^= 0x55;  // inside the IDAT chunk's compressed data
  std::string error = ErrorOf(png);
  EXPECT_NE(error.find("'IDAT' chunk fails its checksum"), std::string::npos) << error;
}

TEST(ImageInfoTest, RefusesAPngWhosePixelDataEndsEarly) {
  std::string error = ErrorOf(PngBytes({.width = 40, .height = 40, .pixels_cut = true}));
  EXPECT_NE(error.find("is damaged: its pixel data cannot be decoded"), std::string::npos) << error;
}

TEST(ImageInfoTest, RefusesAPngWithMorePixelDataThanItsSize) {
  std::string error = ErrorOf(PngBytes({.width = 1, .height = 1, .alpha = true, .extra_rows = 2}));
  EXPECT_NE(error.find("is damaged: its pixel data cannot be decoded"), std::string::npos) << error;
  EXPECT_NE(error.find("Too much image data"), std::string::npos) << error;
}

TEST(ImageInfoTest, RefusesAPngTooLargeToHoldInMemory) {
  std::string png = PngBytes({.width = 1, .height = 1});
  // The IHDR chunk says 10000 x 10000, with its checksum made again.
  png.replace(16, 8, std::string("\x00\x00\x27\x10\x00\x00\x27\x10", 8));
  uint32_t crc =
      static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(png.data() + 12), 17));
  for (int i = 0; i < 4; ++i) png[29 + i] = static_cast<char>(crc >> (24 - 8 * i));
  std::string error = ErrorOf(png);
  EXPECT_NE(error.find("has 100 million pixels"), std::string::npos) << error;
}

TEST(ImageInfoTest, RefusesOtherFilesAndUnsupportedJpegCodings) {
  EXPECT_EQ(ErrorOf("GIF89a......"), "is neither a PNG nor a JPEG file");
  EXPECT_EQ(ErrorOf(""), "is neither a PNG nor a JPEG file");
  std::string lossless = JpegBytes(8, 8);
  size_t frame = lossless.find("\xFF\xC0");
  ASSERT_NE(frame, std::string::npos);
  lossless[frame + 1] = '\xC3';
  EXPECT_NE(ErrorOf(lossless).find("baseline JPEG"), std::string::npos);
}

TEST(ImageInfoTest, RefusesAJpegWithoutAFrameBeforeItsData) {
  std::string jpeg = JpegBytes(8, 8);
  size_t frame = jpeg.find("\xFF\xC0");
  ASSERT_NE(frame, std::string::npos);
  jpeg[frame + 1] = '\xE1';  // the frame header becomes an APP1 segment
  EXPECT_NE(ErrorOf(jpeg).find("before its frame header"), std::string::npos);
}

}  // namespace
}  // namespace coopkit
