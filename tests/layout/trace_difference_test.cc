#include "tests/layout/trace_difference.h"

#include <gtest/gtest.h>

namespace coopkit::testing {
namespace {

TEST(TraceDifferenceTest, SameTracesHaveNone) {
  EXPECT_EQ(TraceDifference("page 1 10x10\nrun 1\n", "page 1 10x10\nrun 1\n"), "");
}

TEST(TraceDifferenceTest, NamesTheFirstDifferingLineItsPageAndHowManyDiffer) {
  const std::string expected = "document\npage 1 1x1\nrun a\npage 2 1x1\nrun b\nrun c\n";
  const std::string actual = "document\npage 1 1x1\nrun a\npage 2 1x1\nrun B\nrun C\n";
  EXPECT_EQ(TraceDifference(expected, actual),
            ":5: (page 2) 2 lines differ, the first:\n  expected: run b\n  actual:   run B");
}

TEST(TraceDifferenceTest, AShorterTraceDiffersAtItsEnd) {
  EXPECT_EQ(
      TraceDifference("page 1 1x1\nrun a\nrun b\n", "page 1 1x1\nrun a\n"),
      ":3: (page 1) 1 line differs, the first:\n  expected: run b\n  actual:   (end of trace)");
}

}  // namespace
}  // namespace coopkit::testing
