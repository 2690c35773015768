#include "layout/flow/page_composer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "fonts/fixed_width_font_set.h"

namespace coopkit::layout {
namespace {

using doc::Node;
using doc::NodeKind;

constexpr int kWordsPerLine = 8;  // 7-character words on the default A5 width

Node* AddText(Node* parent, NodeKind kind, const std::string& text) {
  Node* node = parent->Append(kind);
  node->Append(NodeKind::kText)->text = text;
  return node;
}

Node* AddHeading(Node* parent, int level, const std::string& text) {
  Node* heading = AddText(parent, NodeKind::kHeading, text);
  heading->level = level;
  return heading;
}

/// "p07w012": word 12 of paragraph 7; every word is 7 characters.
std::string Word(int paragraph, int index) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "p%02dw%03d", paragraph, index);
  return buffer;
}

std::vector<std::string> ParagraphWords(int paragraph, int count) {
  std::vector<std::string> words;
  for (int i = 0; i < count; ++i) words.push_back(Word(paragraph, i));
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

/// A paragraph of about `lines` lines, numbered `paragraph`.
void AddNumberedParagraph(Node* parent, int paragraph, int lines) {
  AddText(parent, NodeKind::kParagraph, Join(ParagraphWords(paragraph, kWordsPerLine * lines - 3)));
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

int ParagraphOf(const std::string& word) {
  if (word.size() != 7 || word[0] != 'p' || word[3] != 'w') return -1;
  return std::stoi(word.substr(1, 2));
}

float RunWidth(const page::GlyphRun& run) {
  return static_cast<float>(Utf8Length(run.text)) * fonts::FixedWidthFontSet::kAdvance * run.size;
}

class PageComposerTest : public ::testing::Test {
 protected:
  page::LaidOutDocument Compose() {
    return PageComposer().Compose(document_, theme_, fonts_, nullptr, &diagnostics_);
  }
  Node* root() { return document_.root.get(); }

  bool InBody(const page::GlyphRun& run) const {
    return run.y > theme_.page.margin_top && run.y < theme_.page.height - theme_.page.margin_bottom;
  }
  /// The page's runs inside the frame, top to bottom, left to right.
  std::vector<page::GlyphRun> BodyRuns(const page::Page& page) const {
    std::vector<page::GlyphRun> runs;
    for (const page::GlyphRun& run : page.runs) {
      if (InBody(run)) runs.push_back(run);
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const page::GlyphRun& a, const page::GlyphRun& b) {
                       return a.y != b.y ? a.y < b.y : a.x < b.x;
                     });
    return runs;
  }
  std::vector<std::string> BodyWords(const page::Page& page) const {
    std::vector<std::string> words;
    for (const page::GlyphRun& run : BodyRuns(page)) {
      for (std::string& word : SplitWords(run.text)) words.push_back(std::move(word));
    }
    return words;
  }
  /// Lines (distinct baselines) of each numbered paragraph on the page.
  std::map<int, int> LinesPerParagraph(const page::Page& page) const {
    std::map<int, std::set<float>> baselines;
    for (const page::GlyphRun& run : BodyRuns(page)) {
      for (const std::string& word : SplitWords(run.text)) {
        int paragraph = ParagraphOf(word);
        if (paragraph >= 0) baselines[paragraph].insert(run.y);
      }
    }
    std::map<int, int> lines;
    for (const auto& [paragraph, ys] : baselines) lines[paragraph] = static_cast<int>(ys.size());
    return lines;
  }
  /// Page index and run of the first run whose text is `text` at `size`.
  std::pair<int, page::GlyphRun> Find(const page::LaidOutDocument& laid_out,
                                      const std::string& text, float size) const {
    for (size_t i = 0; i < laid_out.pages.size(); ++i) {
      for (const page::GlyphRun& run : laid_out.pages[i].runs) {
        if (run.text == text && run.size == size) return {static_cast<int>(i), run};
      }
    }
    return {-1, {}};
  }

  doc::Document document_;
  Theme theme_;
  fonts::FixedWidthFontSet fonts_;
  DiagnosticList diagnostics_;
};

TEST_F(PageComposerTest, HeadingNeverEndsAPage) {
  int moved_to_next_page = 0;
  for (int fillers = 15; fillers <= 30; ++fillers) {
    document_ = {};
    for (int i = 0; i < fillers; ++i) AddText(root(), NodeKind::kParagraph, "ligne");
    AddHeading(root(), 2, "Titre");
    AddNumberedParagraph(root(), 1, 6);
    page::LaidOutDocument laid_out = Compose();

    auto [page, heading] = Find(laid_out, "Titre", theme_.heading_sizes[1]);
    ASSERT_GE(page, 0) << fillers;
    std::set<float> following_lines;
    for (const page::GlyphRun& run : BodyRuns(laid_out.pages[page])) {
      if (run.y > heading.y && ParagraphOf(SplitWords(run.text).front()) == 1) {
        following_lines.insert(run.y);
      }
    }
    EXPECT_GE(following_lines.size(), 2u) << "with " << fillers << " filler lines";
    if (BodyRuns(laid_out.pages[page]).front().text == "Titre" && page > 0) ++moved_to_next_page;
  }
  EXPECT_GT(moved_to_next_page, 0) << "no case put the heading at the foot of a page";
}

TEST_F(PageComposerTest, NoPageStartsOrEndsWithALoneParagraphLine) {
  int splits = 0;
  for (int fillers = 0; fillers < 36; ++fillers) {
    document_ = {};
    for (int i = 0; i < fillers; ++i) AddText(root(), NodeKind::kParagraph, "ligne");
    std::map<int, int> expected_lines;
    for (int paragraph = 0; paragraph < 12; ++paragraph) {
      AddNumberedParagraph(root(), paragraph, 1 + (paragraph + fillers) % 9);
    }
    page::LaidOutDocument laid_out = Compose();

    std::map<int, std::vector<int>> portions;  // paragraph -> lines on each page it touches
    for (const page::Page& page : laid_out.pages) {
      for (const auto& [paragraph, lines] : LinesPerParagraph(page)) {
        portions[paragraph].push_back(lines);
      }
    }
    ASSERT_EQ(portions.size(), 12u);
    for (const auto& [paragraph, lines] : portions) {
      if (lines.size() < 2) continue;
      ++splits;
      for (int count : lines) {
        EXPECT_GE(count, 2) << "paragraph " << paragraph << " after " << fillers << " fillers";
      }
    }
  }
  EXPECT_GT(splits, 0);
}

TEST_F(PageComposerTest, LongParagraphSplitsOverThreePagesWithoutLosingText) {
  std::vector<std::string> words = ParagraphWords(0, kWordsPerLine * 100);
  AddText(root(), NodeKind::kParagraph, Join(words));
  page::LaidOutDocument laid_out = Compose();

  ASSERT_GE(laid_out.pages.size(), 3u);
  std::vector<std::string> drawn;
  for (const page::Page& page : laid_out.pages) {
    EXPECT_FALSE(BodyWords(page).empty());
    for (const std::string& word : BodyWords(page)) drawn.push_back(word);
  }
  EXPECT_EQ(drawn, words);
}

TEST_F(PageComposerTest, ListsNestAndNumber) {
  Node* list = root()->Append(NodeKind::kOrderedList);
  list->start = 3;
  AddText(list->Append(NodeKind::kListItem), NodeKind::kParagraph, "un");
  Node* second = list->Append(NodeKind::kListItem);
  AddText(second, NodeKind::kParagraph, "deux");
  Node* sublist = second->Append(NodeKind::kBulletList);
  Node* sub_item = sublist->Append(NodeKind::kListItem);
  AddText(sub_item, NodeKind::kParagraph, "deux-a");
  Node* subsublist = sub_item->Append(NodeKind::kBulletList);
  AddText(subsublist->Append(NodeKind::kListItem), NodeKind::kParagraph, "deux-a-i");
  AddText(sublist->Append(NodeKind::kListItem), NodeKind::kParagraph, "deux-b");
  AddText(list->Append(NodeKind::kListItem), NodeKind::kParagraph, "trois");
  page::LaidOutDocument laid_out = Compose();

  ASSERT_EQ(laid_out.pages.size(), 1u);
  std::vector<std::string> texts;
  for (const page::GlyphRun& run : BodyRuns(laid_out.pages[0])) texts.push_back(run.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"3.", "un", "4.", "deux", "–", "deux-a", "‣",
                                             "deux-a-i", "–", "deux-b", "5.", "trois"}));

  std::map<std::string, page::GlyphRun> by_text;
  for (const page::GlyphRun& run : laid_out.pages[0].runs) by_text[run.text] = run;
  EXPECT_GT(by_text["deux-a"].x, by_text["deux"].x);
  EXPECT_GT(by_text["deux-a-i"].x, by_text["deux-a"].x);
  EXPECT_EQ(by_text["deux-b"].x, by_text["deux-a"].x);
  // Hanging indent: the marker ends before the text, on the same baseline.
  EXPECT_LE(by_text["4."].x + RunWidth(by_text["4."]), by_text["deux"].x);
  EXPECT_EQ(by_text["4."].y, by_text["deux"].y);
  EXPECT_FLOAT_EQ(by_text["3."].x + RunWidth(by_text["3."]),
                  by_text["un"].x - theme_.list_indent * 0.4f);
}

