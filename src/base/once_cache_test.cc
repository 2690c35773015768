#include "base/once_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace coopkit {
namespace {

TEST(OnceCacheTest, MakesEachKeysValueOnce) {
  OnceCache<std::string> cache;
  int made = 0;
  auto make = [&] { return "value " + std::to_string(++made); };
  std::shared_ptr<const std::string> first = cache.Get("a", make);
  std::shared_ptr<const std::string> again = cache.Get("a", make);
  std::shared_ptr<const std::string> other = cache.Get("b", make);
  EXPECT_EQ(made, 2);
  EXPECT_EQ(*first, "value 1");
  EXPECT_EQ(again.get(), first.get());
  EXPECT_EQ(*other, "value 2");
}

TEST(OnceCacheTest, ThreadsAskingAtOnceWaitForOneValue) {
  OnceCache<std::string> cache;
  std::atomic<int> made{0};
  std::vector<std::string> seen(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] {
      seen[i] = *cache.Get("shared", [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return std::to_string(++made);
      });
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(made.load(), 1);
  for (const std::string& value : seen) EXPECT_EQ(value, "1");
}

}  // namespace
}  // namespace coopkit
