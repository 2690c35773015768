#include "base/content_hash.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coopkit {
namespace {

namespace fs = std::filesystem;

TEST(ContentHashTest, IsXxh3Of128BitsInHex) {
  // XXH3_128bits("") as printed by `xxh128sum` for an empty file.
  EXPECT_EQ(HashOf(""), "99aa06d3014798d86001c324468d497f");
  EXPECT_EQ(HashOf("guide").size(), 32u);
}

TEST(ContentHashTest, TellsEveryByteApart) {
  std::string text = "Coopérer : un moyen technique ?";
  std::string hash = HashOf(text);
  for (size_t i = 0; i < text.size(); ++i) {
    std::string changed = text;
    changed[i] ^= 1;
    EXPECT_NE(HashOf(changed), hash) << i;
  }
  EXPECT_NE(HashOf(text + " "), hash);
}

TEST(ContentHashTest, HashesAFileOnceAndSaysWhenItCannotBeRead) {
  fs::path file = fs::path(testing::TempDir()) / "content_hash_test.txt";
  std::ofstream(file) << "event: forum";
  FileHasher hasher;
  std::optional<std::string> first = hasher.HashOfFile(file.string());
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(*first, HashOf("event: forum"));
  std::ofstream(file) << "changed during the run";
  EXPECT_EQ(hasher.HashOfFile(file.string()), first);  // read once per run
  EXPECT_EQ(FileHasher().HashOfFile(file.string()), HashOf("changed during the run"));
  EXPECT_EQ(hasher.HashOfFile((fs::path(testing::TempDir()) / "no-such-file").string()),
            std::nullopt);
  fs::remove(file);
}

}  // namespace
}  // namespace coopkit