TEST_F(PageComposerTest, CalloutSplitsAndDrawsItsBackgroundOnBothPages) {
  for (int i = 0; i < 10; ++i) AddText(root(), NodeKind::kParagraph, "ligne");
  Node* callout = root()->Append(NodeKind::kCallout);
  callout->attributes["title"] = "Attention";
  std::vector<std::string> words;
  for (int paragraph = 0; paragraph < 4; ++paragraph) {
    AddNumberedParagraph(callout, paragraph, 10);
    for (const std::string& word : ParagraphWords(paragraph, kWordsPerLine * 10 - 3)) {
      words.push_back(word);
    }
  }
  page::LaidOutDocument laid_out = Compose();

  ASSERT_EQ(laid_out.pages.size(), 2u);
  std::vector<std::string> drawn;
  int titles = 0;
  for (const page::Page& page : laid_out.pages) {
    auto background = std::find_if(
        page.rects.begin(), page.rects.end(),
        [&](const page::FilledRect& r) { return r.color == theme_.callout_background; });
    ASSERT_NE(background, page.rects.end());
    for (const std::string& word : BodyWords(page)) {
      if (ParagraphOf(word) >= 0) drawn.push_back(word);
      if (word == "Attention") ++titles;
    }
    // The frame's background covers the callout's text on this page.
    for (const page::GlyphRun& run : BodyRuns(page)) {
      if (ParagraphOf(SplitWords(run.text).front()) < 0) continue;
      EXPECT_GE(run.y, background->y);
      EXPECT_LE(run.y, background->y + background->height);
    }
  }
  EXPECT_EQ(drawn, words);
  EXPECT_EQ(titles, 1);
}

