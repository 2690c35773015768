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

}  // namespace
}  // namespace coopkit
