#include "base/web_address.h"

#include <gtest/gtest.h>

namespace coopkit {
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

TEST(WebAddressTest, PlainHttpToASiteServingHttpsIsAProblemWithTheFix) {
  std::optional<AddressProblem> problem =
      UnencryptedAddressProblem("http://www.legifrance.gouv.fr/loda/id/JORFTEXT000000684004");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->message, "is not encrypted");
  EXPECT_EQ(problem->hint,
            "write https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000684004: this site "
            "serves it encrypted");
  EXPECT_TRUE(UnencryptedAddressProblem("http://fr.wikipedia.org/wiki/SCOP"));
  EXPECT_TRUE(UnencryptedAddressProblem("http://Service-Public.fr"));
  EXPECT_TRUE(UnencryptedAddressProblem("http://atelier.dev/"));
}

TEST(WebAddressTest, PlainHttpIsNotAProblemWhereHttpsIsNotKnown) {
  EXPECT_FALSE(UnencryptedAddressProblem("https://www.legifrance.gouv.fr/"));
  EXPECT_FALSE(UnencryptedAddressProblem("http://www.crge.com"));
  EXPECT_FALSE(UnencryptedAddressProblem("http://localhost:8080/"));
  EXPECT_FALSE(UnencryptedAddressProblem("http://127.0.0.1/"));
  EXPECT_FALSE(UnencryptedAddressProblem("http://legifrance.gouv.fr.example.org/"));
  EXPECT_FALSE(UnencryptedAddressProblem("http://notwikipedia.org/"));
  EXPECT_FALSE(UnencryptedAddressProblem("http://old.legifrance.gouv.fr/"));
  EXPECT_FALSE(UnencryptedAddressProblem("http://legifrance.gouv.fr:8080/"));
}

TEST(WebAddressTest, EmailNeedsOneAtAndADottedDomain) {
  EXPECT_TRUE(IsEmailAddress("contact@cress-na.org"));
  EXPECT_FALSE(IsEmailAddress("a@b@c.fr"));
  EXPECT_FALSE(IsEmailAddress("a@localhost"));
  EXPECT_FALSE(IsEmailAddress("@example.org"));
  EXPECT_FALSE(IsEmailAddress("a b@example.org"));
  EXPECT_FALSE(IsEmailAddress("a@example.org."));
}

TEST(WebAddressTest, InvisibleCharactersAreNamedWithTheirPlace) {
  const std::pair<std::string, std::string> cases[] = {
      {"https://\u200Bexample.org",
       "holds U+200B ZERO WIDTH SPACE, an invisible character, after 'https://'"},
      {"https://exa\u200Dmple.org", "holds U+200D ZERO WIDTH JOINER, an invisible character,"},
      {"https://exa\u200Cmple.org", "holds U+200C ZERO WIDTH NON-JOINER, an invisible character,"},
      {"https://example.org/\u2060a", "holds U+2060 WORD JOINER, an invisible character,"},
      {"\uFEFFhttps://example.org",
       "holds U+FEFF ZERO WIDTH NO-BREAK SPACE, an invisible character, at its start"},
      {"https://example.org/co\u00ADop", "holds U+00AD SOFT HYPHEN, an invisible character,"},
      {"https://example.org/\u200E", "holds U+200E LEFT-TO-RIGHT MARK, an invisible character,"},
      {"https://example.org/\u202Ea", "holds U+202E RIGHT-TO-LEFT OVERRIDE"},
      {"https://example.org/a b", "holds U+0020 SPACE after 'https://example.org/a'"},
      {"https://example.org/\u00A0", "holds U+00A0 NO-BREAK SPACE"},
      {"https://example.org/\ta", "holds U+0009 after"},
      {"https://example.org/\uFFFD", "holds U+FFFD REPLACEMENT CHARACTER"},
      {"https://example.org/\uFFFE", "holds U+FFFE after"},
      {"https://example.org/\xC3", "holds a byte that is not UTF-8"},
  };
  for (const auto& [address, message] : cases) {
    std::optional<AddressProblem> problem = WebAddressProblem(address);
    ASSERT_TRUE(problem) << address;
    EXPECT_TRUE(problem->message.starts_with(message)) << problem->message;
    EXPECT_FALSE(problem->hint.empty());
    EXPECT_EQ(LinkTargetProblem(address)->message, problem->message);
  }
  EXPECT_FALSE(WebAddressProblem("https://économie-sociale.fr/coopérer?a=1#b"));
  EXPECT_EQ(WebAddressProblem("www.example.org")->message, "is not a web address");
}

TEST(WebAddressTest, ALongAddressIsQuotedByItsEndBeforeTheCharacter) {
  std::string address = "https://example.org/" + std::string(60, 'a') + "é\u200B";
  std::optional<AddressProblem> problem = FindStrayCharacter(address);
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->message.find("after '…" + std::string(38, 'a') + "é'"), std::string::npos)
      << problem->message;
}

TEST(WebAddressTest, LinksOpenWebPagesEmailsAndPhoneNumbers) {
  for (const char* target :
       {"https://www.scop.coop", "http://example.org/a?b#c", "mailto:contact@cress-na.org",
        "mailto:a@b.fr?subject=Bonjour", "mailto:noa.fictif%40exemple.org", "tel:+33549000000",
        "tel:05-49-00-00-00"})
    EXPECT_FALSE(LinkTargetProblem(target)) << target << ": " << LinkTargetProblem(target)->message;
}

TEST(WebAddressTest, OtherLinkTargetsAreRefusedWithAHint) {
  const std::pair<std::string, std::string> cases[] = {
      {"javascript:alert(1)", "uses the 'javascript:' scheme, which a link in a PDF may not open"},
      {"JavaScript:alert(1)", "uses the 'javascript:' scheme"},
      {"file:///etc/passwd", "uses the 'file:' scheme"},
      {"data:text/html,<b>x</b>", "uses the 'data:' scheme"},
      {"vbscript:msgbox", "uses the 'vbscript:' scheme"},
      {"ftp://example.org", "uses the 'ftp:' scheme"},
      {"https://localhost/", "is not a web address"},
      {"mailto:personne", "is not an e-mail address"},
      {"tel:bonjour", "is not a phone number"},
      {"tel:+33 5 49", "holds U+0020 SPACE"},
      {"chapitre-2.md", "is a file path, which does not open from a PDF"},
      {"../annexes/statuts.pdf", "is a file path"},
      {"#mettre-en-oeuvre", "is a place in the document, which coopkit does not link to"},
      {"www.example.org", "is not a web address"},
      {"", "is empty"},
  };
  for (const auto& [target, message] : cases) {
    std::optional<AddressProblem> problem = LinkTargetProblem(target);
    ASSERT_TRUE(problem) << target;
    EXPECT_TRUE(problem->message.starts_with(message)) << target << ": " << problem->message;
    EXPECT_FALSE(problem->hint.empty()) << target;
  }
  EXPECT_EQ(LinkTargetProblem("www.example.org")->hint, "write it whole: https://www.example.org");
}

}  // namespace
}  // namespace coopkit