TEST_F(PageComposerTest, PageBreakStartsANewPage) {
  AddText(root(), NodeKind::kParagraph, "avant");
  root()->Append(NodeKind::kPageBreak);
  AddText(root(), NodeKind::kParagraph, "après");
  page::LaidOutDocument laid_out = Compose();

  ASSERT_EQ(laid_out.pages.size(), 2u);
  EXPECT_EQ(BodyWords(laid_out.pages[0]), std::vector<std::string>{"avant"});
  EXPECT_EQ(BodyWords(laid_out.pages[1]), std::vector<std::string>{"après"});
}

TEST_F(PageComposerTest, TocPageNumbersAreThePagesOfTheHeadings) {
  root()->Append(NodeKind::kTableOfContents);
  for (int i = 0; i < 60; ++i) {
    int level = i % 4 == 0 ? 1 : i % 4 == 3 ? 3 : 2;
    AddHeading(root(), level, "Section " + std::to_string(i));
    AddNumberedParagraph(root(), i % 100, 1 + i % 7);
  }
  page::LaidOutDocument laid_out = Compose();

  std::set<int> toc_pages;
  int entries = 0;
  for (int i = 0; i < 60; ++i) {
    std::string title = "Section " + std::to_string(i);
    int level = i % 4 == 0 ? 1 : i % 4 == 3 ? 3 : 2;
    auto [heading_page, heading] = Find(laid_out, title, theme_.heading_sizes[level - 1]);
    ASSERT_GE(heading_page, 0);
    auto [entry_page, entry] = Find(laid_out, title, theme_.body_size);
    if (level == 3) {
      EXPECT_EQ(entry_page, -1) << title << " is level 3 and has no entry";
      continue;
    }
    ASSERT_GE(entry_page, 0) << title;
    ++entries;
    toc_pages.insert(entry_page);
    // The number on the entry's baseline, and the link over the entry.
    const page::Page& page = laid_out.pages[entry_page];
    std::string number;
    for (const page::GlyphRun& run : page.runs) {
      if (run.y == entry.y && run.x > entry.x &&
          run.text.find_first_not_of("0123456789") == std::string::npos) {
        number = run.text;
      }
    }
    EXPECT_EQ(number, std::to_string(heading_page + 1)) << title;
    auto link = std::find_if(page.links.begin(), page.links.end(), [&](const page::LinkArea& l) {
      return l.y <= entry.y && entry.y <= l.y + l.height;
    });
    ASSERT_NE(link, page.links.end()) << title;
    EXPECT_EQ(link->target_page, heading_page);
    EXPECT_LE(link->target_y, heading.y);
  }
  EXPECT_EQ(entries, 45);
  EXPECT_EQ(toc_pages.size(), 2u) << "the test wants a table of contents over two pages";
}

