// Builds the shipped kit and reads the Annuaire des ressources back as a
// reader of the printed page would: every entry's name, description and web
// address in the text, every address a clickable link and a QR code that a
// phone decodes to it, index page numbers that lead to the entries, nothing
// in the margins; and the guide's selection printed the same way in the
// guide. Expected text comes from content/resources.yaml.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>

#include "kit/theme_loader.h"
#include "layout/theme.h"
#include "tests/e2e/pdf_probe.h"
#include "tests/e2e/shipped_kit.h"
#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

struct Resource {
  std::string name;
  std::string description;
  std::string website;
  std::vector<std::string> themes;  // ids
  bool in_guide = false;
};

struct ShippedDirectory {
  std::vector<Resource> entries;
  std::vector<std::pair<std::string, std::string>> themes;  // id, label
};

ShippedDirectory LoadDirectory() {
  ShippedDirectory directory;
  content::ContentValue file = LoadContent("resources.yaml");
  const content::ContentValue* resources = file.Find("resources");
  if (!resources) return directory;
  for (const content::ContentValue& theme : resources->Find("themes")->items)
    directory.themes.emplace_back(theme.Find("id")->scalar, theme.Find("label")->scalar);
  for (const content::ContentValue& item : resources->Find("entries")->items) {
    Resource r;
    r.name = item.Find("name")->scalar;
    r.description = item.Find("description")->scalar;
    r.website = item.Find("website")->scalar;
    for (const content::ContentValue& theme : item.Find("themes")->items)
      r.themes.push_back(theme.scalar);
    const content::ContentValue* in_guide = item.Find("in_guide");
    r.in_guide = in_guide && in_guide->Boolean().value_or(false);
    directory.entries.push_back(r);
  }
  return directory;
}

// Text with no white space and no hyphens: a web address cut across lines
// reads back whole (a cut after one of its own hyphens loses that hyphen).
std::string Squeezed(const std::string& text) {
  std::string s = Comparable(text);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

// The page numbers printed after `term` in an index's text: "Nom, 3, 5" or
// "Nom ..... 3"; empty when the term is not there.
std::vector<int> PagesAfter(const std::string& index_text, const std::string& term) {
  std::vector<int> pages;
  size_t at = index_text.find(term);
  if (at == std::string::npos) return pages;
  static const std::regex kNumbers(R"(^[\s.,]*(\d+(?:\s*,\s*\d+)*))");
  std::smatch m;
  std::string after = index_text.substr(at + term.size());
  if (!std::regex_search(after, m, kNumbers)) return pages;
  static const std::regex kNumber(R"(\d+)");
  std::string numbers = m[1];
  for (std::sregex_iterator it(numbers.begin(), numbers.end(), kNumber), end; it != end; ++it)
    pages.push_back(std::stoi(it->str()));
  return pages;
}

class ShippedDirectoryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kit_ = new BuiltKit();
    directory_ = new ShippedDirectory(LoadDirectory());
  }
  static void TearDownTestSuite() {
    delete directory_;
    delete kit_;
  }
  void SetUp() override {
    ASSERT_EQ(kit_->result().exit_code, 0) << kit_->result().out;
    ASSERT_GE(entries().size(), 30u);
  }

  static PdfProbe Directory() { return PdfProbe(kit_->Pdf("resources.pdf")); }
  static PdfProbe Guide() { return PdfProbe(kit_->Pdf("guide.pdf")); }
  static const std::vector<Resource>& entries() { return directory_->entries; }

  // The pages from the one whose bookmark is `title` up to the page before
  // the next bookmark of the same level or higher (or the last page).
  static std::pair<int, int> PagesOfSection(const PdfProbe& pdf, const std::string& title) {
    std::vector<Bookmark> bookmarks = pdf.Bookmarks();
    int pages = std::stoi(pdf.Info()["Pages"]);
    for (size_t i = 0; i < bookmarks.size(); ++i) {
      if (Comparable(bookmarks[i].title) != Typeset(title)) continue;
      int last = pages;
      for (size_t j = i + 1; j < bookmarks.size(); ++j) {
        if (bookmarks[j].level <= bookmarks[i].level) {
          last = std::max(bookmarks[i].page, bookmarks[j].page - 1);
          break;
        }
      }
      return {bookmarks[i].page, last};
    }
    ADD_FAILURE() << "no bookmark '" << title << "'";
    return {0, -1};
  }
  static std::string TextOfPages(std::pair<int, int> range) {
    std::string text;
    for (int page = range.first; page <= range.second; ++page)
      text += Directory().Text(page) + "\n";
    return Comparable(text);
  }

  // Checks the page numbers of `name` in an index's text: at least one, each
  // a page that shows the name outside the index, each a link to that page.
  void ExpectIndexed(const std::string& index_text, std::pair<int, int> index_pages,
                     const std::string& name, const std::vector<LinkAnnotation>& links) {
    std::vector<int> pages = PagesAfter(index_text, Typeset(name));
    EXPECT_FALSE(pages.empty()) << "no page number after '" << name << "' in " << index_text;
    for (int page : pages) {
      EXPECT_TRUE(page < index_pages.first || page > index_pages.second) << name << ": " << page;
      EXPECT_NE(Comparable(Directory().Text(page)).find(Typeset(name)), std::string::npos)
          << "'" << name << "' is not on page " << page;
      bool linked = std::any_of(links.begin(), links.end(), [&](const LinkAnnotation& link) {
        return link.page >= index_pages.first && link.page <= index_pages.second &&
               link.target_page == page;
      });
      EXPECT_TRUE(linked) << "no link from the index to page " << page << " (" << name << ")";
    }
  }

  static BuiltKit* kit_;
  static ShippedDirectory* directory_;
};

