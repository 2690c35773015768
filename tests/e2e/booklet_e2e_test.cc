// The guide as a booklet (`build --booklet`, `booklet: true`): its A5 pages
// two by two on A4 landscape sheet sides, in saddle-stitch order, read back
// with pdftotext -bbox, qpdf and pdfinfo.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <regex>
#include <tuple>

#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

namespace fs = std::filesystem;

constexpr double kA4Long = 841.89, kA4Short = 595.28;

// Where a page of the booklet is printed: its sheet side (1-based, in print
// order) and half. Sheet s (0-based) of a booklet of `pages` pages holds on
// its front pages N - 2s and 2s + 1, on its back 2s + 2 and N - 2s - 1.
struct Half {
  int side = 0;
  bool right = false;
};
std::vector<Half> HalvesOfBookletPages(int pages) {
  std::vector<Half> halves(pages + 1);  // 1-based
  for (int s = 0; s < pages / 4; ++s) {
    halves[pages - 2 * s] = {2 * s + 1, false};
    halves[2 * s + 1] = {2 * s + 1, true};
    halves[2 * s + 2] = {2 * s + 2, false};
    halves[pages - 2 * s - 1] = {2 * s + 2, true};
  }
  return halves;
}

// The words of one half of a sheet side, moved back to their page's own
// coordinates: the pages meet at the fold, in the middle of the sheet.
std::vector<WordBox> WordsOfHalf(const PageWords& side, bool right, double page_width) {
  const double fold = side.width / 2;
  const double page_x = right ? fold : fold - page_width;
  std::vector<WordBox> words;
  for (WordBox word : side.words) {
    if ((word.x_min >= fold) != right) continue;
    EXPECT_GE(word.x_min, page_x - 0.01) << word.text;
    EXPECT_LE(word.x_max, page_x + page_width + 0.01) << word.text;
    word.x_min -= page_x;
    word.x_max -= page_x;
    words.push_back(word);
  }
  return words;
}

std::vector<WordBox> InPlaceOrder(std::vector<WordBox> words) {
  std::sort(words.begin(), words.end(), [](const WordBox& a, const WordBox& b) {
    return std::tie(a.y_min, a.x_min) < std::tie(b.y_min, b.x_min);
  });
  return words;
}

// Expects `printed` to be `page`'s words at the same places.
void ExpectSameWords(const std::vector<WordBox>& page, const std::vector<WordBox>& printed,
                     const std::string& what) {
  std::vector<WordBox> expected = InPlaceOrder(page), actual = InPlaceOrder(printed);
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(actual[i].text, expected[i].text) << what;
    EXPECT_NEAR(actual[i].x_min, expected[i].x_min, 0.05) << what << ": " << actual[i].text;
    EXPECT_NEAR(actual[i].y_min, expected[i].y_min, 0.05) << what << ": " << actual[i].text;
  }
}

class GuideBookletTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new TempDir();
    result_ =
        new CommandResult(Coopkit("build --only guide --booklet --out " + ShellQuote(out_->path()),
                                  std::string("SOURCE_DATE_EPOCH=") + kEpoch));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete out_;
  }
  static TempDir* out_;
  static CommandResult* result_;
};

TempDir* GuideBookletTest::out_ = nullptr;
CommandResult* GuideBookletTest::result_ = nullptr;