// A cover draws only what fits of its body: the part of the table of
// contents it draws is a piece split off for that one page, which must
// live on until the page numbers are drawn.
TEST_F(PageComposerTest, ATableOfContentsCutShortOnTheCoverStillGetsItsPageNumbers) {
  Node* cover = root()->Append(NodeKind::kCover);
  cover->attributes["title"] = "Guide";
  cover->Append(NodeKind::kTableOfContents);
  for (int i = 0; i < 60; ++i) {
    AddHeading(root(), 1, "Section " + std::to_string(i));
    AddNumberedParagraph(root(), i % 100, 3);
  }
  page::LaidOutDocument laid_out = Compose();

  auto [entry_page, entry] = Find(laid_out, "Section 0", theme_.body_size);
  ASSERT_EQ(entry_page, 0) << "the entry is on the cover";
  auto [heading_page, heading] = Find(laid_out, "Section 0", theme_.heading_sizes[0]);
  std::string number;
  for (const page::GlyphRun& run : laid_out.pages[0].runs) {
    if (run.y == entry.y && run.x > entry.x &&
        run.text.find_first_not_of("0123456789") == std::string::npos)
      number = run.text;
  }
  EXPECT_EQ(number, std::to_string(heading_page + 1));
}

TEST_F(PageComposerTest, FooterShowsPageNumberOfTotalExceptOnTheCover) {
  Node* cover = root()->Append(NodeKind::kCover);
  cover->attributes["title"] = "Guide";
  for (int i = 0; i < 3; ++i) AddNumberedParagraph(root(), i, 30);
  page::LaidOutDocument laid_out = Compose();

  const int total = static_cast<int>(laid_out.pages.size());
  ASSERT_GE(total, 3);
  for (int i = 0; i < total; ++i) {
    std::string footer = "page " + std::to_string(i + 1) + " / " + std::to_string(total);
    int found = 0;
    for (const page::GlyphRun& run : laid_out.pages[i].runs) {
      if (run.text.rfind("page ", 0) == 0) {
        EXPECT_EQ(run.text, footer);
        ++found;
      }
    }
    EXPECT_EQ(found, i == 0 ? 0 : 1) << "page " << i + 1;
  }
  auto band =
      std::find_if(laid_out.pages[0].rects.begin(), laid_out.pages[0].rects.end(),
                   [&](const page::FilledRect& r) { return r.color == theme_.cover_background; });
  EXPECT_NE(band, laid_out.pages[0].rects.end());
  EXPECT_EQ(Find(laid_out, "Guide", theme_.cover_title_size).first, 0);
}