BuiltKit* ShippedDirectoryTest::kit_ = nullptr;
ShippedDirectory* ShippedDirectoryTest::directory_ = nullptr;

TEST_F(ShippedDirectoryTest, IsBuiltAndPassesQpdfCheck) {
  EXPECT_TRUE(std::regex_search(kit_->result().out, std::regex(R"(resources\s+\d+ pages)")))
      << kit_->result().out;
  std::string report;
  EXPECT_EQ(Directory().QpdfCheck(&report), 0) << report;
  EXPECT_EQ(Directory().Info()["Title"], "Annuaire des ressources");
  EXPECT_EQ(Directory().Language(), "fr-FR");
}

TEST_F(ShippedDirectoryTest, EveryNameDescriptionAndWebsiteIsPrinted) {
  std::string raw = Directory().Text();
  std::string text = Comparable(raw);
  std::string squeezed = Squeezed(raw);
  for (const Resource& r : entries()) {
    EXPECT_NE(text.find(Typeset(r.name)), std::string::npos) << r.name;
    EXPECT_NE(text.find(Typeset(r.description)), std::string::npos) << r.description;
    EXPECT_NE(squeezed.find(Squeezed(r.website)), std::string::npos) << r.website;
  }
}

TEST_F(ShippedDirectoryTest, EveryWebsiteIsAClickableLink) {
  std::set<std::string> uris;
  for (const LinkAnnotation& link : Directory().Links()) uris.insert(link.uri);
  for (const Resource& r : entries()) EXPECT_TRUE(uris.contains(r.website)) << r.website;
}

// What a phone reads from the printed page: every QR code, scanned from a
// 150 dpi rendering, gives its entry's web address, on the entry's page.
TEST_F(ShippedDirectoryTest, EveryQrCodeDecodesToItsEntrysWebsite) {
  std::vector<DecodedCode> codes = Directory().QrCodes(150);
  std::vector<std::string> decoded, websites;
  for (const DecodedCode& code : codes) decoded.push_back(code.text);
  for (const Resource& r : entries()) websites.push_back(r.website);
  std::sort(decoded.begin(), decoded.end());
  std::sort(websites.begin(), websites.end());
  EXPECT_EQ(decoded, websites);
  for (const DecodedCode& code : codes) {
    auto entry = std::find_if(entries().begin(), entries().end(),
                              [&](const Resource& r) { return r.website == code.text; });
    if (entry == entries().end()) continue;
    EXPECT_NE(Comparable(Directory().Text(code.page)).find(Typeset(entry->name)), std::string::npos)
        << "the QR code of '" << entry->name << "' is on page " << code.page
        << ", away from its entry";
  }
}

