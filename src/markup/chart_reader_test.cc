#include "markup/chart_reader.h"

#include <gtest/gtest.h>

namespace coopkit::markup {
namespace {

TEST(ChartReaderTest, NumbersAreDecimalsFromZeroToTheLargestChartNumber) {
  EXPECT_EQ(ParseChartNumber("3,5")->first, "3.5");
  EXPECT_DOUBLE_EQ(ParseChartNumber("3,5")->second, 3.5);
  EXPECT_DOUBLE_EQ(ParseChartNumber("1000000000")->second, kMaxChartNumber);
  for (std::string_view bad : {"nan", "inf", "1e3", "-1", "1000000001", ""}) {
    EXPECT_FALSE(ParseChartNumber(bad)) << bad;
  }
  EXPECT_FALSE(ParseChartNumber("1" + std::string(300, '0')));
}

TEST(ChartReaderTest, AHugeBarValueIsALocatedError) {
  DiagnosticList diagnostics;
  auto bars = ReadChartBars("Oui: 3\nNon: 1" + std::string(300, '0') + "\n", {"report.md", 10, 1},
                            &diagnostics);
  EXPECT_FALSE(bars);
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  EXPECT_EQ(diagnostics.items()[0].location.line, 11);
}

}  // namespace
}  // namespace coopkit::markup