TEST_F(GuideBookletTest, EveryFourPagesTakeOneA4SheetPrintedOnBothSides) {
  ASSERT_EQ(result_->exit_code, 0) << result_->out;
  const std::vector<PageWords> guide = PdfProbe(out_->File("guide.pdf")).Words();
  const std::vector<PageWords> booklet = PdfProbe(out_->File("guide-livret.pdf")).Words();
  const int sheets = (static_cast<int>(guide.size()) + 3) / 4;
  EXPECT_EQ(booklet.size(), static_cast<size_t>(2 * sheets));
  for (const PageWords& side : booklet) {
    EXPECT_NEAR(side.width, kA4Long, 0.5);
    EXPECT_NEAR(side.height, kA4Short, 0.5);
  }
  EXPECT_NE(result_->out.find("booklet, " + std::to_string(sheets) + " sheets"), std::string::npos)
      << result_->out;
  int exit_code = -1;
  const std::string info =
      RunTool("pdfinfo " + ShellQuote(out_->File("guide-livret.pdf")), &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_TRUE(std::regex_search(info, std::regex("Pages: +" + std::to_string(2 * sheets) + "\n")))
      << info;
  EXPECT_TRUE(std::regex_search(info, std::regex(R"(Page size: +841\.89 x 595\.28 pts \(A4\))")))
      << info;
  std::string report;
  EXPECT_EQ(PdfProbe(out_->File("guide-livret.pdf")).QpdfCheck(&report), 0) << report;
}

TEST_F(GuideBookletTest, EachPageIsPrintedWholeInItsHalfOfItsSheetSide) {
  ASSERT_EQ(result_->exit_code, 0) << result_->out;
  const std::vector<PageWords> guide = PdfProbe(out_->File("guide.pdf")).Words();
  const std::vector<PageWords> booklet = PdfProbe(out_->File("guide-livret.pdf")).Words();
  ASSERT_GE(guide.size(), 5u);
  const int pages = static_cast<int>(guide.size());
  const int booklet_pages = 4 * ((pages + 3) / 4);
  ASSERT_EQ(booklet.size(), static_cast<size_t>(booklet_pages / 2));
  const double width = guide[0].width;
  const std::vector<Half> halves = HalvesOfBookletPages(booklet_pages);

  // The first sheet side: the booklet's last page on the left, its first on
  // the right. The guide ends with text, not a cover: its blanks come last.
  ExpectSameWords(guide[0].words, WordsOfHalf(booklet[0], true, width), "page 1");
  if (pages == booklet_pages)
    ExpectSameWords(guide[pages - 1].words, WordsOfHalf(booklet[0], false, width), "last page");
  else
    EXPECT_TRUE(WordsOfHalf(booklet[0], false, width).empty());

  for (int page = 1; page <= booklet_pages; ++page) {
    const Half& half = halves[page];
    const std::vector<WordBox> printed = WordsOfHalf(booklet[half.side - 1], half.right, width);
    const std::string what = "page " + std::to_string(page) + " on side " +
                             std::to_string(half.side) + (half.right ? " right" : " left");
    if (page <= pages)
      ExpectSameWords(guide[page - 1].words, printed, what);
    else
      EXPECT_TRUE(printed.empty()) << what << " should be blank";
  }
}

TEST_F(GuideBookletTest, LinksAndBookmarksGoToTheSheetSideOfTheirPage) {
  ASSERT_EQ(result_->exit_code, 0) << result_->out;
  PdfProbe guide(out_->File("guide.pdf")), booklet(out_->File("guide-livret.pdf"));
  const int pages = static_cast<int>(guide.Words().size());
  const std::vector<Half> halves = HalvesOfBookletPages(4 * ((pages + 3) / 4));

  const std::vector<Bookmark> marks = guide.Bookmarks(), imposed = booklet.Bookmarks();
  ASSERT_FALSE(marks.empty());
  ASSERT_EQ(imposed.size(), marks.size());
  for (size_t i = 0; i < marks.size(); ++i) {
    EXPECT_EQ(imposed[i].title, marks[i].title);
    EXPECT_EQ(imposed[i].level, marks[i].level);
    EXPECT_EQ(imposed[i].page, halves[marks[i].page].side) << marks[i].title;
  }

  // Internal links (the table of contents), each from its page's sheet side.
  auto internal = [](const std::vector<LinkAnnotation>& links) {
    std::vector<LinkAnnotation> kept;
    for (const LinkAnnotation& link : links)
      if (link.uri.empty()) kept.push_back(link);
    return kept;
  };
  std::vector<LinkAnnotation> links = internal(guide.Links());
  std::vector<LinkAnnotation> imposed_links = internal(booklet.Links());
  ASSERT_FALSE(links.empty());
  std::vector<std::pair<int, int>> expected, actual;
  for (const LinkAnnotation& link : links)
    expected.push_back({halves[link.page].side, halves[link.target_page].side});
  for (const LinkAnnotation& link : imposed_links) actual.push_back({link.page, link.target_page});
  std::sort(expected.begin(), expected.end());
  std::sort(actual.begin(), actual.end());
  EXPECT_EQ(actual, expected);
}

// The shipped kit copied, to change its kit.yaml and templates.
class KitCopy : public ContentCopy {
 public:
  std::string Out(const std::string& name) const { return out_.File(name); }
  std::string Manifest() const { return content_.File("kit.yaml"); }
  std::string Template(const std::string& name) const { return templates_.File(name); }
};

TEST(BookletManifestTest, BookletTrueInKitYamlWritesItAndIsRefusedOffA5) {
  KitCopy copy;
  copy.Replace(copy.Manifest(), "    paper: A5\n", "    paper: A5\n    booklet: true\n");
  CommandResult built = copy.Build();
  ASSERT_EQ(built.exit_code, 0) << built.out;
  EXPECT_TRUE(fs::exists(copy.Out("guide-livret.pdf"))) << built.out;
  EXPECT_FALSE(fs::exists(copy.Out("legal-forms-livret.pdf")));

  copy.Replace(copy.Manifest(), "    paper: A4                  # the synopsis",
               "    booklet: true\n    paper: A4                  # the synopsis");
  built = copy.Build();
  EXPECT_EQ(built.exit_code, 1) << built.out;
  EXPECT_TRUE(std::regex_search(
      built.out, std::regex(R"(kit\.yaml:\d+:\d+: error: a booklet is made of A5 portrait pages, )"
                            R"(two on each side of an A4 sheet; this document is A4 landscape)")))
      << built.out;
}

// A guide that ends with a cover: its blank pages go before it, so that it
// stays the back of the booklet, beside the front cover.
TEST(BookletManifestTest, ABackCoverStaysOutsideAfterTheBlankPages) {
  KitCopy copy;
  copy.Replace(copy.Manifest(), "    paper: A5\n", "    paper: A5\n    booklet: true\n");
  copy.Replace(copy.Template("guide.mustache"), "{{> colophon}}\n",
               "{{> colophon}}\n\n{{> cover}}\n");
  CommandResult built = copy.Build();
  ASSERT_EQ(built.exit_code, 0) << built.out;
  const std::vector<PageWords> guide = PdfProbe(copy.Out("guide.pdf")).Words();
  const std::vector<PageWords> booklet = PdfProbe(copy.Out("guide-livret.pdf")).Words();
  const int pages = static_cast<int>(guide.size());
  const int booklet_pages = 4 * ((pages + 3) / 4);
  ASSERT_EQ(booklet.size(), static_cast<size_t>(booklet_pages / 2));
  ASSERT_LT(pages, booklet_pages) << "the test needs blank pages";
  const double width = guide[0].width;
  ExpectSameWords(guide[0].words, WordsOfHalf(booklet[0], true, width), "front cover");
  ExpectSameWords(guide[pages - 1].words, WordsOfHalf(booklet[0], false, width), "back cover");
  // The blank pages: the booklet's pages N - 1, N - 2... down to the last
  // page of text.
  const std::vector<Half> halves = HalvesOfBookletPages(booklet_pages);
  for (int page = pages; page < booklet_pages; ++page) {
    const Half& half = halves[page];
    EXPECT_TRUE(WordsOfHalf(booklet[half.side - 1], half.right, width).empty()) << page;
  }
  const Half& last_text = halves[pages - 1];
  ExpectSameWords(guide[pages - 2].words,
                  WordsOfHalf(booklet[last_text.side - 1], last_text.right, width),
                  "the last page of text");
}

}  // namespace
}  // namespace coopkit::testing
