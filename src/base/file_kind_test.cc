#include "base/file_kind.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace coopkit {
namespace {

TEST(FileKindTest, NamesWhatIsNotARegularFile) {
  EXPECT_FALSE(NotARegularFile(S_IFREG | 0644).has_value());
  EXPECT_EQ(NotARegularFile(S_IFIFO | 0644), "it is not a regular file but a named pipe");
  EXPECT_EQ(NotARegularFile(S_IFDIR | 0755), "it is not a regular file but a folder");
  EXPECT_EQ(NotARegularFile(S_IFCHR | 0666), "it is not a regular file but a device");
  EXPECT_EQ(NotARegularFile(S_IFSOCK | 0755), "it is not a regular file but a socket");
}

}  // namespace
}  // namespace coopkit
