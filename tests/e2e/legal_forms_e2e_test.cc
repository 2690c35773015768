// Builds the shipped Fiche comparative des formes juridiques and reads it
// back as its reader would: a sound PDF, every cell's text, nothing in the
// margins, the table's header row once on each of its pages, and the source
// notes numbered in the order the table calls them, each with its label and
// address. Expected text comes from content/legal-forms.yaml.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "base/french_date.h"
#include "kit/theme_loader.h"
#include "layout/theme.h"
#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

constexpr char kNotesTitle[] = "Sources";  // the template's {notes} title

struct Sheet {
  std::vector<std::string> criteria;  // ids, in order
  std::map<std::string, std::string> criterion_labels;
  std::vector<std::string> form_names;       // `short`, in order
  std::vector<std::string> form_full_names;  // `name`, in order
  // facts[form][criterion]: text and cited source ids.
  std::vector<std::map<std::string, std::pair<std::string, std::vector<std::string>>>> facts;
  std::map<std::string, std::pair<std::string, std::string>> sources;  // id -> label, url
  bool forms_as_rows = false;
  std::string updated;
};

Sheet LoadSheet() {
  Sheet sheet;
  content::ContentValue file = LoadContent("legal-forms.yaml");
  const content::ContentValue* root = file.Find("legal_forms");
  if (!root) return sheet;
  for (const content::ContentValue& c : root->Find("criteria")->items) {
    sheet.criteria.push_back(c.Find("id")->scalar);
    sheet.criterion_labels[c.Find("id")->scalar] = c.Find("label")->scalar;
  }
  for (const content::ContentValue& form : root->Find("forms")->items) {
    sheet.form_names.push_back(form.Find("short")->scalar);
    sheet.form_full_names.push_back(form.Find("name")->scalar);
    auto& facts = sheet.facts.emplace_back();
    for (const content::MapEntry& fact : form.Find("facts")->entries) {
      std::vector<std::string> ids;
      for (const content::ContentValue& id : fact.value.Find("sources")->items)
        ids.push_back(id.scalar);
      facts[fact.key] = {fact.value.Find("text")->scalar, ids};
    }
  }
  for (const content::ContentValue& s : root->Find("sources")->items)
    sheet.sources[s.Find("id")->scalar] = {s.Find("label")->scalar, s.Find("url")->scalar};
  sheet.forms_as_rows = root->Find("forms_as_rows")->Boolean().value_or(false);
  sheet.updated = root->Find("updated")->scalar;
  return sheet;
}

// The source ids in the order the table first calls them: row by row, cell
// by cell, as the template lays the cells out.
std::vector<std::string> CalledSources(const Sheet& sheet) {
  std::vector<std::string> order;
  auto visit = [&](size_t form, const std::string& criterion) {
    for (const std::string& id : sheet.facts[form].at(criterion).second) {
      if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
    }
  };
  if (sheet.forms_as_rows) {
    for (size_t f = 0; f < sheet.form_names.size(); ++f)
      for (const std::string& c : sheet.criteria) visit(f, c);
  } else {
    for (const std::string& c : sheet.criteria)
      for (size_t f = 0; f < sheet.form_names.size(); ++f) visit(f, c);
  }
  return order;
}

// Comparable text without the note calls (superscript digits and the
// raised comma between two calls) that follow the cells' text.
std::string WithoutNoteCalls(const std::string& text) {
  static const std::vector<std::string> kCallCharacters = {"\u2070", "\u00B9", "\u00B2", "\u00B3",
                                                           "\u2074", "\u2075", "\u2076", "\u2077",
                                                           "\u2078", "\u2079", "\u2E34"};
  std::string out = text;
  for (const std::string& c : kCallCharacters) {
    for (size_t at = out.find(c); at != std::string::npos; at = out.find(c, at))
      out.erase(at, c.size());
  }
  return out;
}

