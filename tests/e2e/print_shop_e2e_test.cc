// The print-shop options through the coopkit command, on a copy of the
// shipped kit: the report (which holds a photo with transparency) written as
// PDF/A-1b by `pdfa: true` in kit.yaml, read back with qpdf and pdfimages;
// the guide with `--print-marks` or `print_marks: true`, its boxes read from
// qpdf's JSON and its cover's drawing from the page's operators.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

// Runs a tool that must succeed and returns its standard output.
std::string Tool(const std::string& command) {
  int exit_code;
  std::string output = RunTool(command + " 2>/dev/null", &exit_code);
  EXPECT_EQ(exit_code, 0) << command;
  return output;
}

struct Box {
  double left = 0, bottom = 0, right = 0, top = 0;
  bool Contains(const Box& inner) const {
    return left <= inner.left && bottom <= inner.bottom && inner.right <= right && inner.top <= top;
  }
};

Box BoxOf(const nlohmann::json& array) {
  if (!array.is_array() || array.size() != 4) return {};
  return {array[0].get<double>(), array[1].get<double>(), array[2].get<double>(),
          array[3].get<double>()};
}

// A page as qpdf's JSON gives it: its boxes and its content stream's object.
struct PageBoxes {
  Box media, trim, bleed;
  bool has_trim = false, has_bleed = false;
  std::string contents;  // "5 0 R"
};

std::vector<PageBoxes> PagesOf(const std::string& pdf) {
  const nlohmann::json json = nlohmann::json::parse(Tool("qpdf --json --json-key=qpdf " + pdf));
  const nlohmann::json& objects = json["qpdf"][1];
  std::string tree;  // the catalog's /Pages (libharu writes one flat tree)
  for (const auto& [name, object] : objects.items()) {
    if (object.contains("value") && object["value"].is_object() &&
        object["value"].value("/Type", "") == "/Catalog")
      tree = object["value"].value("/Pages", "");
  }
  std::vector<PageBoxes> pages;
  for (const nlohmann::json& page : objects["obj:" + tree]["value"]["/Kids"]) {
    const nlohmann::json& value = objects["obj:" + page.get<std::string>()]["value"];
    PageBoxes boxes{.media = BoxOf(value["/MediaBox"]),
                    .trim = BoxOf(value.value("/TrimBox", nlohmann::json())),
                    .bleed = BoxOf(value.value("/BleedBox", nlohmann::json())),
                    .has_trim = value.contains("/TrimBox"),
                    .has_bleed = value.contains("/BleedBox"),
                    .contents = value.value("/Contents", "")};
    pages.push_back(boxes);
  }
  return pages;
}

// The rectangles (`x y w h re`) and lines (`x y m x y l`) of a page's operators.
struct Drawing {
  std::vector<Box> rects, lines;
};

Drawing DrawingOf(const std::string& pdf, const std::string& contents) {
  const std::string number = contents.substr(0, contents.find(' '));
  std::istringstream in(Tool("qpdf --show-object=" + number + " --filtered-stream-data " + pdf));
  Drawing drawing;
  std::vector<double> operands;
  for (std::string word; in >> word;) {
    char* end = nullptr;
    const double value = std::strtod(word.c_str(), &end);
    if (*end == '\0' && end != word.c_str()) {
      operands.push_back(value);
      continue;
    }
    const size_t n = operands.size();
    if (word == "re" && n >= 4) {
      drawing.rects.push_back({operands[n - 4], operands[n - 3], operands[n - 4] + operands[n - 2],
                               operands[n - 3] + operands[n - 1]});
    } else if (word == "l" && n >= 2 && !drawing.lines.empty()) {
      drawing.lines.back().right = operands[n - 2];
      drawing.lines.back().top = operands[n - 1];
    } else if (word == "m" && n >= 2) {
      drawing.lines.push_back({operands[n - 2], operands[n - 1], 0, 0});
    }
    operands.clear();
  }
  return drawing;
}

