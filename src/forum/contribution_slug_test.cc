#include "forum/contribution_slug.h"

#include <gtest/gtest.h>

namespace coopkit::forum {
namespace {

TEST(ContributionSlugTest, FoldsLettersAndJoinsWordsWithHyphens) {
  EXPECT_EQ(ContributionSlug("contribution-crge"), "contribution-crge");
  EXPECT_EQ(ContributionSlug("Atelier Écoles 2026"), "atelier-ecoles-2026");
  EXPECT_EQ(ContributionSlug("  Œuvre__commune ; été  "), "oeuvre-commune-ete");
  EXPECT_EQ(ContributionSlug("Москва"), "moskva");
}

TEST(ContributionSlugTest, NeverLeavesItsFolder) {
  for (const char* name : {"../../etc/passwd", "a/b", "..", ".hidden", "a\\b", "x\ny"}) {
    const std::string slug = ContributionSlug(name);
    EXPECT_EQ(slug.find('/'), std::string::npos) << name;
    EXPECT_EQ(slug.find('.'), std::string::npos) << name;
    EXPECT_EQ(slug.find('\\'), std::string::npos) << name;
    if (!slug.empty()) EXPECT_NE(slug.front(), '-') << name;
  }
  EXPECT_EQ(ContributionSlug("../../etc/passwd"), "etc-passwd");
}

TEST(ContributionSlugTest, NothingToKeepGivesNothing) {
  EXPECT_EQ(ContributionSlug(""), "");
  EXPECT_EQ(ContributionSlug("«  » !"), "");
}

TEST(ContributionSlugTest, ALongNameIsCutWithoutATrailingHyphen) {
  const std::string slug = ContributionSlug(std::string(79, 'a') + " bcd");
  EXPECT_LE(slug.size(), 80u);
  EXPECT_NE(slug.back(), '-');
}

}  // namespace
}  // namespace coopkit::forum
