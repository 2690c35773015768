// The post-workshop report workflow through the coopkit command: the shipped
// example report and evaluation form read back from their PDFs (charts as
// text, photos at their pixel sizes, one block per question), personal data
// absent from every document of the kit, the « BROUILLON » mark, and
// `coopkit new report` → check → build refused → build --draft → filled in
// → build on a fresh content folder. Expected text comes from the content.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "base/file_io.h"
#include "base/image_info.h"
#include "markup/french_typography.h"
#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;
using content::ContentValue;

const std::string kSourceDir = COOPKIT_SOURCE_DIR;

int PageCount(const PdfProbe& pdf) { return std::stoi(pdf.Info()["Pages"]); }

const ContentValue& Report() {
  static const ContentValue report = *LoadContent("report.yaml").Find("report");
  return report;
}

const ContentValue& Questions() {
  static const ContentValue questions =
      *LoadContent("evaluation.yaml").Find("evaluation")->Find("questions");
  return questions;
}

// The whole shipped kit, built once: personal data must be absent from all of it.
class ShippedReportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { kit_ = new BuiltKit(); }
  static void TearDownTestSuite() { delete kit_; }
  static std::string Pdf(const std::string& name) { return kit_->Pdf(name); }

  static BuiltKit* kit_;
};

BuiltKit* ShippedReportTest::kit_ = nullptr;

TEST_F(ShippedReportTest, ReportAndFormBuildIntoSoundPdfs) {
  ASSERT_EQ(kit_->result().exit_code, 0) << kit_->result().out;
  EXPECT_EQ(kit_->result().out.find("TODO"), std::string::npos) << kit_->result().out;
  for (const char* name : {"report.pdf", "evaluation-form.pdf"}) {
    PdfProbe pdf(Pdf(name));
    std::string report;
    EXPECT_EQ(pdf.QpdfCheck(&report), 0) << name << "\n" << report;
  }
}

TEST_F(ShippedReportTest, TheExampleSaysItIsOneAndGivesTheKeyFacts) {
  std::string text = Comparable(PdfProbe(Pdf("report.pdf")).Text());
  EXPECT_NE(text.find(Typeset(Report().Find("title")->scalar)), std::string::npos);
  EXPECT_NE(Report().Find("title")->scalar.find("exemple"), std::string::npos);
  EXPECT_NE(text.find("Ce compte rendu est un exemple : les noms, les chiffres"),
            std::string::npos);
  EXPECT_NE(text.find(Typeset(Report().Find("place")->scalar)), std::string::npos);
  const size_t participants = Report().Find("participants")->items.size();
  EXPECT_NE(text.find("Nombre de participants : " + std::to_string(participants)),
            std::string::npos);
  for (const ContentValue& section : Report().Find("sections")->items)
    EXPECT_NE(text.find(Typeset(section.Find("title")->scalar)), std::string::npos);
  for (const ContentValue& action : Report().Find("actions")->items)
    EXPECT_NE(text.find(Typeset(action.Find("what")->scalar)), std::string::npos);
  EXPECT_NE(text.find("10 décembre 2026"), std::string::npos);  // an action's due date, in French
}