TEST_F(ShippedDirectoryTest, NameIndexPageNumbersLeadToTheEntries) {
  std::pair<int, int> pages = PagesOfSection(Directory(), "Index des noms");
  std::string index = TextOfPages(pages);
  std::vector<LinkAnnotation> links = Directory().Links();
  for (const Resource& r : entries()) ExpectIndexed(index, pages, r.name, links);
}

// One index per theme, titled with the theme's label, in the order the
// themes are declared; each lists the entries of its theme.
TEST_F(ShippedDirectoryTest, ThemeIndexesListEachEntryUnderItsThemes) {
  std::pair<int, int> pages = PagesOfSection(Directory(), "Index par thème");
  std::string index = TextOfPages(pages);
  std::vector<LinkAnnotation> links = Directory().Links();
  size_t from = 0;
  for (const auto& [id, label] : directory_->themes) {
    size_t at = index.find(Typeset(label), from);
    ASSERT_NE(at, std::string::npos) << "no index for the theme '" << label << "'";
    from = at + Typeset(label).size();
    std::string segment = index.substr(from);
    for (const auto& [next_id, next_label] : directory_->themes) {
      size_t next = segment.find(Typeset(next_label));
      if (next_id != id && next != std::string::npos) segment.resize(next);
    }
    for (const Resource& r : entries()) {
      bool listed = segment.find(Typeset(r.name)) != std::string::npos;
      bool of_theme = std::find(r.themes.begin(), r.themes.end(), id) != r.themes.end();
      EXPECT_EQ(listed, of_theme) << "'" << r.name << "' under '" << label << "'";
      if (of_theme) ExpectIndexed(segment, pages, r.name, links);
    }
  }
}

TEST_F(ShippedDirectoryTest, EveryWordLiesInsideThePageMargins) {
  DiagnosticList diagnostics;
  layout::Theme theme;
  kit::ApplyTheme(LoadContent("theme.yaml"), &theme, &diagnostics);
  ASSERT_FALSE(diagnostics.HasErrors());
  auto pages = Directory().Words();
  ASSERT_FALSE(pages.empty());
  for (const std::string& word :
       WordsOutsideMargins(pages, {theme.page.margin_top, theme.page.margin_bottom,
                                   theme.page.margin_inner, theme.page.margin_outer}))
    ADD_FAILURE() << "outside the margins: " << word;
}

// The guide's chapter on resources prints its selection from the same data:
// names, descriptions, addresses and QR codes identical to the directory's.
TEST_F(ShippedDirectoryTest, GuideShowsTheSelectionAsTheDirectoryDoes) {
  std::string raw = Guide().Text();
  std::string text = Comparable(raw);
  std::string squeezed = Squeezed(raw);
  std::vector<std::string> selection;
  for (const Resource& r : entries()) {
    if (!r.in_guide) continue;
    selection.push_back(r.website);
    EXPECT_NE(text.find(Typeset(r.name)), std::string::npos) << r.name;
    EXPECT_NE(text.find(Typeset(r.description)), std::string::npos) << r.description;
    EXPECT_NE(squeezed.find(Squeezed(r.website)), std::string::npos) << r.website;
  }
  EXPECT_GE(selection.size(), 5u);
  std::string chapter;
  content::ContentValue guide = LoadContent("guide.yaml");
  for (const content::ContentValue& section : guide.Find("guide")->Find("sections")->items) {
    const content::ContentValue* flag = section.Find("resource_selection");
    if (flag && flag->Boolean().value_or(false)) chapter = section.Find("title")->scalar;
  }
  ASSERT_FALSE(chapter.empty()) << "no guide section shows the resource selection";
  std::pair<int, int> pages = PagesOfSection(Guide(), chapter);
  std::vector<std::string> decoded;
  for (const DecodedCode& code : Guide().QrCodes(150, pages.first, pages.second))
    decoded.push_back(code.text);
  std::sort(decoded.begin(), decoded.end());
  std::sort(selection.begin(), selection.end());
  EXPECT_EQ(decoded, selection);
}

}  // namespace
}  // namespace coopkit::testing
