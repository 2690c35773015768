#include "base/percent_encoding.h"

#include <gtest/gtest.h>

#include "base/percent_decoding.h"

namespace coopkit {
namespace {

TEST(PercentEncodingTest, AnAddressKeepsWhatRfc3986AllowsAndItsEscapes) {
  EXPECT_EQ(PercentEncodedAddress("https://exemple.org/a?b=c&d=e#f"),
            "https://exemple.org/a?b=c&d=e#f");
  EXPECT_EQ(PercentEncodedAddress("https://exemple.org/%C3%89lodie"),
            "https://exemple.org/%C3%89lodie");
  EXPECT_EQ(PercentEncodedAddress("https://exemple.org/Élodie"), "https://exemple.org/%C3%89lodie");
  EXPECT_EQ(PercentEncodedAddress("a b\t\"<>\\^`{|}\x7F"),
            "a%20b%09%22%3C%3E%5C%5E%60%7B%7C%7D%7F");
}

TEST(PercentEncodingTest, APathKeepsOnlyUnreservedBytesAndSlashes) {
  EXPECT_EQ(PercentEncodedPath("thumbnails/guide-1.0_a~b.png"), "thumbnails/guide-1.0_a~b.png");
  EXPECT_EQ(PercentEncodedPath("fiche juridique.pdf"), "fiche%20juridique.pdf");
  EXPECT_EQ(PercentEncodedPath("a%?#&:é"), "a%25%3F%23%26%3A%C3%A9");
}

TEST(PercentEncodingTest, DecodingGivesTheTextBack) {
  for (const char* text : {"https://exemple.org/Élodie Fictif", "a/b c/ç%d.pdf"}) {
    EXPECT_EQ(PercentDecoded(PercentEncodedPath(text)), text);
  }
}

}  // namespace
}  // namespace coopkit