// Every bar of every chart is text: its label, and its count printed on the
// same line to the right of the label.
TEST_F(ShippedReportTest, ChartLabelsAndCountsAreSearchableText) {
  std::vector<PageWords> pages = PdfProbe(Pdf("report.pdf")).Words();
  std::string text = Comparable(PdfProbe(Pdf("report.pdf")).Text());
  auto count_beside = [&](const std::string& label, const std::string& count) {
    std::string printed = markup::FrenchTypography().ApplyToText(label);
    std::string last_word = printed.substr(printed.rfind(' ') + 1);
    for (const PageWords& page : pages) {
      for (const WordBox& word : page.words) {
        if (word.text != last_word) continue;
        double middle = (word.y_min + word.y_max) / 2;
        for (const WordBox& other : page.words) {
          if (other.text == count && other.x_min > word.x_max && other.y_min < middle &&
              other.y_max > middle)
            return true;
        }
      }
    }
    return false;
  };
  int checked = 0;
  for (const ContentValue& result : Report().Find("evaluation")->Find("results")->items) {
    const ContentValue* counts = result.Find("counts");
    if (!counts) continue;
    int total = 0, weighted = 0;
    for (const content::MapEntry& entry : counts->entries) {
      int count = std::stoi(entry.value.scalar);
      total += count;
      bool scale = !entry.key.empty() && std::isdigit(static_cast<unsigned char>(entry.key[0]));
      if (scale) {
        weighted += count * std::stoi(entry.key);
      } else {
        EXPECT_NE(text.find(Typeset(entry.key)), std::string::npos) << entry.key;
        EXPECT_TRUE(count_beside(entry.key, entry.value.scalar)) << entry.key;
        ++checked;
      }
    }
    if (weighted > 0) {
      char average[32];
      std::snprintf(average, sizeof average, "%.1f", static_cast<double>(weighted) / total);
      std::string french = average;
      french[french.find('.')] = ',';
      EXPECT_NE(text.find(std::to_string(total) + " réponses, note moyenne " + french + " sur 5"),
                std::string::npos)
          << result.Find("question")->scalar;
    }
  }
  EXPECT_GE(checked, 5);
  EXPECT_NE(text.find("Pas du tout"), std::string::npos);  // a scale's end label
}

TEST_F(ShippedReportTest, PhotosAreEmbeddedAtTheirPixelSizes) {
  int exit_code = -1;
  std::string list = RunTool("pdfimages -list " + ShellQuote(Pdf("report.pdf")), &exit_code);
  ASSERT_EQ(exit_code, 0) << list;
  for (const ContentValue& photo : Report().Find("photos")->items) {
    std::string error;
    auto bytes = ReadFile(kSourceDir + "/content/" + photo.Find("file")->scalar, &error);
    ASSERT_TRUE(bytes) << error;
    std::optional<ImageInfo> info = ReadImageInfo(*bytes, &error);
    ASSERT_TRUE(info) << error;
    // page num type width height: "image" rows, plus an "smask" for an alpha channel.
    std::regex row(R"(\n\s*\d+\s+\d+\s+image\s+)" + std::to_string(info->width) + R"(\s+)" +
                   std::to_string(info->height) + R"(\s+\w+\s+\d+\s+\d+\s+)" +
                   (info->format == ImageFormat::kJpeg ? "jpeg" : "image"));
    EXPECT_TRUE(std::regex_search(list, row)) << photo.Find("file")->scalar << "\n" << list;
    if (info->format == ImageFormat::kPng) {
      std::regex mask(R"(\n\s*\d+\s+\d+\s+smask\s+)" + std::to_string(info->width) + R"(\s+)" +
                      std::to_string(info->height));
      EXPECT_TRUE(std::regex_search(list, mask)) << "no transparency kept\n" << list;
    }
    EXPECT_NE(
        Comparable(PdfProbe(Pdf("report.pdf")).Text()).find(Typeset(photo.Find("caption")->scalar)),
        std::string::npos);
  }
}

TEST_F(ShippedReportTest, EvaluationFormHasOneBlockPerQuestionInOrder) {
  PdfProbe form(Pdf("evaluation-form.pdf"));
  std::string text = Comparable(form.Text());
  size_t at = 0;
  size_t boxes = 0;
  int number = 0;
  for (const ContentValue& question : Questions().items) {
    std::string heading = std::to_string(++number) + ". " + Typeset(question.Find("text")->scalar);
    size_t found = text.find(heading, at);
    EXPECT_NE(found, std::string::npos) << heading;
    if (found != std::string::npos) at = found + heading.size();
    const std::string& type = question.Find("type")->scalar;
    if (type == "choice") {
      boxes += question.Find("choices")->items.size();
      for (const ContentValue& choice : question.Find("choices")->items)
        EXPECT_NE(text.find("□ " + Typeset(choice.scalar)), std::string::npos) << choice.scalar;
    } else if (type == "scale") {
      const ContentValue& scale = *question.Find("scale");
      boxes += std::stoi(scale.Find("max")->scalar) - std::stoi(scale.Find("min")->scalar) + 1;
    }
  }
  size_t printed = 0;
  for (size_t i = text.find("□"); i != std::string::npos; i = text.find("□", i + 1)) ++printed;
  EXPECT_EQ(printed, boxes);
}

