#include "kit/kit_index_page.h"

#include "base/french_number.h"
#include "base/markup_escape.h"
#include "base/percent_encoding.h"
#include "markup/french_typography.h"

namespace coopkit::kit {
namespace {

std::string FrenchSize(size_t bytes) {
  if (bytes >= 1024 * 1024) return FrenchDecimal(bytes / (1024.0 * 1024.0), 1) + "\u00A0Mo";
  return std::to_string((bytes + 1023) / 1024) + "\u00A0ko";
}

std::string PageCount(int pages) {
  return std::to_string(pages) + (pages > 1 ? "\u00A0pages" : "\u00A0page");
}

constexpr const char* kStyle = R"(
:root { color-scheme: light; --ink: #1d2630; --accent: #0d4566; --paper: #f4f1ea; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 "Noto Sans", "Open Sans", system-ui, sans-serif;
       color: var(--ink); background: var(--paper); }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 3px solid var(--accent); }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.5rem 0; color: var(--accent); }
.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem;
         grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
.card { background: #fff; border-radius: 6px; padding: 1rem; display: flex;
        flex-direction: column; gap: 0.5rem; box-shadow: 0 1px 3px rgb(0 0 0 / 15%); }
.page { display: flex; align-items: center; justify-content: center; height: 17rem;
        background: #e6e8eb; border-radius: 4px; padding: 0.75rem; }
.page img { display: block; max-width: 100%; height: auto; border: 1px solid #c3c8ce;
            box-shadow: 0 1px 2px rgb(0 0 0 / 20%); background: #fff; }
h2 { font-size: 1.1rem; line-height: 1.3; margin: 0; }
h2 a { color: inherit; text-decoration: none; }
.facts { margin: 0; color: #4a5560; }
.download { margin-top: auto; align-self: flex-start; padding: 0.5rem 1rem; border-radius: 4px;
            background: var(--accent); color: #fff; text-decoration: none; font-weight: 600; }
.download:focus, .download:hover { background: #072c42; }
.kits { padding-left: 1.2rem; line-height: 1.6; }
.kits a { color: var(--accent); }
footer { color: #4a5560; font-size: 0.9rem; }
footer a { color: var(--accent); }
)";

}  // namespace

std::string KitIndexHtml(const KitIndex& index) {
  const markup::FrenchTypography typography;
  const std::string title = EscapedMarkup(typography.ApplyToText(index.title));
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // No icon: a browser would otherwise ask the host for /favicon.ico.
      "<link rel=\"icon\" href=\"data:,\">\n"
      "<title>" +
      title + "</title>\n<style>" + kStyle +
      "</style>\n</head>\n"
      "<body>\n<header>\n<h1>" +
      title + "</h1>\n";
  if (index.updated) html += "<p>À jour au " + FormatFrenchDate(*index.updated) + "</p>\n";
  html += "</header>\n<main>\n<ul class=\"cards\">\n";
  for (const IndexCard& card : index.cards) {
    const std::string card_title = EscapedMarkup(typography.ApplyToText(card.title));
    const std::string href = EscapedMarkup(PercentEncodedPath(card.href));
    html += "<li class=\"card\">\n";
    if (!card.thumbnail_href.empty()) {
      // Shown at half its pixels, sharp on a phone's or a laptop's screen.
      html += "<a class=\"page\" href=\"" + href +
              "\" tabindex=\"-1\" aria-hidden=\"true\"><img src=\"" +
              EscapedMarkup(PercentEncodedPath(card.thumbnail_href)) + "\" width=\"" +
              std::to_string((card.thumbnail_width + 1) / 2) + "\" height=\"" +
              std::to_string((card.thumbnail_height + 1) / 2) + "\" alt=\"\"></a>\n";
    }
    html += "<h2><a href=\"" + href + "\">" + card_title + "</a></h2>\n<p class=\"facts\">" +
            PageCount(card.pages) + " · " + EscapedMarkup(card.format) + ", " +
            FrenchSize(card.bytes) + "</p>\n<a class=\"download\" href=\"" + href +
            "\" download>Télécharger</a>\n</li>\n";
  }
  html += "</ul>\n";
  if (!index.kits.empty()) {
    html += "<h2>Les kits des contributions</h2>\n<ul class=\"kits\">\n";
    for (const IndexLink& kit : index.kits) {
      html += "<li><a href=\"" + EscapedMarkup(PercentEncodedPath(kit.href)) + "\">" +
              EscapedMarkup(typography.ApplyToText(kit.title)) + "</a>";
      if (!kit.detail.empty()) html += " · " + EscapedMarkup(typography.ApplyToText(kit.detail));
      html += "</li>\n";
    }
    html += "</ul>\n";
  }
  html += "</main>\n<footer>\n<p>Construit le " + FormatFrenchDate(index.built) + " par coopkit " +
          EscapedMarkup(index.version) + ".";
  if (!index.sources_url.empty())
    html += " <a href=\"" + EscapedMarkup(index.sources_url) + "\">Sources du kit</a>";
  html += "</p>\n</footer>\n</body>\n</html>\n";
  return html;
}

}  // namespace coopkit::kit
