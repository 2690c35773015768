#include "content/yaml_syntax_advice.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace coopkit::content {
namespace {

// The advice for what yaml-cpp itself reports on `text`.
std::optional<YamlSyntaxAdvice> Advise(const std::string& text) {
  try {
    YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return AdviseOnYamlError(text, e.msg, static_cast<size_t>(e.mark.pos));
  }
  ADD_FAILURE() << "yaml-cpp accepts " << text;
  return std::nullopt;
}

TEST(YamlSyntaxAdviceTest, AColonInAValueIsAdvisedWithTheValueQuoted) {
  const std::string text = "title: ok\nsubtitle: Atelier : suite\n";
  std::optional<YamlSyntaxAdvice> advice = Advise(text);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->offset, text.find(" : ") + 1);
  EXPECT_EQ(advice->message, "a value holding ': ' must be quoted: \"Atelier : suite\"");
  EXPECT_EQ(advice->hint, "write subtitle: \"Atelier : suite\"");
}

TEST(YamlSyntaxAdviceTest, TheQuotedValueKeepsItsListDashAndLeavesTheComment) {
  const std::string text = "- a: Il a dit \"non\": fin   # note\n";
  std::optional<YamlSyntaxAdvice> advice = Advise(text);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->message, "a value holding ': ' must be quoted: \"Il a dit \\\"non\\\": fin\"");
  EXPECT_EQ(advice->hint, "write - a: \"Il a dit \\\"non\\\": fin\"");
}

TEST(YamlSyntaxAdviceTest, AColonThatIsNotInsideAValueKeepsTheParsersMessage) {
  EXPECT_FALSE(Advise("title: Atelier\n  suite: fin\n"));  // a key on a continuation line
  EXPECT_FALSE(Advise("a: [b: c: d]\n"));
}

TEST(YamlSyntaxAdviceTest, ATabInTheIndentationIsAdvisedAtTheTab) {
  const std::string cases[] = {"a: 1\n\tb: 2\n", "a:\n\tb: 1\n", "a:\n  b: 1\n  \tc: 2\n",
                               "a:\n\t- b\n"};
  for (const std::string& text : cases) {
    std::optional<YamlSyntaxAdvice> advice = Advise(text);
    ASSERT_TRUE(advice) << text;
    EXPECT_EQ(advice->offset, text.find('\t')) << text;
    EXPECT_EQ(advice->message, "indent with spaces, not tabs");
  }
}

TEST(YamlSyntaxAdviceTest, AnUnclosedBracketOrBraceIsAdvisedWhereItOpens) {
  const std::string list = "title: ok\nlist: [1, 2\nnext: 3\n";
  std::optional<YamlSyntaxAdvice> advice = Advise(list);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->offset, list.find('['));
  EXPECT_EQ(advice->message, "this [ is never closed");
  EXPECT_EQ(advice->hint, "end the list with ]");

  const std::string quoted = "list: [1, \"a]b\", 'c'' ]', 2 # ]\nnext: 3\n";
  advice = Advise(quoted);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->offset, quoted.find('['));

  const std::string map = "title: ok\nmap: {a: [1], b: 2\n";
  advice = Advise(map);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->offset, map.find('{'));
  EXPECT_EQ(advice->message, "this { is never closed");
}

TEST(YamlSyntaxAdviceTest, AQuoteThatSwallowsTheClosingBracketIsTheOneAdvised) {
  const std::string text = "a: ['x, y]\nb: 2\n";
  std::optional<YamlSyntaxAdvice> advice = Advise(text);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->offset, text.find('\''));
  EXPECT_EQ(advice->message, "this ' is never closed");
}

TEST(YamlSyntaxAdviceTest, AQuoteLeftOpenThatTheNextQuoteClosesIsAdvisedWhereItOpens) {
  const std::string text = "title: \"Atelier\nplace: Lyon\ncity: \"Poitiers\"\n";
  std::optional<YamlSyntaxAdvice> advice = Advise(text);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->offset, text.find('"'));
  EXPECT_EQ(advice->message,
            "this \" opens a text that runs to line 3, where the next \" closes it");
  EXPECT_EQ(advice->hint, "close it on its own line: \"…\"");
}

TEST(YamlSyntaxAdviceTest, ATabBeforeAKeyAtTheEndOfAMapIsAdvisedAtTheTab) {
  const std::string text = "event:\n  title: ok\n  place: Lyon\n\tcity: Poitiers\n";
  std::optional<YamlSyntaxAdvice> advice = Advise(text);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->offset, text.find('\t'));
  EXPECT_EQ(advice->message, "indent with spaces, not tabs");
}

TEST(YamlSyntaxAdviceTest, OtherErrorsKeepTheParsersMessage) {
  EXPECT_FALSE(Advise("a: \"x\" y\n"));             // the quote closes on its own line
  EXPECT_FALSE(Advise("a: \"x\n  y\" z\nb: 1\n"));  // ... and here it opens on this line
  EXPECT_FALSE(Advise("a: \"x\n  y\"\n b\n"));
  EXPECT_FALSE(Advise("a: 1\n  b: 2\n"));
}

TEST(YamlSyntaxAdviceTest, AQuoteIsUnclosedOnlyWhenNothingClosesIt) {
  const std::string closed[] = {"\"a \\\" b\"", "'it''s'", "\"a\nb\""};
  for (const std::string& text : closed) EXPECT_FALSE(AdviseOnUnclosedQuote(text, 0)) << text;
  const std::string open[] = {"\"a \\\"", "'it''", "\"abc\nnext: 2\n"};
  for (const std::string& text : open) EXPECT_TRUE(AdviseOnUnclosedQuote(text, 0)) << text;
  std::optional<YamlSyntaxAdvice> advice = AdviseOnUnclosedQuote("x: \"abc\n", 3);
  ASSERT_TRUE(advice);
  EXPECT_EQ(advice->message, "this \" is never closed");
  EXPECT_EQ(advice->hint, "end the text with \" (a \" inside it is written \\\")");
  EXPECT_FALSE(AdviseOnUnclosedQuote("x: abc\n", 3));
}

}  // namespace
}  // namespace coopkit::content