TEST_F(PageComposerTest, EveryRunLiesWithinTheMarginsOrInTheRunningBands) {
  document_.info.header_left = "Guide de l'assemblée";
  document_.info.header_right = "Coop";
  document_.info.footer_left = "Version 1";
  root()->Append(NodeKind::kTableOfContents);
  for (int i = 0; i < 12; ++i) {
    AddHeading(root(), 1 + i % 3, "Partie " + std::to_string(i));
    Node* paragraph = AddText(root(), NodeKind::kParagraph, Join(ParagraphWords(i, 50)) + " ");
    paragraph->Append(NodeKind::kEmphasis)->Append(NodeKind::kText)->text = "en italique";
    Node* link = paragraph->Append(NodeKind::kLink);
    link->url = "https://exemple.org/une/adresse/tres/longue/qui/ne/tient/pas/sur/une/ligne";
    link->Append(NodeKind::kText)->text = link->url;
    Node* list = root()->Append(NodeKind::kBulletList);
    for (int k = 0; k < 4; ++k) AddNumberedParagraph(list->Append(NodeKind::kListItem), i, 3);
    Node* callout = root()->Append(NodeKind::kCallout);
    AddNumberedParagraph(callout, i, 5);
    Node* code = root()->Append(NodeKind::kCodeBlock);
    code->text = "int main() {\n    return 0;  // " + std::string(200, 'x') + "\n}\n";
    AddNumberedParagraph(root()->Append(NodeKind::kBlockQuote), i, 4);
    root()->Append(NodeKind::kThematicBreak);
  }
  page::LaidOutDocument laid_out = Compose();

  const PageGeometry& geometry = theme_.page;
  const float tolerance = 0.01f;
  ASSERT_GT(laid_out.pages.size(), 5u);
  for (size_t i = 0; i < laid_out.pages.size(); ++i) {
    for (const page::GlyphRun& run : laid_out.pages[i].runs) {
      SCOPED_TRACE("page " + std::to_string(i + 1) + " run \"" + run.text + "\"");
      EXPECT_GE(run.x, geometry.margin_inner - tolerance);
      EXPECT_LE(run.x + RunWidth(run), geometry.width - geometry.margin_outer + tolerance);
      float top = run.y - fonts::FixedWidthFontSet::kAscender * run.size;
      float bottom = run.y - fonts::FixedWidthFontSet::kDescender * run.size;
      bool in_frame = top >= geometry.margin_top - tolerance &&
                      bottom <= geometry.height - geometry.margin_bottom + tolerance;
      bool in_band =
          bottom <= geometry.margin_top || top >= geometry.height - geometry.margin_bottom;
      EXPECT_TRUE(in_frame || (in_band && run.size == theme_.small_size));
    }
  }
}

TEST_F(PageComposerTest, OutlineMirrorsHeadings) {
  std::vector<std::pair<int, std::string>> headings;
  for (int i = 0; i < 30; ++i) {
    int level = 1 + (i * 7) % 3;
    headings.push_back({level, "Titre " + std::to_string(i)});
    AddHeading(root(), level, headings.back().second);
    AddNumberedParagraph(root(), i, 4);
  }
  page::LaidOutDocument laid_out = Compose();

  ASSERT_EQ(laid_out.outline.size(), headings.size());
  for (size_t i = 0; i < headings.size(); ++i) {
    const page::OutlineEntry& entry = laid_out.outline[i];
    EXPECT_EQ(entry.level, headings[i].first);
    EXPECT_EQ(entry.title, headings[i].second);
    auto [page, run] = Find(laid_out, headings[i].second, theme_.heading_sizes[entry.level - 1]);
    EXPECT_EQ(entry.page, page);
    EXPECT_LE(entry.y, run.y);
    EXPECT_GT(entry.y, run.y - theme_.heading_sizes[entry.level - 1] * 1.5f);
  }
}

TEST_F(PageComposerTest, InlinesPickTheirFacesAndLinksGetAreas) {
  Node* paragraph = AddText(root(), NodeKind::kParagraph, "simple ");
  paragraph->Append(NodeKind::kEmphasis)->Append(NodeKind::kText)->text = "italique";
  paragraph->Append(NodeKind::kSoftBreak);
  paragraph->Append(NodeKind::kStrong)->Append(NodeKind::kText)->text = "gras";
  paragraph->Append(NodeKind::kLineBreak);
  Node* both = paragraph->Append(NodeKind::kStrong)->Append(NodeKind::kEmphasis);
  both->Append(NodeKind::kText)->text = "lesdeux";
  paragraph->Append(NodeKind::kCode)->text = "code";
  Node* link = paragraph->Append(NodeKind::kLink);
  link->url = "https://exemple.org";
  link->Append(NodeKind::kText)->text = "lien";
  page::LaidOutDocument laid_out = Compose();

  std::map<std::string, page::GlyphRun> by_text;
  for (const page::GlyphRun& run : laid_out.pages[0].runs) by_text[run.text] = run;
  EXPECT_EQ(by_text["simple"].font, fonts_.Face({fonts::FontRole::kBody, false, false}));
  EXPECT_EQ(by_text["italique"].font, fonts_.Face({fonts::FontRole::kBody, false, true}));
  EXPECT_EQ(by_text["gras"].font, fonts_.Face({fonts::FontRole::kBody, true, false}));
  EXPECT_EQ(by_text["lesdeux"].font, fonts_.Face({fonts::FontRole::kBody, true, true}));
  EXPECT_EQ(by_text["code"].font, fonts_.Face({fonts::FontRole::kMono, false, false}));
  EXPECT_EQ(by_text["lien"].color, theme_.link);
  // The hard break puts "lesdeux" on a new line; the soft break does not.
  EXPECT_EQ(by_text["gras"].y, by_text["italique"].y);
  EXPECT_GT(by_text["lesdeux"].y, by_text["gras"].y);

  ASSERT_EQ(laid_out.pages[0].links.size(), 1u);
  const page::LinkArea& area = laid_out.pages[0].links[0];
  EXPECT_EQ(area.uri, "https://exemple.org");
  EXPECT_FLOAT_EQ(area.x, by_text["lien"].x);
  EXPECT_FLOAT_EQ(area.width, RunWidth(by_text["lien"]));
  EXPECT_LT(area.y, by_text["lien"].y);
  EXPECT_GT(area.y + area.height, by_text["lien"].y);
}

