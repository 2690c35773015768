#include "content/folder_path.h"

#include <gtest/gtest.h>

namespace coopkit::content {
namespace {

TEST(FolderPathTest, JoinsPathsThatStayInside) {
  std::string problem;
  EXPECT_EQ(PathInsideFolder("content", "guide/intro.md", &problem), "content/guide/intro.md");
  EXPECT_EQ(PathInsideFolder("content/", "./a.yaml", &problem), "content/a.yaml");
}

TEST(FolderPathTest, RefusesPathsThatLeave) {
  std::string problem;
  EXPECT_FALSE(PathInsideFolder("content", "../etc/passwd", &problem));
  EXPECT_NE(problem.find("leaves"), std::string::npos);
  EXPECT_FALSE(PathInsideFolder("content", "a/../../b", &problem));
  EXPECT_FALSE(PathInsideFolder("content", "/etc/passwd", &problem));
  EXPECT_NE(problem.find("absolute"), std::string::npos);
  EXPECT_FALSE(PathInsideFolder("content", "", &problem));
}

}  // namespace
}  // namespace coopkit::content
