#include "base/percent_decoding.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(PercentDecodingTest, EscapedBytesBecomeTheirCharacters) {
  EXPECT_EQ(PercentDecoded("mailto:noa.fictif%40exemple.org"), "mailto:noa.fictif@exemple.org");
  EXPECT_EQ(PercentDecoded("https://exemple.org/Noa%20Fictif"), "https://exemple.org/Noa Fictif");
  EXPECT_EQ(PercentDecoded("https://exemple.org/%C3%89lodie"), "https://exemple.org/Élodie");
  EXPECT_EQ(PercentDecoded("https://exemple.org/?q=Noa+Fictif"),
            "https://exemple.org/?q=Noa Fictif");
  EXPECT_EQ(PercentDecoded("noa%2540exemple.org"), "noa@exemple.org") << "escaped twice";
  EXPECT_EQ(PercentDecoded("%4e%6F%61"), "Noa") << "either case";
}

TEST(PercentDecodingTest, WhatIsNotAnEscapeIsKept) {
  EXPECT_EQ(PercentDecoded("https://exemple.org/a"), "https://exemple.org/a");
  EXPECT_EQ(PercentDecoded("100%"), "100%");
  EXPECT_EQ(PercentDecoded("%4"), "%4");
  EXPECT_EQ(PercentDecoded("%zz%"), "%zz%");
  EXPECT_EQ(PercentDecoded(""), "");
}

// « %25 » repeated decodes one layer a pass: a long run of them must not
// cost a pass each (it did, and a megabyte took hours).
TEST(PercentDecodingTest, StopsAfterAFewLayers) {
  std::string deep = "%";
  for (int i = 0; i < 200'000; ++i) deep += "25";
  deep += "40";
  const std::string decoded = PercentDecoded(deep);
  EXPECT_LT(decoded.size(), deep.size());
  EXPECT_EQ(PercentDecoded("%25252540"), "@") << "four layers";
  EXPECT_EQ(PercentDecoded("%2525252540"), "%40") << "a fifth is left";
}

}  // namespace
}  // namespace coopkit