class PrintShopTest : public ContentCopy, public ::testing::Test {
 protected:
  CommandResult BuildOnly(const std::string& document, const std::string& out,
                          const std::string& options = "") const {
    return Coopkit("build --only " + document + " --content " + ShellQuote(content_.path()) +
                       " --templates " + ShellQuote(templates_.path()) + " --out " +
                       ShellQuote(out) + " " + options,
                   std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  }
};

TEST_F(PrintShopTest, PdfaReportHasXmpAnOutputIntentNoMaskAndTheSameBytesTwice) {
  TempDir plain;
  ASSERT_EQ(BuildOnly("report", plain.path()).exit_code, 0);
  const std::string plain_pdf = ShellQuote(plain.File("report.pdf"));
  ASSERT_NE(Tool("qpdf --qdf --object-streams=disable " + plain_pdf + " -").find("/SMask"),
            std::string::npos)
      << "the shipped report's photo has transparency";

  Replace(content_.File("kit.yaml"), "    output: report.pdf\n",
          "    output: report.pdf\n    pdfa: true\n");
  TempDir first, second;
  CommandResult built = BuildOnly("report", first.path());
  ASSERT_EQ(built.exit_code, 0) << built.out;
  ASSERT_EQ(BuildOnly("report", second.path()).exit_code, 0);
  EXPECT_EQ(ReadAll(first.File("report.pdf")), ReadAll(second.File("report.pdf")));

  const std::string pdf = ShellQuote(first.File("report.pdf"));
  EXPECT_NE(Tool("qpdf --check " + pdf).find("No syntax or stream encoding errors"),
            std::string::npos);
  const std::string qdf = Tool("qpdf --qdf --object-streams=disable " + pdf + " -");
  EXPECT_NE(qdf.find("<pdfaid:part>1</pdfaid:part>"), std::string::npos);
  EXPECT_NE(qdf.find("/S /GTS_PDFA1"), std::string::npos);
  EXPECT_NE(qdf.find("/DestOutputProfile "), std::string::npos);
  EXPECT_EQ(qdf.find("/SMask"), std::string::npos);
  EXPECT_EQ(Tool("pdfimages -list " + pdf).find("smask"), std::string::npos);
  const std::string raw = ReadAll(first.File("report.pdf"));
  EXPECT_NE(raw.find("/ID ["), std::string::npos);
}

void ExpectPrintMarks(const std::string& pdf) {
  std::vector<PageBoxes> pages = PagesOf(pdf);
  ASSERT_GT(pages.size(), 1u);
  for (const PageBoxes& page : pages) {
    ASSERT_TRUE(page.has_trim && page.has_bleed);
    EXPECT_TRUE(page.media.Contains(page.bleed));
    EXPECT_TRUE(page.bleed.Contains(page.trim));
    EXPECT_NEAR(page.trim.left - page.bleed.left, 8.5, 0.01);               // the default 3 mm
    EXPECT_NEAR((page.trim.right - page.trim.left) / 72 * 25.4, 148, 0.1);  // A5
    EXPECT_NEAR((page.trim.top - page.trim.bottom) / 72 * 25.4, 210, 0.1);
    EXPECT_GT(page.bleed.left, page.media.left);  // room for the marks
  }
  const PageBoxes& cover = pages[0];
  const Drawing drawing = DrawingOf(pdf, cover.contents);
  // The band: the bleed box's width, up to its top edge.
  bool band = false;
  for (const Box& rect : drawing.rects) {
    band = band || (std::abs(rect.left - cover.bleed.left) < 0.01 &&
                    std::abs(rect.right - cover.bleed.right) < 0.01 &&
                    std::abs(rect.top - cover.bleed.top) < 0.01 && rect.bottom > cover.trim.bottom);
  }
  EXPECT_TRUE(band) << "no band across the cover's bleed box";
  // The crop marks: on the trim's edges, outside the bleed box.
  int marks = 0;
  for (const Box& line : drawing.lines) {
    const bool horizontal = line.bottom == line.top;
    const double along = horizontal ? line.bottom : line.left;
    const double from = horizontal ? line.left : line.bottom,
                 to = horizontal ? line.right : line.top;
    const double low = horizontal ? cover.bleed.left : cover.bleed.bottom;
    const double high = horizontal ? cover.bleed.right : cover.bleed.top;
    const bool on_trim_edge =
        horizontal
            ? std::abs(along - cover.trim.bottom) < 0.01 || std::abs(along - cover.trim.top) < 0.01
            : std::abs(along - cover.trim.left) < 0.01 || std::abs(along - cover.trim.right) < 0.01;
    if (!on_trim_edge) continue;
    if ((from <= low && to <= low) || (from >= high && to >= high)) ++marks;
  }
  EXPECT_EQ(marks, 8);
}

TEST_F(PrintShopTest, PrintMarksGiveTheGuideNestedBoxesCropMarksAndABleedingCover) {
  TempDir plain, marked;
  ASSERT_EQ(BuildOnly("guide", plain.path()).exit_code, 0);
  for (const PageBoxes& page : PagesOf(ShellQuote(plain.File("guide.pdf"))))
    EXPECT_FALSE(page.has_trim || page.has_bleed);

  CommandResult built = BuildOnly("guide", marked.path(), "--print-marks");
  ASSERT_EQ(built.exit_code, 0) << built.out;
  const std::string pdf = ShellQuote(marked.File("guide.pdf"));
  EXPECT_NE(Tool("qpdf --check " + pdf).find("No syntax or stream encoding errors"),
            std::string::npos);
  ExpectPrintMarks(pdf);

  // `print_marks: true` in kit.yaml does the same for that document alone.
  Replace(content_.File("kit.yaml"), "    output: guide.pdf\n",
          "    output: guide.pdf\n    print_marks: true\n");
  TempDir from_kit;
  ASSERT_EQ(BuildOnly("guide", from_kit.path()).exit_code, 0);
  EXPECT_EQ(ReadAll(from_kit.File("guide.pdf")), ReadAll(marked.File("guide.pdf")));
}

}  // namespace
}  // namespace coopkit::testing
