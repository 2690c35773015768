#include "base/markup_escape.h"

#include <gtest/gtest.h>

namespace coopkit {
namespace {

TEST(MarkupEscapeTest, WritesTheFiveCharactersAsEntities) {
  EXPECT_EQ(EscapedMarkup("R&D <b>\"oui\"</b> l'atelier"),
            "R&amp;D &lt;b&gt;&quot;oui&quot;&lt;/b&gt; l&apos;atelier");
}

TEST(MarkupEscapeTest, LeavesOtherTextAsItIs) {
  EXPECT_EQ(EscapedMarkup("Coopérer : « vision » ’"), "Coopérer : « vision » ’");
  EXPECT_EQ(EscapedMarkup(""), "");
}

}  // namespace
}  // namespace coopkit