// A cell's text as printed: its Markdown emphasis marks are not.
std::string PrintedCell(const std::string& markdown) {
  std::string text = markdown;
  text.erase(std::remove(text.begin(), text.end(), '*'), text.end());
  return Typeset(text);
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// The table as read back from the words' boxes, so that text set side by
// side in cells is not mixed up by pdftotext's reading order.
struct TableReading {
  struct HeaderLine {
    int page = 0;
    std::set<std::string> columns;  // the column names it heads
  };
  std::vector<HeaderLine> headers;
  std::vector<std::string> stray_header_words;  // on a header line, in no column name
  // Text of each column (named as in its header, the stub's by its header
  // word) over every page, lines in order, cut after its last row.
  std::map<std::string, std::string> columns;
};

// Reads the table whose header rows start with `stub` and name `columns`:
// a header row is a line that starts at the left margin with `stub`; each
// column starts at the first word of its name on that line, and holds the
// words below it down to the next header row or the bottom margin.
TableReading ReadTable(const std::vector<PageWords>& pages, const std::string& stub,
                       const std::vector<std::string>& columns, const layout::PageGeometry& page) {
  std::set<std::string> name_words;
  for (const std::string& name : columns)
    for (const std::string& word : Words(name)) name_words.insert(word);
  TableReading table;
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<WordBox> body;
    for (const WordBox& word : pages[p].words) {
      if (word.y_min >= page.margin_top && word.y_max <= pages[p].height - page.margin_bottom)
        body.push_back(word);
    }
    std::sort(body.begin(), body.end(), [](const WordBox& a, const WordBox& b) {
      return std::abs(a.y_min - b.y_min) > 1 ? a.y_min < b.y_min : a.x_min < b.x_min;
    });
    std::vector<const WordBox*> stubs;
    for (const WordBox& word : body) {
      if (word.text == stub && word.x_min < page.margin_inner + 15) stubs.push_back(&word);
    }
    for (size_t h = 0; h < stubs.size(); ++h) {
      double top = stubs[h]->y_min - 1;
      double bottom = h + 1 < stubs.size() ? stubs[h + 1]->y_min - 1 : pages[p].height;
      std::vector<std::pair<double, std::string>> starts = {{stubs[h]->x_min, stub}};
      TableReading::HeaderLine header{static_cast<int>(p) + 1, {}};
      for (const WordBox& word : body) {
        if (&word == stubs[h] || std::abs(word.y_min - stubs[h]->y_min) > 1) continue;
        if (!name_words.contains(word.text)) table.stray_header_words.push_back(word.text);
        for (const std::string& name : columns) {
          if (Words(name)[0] != word.text) continue;
          starts.emplace_back(word.x_min, name);
          header.columns.insert(name);
        }
      }
      table.headers.push_back(header);
      std::sort(starts.begin(), starts.end());
      std::map<std::string, double> last_line;
      for (const WordBox& word : body) {
        if (word.y_min < top || word.y_min >= bottom) continue;
        auto column = std::upper_bound(starts.begin(), starts.end(),
                                       std::make_pair(word.x_min + 0.5, std::string()));
        if (column == starts.begin()) continue;
        const std::string& name = std::prev(column)->second;
        std::string& text = table.columns[name];
        bool new_line = !last_line.contains(name) || std::abs(last_line[name] - word.y_min) > 1;
        text += (text.empty() ? "" : new_line ? "\n" : " ") + word.text;
        last_line[name] = word.y_min;
      }
    }
  }
  return table;
}

class ShippedSheetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kit_ = new BuiltKit("legal-forms");
    sheet_ = new Sheet(LoadSheet());
  }
  static void TearDownTestSuite() {
    delete sheet_;
    delete kit_;
  }
  void SetUp() override {
    ASSERT_EQ(kit_->result().exit_code, 0) << kit_->result().out;
    ASSERT_GE(sheet_->criteria.size(), 11u);
    ASSERT_GE(sheet_->form_names.size(), 9u);
  }

  static PdfProbe Pdf() { return PdfProbe(kit_->Pdf("legal-forms.pdf")); }
  static const Sheet& sheet() { return *sheet_; }

  /// The stub's header word, the column names and the cell of a row and a
  /// column, in the orientation the content asks the template for.
  static std::string StubHeader() { return sheet().forms_as_rows ? "Forme" : "Critère"; }
  static std::vector<std::string> ColumnNames() {
    if (!sheet().forms_as_rows) return sheet().form_names;
    std::vector<std::string> labels;
    for (const std::string& id : sheet().criteria)
      labels.push_back(sheet().criterion_labels.at(id));
    return labels;
  }
  static std::string ColumnOf(size_t form, const std::string& criterion) {
    return sheet().forms_as_rows ? sheet().criterion_labels.at(criterion)
                                 : sheet().form_names[form];
  }

  static TableReading Table() {
    DiagnosticList diagnostics;
    layout::Theme theme;
    kit::ApplyTheme(LoadContent("theme.yaml"), &theme, &diagnostics);
    EXPECT_FALSE(diagnostics.HasErrors());
    return ReadTable(Pdf().Words(), StubHeader(), ColumnNames(), theme.page);
  }

  static BuiltKit* kit_;
  static Sheet* sheet_;
};

BuiltKit* ShippedSheetTest::kit_ = nullptr;
Sheet* ShippedSheetTest::sheet_ = nullptr;

TEST_F(ShippedSheetTest, IsASoundLandscapePdf) {
  std::string report;
  EXPECT_EQ(Pdf().QpdfCheck(&report), 0) << report;
  std::vector<PageWords> pages = Pdf().Words();
  ASSERT_GE(pages.size(), 4u);
  for (const PageWords& page : pages) {
    EXPECT_NEAR(page.width, 841.89, 1);  // A4 landscape, as content/kit.yaml asks
    EXPECT_NEAR(page.height, 595.28, 1);
  }
  EXPECT_EQ(Pdf().Info()["Title"], "Fiche comparative des formes juridiques");
}

