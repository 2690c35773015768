#include "layout/blocks/table_block.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "fonts/fixed_width_font_set.h"
#include "layout/flow/page_composer.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

constexpr float kSlack = 0.01f;

/// "012b007": word 7 of the cell in row 12, column b. Seven characters, 35
/// points in the 10-point fixed-width font: narrower than any readable column.
std::string Word(int row, int column, int index) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%03d%c%03d", row, 'a' + column, index);
  return buffer;
}

std::string CellText(int row, int column, int words) {
  std::string text;
  for (int i = 0; i < words; ++i) text += (i ? " " : "") + Word(row, column, i);
  return text;
}

bool IsCellWord(const std::string& word) {
  return word.size() == 7 && std::isdigit(word[0]) && std::islower(word[3]);
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

float RunWidth(const page::GlyphRun& run) {
  return static_cast<float>(Utf8Length(run.text)) * fonts::FixedWidthFontSet::kAdvance * run.size;
}

class TableBlockTest : public ::testing::Test {
 protected:
  /// A table whose cell [r][c] holds `words[r][c]` words (header rows hold
  /// the words « H » + column letter instead).
  Node* AddTable(const std::vector<std::vector<int>>& words, int header_rows,
                 std::map<std::string, std::string> attributes = {}) {
    Node* table = document_.root->Append(NodeKind::kTable);
    table->attributes = std::move(attributes);
    table->attributes["header-rows"] = std::to_string(header_rows);
    for (size_t r = 0; r < words.size(); ++r) {
      Node* row = table->Append(NodeKind::kTableRow);
      if (static_cast<int>(r) < header_rows) row->attributes["header"] = "true";
      for (size_t c = 0; c < words[r].size(); ++c) {
        Node* cell = row->Append(NodeKind::kTableCell);
        std::string text = static_cast<int>(r) < header_rows
                               ? std::string("Titre") + static_cast<char>('A' + c)
                               : CellText(static_cast<int>(r), static_cast<int>(c), words[r][c]);
        if (words[r][c] > 0)
          cell->Append(NodeKind::kParagraph)->Append(NodeKind::kText)->text = text;
      }
    }
    return table;
  }
  void AddFiller(int lines) {
    for (int i = 0; i < lines; ++i) {
      document_.root->Append(NodeKind::kParagraph)->Append(NodeKind::kText)->text = "ligne";
    }
  }
  page::LaidOutDocument Compose() {
    return PageComposer().Compose(document_, theme_, fonts_, nullptr, &diagnostics_);
  }

  float FrameLeft() const { return theme_.page.margin_inner; }
  float FrameRight() const { return theme_.page.width - theme_.page.margin_outer; }
  float FrameTop() const { return theme_.page.margin_top; }
  float FrameBottom() const { return theme_.page.height - theme_.page.margin_bottom; }

  /// Every cell word of the document, in reading order, with its page; and
  /// checks that the runs holding them lie inside the frame.
  std::vector<std::pair<std::string, int>> CellWords(const page::LaidOutDocument& laid_out) const {
    std::vector<std::pair<std::string, int>> found;
    for (size_t p = 0; p < laid_out.pages.size(); ++p) {
      std::vector<page::GlyphRun> runs = laid_out.pages[p].runs;
      std::stable_sort(runs.begin(), runs.end(),
                       [](const page::GlyphRun& a, const page::GlyphRun& b) {
                         return a.y != b.y ? a.y < b.y : a.x < b.x;
                       });
      for (const page::GlyphRun& run : runs) {
        bool has_cell_word = false;
        for (const std::string& word : SplitWords(run.text)) {
          if (!IsCellWord(word)) continue;
          found.push_back({word, static_cast<int>(p)});
          has_cell_word = true;
        }
        if (!has_cell_word) continue;
        EXPECT_GE(run.x, FrameLeft() - kSlack) << run.text;
        EXPECT_LE(run.x + RunWidth(run), FrameRight() + kSlack) << run.text;
        EXPECT_GE(run.y - run.size, FrameTop() - kSlack) << run.text;
        EXPECT_LE(run.y, FrameBottom() + kSlack) << run.text;
      }
    }
    return found;
  }
  /// Checks that the cells' words all came out once each.
  void ExpectEveryWordOnce(const std::vector<std::vector<int>>& words, int header_rows,
                           const std::vector<std::pair<std::string, int>>& found) const {
    std::multiset<std::string> seen;
    for (const auto& [word, page] : found) seen.insert(word);
    size_t expected = 0;
    for (size_t r = header_rows; r < words.size(); ++r) {
      for (size_t c = 0; c < words[r].size(); ++c) {
        for (int i = 0; i < words[r][c]; ++i) {
          ASSERT_EQ(seen.count(Word(static_cast<int>(r), static_cast<int>(c), i)), 1u)
              << Word(static_cast<int>(r), static_cast<int>(c), i);
          ++expected;
        }
      }
    }
    EXPECT_EQ(found.size(), expected);
  }
  static int CountRuns(const page::Page& page, const std::string& text) {
    return static_cast<int>(
        std::count_if(page.runs.begin(), page.runs.end(),
                      [&](const page::GlyphRun& run) { return run.text == text; }));
  }

  doc::Document document_;
  Theme theme_;
  fonts::FixedWidthFontSet fonts_;
  DiagnosticList diagnostics_;
};

TEST_F(TableBlockTest, CellTextWrapsInsideItsColumn) {
  std::vector<std::vector<int>> words = {{1, 1, 1}, {1, 9, 30}, {2, 20, 3}};
  AddTable(words, 1, {{"widths", "auto 1fr 2fr"}});
  page::LaidOutDocument laid_out = Compose();
  ASSERT_EQ(laid_out.pages.size(), 1u);
  auto found = CellWords(laid_out);
  ExpectEveryWordOnce(words, 1, found);
  // Each column's runs stay left of the next column's.
  std::map<char, std::pair<float, float>> extent;  // column → leftmost x, rightmost end
  for (const page::GlyphRun& run : laid_out.pages[0].runs) {
    std::vector<std::string> run_words = SplitWords(run.text);
    if (run_words.empty() || !IsCellWord(run_words[0])) continue;
    auto [it, added] = extent.try_emplace(run_words[0][3], run.x, run.x + RunWidth(run));
    it->second.first = std::min(it->second.first, run.x);
    it->second.second = std::max(it->second.second, run.x + RunWidth(run));
  }
  ASSERT_EQ(extent.size(), 3u);
  EXPECT_LE(extent['a'].second + 2 * theme_.table.cell_padding, extent['b'].first + kSlack);
  EXPECT_LE(extent['b'].second + 2 * theme_.table.cell_padding, extent['c'].first + kSlack);
  // The rules between the columns: the 2fr column is twice as wide as the
  // 1fr one, and the table fills the frame.
  std::set<float> rules;
  for (const page::StrokedLine& line : laid_out.pages[0].lines) {
    if (line.x1 == line.x2) rules.insert(line.x1);
  }
  ASSERT_EQ(rules.size(), 4u);
  std::vector<float> xs(rules.begin(), rules.end());
  EXPECT_NEAR(xs[3] - xs[2], 2 * (xs[2] - xs[1]), kSlack);
  EXPECT_NEAR(xs[0], FrameLeft(), kSlack);
  EXPECT_NEAR(xs[3], FrameRight(), kSlack);
}

TEST_F(TableBlockTest, HeaderRepeatsOnEveryPageAndNeverEndsOneAlone) {
  std::vector<std::vector<int>> words = {{1, 1}};
  for (int r = 1; r <= 60; ++r) words.push_back({2, 12});
  for (int filler = 0; filler < 36; filler += 5) {
    SCOPED_TRACE("filler lines: " + std::to_string(filler));
    document_ = {};
    AddFiller(filler);
    AddTable(words, 1);
    page::LaidOutDocument laid_out = Compose();
    ASSERT_GE(laid_out.pages.size(), 3u);
    auto found = CellWords(laid_out);
    ExpectEveryWordOnce(words, 1, found);
    std::map<std::string, std::set<int>> row_pages;  // row → pages it is on
    for (const auto& [word, page] : found) row_pages[word.substr(0, 3)].insert(page);
    for (const auto& [row, pages] : row_pages) EXPECT_EQ(pages.size(), 1u) << "row " << row;
    std::set<int> table_pages;
    for (const auto& [word, page] : found) table_pages.insert(page);
    for (size_t page = 0; page < laid_out.pages.size(); ++page) {
      const page::Page& p = laid_out.pages[page];
      bool has_rows = table_pages.count(static_cast<int>(page)) > 0;
      EXPECT_EQ(CountRuns(p, "TitreA"), has_rows ? 1 : 0) << "page " << page;
      // Under the header, at least the first line of a row.
      for (const page::GlyphRun& header : p.runs) {
        if (header.text != "TitreA") continue;
        EXPECT_TRUE(std::any_of(p.runs.begin(), p.runs.end(),
                                [&](const page::GlyphRun& run) {
                                  return run.y > header.y && IsCellWord(SplitWords(run.text)[0]);
                                }))
            << "lone header on page " << page;
      }
    }
  }
}

TEST_F(TableBlockTest, ARowThatDoesNotFitMovesWholeToTheNextPage) {
  std::vector<std::vector<int>> words = {{1, 1}, {1, 60}};
  AddFiller(30);  // the table starts low on the first page
  AddTable(words, 1);
  page::LaidOutDocument laid_out = Compose();
  auto found = CellWords(laid_out);
  ExpectEveryWordOnce(words, 1, found);
  std::set<int> pages;
  for (const auto& [word, page] : found) pages.insert(page);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(*pages.begin(), 1);
  EXPECT_EQ(CountRuns(laid_out.pages[0], "TitreA"), 0);
  EXPECT_EQ(CountRuns(laid_out.pages[1], "TitreA"), 1);
}

TEST_F(TableBlockTest, ARowTallerThanAPageIsSplitBetweenLinesWithNoTextLost) {
  std::vector<std::vector<int>> words = {{1, 1}, {1, 999}, {1, 3}};
  AddTable(words, 1, {{"widths", "auto 1fr"}, {"caption", "Charge"}});
  page::LaidOutDocument laid_out = Compose();
  auto found = CellWords(laid_out);
  ExpectEveryWordOnce(words, 1, found);
  // The long cell reads in order across pages.
  std::vector<std::string> long_cell;
  std::set<int> pages;
  for (const auto& [word, page] : found) {
    if (word.substr(0, 4) == "001b") {
      long_cell.push_back(word);
      pages.insert(page);
    }
  }
  ASSERT_EQ(long_cell.size(), 999u);
  EXPECT_TRUE(std::is_sorted(long_cell.begin(), long_cell.end()));
  EXPECT_GE(pages.size(), 3u);
  for (int page : pages) EXPECT_EQ(CountRuns(laid_out.pages[page], "TitreA"), 1);
  // The caption opens the table; the pages after say it continues.
  EXPECT_EQ(CountRuns(laid_out.pages[0], "Charge"), 1);
  EXPECT_EQ(CountRuns(laid_out.pages[0], "Charge (suite)"), 0);
  EXPECT_EQ(CountRuns(laid_out.pages[1], "Charge (suite)"), 1);
  for (const Diagnostic& d : diagnostics_.items()) ADD_FAILURE() << d.message;
}

TEST_F(TableBlockTest, ColumnsTooWideAreSlicedRepeatingTheStubColumn) {
  std::vector<std::vector<int>> words(1, std::vector<int>(7, 1));
  for (int r = 1; r <= 4; ++r) words.push_back(std::vector<int>(7, 8));
  AddTable(words, 1, {{"stub-columns", "1"}});
  document_.root->children.back()->attributes["caption"] = "Formes";
  page::LaidOutDocument laid_out = Compose();
  std::vector<std::pair<std::string, int>> found = CellWords(laid_out);
  // The stub column's words are printed in each slice; every other word once.
  std::map<std::string, int> seen;
  for (const auto& [word, page] : found) ++seen[word];
  int slices = seen[Word(1, 0, 0)];
  EXPECT_GE(slices, 2);
  for (int r = 1; r <= 4; ++r) {
    for (int c = 0; c < 7; ++c) {
      for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(seen[Word(r, c, i)], c == 0 ? slices : 1) << Word(r, c, i);
      }
    }
  }
  // Each slice, and each page a slice reaches, has the header with the
  // stub's title; all but the first say they continue.
  int stub_titles = 0, continued = 0, captions = 0;
  for (const page::Page& page : laid_out.pages) {
    stub_titles += CountRuns(page, "TitreA");
    continued += CountRuns(page, "Formes (suite)");
    captions += CountRuns(page, "Formes");
  }
  EXPECT_GE(stub_titles, slices);
  EXPECT_EQ(captions, 1);
  EXPECT_EQ(continued, stub_titles - 1);
  // No column is narrower than the readable width: a row's cells are that far apart.
  std::map<float, std::set<float>> lefts;  // baseline → x of the runs starting a cell line
  for (const page::GlyphRun& run : laid_out.pages[0].runs) {
    if (IsCellWord(SplitWords(run.text)[0])) lefts[run.y].insert(run.x);
  }
  for (const auto& [y, xs] : lefts) {
    for (auto it = std::next(xs.begin()); it != xs.end(); ++it) {
      EXPECT_GE(*it - *std::prev(it), theme_.table.min_column_width - kSlack);
    }
  }
}

