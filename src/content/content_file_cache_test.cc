#include "content/content_file_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace coopkit::content {
namespace {

LoadedContentFile FileSaying(const std::string& text) {
  LoadedContentFile file;
  file.root = ContentValue::Scalar(text);
  file.checked = true;
  file.problems.Warning({"a.yaml", 1, 1}, "said " + text);
  return file;
}

TEST(ContentFileCacheTest, ReadsEachFileOnceAndGivesItsProblemsToEveryReader) {
  ContentFileCache cache;
  int reads = 0;
  auto read = [&] { return FileSaying("read " + std::to_string(++reads)); };
  auto first = cache.Get("content\na.yaml", read);
  auto again = cache.Get("content\na.yaml", read);
  auto other = cache.Get("content\nb.yaml", read);
  EXPECT_EQ(reads, 2);
  EXPECT_EQ(first->root->scalar, "read 1");
  EXPECT_EQ(again->root->scalar, "read 1");
  EXPECT_EQ(again->problems.items().at(0).message, "said read 1");
  EXPECT_EQ(other->root->scalar, "read 2");
}

TEST(ContentFileCacheTest, ThreadsAskingAtOnceWaitForOneRead) {
  ContentFileCache cache;
  std::atomic<int> reads{0};
  std::vector<std::thread> threads;
  std::vector<std::string> seen(8);
  for (size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] {
      seen[i] = cache
                    .Get("shared",
                         [&] {
                           std::this_thread::sleep_for(std::chrono::milliseconds(20));
                           return FileSaying(std::to_string(++reads));
                         })
                    ->root->scalar;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(reads.load(), 1);
  for (const std::string& text : seen) EXPECT_EQ(text, "1");
}

}  // namespace
}  // namespace coopkit::content
