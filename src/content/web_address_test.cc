#include "content/web_address.h"

#include <gtest/gtest.h>

namespace coopkit::content {
namespace {

TEST(WebAddressTest, AcceptsHttpAndHttpsWithADottedHost) {
  EXPECT_TRUE(IsWebAddress("https://www.scop.coop"));
  EXPECT_TRUE(IsWebAddress("http://example.org/a/b?c=d#e"));
  EXPECT_TRUE(IsWebAddress("https://exemple.fr:8080/coopérer"));
  EXPECT_TRUE(IsWebAddress("https://économie-sociale.fr"));
}

TEST(WebAddressTest, RejectsOtherSchemesSpacesAndBareHosts) {
  EXPECT_FALSE(IsWebAddress("ftp://example.org"));
  EXPECT_FALSE(IsWebAddress("www.example.org"));
  EXPECT_FALSE(IsWebAddress("https://exa mple.org"));
  EXPECT_FALSE(IsWebAddress("https://"));
  EXPECT_FALSE(IsWebAddress("https://localhost/"));
  EXPECT_FALSE(IsWebAddress("https://example.org:port/"));
  EXPECT_FALSE(IsWebAddress("https://.example.org"));
  EXPECT_FALSE(IsWebAddress("https://example..org"));
}

TEST(WebAddressTest, EmailNeedsOneAtAndADottedDomain) {
  EXPECT_TRUE(IsEmailAddress("contact@cress-na.org"));
  EXPECT_FALSE(IsEmailAddress("a@b@c.fr"));
  EXPECT_FALSE(IsEmailAddress("a@localhost"));
  EXPECT_FALSE(IsEmailAddress("@example.org"));
  EXPECT_FALSE(IsEmailAddress("a b@example.org"));
  EXPECT_FALSE(IsEmailAddress("a@example.org."));
}

}  // namespace
}  // namespace coopkit::content