// Without consent a person is counted, never named; no participant's
// address appears anywhere, consent or not.
TEST_F(ShippedReportTest, NoPersonalDataWithoutConsentInAnyDocument) {
  std::vector<std::string> secrets, named;
  for (const ContentValue& person : Report().Find("participants")->items) {
    if (const ContentValue* email = person.Find("email")) secrets.push_back(email->scalar);
    bool consent = person.Find("consent")->Boolean() == true;
    (consent ? named : secrets).push_back(person.Find("name")->scalar);
  }
  ASSERT_GE(secrets.size(), 5u);
  int documents = 0;
  for (const std::string& path : PdfsIn(kit_->folder())) {
    ++documents;
    std::string text = NormalizeText(PdfProbe(path).Text());
    for (const std::string& secret : secrets)
      EXPECT_EQ(text.find(secret), std::string::npos) << secret << " in " << path;
    EXPECT_EQ(text.find("@exemple.org"), std::string::npos) << path;
  }
  EXPECT_GE(documents, 3);
  std::string report = NormalizeText(PdfProbe(Pdf("report.pdf")).Text());
  for (const std::string& name : named) EXPECT_NE(report.find(name), std::string::npos) << name;
}

TEST_F(ShippedReportTest, NoDraftMarkUnlessAsked) {
  for (const std::string& path : PdfsIn(kit_->folder())) {
    for (int page = 1; page <= PageCount(PdfProbe(path)); ++page)
      EXPECT_FALSE(HasDraftMark(path, page)) << path << " page " << page;
  }
  TempDir draft;
  CommandResult r =
      Coopkit("build --draft --only report,evaluation-form --out " + ShellQuote(draft.path()));
  ASSERT_EQ(r.exit_code, 0) << r.out;
  for (const char* name : {"report.pdf", "evaluation-form.pdf"}) {
    for (int page = 1; page <= PageCount(PdfProbe(draft.File(name))); ++page)
      EXPECT_TRUE(HasDraftMark(draft.File(name), page)) << name << " page " << page;
  }
}

// A fresh content folder: the shipped one without its example report.
class ReportWorkflowTest : public ::testing::Test {
 protected:
  ReportWorkflowTest() {
    fs::copy(kSourceDir + "/content", content_.path(),
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    fs::remove(content_.File("report.yaml"));
  }
  CommandResult Run(const std::string& command) {
    return Coopkit(command + " --content " + ShellQuote(content_.path()));
  }
  std::string Build(const std::string& flags = "") {
    return "build --only report " + flags + " --out " + ShellQuote(out_.path());
  }
  TempDir content_, out_;
};

TEST_F(ReportWorkflowTest, ScaffoldCheckRefuseDraftFillBuild) {
  // 1. Scaffold; never twice.
  CommandResult created = Run("new report");
  ASSERT_EQ(created.exit_code, 0) << created.out;
  std::string error;
  std::string scaffold = ReadFile(content_.File("report.yaml"), &error).value_or("");
  ASSERT_FALSE(scaffold.empty()) << error;
  CommandResult again = Run("new report");
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.out.find("already exists"), std::string::npos) << again.out;
  EXPECT_EQ(ReadFile(content_.File("report.yaml"), &error), scaffold);

  // 2. check lists each TODO as a warning at its place, and passes.
  CommandResult check = Run("check --only report");
  EXPECT_EQ(check.exit_code, 0) << check.out;
  const std::string report_file = content_.File("report.yaml");
  EXPECT_NE(check.out.find(report_file + ":9:9: warning: still to fill in: TODO: date"),
            std::string::npos)
      << check.out;
  size_t marks = 0;
  for (size_t i = scaffold.find("TODO"); i != std::string::npos; i = scaffold.find("TODO", i + 1))
    ++marks;
  size_t warnings = 0;
  for (size_t i = check.out.find("warning: still to fill in"); i != std::string::npos;
       i = check.out.find("warning: still to fill in", i + 1))
    ++warnings;
  EXPECT_EQ(warnings, marks - 1) << check.out;  // the header comment names TODO once

