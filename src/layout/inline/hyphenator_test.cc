#include "layout/inline/hyphenator.h"

#include <gtest/gtest.h>

namespace coopkit::layout {
namespace {

class HyphenatorTest : public testing::Test {
 protected:
  void SetUp() override {
    hyphenator_ = Hyphenator::Load("/usr/share/hyphen/hyph_fr.dic", {}, &diagnostics_);
    ASSERT_NE(hyphenator_, nullptr);
  }

  // The word with a "-" at each break point.
  std::string Hyphenated(std::string_view word) const {
    std::string out;
    size_t done = 0;
    for (size_t point : hyphenator_->BreakPoints(word)) {
      out.append(word.substr(done, point - done)).append("-");
      done = point;
    }
    return out.append(word.substr(done));
  }

  DiagnosticList diagnostics_;
  std::unique_ptr<Hyphenator> hyphenator_;
};

TEST_F(HyphenatorTest, HyphenatesFrenchWords) {
  EXPECT_EQ(Hyphenated("coopération"), "co-opé-ra-tion");
  EXPECT_EQ(Hyphenated("coopératives"), "co-opé-ra-tives");
  // Three letters at least after the last break: not « électrici-té ».
  EXPECT_EQ(Hyphenated("électricité"), "élec-tri-cité");
}

TEST_F(HyphenatorTest, NeverBreaksRightAfterAnElision) {
  EXPECT_EQ(Hyphenated("l’hyphénation"), "l’hy-phé-na-tion");
  EXPECT_EQ(Hyphenated("l'hyphénation"), "l'hy-phé-na-tion");
  EXPECT_EQ(Hyphenated("d’électricité"), "d’élec-tri-cité");
}

TEST_F(HyphenatorTest, LowerCasesCapitalsForTheDictionary) {
  EXPECT_EQ(Hyphenated("Coopération"), "Co-opé-ra-tion");
  EXPECT_EQ(Hyphenated("Électricité"), "Élec-tri-cité");
  EXPECT_EQ(Hyphenated("L’Hyphénation"), "L’Hy-phé-na-tion");
}

TEST_F(HyphenatorTest, IgnoresSurroundingPunctuation) {
  EXPECT_EQ(Hyphenated("«\u00A0coopération,"), "«\u00A0co-opé-ra-tion,");
  EXPECT_EQ(Hyphenated("(électricité)."), "(élec-tri-cité).");
}

TEST_F(HyphenatorTest, LeavesWordsThatMustNotBeHyphenated) {
  for (std::string_view word :
       {"SCIC", "CRGE", "COOPÉRATION", "CoopKit", "2024", "coopération2", "porte-monnaie",
        "https://exemple.org/coopération", "contact@coop.fr", "cœur", "a", ""}) {
    EXPECT_TRUE(hyphenator_->BreakPoints(word).empty()) << word;
  }
}

TEST_F(HyphenatorTest, CachesEachWord) {
  const std::vector<size_t>& first = hyphenator_->BreakPoints("coopération");
  EXPECT_EQ(&hyphenator_->BreakPoints("coopération"), &first);
  EXPECT_EQ(first, hyphenator_->BreakPoints(std::string("coopération")));
}

TEST(HyphenatorLoadTest, MissingDictionaryIsAClearError) {
  DiagnosticList diagnostics;
  EXPECT_EQ(Hyphenator::Load("/nonexistent/hyph_fr.dic", {"theme.yaml", 3, 1}, &diagnostics),
            nullptr);
  ASSERT_EQ(diagnostics.ErrorCount(), 1u);
  const Diagnostic& error = diagnostics.items()[0];
  EXPECT_NE(error.message.find("/nonexistent/hyph_fr.dic"), std::string::npos);
  EXPECT_NE(error.hint.find("hyphen-fr"), std::string::npos);
  EXPECT_EQ(error.location.file, "theme.yaml");
}

// A file that is not a dictionary would silently hyphenate nothing.
TEST(HyphenatorLoadTest, AFileThatIsNotAUtf8DictionaryIsAnError) {
  for (const char* file : {"/etc/passwd", "/etc/hostname"}) {
    DiagnosticList diagnostics;
    EXPECT_EQ(Hyphenator::Load(file, {"theme.yaml", 4, 1}, &diagnostics), nullptr) << file;
    ASSERT_EQ(diagnostics.ErrorCount(), 1u) << file;
    EXPECT_NE(diagnostics.items()[0].message.find("is not a UTF-8 hyphenation dictionary"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace coopkit::layout