TEST_F(ShippedSheetTest, EveryCellsTextIsPrintedInItsColumn) {
  TableReading table = Table();
  std::map<std::string, std::string> columns;
  for (const auto& [name, text] : table.columns) columns[name] = WithoutNoteCalls(Comparable(text));
  int checked = 0;
  for (size_t f = 0; f < sheet().form_names.size(); ++f) {
    for (const std::string& criterion : sheet().criteria) {
      std::string cell = PrintedCell(sheet().facts[f].at(criterion).first);
      EXPECT_NE(columns[ColumnOf(f, criterion)].find(cell), std::string::npos)
          << sheet().form_names[f] << " / " << criterion << ": " << cell;
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(sheet().form_names.size() * sheet().criteria.size()));
  // The row labels, in the stub column.
  std::vector<std::string> rows = sheet().form_full_names;
  if (!sheet().forms_as_rows) {
    rows.clear();
    for (const std::string& id : sheet().criteria) rows.push_back(sheet().criterion_labels.at(id));
  }
  for (const std::string& row : rows)
    EXPECT_NE(columns[StubHeader()].find(Typeset(row)), std::string::npos) << row;

  std::optional<CalendarDate> updated = ParseIsoDate(sheet().updated);
  ASSERT_TRUE(updated);
  EXPECT_NE(Comparable(Pdf().Text()).find(Typeset("À jour au " + FormatFrenchDate(*updated))),
            std::string::npos);
}

TEST_F(ShippedSheetTest, NoWordLiesOutsideThePageMargins) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  kit::ApplyTheme(LoadContent("theme.yaml"), &theme, &diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors());
  std::vector<PageWords> pages = Pdf().Words();
  ASSERT_FALSE(pages.empty());
  for (const std::string& word :
       WordsOutsideMargins(pages, {theme.page.margin_top, theme.page.margin_bottom,
                                   theme.page.margin_inner, theme.page.margin_outer}))
    ADD_FAILURE() << "outside the margins: " << word;
}

// Every page of the table shows a header row over the columns it holds,
// never the same column's header twice; a header row holds nothing but the
// column names; together the header rows name every column.
TEST_F(ShippedSheetTest, HeaderRowIsOnEveryPageOfTheTable) {
  TableReading table = Table();
  ASSERT_FALSE(table.headers.empty()) << "no '" << StubHeader() << "' in the PDF";
  EXPECT_TRUE(table.stray_header_words.empty()) << table.stray_header_words[0];
  int first = table.headers.front().page, last = table.headers.back().page;
  std::map<int, std::set<std::string>> headed_on_page;
  std::set<std::string> headed;
  for (const TableReading::HeaderLine& header : table.headers) {
    EXPECT_FALSE(header.columns.empty()) << "page " << header.page;
    for (const std::string& column : header.columns) {
      EXPECT_TRUE(headed_on_page[header.page].insert(column).second)
          << column << " is headed twice on page " << header.page;
      headed.insert(column);
    }
  }
  for (int page = first; page <= last; ++page)
    EXPECT_TRUE(headed_on_page.contains(page)) << "page " << page << " has no header row";
  std::vector<std::string> names = ColumnNames();
  EXPECT_EQ(headed, std::set<std::string>(names.begin(), names.end()));
}

TEST_F(ShippedSheetTest, SourceNotesAreNumberedInCallOrderWithTheirLabelAndAddress) {
  std::vector<std::string> order = CalledSources(sheet());
  ASSERT_FALSE(order.empty());
  int notes_page = 0;
  for (const Bookmark& bookmark : Pdf().Bookmarks()) {
    if (bookmark.title == kNotesTitle) notes_page = bookmark.page;
  }
  ASSERT_GT(notes_page, 0) << "no bookmark '" << kNotesTitle << "'";
  std::string raw;
  int pages = std::stoi(Pdf().Info()["Pages"]);
  for (int p = notes_page; p <= pages; ++p) raw += Pdf().Text(p) + "\n";
  std::string notes_text = Comparable(raw);
  std::string squeezed = notes_text;
  squeezed.erase(std::remove(squeezed.begin(), squeezed.end(), ' '), squeezed.end());
  size_t at = 0;
  for (size_t n = 0; n < order.size(); ++n) {
    const auto& [label, url] = sheet().sources.at(order[n]);
    std::string expected = std::to_string(n + 1) + ". " + Typeset(label) + ",";
    size_t found = notes_text.find(expected, at);
    ASSERT_NE(found, std::string::npos) << "note " << n + 1 << " should be: " << expected;
    at = found + expected.size();
    std::string address = Comparable(url);
    address.erase(std::remove(address.begin(), address.end(), ' '), address.end());
    EXPECT_NE(squeezed.find(address), std::string::npos) << url;
  }
  // Sources that no cell cites are not printed: nothing follows the last note.
  EXPECT_EQ(notes_text.find(std::to_string(order.size() + 1) + ". ", at), std::string::npos);
  // The table calls the notes with superscript numbers.
  std::string table_text;
  for (const auto& [name, text] : Table().columns) table_text += text;
  EXPECT_NE(table_text.find("\u00B9"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::testing