TEST_F(PageComposerTest, CodeBlockSplitsByLinesAndCutsLongOnes) {
  std::string code;
  for (int i = 0; i < 120; ++i) code += "ligne" + std::to_string(i) + "\n";
  code += std::string(150, 'x') + "\n";
  root()->Append(NodeKind::kCodeBlock)->text = code;
  page::LaidOutDocument laid_out = Compose();

  ASSERT_GE(laid_out.pages.size(), 2u);
  std::string drawn;
  for (const page::Page& page : laid_out.pages) {
    for (const page::GlyphRun& run : BodyRuns(page)) {
      EXPECT_EQ(run.font, fonts_.Face({fonts::FontRole::kMono, false, false}));
      drawn += run.text + (run.text[0] == 'x' ? "" : "\n");
    }
  }
  EXPECT_EQ(drawn, code.substr(0, code.size() - 1));
}

/// The words of the page's body in reading order for two columns: the left
/// column top to bottom, then the right one.
std::vector<std::string> TwoColumnWords(const std::vector<page::GlyphRun>& runs, float middle) {
  std::vector<page::GlyphRun> sorted = runs;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&](const page::GlyphRun& a, const page::GlyphRun& b) {
                     bool a_right = a.x >= middle, b_right = b.x >= middle;
                     if (a_right != b_right) return b_right;
                     return a.y != b.y ? a.y < b.y : a.x < b.x;
                   });
  std::vector<std::string> words;
  for (const page::GlyphRun& run : sorted) {
    for (std::string& word : SplitWords(run.text)) words.push_back(std::move(word));
  }
  return words;
}

TEST_F(PageComposerTest, ColumnsAreBalancedOnOnePage) {
  Node* columns = root()->Append(NodeKind::kColumns);
  columns->attributes["count"] = "2";
  std::vector<std::string> words;
  for (int paragraph = 0; paragraph < 6; ++paragraph) {
    std::vector<std::string> paragraph_words = ParagraphWords(paragraph, 9);
    AddText(columns, NodeKind::kParagraph, Join(paragraph_words));
    words.insert(words.end(), paragraph_words.begin(), paragraph_words.end());
  }
  AddText(root(), NodeKind::kParagraph, "après");
  page::LaidOutDocument laid_out = Compose();

  ASSERT_EQ(laid_out.pages.size(), 1u);
  const float middle = theme_.page.width / 2;
  std::vector<page::GlyphRun> runs = BodyRuns(laid_out.pages[0]);
  float left_bottom = 0, right_bottom = 0;
  std::vector<page::GlyphRun> column_runs;
  for (const page::GlyphRun& run : runs) {
    if (run.text == "après") continue;
    column_runs.push_back(run);
    float& bottom = run.x < middle ? left_bottom : right_bottom;
    bottom = std::max(bottom, run.y);
    EXPECT_LE(run.x + RunWidth(run), run.x < middle ? middle : theme_.page.width);
  }
  EXPECT_EQ(TwoColumnWords(column_runs, middle), words);
  EXPECT_GT(right_bottom, 0) << "nothing in the right column";
  EXPECT_LE(std::abs(left_bottom - right_bottom), theme_.body_size * theme_.line_height * 1.5f);
  // The text after the columns starts under the taller one.
  EXPECT_GT(Find(laid_out, "après", theme_.body_size).second.y,
            std::max(left_bottom, right_bottom));
}

