#include "kit/kit_index_page.h"

#include <gtest/gtest.h>

#include <string>

namespace coopkit::kit {
namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

KitIndex TwoDocuments() {
  KitIndex index;
  index.title = "Kit de l'atelier « Coopérer : un moyen technique ? »";
  index.updated = CalendarDate{2026, 11, 26};
  index.built = CalendarDate{2026, 12, 1};
  index.version = "0.4.0";
  index.cards = {
      {.title = "Guide de la coopération",
       .href = "guide.pdf",
       .pages = 41,
       .bytes = 1258291,
       .thumbnail_href = "thumbnails/guide.png",
       .thumbnail_width = 339,
       .thumbnail_height = 480},
      {.title = "Fiche d'évaluation", .href = "évaluation 1.pdf", .pages = 1, .bytes = 53930}};
  return index;
}

TEST(KitIndexPageTest, IsAFrenchHtml5PageReadableOnAPhone) {
  const std::string html = KitIndexHtml(TwoDocuments());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"fr\">", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
            std::string::npos);
  EXPECT_EQ(Count(html, "<li class=\"card\">"), 2u);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
}

TEST(KitIndexPageTest, SetsTheKitsWordsWithFrenchTypography) {
  const std::string html = KitIndexHtml(TwoDocuments());
  // Curly apostrophe, no-break spaces inside guillemets and before : and ?.
  EXPECT_NE(
      html.find(
          "<h1>Kit de l’atelier «\u00A0Coopérer\u00A0: un moyen technique\u202F?\u00A0»</h1>"),
      std::string::npos)
      << html;
  EXPECT_NE(html.find("<title>Kit de l’atelier"), std::string::npos);
  EXPECT_NE(html.find("Fiche d’évaluation</a></h2>"), std::string::npos);
  EXPECT_NE(html.find("À jour au 26\u00A0novembre\u00A02026"), std::string::npos);
  EXPECT_NE(html.find("Construit le 1er\u00A0décembre\u00A02026 par coopkit 0.4.0."),
            std::string::npos);
}

TEST(KitIndexPageTest, GivesEachDocumentItsPagesSizeAndLinks) {
  const std::string html = KitIndexHtml(TwoDocuments());
  EXPECT_NE(html.find("41\u00A0pages · PDF, 1,2\u00A0Mo"), std::string::npos) << html;
  EXPECT_NE(html.find("1\u00A0page · PDF, 53\u00A0ko"), std::string::npos) << html;
  EXPECT_EQ(Count(html, "href=\"guide.pdf\""), 3u);  // picture, title, download
  EXPECT_NE(html.find("<a class=\"download\" href=\"guide.pdf\" download>"), std::string::npos);
  // A file name with a space and an accent is a working link.
  EXPECT_EQ(Count(html, "href=\"%C3%A9valuation%201.pdf\""), 2u) << html;
}

TEST(KitIndexPageTest, ShowsTheFirstPageAtHalfItsPixels) {
  const std::string html = KitIndexHtml(TwoDocuments());
  EXPECT_NE(html.find("<img src=\"thumbnails/guide.png\" width=\"170\" height=\"240\" alt=\"\">"),
            std::string::npos)
      << html;
  EXPECT_EQ(Count(html, "<img "), 1u);  // the second document has no picture
}

TEST(KitIndexPageTest, EscapesWhatTheKitWrites) {
  KitIndex index = TwoDocuments();
  index.title = "R&D <script>alert(1)</script>";
  index.cards[0].title = "\"Guide\" & <b>co</b>";
  index.sources_url = "https://example.org/kit?a=1&b=\"2\"";
  const std::string html = KitIndexHtml(index);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("<h1>R&amp;D &lt;script&gt;"), std::string::npos) << html;
  EXPECT_NE(
      html.find("<a href=\"https://example.org/kit?a=1&amp;b=&quot;2&quot;\">Sources du kit</a>"),
      std::string::npos)
      << html;
}

TEST(KitIndexPageTest, AForumsPageLinksToEachContributionsKit) {
  KitIndex index = TwoDocuments();
  EXPECT_EQ(KitIndexHtml(index).find("Les kits des contributions"), std::string::npos);
  index.kits = {{"Jardins partagés : <quartiers>", "Terre Commune (ATC)", "jardins/index.html"},
                {"Atelier sans organisation", "", "sans orga/index.html"}};
  const std::string html = KitIndexHtml(index);
  EXPECT_NE(html.find("<h2>Les kits des contributions</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<li><a href=\"jardins/index.html\">Jardins partagés\u00A0: "
                      "&lt;quartiers&gt;</a> · Terre Commune (ATC)</li>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<li><a href=\"sans%20orga/index.html\">Atelier sans organisation</a></li>"),
            std::string::npos)
      << html;
}

TEST(KitIndexPageTest, LinksTheSourcesOnlyWhenKnown) {
  KitIndex index = TwoDocuments();
  EXPECT_EQ(KitIndexHtml(index).find("Sources du kit"), std::string::npos);
  index.sources_url = "https://github.com/crge/kit/tree/0123abc";
  EXPECT_NE(KitIndexHtml(index).find(
                "<a href=\"https://github.com/crge/kit/tree/0123abc\">Sources du kit</a>"),
            std::string::npos);
  index.updated.reset();
  EXPECT_EQ(KitIndexHtml(index).find("À jour au"), std::string::npos);
}

}  // namespace
}  // namespace coopkit::kit