TEST_F(TableBlockTest, HeaderIsTintedAndBodyRowsStriped) {
  std::vector<std::vector<int>> words = {{1, 1}, {1, 1}, {1, 1}, {1, 1}, {1, 1}};
  AddTable(words, 1, {{"zebra", "true"}});
  page::LaidOutDocument laid_out = Compose();
  ASSERT_EQ(laid_out.pages.size(), 1u);
  int header = 0, zebra = 0;
  for (const page::FilledRect& rect : laid_out.pages[0].rects) {
    header += rect.color == theme_.table.header_background;
    zebra += rect.color == theme_.table.zebra_background;
  }
  EXPECT_EQ(header, 1);
  EXPECT_EQ(zebra, 2);  // the second and fourth body rows
  EXPECT_FALSE(laid_out.pages[0].lines.empty());
  // Header text is bold, in the header colour.
  for (const page::GlyphRun& run : laid_out.pages[0].runs) {
    if (run.text == "TitreA") {
      EXPECT_EQ(run.font, fonts_.Face({fonts::FontRole::kBody, true, false}));
      EXPECT_EQ(run.color, theme_.table.header_text);
    }
  }
}

// The stress table: 300 rows of cells from 1 to 400 words, one cell
// taller than a page. Nothing outside the frame, every word laid out once.
TEST_F(TableBlockTest, StressTableLosesNoWordAndStaysInsideTheFrame) {
  std::vector<std::vector<int>> words = {{1, 1, 1}};
  unsigned seed = 12345;
  for (int r = 1; r <= 300; ++r) {
    std::vector<int> row;
    for (int c = 0; c < 3; ++c) {
      seed = seed * 1103515245u + 12345u;
      row.push_back(1 + static_cast<int>((seed >> 16) % 400));
    }
    words.push_back(row);
  }
  words[150][2] = 999;  // about 1.5 pages in its column
  AddTable(words, 1, {{"widths", "auto 1fr 2fr"}, {"zebra", "true"}});
  page::LaidOutDocument laid_out = Compose();
  auto found = CellWords(laid_out);
  ExpectEveryWordOnce(words, 1, found);
  for (const Diagnostic& d : diagnostics_.items()) ADD_FAILURE() << d.message;
  for (const page::Page& page : laid_out.pages) {
    for (const page::FilledRect& rect : page.rects) {
      EXPECT_GE(rect.y, FrameTop() - kSlack);
      EXPECT_LE(rect.y + rect.height, FrameBottom() + kSlack);
      EXPECT_LE(rect.x + rect.width, FrameRight() + kSlack);
    }
  }
}

}  // namespace
}  // namespace coopkit::layout
