#include "forum/shard.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace coopkit::forum {
namespace {

TEST(ShardTest, ReadsKOfN) {
  std::string error;
  std::optional<Shard> shard = Shard::Parse("2/4", &error);
  ASSERT_TRUE(shard) << error;
  EXPECT_EQ(shard->index, 2u);
  EXPECT_EQ(shard->count, 4u);
  EXPECT_EQ(shard->Name(), "2/4");
}

TEST(ShardTest, RefusesWhatIsNotKOfN) {
  for (const char* text : {"", "2", "/4", "2/", "0/4", "5/4", "2/0", "a/4", "2/4/6", "-1/4", "+1/4",
                           "1/ 4", "1.5/4", "1/10001", "99999999999999999999/1"}) {
    std::string error;
    EXPECT_FALSE(Shard::Parse(text, &error)) << text;
    EXPECT_NE(error.find("--shard"), std::string::npos) << text << ": " << error;
  }
}

TEST(ShardTest, ShardKGreaterThanNSaysSo) {
  std::string error;
  EXPECT_FALSE(Shard::Parse("5/4", &error));
  EXPECT_NE(error.find("of only 4"), std::string::npos) << error;
}

TEST(ShardTest, TheShardsOfAForumHoldEachContributionExactlyOnce) {
  for (size_t count : {1u, 2u, 3u, 7u}) {
    for (size_t contributions : {0u, 1u, 5u, 22u}) {
      std::vector<int> holders(contributions, 0);
      std::vector<size_t> sizes;
      for (size_t index = 1; index <= count; ++index) {
        const Shard shard{index, count};
        size_t held = 0;
        for (size_t position = 0; position < contributions; ++position) {
          if (shard.Holds(position)) {
            ++holders[position];
            ++held;
          }
        }
        sizes.push_back(held);
      }
      for (size_t position = 0; position < contributions; ++position)
        EXPECT_EQ(holders[position], 1) << position << " of " << contributions << ", " << count;
      // Shares differ by one at most.
      EXPECT_LE(*std::max_element(sizes.begin(), sizes.end()) -
                    *std::min_element(sizes.begin(), sizes.end()),
                1u);
    }
  }
}

}  // namespace
}  // namespace coopkit::forum