TEST_F(PageComposerTest, ColumnsContinueOnTheNextPage) {
  Node* columns = root()->Append(NodeKind::kColumns);
  columns->attributes["count"] = "2";
  std::vector<std::string> words;
  for (int paragraph = 0; paragraph < 40; ++paragraph) {
    std::vector<std::string> paragraph_words = ParagraphWords(paragraph, 12);
    AddText(columns, NodeKind::kParagraph, Join(paragraph_words));
    words.insert(words.end(), paragraph_words.begin(), paragraph_words.end());
  }
  page::LaidOutDocument laid_out = Compose();

  ASSERT_GE(laid_out.pages.size(), 2u);
  std::vector<std::string> drawn;
  for (const page::Page& page : laid_out.pages) {
    std::vector<std::string> page_words = TwoColumnWords(BodyRuns(page), page.width / 2);
    drawn.insert(drawn.end(), page_words.begin(), page_words.end());
  }
  EXPECT_EQ(drawn, words);
}

// Each level's paragraph is written on line `level`, column 2 * level + 1.
void AddNestedLists(Node* parent, int levels) {
  for (int level = 1; level <= levels; ++level) {
    Node* item = parent->Append(NodeKind::kBulletList)->Append(NodeKind::kListItem);
    Node* paragraph = AddText(item, NodeKind::kParagraph, "niveau" + std::to_string(level));
    paragraph->source_line = level;
    paragraph->source_column = 2 * level + 1;
    parent = item;
  }
}

// 31 nested lists were drawn past the A5 page's edge, some levels' text lost.
TEST_F(PageComposerTest, ListsNestedTooDeepToSetTheirTextAreAnErrorAtTheInnermost) {
  // Each level takes 14 pt of the 317.5: level 20 leaves 37.5, under 4 em.
  AddNestedLists(root(), 31);
  Compose();
  ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << FormatDiagnostics(diagnostics_);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 20);
  EXPECT_EQ(diagnostics_.items()[0].location.column, 41);
  EXPECT_NE(diagnostics_.items()[0].message.find("37.5 pt wide, less than 40 pt (4 em)"),
            std::string::npos)
      << diagnostics_.items()[0].message;
}

TEST_F(PageComposerTest, ListsNestedAsDeepAsTheyCanBeSetStayOnThePage) {
  AddNestedLists(root(), 19);
  page::LaidOutDocument laid_out = Compose();
  EXPECT_TRUE(diagnostics_.empty()) << FormatDiagnostics(diagnostics_);
  std::set<std::string> drawn;
  for (const page::Page& page : laid_out.pages) {
    for (const page::GlyphRun& run : BodyRuns(page)) {
      drawn.insert(run.text);
      EXPECT_LE(run.x + RunWidth(run), theme_.page.width - theme_.page.margin_outer + 0.01f)
          << run.text;
    }
  }
  for (int level = 1; level <= 19; ++level)
    EXPECT_TRUE(drawn.count("niveau" + std::to_string(level)));
}

TEST_F(PageComposerTest, ColumnsTooNarrowInsideQuotesAreAnError) {
  // Four columns of 317.5 pt are 63.6 wide; each quote takes 26.5 pt.
  for (int quotes : {3, 4}) {
    document_ = {};
    diagnostics_ = {};
    Node* parent = root();
    for (int i = 0; i < quotes; ++i) parent = parent->Append(NodeKind::kBlockQuote);
    Node* columns = parent->Append(NodeKind::kColumns);
    columns->attributes["count"] = "4";
    AddText(columns, NodeKind::kParagraph, "texte")->source_line = 7;
    Compose();
    if (quotes == 3) {
      EXPECT_TRUE(diagnostics_.empty()) << FormatDiagnostics(diagnostics_);
    } else {
      ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << FormatDiagnostics(diagnostics_);
      EXPECT_EQ(diagnostics_.items()[0].location.line, 7);
    }
  }
}

// A QR code keeps its size: wider than its column, it was drawn over the next.
TEST_F(PageComposerTest, AQrCodeWiderThanWhatSurroundsItLeavesIsAnError) {
  // Four columns of the A5 frame are 63.6 pt wide; the code is 22 mm, 62.4.
  for (bool in_callout : {false, true}) {
    document_ = {};
    diagnostics_ = {};
    Node* columns = root()->Append(NodeKind::kColumns);
    columns->attributes["count"] = "4";
    Node* parent = in_callout ? columns->Append(NodeKind::kCallout) : columns;
    Node* qr = parent->Append(NodeKind::kQrCode);
    qr->attributes["data"] = "https://www.les-scop.coop";
    qr->source_line = 5;
    Compose();
    if (!in_callout) {
      EXPECT_TRUE(diagnostics_.empty()) << FormatDiagnostics(diagnostics_);
    } else {
      ASSERT_EQ(diagnostics_.ErrorCount(), 1u) << FormatDiagnostics(diagnostics_);
      EXPECT_EQ(diagnostics_.items()[0].location.line, 5);
      EXPECT_NE(diagnostics_.items()[0].message.find("22.0 mm wide, more than the 15.7 mm"),
                std::string::npos)
          << diagnostics_.items()[0].message;
    }
  }
}

