#include "models/evaluation_question.h"

#include <gtest/gtest.h>

#include "content/yaml_loader.h"

namespace coopkit::models {
namespace {

constexpr const char* kQuestions =
    "questions:\n"
    "  - {id: utile, text: \"Utile ?\", type: scale, scale: {min: 1, max: 5, labels: {1: Non, 5: "
    "Oui}}}\n"
    "  - {id: duree, text: \"Durée ?\", type: choice, choices: [Courte, Adaptée]}\n"
    "  - {id: idees, text: Vos idées, type: open, lines: 3}\n";

class EvaluationQuestionTest : public ::testing::Test {
 protected:
  content::ContentValue Parse(const std::string& yaml, const std::string& file) {
    std::optional<content::ContentValue> root =
        content::YamlLoader(".", &diagnostics_).Parse(yaml, file);
    EXPECT_TRUE(root) << yaml;
    return root.value_or(content::ContentValue::Map());
  }
  std::vector<EvaluationQuestion> Read(const std::string& yaml) {
    return ReadEvaluationQuestions(Parse(yaml, "evaluation.yaml"), &diagnostics_);
  }
  // Joins `results` (the items of report.evaluation.results) to kQuestions.
  content::ContentValue Join(const std::string& results) {
    std::vector<EvaluationQuestion> questions = Read(kQuestions);
    content::ContentValue evaluation = Parse("results:\n" + results, "report.yaml");
    JoinEvaluationResults(questions, &evaluation, &diagnostics_);
    return evaluation;
  }
  std::string Messages() const { return FormatDiagnostics(diagnostics_); }
  DiagnosticList diagnostics_;
};

TEST_F(EvaluationQuestionTest, ReadsTheThreeTypesWithTheirAnswers) {
  std::vector<EvaluationQuestion> q = Read(kQuestions);
  ASSERT_EQ(q.size(), 3u) << Messages();
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  EXPECT_EQ(q[0].type, EvaluationQuestion::Type::kScale);
  ASSERT_EQ(q[0].answers.size(), 5u);
  EXPECT_EQ(q[0].answers[0].key, "1");
  EXPECT_EQ(q[0].answers[0].label, "1 – Non");
  EXPECT_EQ(q[0].answers[2].label, "3");
  EXPECT_EQ(q[0].answers[4].label, "5 – Oui");
  EXPECT_EQ(q[1].type, EvaluationQuestion::Type::kChoice);
  ASSERT_EQ(q[1].answers.size(), 2u);
  EXPECT_EQ(q[1].answers[1].key, "Adaptée");
  EXPECT_FALSE(q[1].multiple);
  EXPECT_EQ(q[2].type, EvaluationQuestion::Type::kOpen);
  EXPECT_TRUE(q[2].answers.empty());
  EXPECT_EQ(q[2].writing_lines, 3);
}

TEST_F(EvaluationQuestionTest, ReportsWhatTheSchemaCannotSay) {
  std::vector<EvaluationQuestion> q = Read(
      "questions:\n"
      "  - {id: a, text: A, type: scale, scale: {min: 5, max: 1}}\n"
      "  - {id: a, text: B, type: open}\n"
      "  - {id: c, text: C, type: choice, choices: [Oui]}\n"
      "  - {id: d, text: D, type: open, choices: [Oui, Non], lines: 99}\n"
      "  - {id: e, text: E, type: scale, scale: {min: 1, max: 3, labels: {4: Trop}}}\n");
  EXPECT_TRUE(q.empty() || q.size() == 1u);
  std::string all = Messages();
  EXPECT_NE(all.find("evaluation.yaml:2:48: error: the scale of question 'a'"), std::string::npos)
      << all;
  EXPECT_NE(all.find("evaluation.yaml:3:10: error: question id 'a' is used twice"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("choice question 'c' needs at least two choices"), std::string::npos) << all;
  EXPECT_NE(all.find("evaluation.yaml:5:34: error: question 'd' is of type open: 'choices'"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("asks for 99 writing lines"), std::string::npos) << all;
  EXPECT_NE(all.find("'4' is not a value of the scale of question 'e' (1 to 3)"), std::string::npos)
      << all;
}

TEST_F(EvaluationQuestionTest, FormViewsNumberQuestionsAndListBoxesAndLines) {
  content::ContentValue evaluation = Parse(kQuestions, "evaluation.yaml");
  AddQuestionViews(ReadEvaluationQuestions(evaluation, &diagnostics_), &evaluation);
  const content::ContentValue& questions = *evaluation.Find("questions");
  const content::ContentValue& scale = questions.items[0];
  EXPECT_EQ(scale.Find("number")->scalar, "1");
  EXPECT_EQ(scale.Find("is_scale")->Boolean(), true);
  EXPECT_EQ(scale.Find("is_open")->Boolean(), false);
  ASSERT_EQ(scale.Find("answers")->items.size(), 5u);
  EXPECT_EQ(scale.Find("answers")->items[4].Find("label")->scalar, "5 – Oui");
  const content::ContentValue& open = questions.items[2];
  EXPECT_EQ(open.Find("number")->scalar, "3");
  EXPECT_EQ(open.Find("is_open")->Boolean(), true);
  EXPECT_EQ(open.Find("writing_lines")->scalar, "3");
  EXPECT_EQ(scale.Find("writing_lines"), nullptr);
}

TEST_F(EvaluationQuestionTest, ResultsGetRowsInTheFormsOrderWithTotalAndAverage) {
  content::ContentValue evaluation = Join(
      "  - {question: duree, counts: {Adaptée: 9, Courte: 3}}\n"
      "  - {question: utile, counts: {5: 4, 4: 4, 3: 2, 2: 0, 1: 0}}\n"
      "  - {question: idees, answers: [Plus de temps]}\n");
  EXPECT_TRUE(diagnostics_.empty()) << Messages();
  const content::ContentValue& choice = evaluation.Find("results")->items[0];
  EXPECT_EQ(choice.Find("text")->scalar, "Durée ?");
  EXPECT_EQ(choice.Find("number")->scalar, "2");
  const content::ContentValue& rows = *choice.Find("rows");
  ASSERT_EQ(rows.items.size(), 2u);
  EXPECT_EQ(rows.items[0].Find("label")->scalar, "Courte");
  EXPECT_EQ(rows.items[0].Find("count")->scalar, "3");
  EXPECT_EQ(rows.items[1].Find("count")->scalar, "9");
  EXPECT_EQ(choice.Find("total")->scalar, "12");
  EXPECT_EQ(choice.Find("average"), nullptr);
  const content::ContentValue& scale = evaluation.Find("results")->items[1];
  EXPECT_EQ(scale.Find("rows")->items[0].Find("label")->scalar, "1 – Non");
  EXPECT_EQ(scale.Find("total")->scalar, "10");
  EXPECT_EQ(scale.Find("average")->scalar, "4,2");  // (3×2 + 4×4 + 5×4) / 10
  EXPECT_EQ(scale.Find("scale_max")->scalar, "5");
  EXPECT_EQ(evaluation.Find("results")->items[2].Find("is_open")->Boolean(), true);
}

TEST_F(EvaluationQuestionTest, CountsMustMatchTheAnswersOfTheForm) {
  Join(
      "  - {question: dure, counts: {Courte: 1}}\n"
      "  - {question: duree, counts: {Courte: 1, Adaptee: 2, Longue: x}}\n"
      "  - {question: duree, counts: {Courte: 1, Adaptée: 2}}\n"
      "  - {question: idees, counts: {Oui: 1}}\n"
      "  - {question: utile, answers: [Bien]}\n");
  std::string all = Messages();
  EXPECT_NE(all.find("report.yaml:2:16: error: no evaluation question 'dure'\n"
                     "  hint: did you mean 'duree'?"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("report.yaml:3:43: error: question 'duree' has no answer 'Adaptee'\n"
                     "  hint: did you mean 'Adaptée'?"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("no count for answer 'Adaptée' of question 'duree'"), std::string::npos)
      << all;
  EXPECT_NE(all.find("report.yaml:3:55: error: question 'duree' has no answer 'Longue'"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("the results of question 'duree' are given twice"), std::string::npos) << all;
  EXPECT_NE(all.find("question 'idees' is open: copy its written answers"), std::string::npos)
      << all;
  EXPECT_NE(all.find("question 'utile' is answered by ticking boxes"), std::string::npos) << all;
  EXPECT_NE(all.find("the results of question 'utile' need a count for each answer"),
            std::string::npos)
      << all;
}

TEST_F(EvaluationQuestionTest, TodoCountsCountAsZeroAndMissingResultsAreWarnings) {
  content::ContentValue evaluation =
      Join("  - {question: duree, counts: {Courte: TODO, Adaptée: 2}}\n");
  EXPECT_EQ(diagnostics_.ErrorCount(), 0u) << Messages();
  EXPECT_EQ(diagnostics_.WarningCount(), 2u) << Messages();  // utile and idees
  EXPECT_NE(Messages().find("evaluation question 'utile' has no results in the report"),
            std::string::npos);
  const content::ContentValue& rows = *evaluation.Find("results")->items[0].Find("rows");
  EXPECT_EQ(rows.items[0].Find("count")->scalar, "0");
  EXPECT_EQ(evaluation.Find("results")->items[0].Find("total")->scalar, "2");
  content::ContentValue unanswered =
      Join("  - {question: utile, counts: {1: 0, 2: 0, 3: 0, 4: 0, 5: TODO}}\n");
  EXPECT_EQ(unanswered.Find("results")->items[0].Find("average")->scalar, "–");
}

}  // namespace
}  // namespace coopkit::models
