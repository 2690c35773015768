#include "base/jpeg_metadata.h"

#include <gtest/gtest.h>

#include "tests/support/test_images.h"

namespace coopkit {
namespace {

using testing::JpegBytes;

TEST(JpegMetadataTest, LeavesOutMetadataSegmentsAndWhatFollowsTheEnd) {
  const std::string plain = JpegBytes(16, 16);
  const std::string jfif("JFIF\0\x01\x02\x00\x00\x01\x00\x01\x00\x00", 14);
  const std::string with_jfif = JpegBytes(16, 16, {{"\xE0", jfif}});
  const std::string tagged = JpegBytes(
      16, 16,
      {{"\xE0", jfif}, {"\xE1", "Exif GPS"}, {"\xFE", "comment"}, {"\xED", "IPTC"}, {"\xE5", "?"}},
      "trailer");
  EXPECT_EQ(JpegWithoutMetadata(tagged), with_jfif);
  EXPECT_EQ(JpegWithoutMetadata(plain), plain);
}

TEST(JpegMetadataTest, LeavesOutTheThumbnailOfTheJfifHeader) {
  const std::string header("JFIF\0\x01\x02\x00\x00\x48\x00\x48", 12);
  const std::string thumbnail = std::string("\x02\x01", 2) + "RGBrgb";  // 2 × 1 pixels
  EXPECT_EQ(JpegWithoutMetadata(JpegBytes(16, 16, {{"\xE0", header + thumbnail}})),
            JpegBytes(16, 16, {{"\xE0", header + std::string(2, '\0')}}));
}

TEST(JpegMetadataTest, KeepsWhatDecodersRead) {
  const std::string jpeg =
      JpegBytes(16, 16,
                {{"\xE2", std::string("ICC_PROFILE\0\x01\x01", 14) + "..."},
                 {"\xEE", std::string("Adobe\0\x64\x00\x00\x00\x00\x01", 12)}});
  EXPECT_EQ(JpegWithoutMetadata(jpeg), jpeg);
}

TEST(JpegMetadataTest, LeavesOutJunkBetweenSegments) {
  const std::string jpeg = JpegBytes(16, 16, {{"\xFE", "comment"}});
  std::string with_junk = jpeg;
  with_junk.insert(2 + 4 + 7, "junk");  // after the comment segment
  EXPECT_EQ(JpegWithoutMetadata(with_junk), JpegBytes(16, 16));
}

TEST(JpegMetadataTest, RefusesAFileItCannotFollowToItsEnd) {
  const std::string jpeg = JpegBytes(16, 16);
  EXPECT_FALSE(JpegWithoutMetadata(jpeg.substr(0, jpeg.size() - 2)).has_value());
  EXPECT_FALSE(JpegWithoutMetadata(jpeg.substr(0, 10)).has_value());
  EXPECT_FALSE(JpegWithoutMetadata("not a jpeg").has_value());
}

}  // namespace
}  // namespace coopkit
