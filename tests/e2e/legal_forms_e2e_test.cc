// Builds the shipped Fiche comparative des formes juridiques and the guide,
// and reads them back as their readers would: the synopsis comparing every
// form on two facing pages, each short cell in its column; a card per form
// with the full text of every fact; the source notes, each source once, in
// the order the sheet calls them; no page left mostly empty; the guide
// stating the same facts in the same words. Expected text comes from
// content/legal-forms.yaml.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "base/french_date.h"
#include "kit/theme_loader.h"
#include "layout/theme.h"
#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

constexpr char kNotesTitle[] = "Sources";  // the template's {notes} title
constexpr int kFirstSynopsisPage = 2;      // after the cover: a verso, facing page 3

struct Fact {
  std::string summary, text;
  std::vector<std::string> sources;
};

struct Form {
  std::string id, name, short_name, guide_notes;
  std::map<std::string, Fact> facts;  // by criterion id
};

struct Sheet {
  std::vector<std::string> criteria;  // ids, in order
  std::map<std::string, std::string> criterion_labels;
  std::set<std::string> left_out_of_synopsis;
  std::vector<Form> forms;
  std::vector<std::vector<std::string>> synopsis_pages;                // form ids
  std::vector<Fact> not_compared;                                      // `summary` holds the name
  std::map<std::string, std::pair<std::string, std::string>> sources;  // id -> label, url
  std::string reading_guide, updated;

  const Form& FormById(const std::string& id) const {
    return *std::find_if(forms.begin(), forms.end(), [&](const Form& f) { return f.id == id; });
  }
};

std::vector<std::string> Scalars(const content::ContentValue& list) {
  std::vector<std::string> out;
  for (const content::ContentValue& item : list.items) out.push_back(item.scalar);
  return out;
}

Sheet LoadSheet() {
  Sheet sheet;
  content::ContentValue file = LoadContent("legal-forms.yaml");
  const content::ContentValue* root = file.Find("legal_forms");
  if (!root) return sheet;
  for (const content::ContentValue& c : root->Find("criteria")->items) {
    const std::string& id = c.Find("id")->scalar;
    sheet.criteria.push_back(id);
    sheet.criterion_labels[id] = c.Find("label")->scalar;
    if (c.Find("synopsis") && c.Find("synopsis")->Boolean() == false)
      sheet.left_out_of_synopsis.insert(id);
  }
  for (const content::ContentValue& item : root->Find("forms")->items) {
    Form& form = sheet.forms.emplace_back();
    form.id = item.Find("id")->scalar;
    form.name = item.Find("name")->scalar;
    form.short_name = item.Find("short")->scalar;
    if (const content::ContentValue* notes = item.Find("guide_notes"))
      form.guide_notes = notes->scalar;
    for (const content::MapEntry& fact : item.Find("facts")->entries)
      form.facts[fact.key] = {fact.value.Find("summary")->scalar, fact.value.Find("text")->scalar,
                              Scalars(*fact.value.Find("sources"))};
  }
  for (const content::ContentValue& page : root->Find("synopsis_pages")->items)
    sheet.synopsis_pages.push_back(Scalars(page));
  if (const content::ContentValue* others = root->Find("not_compared")) {
    for (const content::ContentValue& other : others->items)
      sheet.not_compared.push_back({other.Find("name")->scalar, other.Find("text")->scalar,
                                    Scalars(*other.Find("sources"))});
  }
  for (const content::ContentValue& s : root->Find("sources")->items)
    sheet.sources[s.Find("id")->scalar] = {s.Find("label")->scalar, s.Find("url")->scalar};
  sheet.reading_guide = root->Find("reading_guide")->scalar;
  sheet.updated = root->Find("updated")->scalar;
  return sheet;
}

