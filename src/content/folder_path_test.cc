#include "content/folder_path.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "content/test_folder.h"

namespace coopkit::content {
namespace {

TEST(FolderPathTest, JoinsPathsThatStayInside) {
  std::string problem;
  EXPECT_EQ(PathInsideFolder("content", "guide/intro.md", &problem), "content/guide/intro.md");
  EXPECT_EQ(PathInsideFolder("content/", "./a.yaml", &problem), "content/a.yaml");
  EXPECT_EQ(PathInsideFolder("content", "guide/../a.yaml", &problem), "content/a.yaml");
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

namespace fs = std::filesystem;

class FolderLinkTest : public ::testing::Test {
 protected:
  FolderLinkTest() : content_(folder_.Path("content")) {
    folder_.Write("content/guide/intro.md", "ok");
    folder_.Write("outside/secret.md", "no");
  }
  void Link(const std::string& target, const std::string& name) {
    fs::create_symlink(target, content_ + "/" + name);
  }
  TestFolder folder_;
  std::string content_;
  std::string problem_;
};

TEST_F(FolderLinkTest, LinksThatStayInsideAreFollowed) {
  Link("guide/intro.md", "intro.md");
  Link("guide", "chapters");
  EXPECT_EQ(PathInsideFolder(content_, "intro.md", &problem_), content_ + "/intro.md");
  EXPECT_EQ(PathInsideFolder(content_, "chapters/intro.md", &problem_),
            content_ + "/chapters/intro.md");
}

TEST_F(FolderLinkTest, LinksThatLeaveAreRefused) {
  Link("/etc/passwd", "passwd.md");
  Link(folder_.Path("outside"), "linked");
  Link("../outside/secret.md", "relative.md");
  Link(folder_.Path("outside/not-yet.md"), "dangling.md");
  for (const char* name : {"passwd.md", "linked/secret.md", "relative.md", "dangling.md"}) {
    EXPECT_FALSE(PathInsideFolder(content_, name, &problem_)) << name;
    EXPECT_NE(problem_.find("is a link to "), std::string::npos) << problem_;
    EXPECT_NE(problem_.find(", outside the folder " + content_), std::string::npos) << problem_;
  }
  PathInsideFolder(content_, "passwd.md", &problem_);
  EXPECT_NE(problem_.find("/etc/passwd"), std::string::npos) << problem_;
}

TEST_F(FolderLinkTest, AContentFolderReachedThroughALinkIsItsOwnInside) {
  fs::create_symlink(content_, folder_.Path("content-link"));
  EXPECT_TRUE(PathInsideFolder(folder_.Path("content-link"), "guide/intro.md", &problem_));
}

}  // namespace
}  // namespace coopkit::content