TEST_F(PageComposerTest, ReportsAnUnknownCalloutKindWithAHint) {
  Node* callout = root()->Append(NodeKind::kCallout);
  callout->attributes["kind"] = "warnign";
  callout->source_line = 12;
  AddText(callout, NodeKind::kParagraph, "texte");
  Compose();

  ASSERT_EQ(diagnostics_.items().size(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].location.line, 12);
  EXPECT_EQ(diagnostics_.items()[0].hint, "did you mean 'warning'?");
}

TEST_F(PageComposerTest, NoteCallsAreSuperscriptNumbersAndNotesASmallNumberedList) {
  Node* paragraph = AddText(root(), NodeKind::kParagraph, "texte");
  for (const char* number : {"2", "13"}) {
    paragraph->Append(NodeKind::kNoteReference)->attributes["number"] = number;
  }
  AddText(paragraph, NodeKind::kEmphasis, " suite");
  Node* notes = root()->Append(NodeKind::kNotes);
  notes->attributes["title"] = "Sources";
  notes->attributes["level"] = "2";
  for (const char* number : {"2", "13"}) {
    AddText(notes, NodeKind::kParagraph, std::string("note") + number)->attributes["number"] =
        number;
  }
  page::LaidOutDocument laid_out = Compose();

  ASSERT_EQ(laid_out.pages.size(), 1u);
  std::vector<page::GlyphRun> runs = BodyRuns(laid_out.pages[0]);
  ASSERT_GE(runs.size(), 7u);
  EXPECT_EQ(runs[0].text, "texte\u00B2\u2E34\u00B9\u00B3");
  EXPECT_EQ(runs[2].text, "Sources");
  EXPECT_EQ(runs[2].size, theme_.heading_sizes[1]);
  EXPECT_EQ(runs[3].text, "2.");
  EXPECT_EQ(runs[4].text, "note2");
  EXPECT_EQ(runs[5].text, "13.");
  EXPECT_EQ(runs[6].text, "note13");
  for (size_t i = 3; i < 7; ++i) EXPECT_EQ(runs[i].size, theme_.small_size) << runs[i].text;
  // The notes' text lines up after the widest number.
  EXPECT_EQ(runs[4].x, runs[6].x);
  EXPECT_GT(runs[4].x, runs[5].x + RunWidth(runs[5]));
}

TEST_F(PageComposerTest, ABlockTallerThanThePageIsAWarningWhereItIsWritten) {
  Node* first = AddText(root(), NodeKind::kParagraph, "avant");
  first->source_line = 1;
  first->source_column = 1;
  // A long paragraph runs over pages: the chart follows what is left of it.
  AddNumberedParagraph(root(), 1, 60);
  root()->children.back()->source_line = 3;
  Node* chart = root()->Append(NodeKind::kChart);
  chart->source_line = 131;
  chart->source_column = 1;
  for (int i = 0; i < 400; ++i) {
    Node* bar = chart->Append(NodeKind::kText);
    bar->attributes["label"] = "barre";
    bar->attributes["value"] = "1";
  }
  AddText(root(), NodeKind::kParagraph, "après")->source_line = 200;
  page::LaidOutDocument laid_out = Compose();
  ASSERT_EQ(diagnostics_.items().size(), 1u) << FormatDiagnostics(diagnostics_);
  const Diagnostic& warning = diagnostics_.items()[0];
  EXPECT_EQ(warning.severity, Severity::kWarning);
  EXPECT_EQ(warning.location.line, 131);
  EXPECT_EQ(warning.location.column, 1);
  EXPECT_NE(warning.message.find("taller than the page: on page "), std::string::npos)
      << warning.message;
  EXPECT_GT(laid_out.pages.size(), 3u);
}

}  // namespace
}  // namespace coopkit::layout