// The source ids in the order the sheet first calls them: the forms not
// compared (under the synopsis), then each card, fact by fact.
std::vector<std::string> CalledSources(const Sheet& sheet) {
  std::vector<std::string> order;
  auto visit = [&](const Fact& fact) {
    for (const std::string& id : fact.sources) {
      if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
    }
  };
  for (const Fact& other : sheet.not_compared) visit(other);
  for (const Form& form : sheet.forms)
    for (const std::string& criterion : sheet.criteria) visit(form.facts.at(criterion));
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

// The theme the sheet is laid out with: the kit's, then the document's own
// overrides from kit.yaml.
layout::Theme SheetTheme() {
  DiagnosticList diagnostics;
  layout::Theme theme;
  kit::ApplyTheme(LoadContent("theme.yaml"), &theme, &diagnostics);
  const content::ContentValue kit = LoadContent("kit.yaml");
  for (const content::ContentValue& document : kit.Find("documents")->items) {
    if (document.Find("name")->scalar == "legal-forms" && document.Find("theme"))
      kit::ApplyTheme(*document.Find("theme"), &theme, &diagnostics);
  }
  EXPECT_FALSE(diagnostics.HasErrors()) << FormatDiagnostics(diagnostics);
  return theme;
}

// The text of `pages` (1-based, inclusive) without the running header and
// footer: the words inside the margins, read column by column when the page
// is set in `columns` (the cards) and line by line.
std::string BodyText(const PdfProbe& pdf, const layout::PageGeometry& margins, int first, int last,
                     int columns = 1) {
  const std::vector<PageWords> pages = pdf.Words();
  std::string text;
  for (int p = first; p <= last && p <= static_cast<int>(pages.size()); ++p) {
    const PageWords& page = pages[p - 1];
    const double column_width =
        (page.width - margins.margin_inner - margins.margin_outer) / columns;
    std::vector<std::pair<std::tuple<int, double, double>, const WordBox*>> body;
    for (const WordBox& word : page.words) {
      const double middle = (word.y_min + word.y_max) / 2;
      if (middle < margins.margin_top || middle > page.height - margins.margin_bottom) continue;
      const int column = std::clamp(
          static_cast<int>((word.x_min - margins.margin_inner) / column_width), 0, columns - 1);
      body.push_back({{column, std::round(word.y_min), word.x_min}, &word});
    }
    std::sort(body.begin(), body.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    double line = -1;
    for (const auto& [at, word] : body) {
      text += (std::abs(word->y_min - line) > 1 ? "\n" : " ") + word->text;
      line = word->y_min;
    }
    text += "\n";
  }
  return Comparable(text);
}

// Each synopsis page, from `first_page` on, holds its table whole (one
// header row, no continuation on the next page), every criterion in the stub
// column and every form's summary in the form's column; the reading guide
// opens the first page. `synopsis_pages`: the form ids of each page.
void ExpectSynopsisOnPages(const PdfProbe& pdf, const Sheet& sheet,
                           const std::vector<std::vector<std::string>>& synopsis_pages,
                           int first_page) {
  const std::vector<PageWords> pages = pdf.Words();
  const layout::Theme theme = SheetTheme();
  ASSERT_GT(pages.size(), static_cast<size_t>(first_page) + synopsis_pages.size());
  std::set<std::string> compared;
  for (size_t s = 0; s < synopsis_pages.size(); ++s) {
    const int page = first_page + static_cast<int>(s);
    std::vector<std::string> columns;
    for (const std::string& id : synopsis_pages[s])
      columns.push_back(sheet.FormById(id).short_name);
    TableReading table = ReadTable({pages[page - 1]}, "Critère", columns, theme.page);
    ASSERT_EQ(table.headers.size(), 1u) << "page " << page;
    EXPECT_EQ(table.headers[0].columns, std::set<std::string>(columns.begin(), columns.end()));
    const std::string stub = Comparable(table.columns["Critère"]);
    for (const std::string& criterion : sheet.criteria) {
      const std::string label = Typeset(sheet.criterion_labels.at(criterion));
      EXPECT_EQ(stub.find(label) != std::string::npos,
                !sheet.left_out_of_synopsis.contains(criterion))
          << "page " << page << ": " << label;
    }
    for (const std::string& id : synopsis_pages[s]) {
      const Form& form = sheet.FormById(id);
      const std::string column = Comparable(table.columns[form.short_name]);
      for (const std::string& criterion : sheet.criteria) {
        if (sheet.left_out_of_synopsis.contains(criterion)) continue;
        const std::string cell = PrintedCell(form.facts.at(criterion).summary);
        EXPECT_NE(column.find(cell), std::string::npos) << id << " / " << criterion << ": " << cell;
      }
      compared.insert(id);
    }
  }
  EXPECT_EQ(compared.size(), sheet.forms.size());
  // Nothing of the synopsis runs over onto the page after it.
  const int after = first_page + static_cast<int>(synopsis_pages.size());
  EXPECT_TRUE(ReadTable({pages[after - 1]}, "Critère", {}, theme.page).headers.empty());
  const std::vector<std::string> guide_words = Words(sheet.reading_guide);
  std::string opening;
  for (size_t w = 0; w < 8 && w < guide_words.size(); ++w) opening += guide_words[w] + " ";
  EXPECT_NE(Comparable(pdf.Text(first_page)).find(Typeset(opening)), std::string::npos) << opening;
}

void ExpectNoWordOutsideThePageMargins(const PdfProbe& pdf) {
  const layout::Theme theme = SheetTheme();
  std::vector<PageWords> pages = pdf.Words();
  ASSERT_FALSE(pages.empty());
  for (const std::string& word :
       WordsOutsideMargins(pages, {theme.page.margin_top, theme.page.margin_bottom,
                                   theme.page.margin_inner, theme.page.margin_outer}))
    ADD_FAILURE() << "outside the margins: " << word;
}

// Every page after the cover is at least a third full: from the top margin
// to its last line of text.
void ExpectNoPageLessThanAThirdFull(const PdfProbe& pdf) {
  const layout::Theme theme = SheetTheme();
  const std::vector<PageWords> pages = pdf.Words();
  for (size_t p = 1; p < pages.size(); ++p) {
    const double content_bottom = pages[p].height - theme.page.margin_bottom;
    double bottom = theme.page.margin_top;
    for (const WordBox& word : pages[p].words)
      if (word.y_max <= content_bottom) bottom = std::max(bottom, word.y_max);
    const double filled =
        (bottom - theme.page.margin_top) / (content_bottom - theme.page.margin_top);
    EXPECT_GE(filled, 1.0 / 3) << "page " << p + 1 << " is " << std::lround(filled * 100)
                               << " % full";
  }
}

class ShippedSheetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kit_ = new BuiltKit("legal-forms,guide");
    sheet_ = new Sheet(LoadSheet());
  }
  static void TearDownTestSuite() {
    delete sheet_;
    delete kit_;
  }
  void SetUp() override {
    ASSERT_EQ(kit_->result().exit_code, 0) << kit_->result().out;
    ASSERT_GE(sheet_->criteria.size(), 10u);
    ASSERT_GE(sheet_->forms.size(), 8u);
    ASSERT_EQ(sheet_->synopsis_pages.size(), 2u);  // two facing pages
  }

  static PdfProbe Pdf() { return PdfProbe(kit_->Pdf("legal-forms.pdf")); }
  static const Sheet& sheet() { return *sheet_; }

  /// The page of the bookmark `title`; 0 when there is none.
  static int BookmarkPage(const std::string& title) {
    for (const Bookmark& bookmark : Pdf().Bookmarks())
      if (bookmark.title == Typeset(title) || bookmark.title == title) return bookmark.page;
    return 0;
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

// The synopsis on two facing pages: the first is a verso, left of the second.
TEST_F(ShippedSheetTest, SynopsisComparesEveryFormOnTwoFacingPages) {
  EXPECT_EQ(kFirstSynopsisPage % 2, 0);
  ExpectSynopsisOnPages(Pdf(), sheet(), sheet().synopsis_pages, kFirstSynopsisPage);
}

TEST_F(ShippedSheetTest, EveryFormHasACardWithTheFullTextOfEachFact) {
  const int pages = std::stoi(Pdf().Info()["Pages"]);
  for (const Form& form : sheet().forms) {
    const int page = BookmarkPage(form.name);
    ASSERT_GT(page, kFirstSynopsisPage) << "no card for " << form.name;
    const std::string text =
        WithoutNoteCalls(BodyText(Pdf(), SheetTheme().page, page, std::min(page + 1, pages), 2));
    for (const std::string& criterion : sheet().criteria) {
      const std::string fact = PrintedCell(form.facts.at(criterion).text);
      EXPECT_NE(text.find(fact), std::string::npos)
          << form.id << " / " << criterion << ": " << fact;
      EXPECT_NE(text.find(Typeset(sheet().criterion_labels.at(criterion))), std::string::npos);
    }
  }
  std::optional<CalendarDate> updated = ParseIsoDate(sheet().updated);
  ASSERT_TRUE(updated);
  EXPECT_NE(Comparable(Pdf().Text()).find(Typeset("À jour au " + FormatFrenchDate(*updated))),
            std::string::npos);
}

// The guide's chapter on the forms prints each fact from the same content:
// a fact changed in legal-forms.yaml changes in both documents.
TEST_F(ShippedSheetTest, TheGuideStatesTheSameFactsInTheSameWords) {
  DiagnosticList diagnostics;
  layout::Theme guide_theme;
  kit::ApplyTheme(LoadContent("theme.yaml"), &guide_theme, &diagnostics);
  const std::string guide = BodyText(PdfProbe(kit_->Pdf("guide.pdf")), guide_theme.page, 1, 1000);
  ASSERT_FALSE(guide.empty());
  for (const Form& form : sheet().forms) {
    EXPECT_NE(guide.find(Typeset(form.name)), std::string::npos) << form.name;
    for (const std::string& criterion : sheet().criteria) {
      const std::string fact = PrintedCell(form.facts.at(criterion).text);
      EXPECT_NE(guide.find(fact), std::string::npos)
          << form.id << " / " << criterion << ": " << fact;
    }
  }
  for (const Fact& other : sheet().not_compared)
    EXPECT_NE(guide.find(PrintedCell(other.text)), std::string::npos) << other.summary;
}

// The guide's own chapters cite no article or numbered text that the legal
// forms' content (the sheet's facts and the guide's notes on each form) does
// not state: a legal reference has one home, where its source is given.
TEST_F(ShippedSheetTest, TheGuideCitesNoLegalTextTheFormsContentLacks) {
  std::string forms_content;
  for (const Form& form : sheet().forms) {
    forms_content += form.guide_notes + "\n";
    for (const auto& [criterion, fact] : form.facts) forms_content += fact.text + "\n";
  }
  for (const Fact& other : sheet().not_compared) forms_content += other.text + "\n";
  const content::ContentValue guide = LoadContent("guide.yaml");
  std::vector<std::string> chapters = {guide.Find("guide")->Find("intro")->scalar};
  for (const content::ContentValue& section : guide.Find("guide")->Find("sections")->items)
    chapters.push_back(section.Find("body")->scalar);
  // Code articles (L1253-8, R2142-20) and the numbers of laws, decrees and
  // decisions (n° 2011-893).
  const std::regex reference(R"(\b[LRD]\d{3,4}-\d+\b|n° (\d{2,4}-\d+))");
  int references = 0;
  for (const std::string& chapter : chapters) {
    for (std::sregex_iterator at(chapter.begin(), chapter.end(), reference), end; at != end; ++at) {
      const std::string cited = (*at)[1].matched ? (*at)[1].str() : at->str();
      EXPECT_NE(forms_content.find(cited), std::string::npos) << cited;
      ++references;
    }
  }
  EXPECT_GT(references, 0);
}

// The cells for which the audit of 2026-12-02 found a sourced fact
// (content-audit, section 2) state it rather than « à vérifier ».
TEST_F(ShippedSheetTest, CellsTheAuditCouldFillAreNotLeftToCheck) {
  const std::vector<std::pair<std::string, std::string>> filled = {
      {"scic", "gouvernance"},
      {"scic", "responsabilite"},
      {"scop", "fiscalite"},
      {"gie", "membres"},
      {"gie", "gouvernance"},
      {"gie", "collectivites"},
      {"association", "responsabilite"},
      {"association", "fiscalite"},
      {"ptce", "gouvernance"},
      {"ptce", "responsabilite"},
      {"ptce", "capital"},
      {"ptce", "excedents"},
      {"ptce", "fiscalite"},
      {"ptce", "collectivites"}};
  for (const auto& [form, criterion] : filled) {
    const Fact& fact = sheet().FormById(form).facts.at(criterion);
    for (const std::string& text : {fact.text, fact.summary}) {
      EXPECT_EQ(text.find("à vérifier"), std::string::npos) << form << " / " << criterion;
      EXPECT_EQ(text.find("À vérifier"), std::string::npos) << form << " / " << criterion;
    }
  }
}

TEST_F(ShippedSheetTest, NoWordLiesOutsideThePageMargins) {
  ExpectNoWordOutsideThePageMargins(Pdf());
}

TEST_F(ShippedSheetTest, NoPageIsLessThanAThirdFull) { ExpectNoPageLessThanAThirdFull(Pdf()); }

// Each source is listed once, numbered in the order the sheet first calls
// it, with its label and address; every listed source is called.
TEST_F(ShippedSheetTest, SourceNotesAreNumberedInCallOrderAndEverySourceIsCited) {
  std::vector<std::string> order = CalledSources(sheet());
  ASSERT_FALSE(order.empty());
  EXPECT_EQ(order.size(), sheet().sources.size()) << "a declared source is cited by no fact";
  const int notes_page = BookmarkPage(kNotesTitle);
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
  EXPECT_EQ(notes_text.find(std::to_string(order.size() + 1) + ". ", at), std::string::npos);
  // The cards call the notes with superscript numbers.
  EXPECT_NE(Pdf().Text(BookmarkPage(sheet().forms[0].name)).find("\u00B9"), std::string::npos);
}

// The sheet with kit.yaml's `paper: A3`: the synopsis is one page, every form
// side by side in the order of synopsis_pages, and the pages are as full.
class SheetOnA3 : public ContentCopy {
 public:
  SheetOnA3() {
    Replace(content_.path() + "/kit.yaml", "    paper: A4                  # the synopsis",
            "    paper: A3                  # the synopsis");
    result_ = Coopkit("build --only legal-forms --content " + ShellQuote(content_.path()) +
                          " --templates " + ShellQuote(templates_.path()) + " --out " +
                          ShellQuote(out_.path()),
                      std::string("SOURCE_DATE_EPOCH=") + kEpoch);
  }
  const CommandResult& result() const { return result_; }
  PdfProbe Pdf() const { return PdfProbe(out_.File("legal-forms.pdf")); }

 private:
  CommandResult result_;
};

class A3SheetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    a3_ = new SheetOnA3;
    sheet_ = new Sheet(LoadSheet());
  }
  static void TearDownTestSuite() {
    delete sheet_;
    delete a3_;
  }
  void SetUp() override { ASSERT_EQ(a3_->result().exit_code, 0) << a3_->result().out; }

  static SheetOnA3* a3_;
  static Sheet* sheet_;
};

SheetOnA3* A3SheetTest::a3_ = nullptr;
Sheet* A3SheetTest::sheet_ = nullptr;

TEST_F(A3SheetTest, ComparesEveryFormOnOneLandscapePage) {
  const std::vector<PageWords> pages = a3_->Pdf().Words();
  ASSERT_GE(pages.size(), 3u);
  for (const PageWords& page : pages) {
    EXPECT_NEAR(page.width, 1190.55, 1);  // A3 landscape
    EXPECT_NEAR(page.height, 841.89, 1);
  }
  std::vector<std::string> every_form;
  for (const std::vector<std::string>& page : sheet_->synopsis_pages)
    every_form.insert(every_form.end(), page.begin(), page.end());
  ExpectSynopsisOnPages(a3_->Pdf(), *sheet_, {every_form}, kFirstSynopsisPage);
}

TEST_F(A3SheetTest, NoWordLiesOutsideThePageMargins) {
  ExpectNoWordOutsideThePageMargins(a3_->Pdf());
}

TEST_F(A3SheetTest, NoPageIsLessThanAThirdFull) { ExpectNoPageLessThanAThirdFull(a3_->Pdf()); }

}  // namespace
}  // namespace coopkit::testing