  // 3. build refuses it, and writes nothing.
  CommandResult refused = Run(Build());
  EXPECT_EQ(refused.exit_code, 1) << refused.out;
  EXPECT_NE(refused.out.find(report_file + ":9:9: error: still to fill in"), std::string::npos)
      << refused.out;
  EXPECT_FALSE(fs::exists(out_.File("report.pdf")));

  // 4. build --draft writes it, marked on every page.
  CommandResult draft = Run(Build("--draft"));
  ASSERT_EQ(draft.exit_code, 0) << draft.out;
  PdfProbe pdf(out_.File("report.pdf"));
  for (int page = 1; page <= PageCount(pdf); ++page)
    EXPECT_TRUE(HasDraftMark(out_.File("report.pdf"), page)) << "page " << page;
  std::string text = Comparable(pdf.Text());
  EXPECT_NE(text.find(Typeset(LoadContent("event.yaml").Find("event")->Find("title")->scalar)),
            std::string::npos);

  // 5. Filled in, as a person would: it builds, unmarked.
  std::string filled =
      std::regex_replace(scaffold, std::regex(R"re("TODO[^"]*AAAA-MM-JJ\)")re"), "2026-11-26");
  filled = std::regex_replace(filled, std::regex(R"(: TODO\b)"), ": 2");
  std::string out;
  int n = 0;
  std::smatch match;
  std::string rest = filled;
  while (std::regex_search(rest, match, std::regex(R"("TODO[^"]*")"))) {
    out += match.prefix().str() + "\"Rempli (" + std::to_string(++n) + ")\"";
    rest = match.suffix().str();
  }
  out += rest;
  std::ofstream(content_.File("report.yaml"), std::ios::trunc) << out;
  CommandResult final_build = Run(Build());
  ASSERT_EQ(final_build.exit_code, 0) << final_build.out << "\n" << out;
  EXPECT_FALSE(HasDraftMark(out_.File("report.pdf"), 1));
  EXPECT_NE(NormalizeText(PdfProbe(out_.File("report.pdf")).Text()).find("26 novembre 2026"),
            std::string::npos);
}

// The night before the forum: the report is still being written, the
// directory is switched off, and the kit's nightly build stays green.
TEST_F(ReportWorkflowTest, DraftAndSwitchedOffDocumentsInKitYaml) {
  ASSERT_EQ(Run("new report").exit_code, 0);
  std::string error;
  std::string kit = ReadFile(content_.File("kit.yaml"), &error).value_or("");
  for (const auto& [output, added] :
       {std::pair{"    output: report.pdf\n", "    draft: true\n"},
        std::pair{"    output: resources.pdf\n", "    enabled: false\n"}}) {
    size_t at = kit.find(output);
    ASSERT_NE(at, std::string::npos) << output;
    kit.insert(at + std::string(output).size(), added);
  }
  std::ofstream(content_.File("kit.yaml"), std::ios::trunc) << kit;

  CommandResult built = Run("build --out " + ShellQuote(out_.path()));
  ASSERT_EQ(built.exit_code, 0) << built.out;
  EXPECT_NE(built.out.find(content_.File("report.yaml") + ":9:9: warning: still to fill in"),
            std::string::npos)
      << built.out;
  EXPECT_NE(built.out.find("resources        switched off (enabled: false in kit.yaml)"),
            std::string::npos)
      << built.out;
  EXPECT_FALSE(fs::exists(out_.File("resources.pdf")));
  for (int page = 1; page <= PageCount(PdfProbe(out_.File("report.pdf"))); ++page)
    EXPECT_TRUE(HasDraftMark(out_.File("report.pdf"), page)) << "page " << page;
  // The evaluation form reads evaluation.yaml too, not the report's marks.
  for (const char* final_document : {"evaluation-form.pdf", "guide.pdf"})
    EXPECT_FALSE(HasDraftMark(out_.File(final_document), 1)) << final_document;

  CommandResult only = Run("build --only resources --out " + ShellQuote(out_.path()));
  EXPECT_EQ(only.exit_code, 2) << only.out;
  EXPECT_NE(only.out.find("--only names 'resources', which is switched off"), std::string::npos)
      << only.out;
}

}  // namespace
}  // namespace coopkit::testing
