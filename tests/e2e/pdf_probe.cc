#include "tests/e2e/pdf_probe.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "tests/support/tool_runner.h"

namespace coopkit::testing {
namespace {

using nlohmann::json;

std::string Run(const std::string& command) {
  int exit_code;
  std::string out = RunTool(command, &exit_code);
  return exit_code == 0 ? out : std::string();
}

// pdftotext -bbox writes XHTML with its text escaped.
std::string UnescapeXml(std::string text) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : kEntities) {
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
      text.replace(at, std::strlen(entity), plain);
  }
  return text;
}

// A string as qpdf --json=2 writes it: "u:" text or "b:" hex bytes.
std::string QpdfString(const json& value) {
  std::string s = value.is_string() ? value.get<std::string>() : std::string();
  return s.rfind("u:", 0) == 0 ? s.substr(2) : s;
}

void CollectBookmarks(const json& items, int level, std::vector<Bookmark>* out) {
  for (const json& item : items) {
    Bookmark b;
    b.title = item.value("title", "");
    b.level = level;
    b.page = item.value("destpageposfrom1", 0);
    out->push_back(b);
    if (item.contains("kids")) CollectBookmarks(item["kids"], level + 1, out);
  }
}

}  // namespace

std::vector<PageWords> PdfProbe::Words() const {
  std::string html = Run("pdftotext -bbox " + ShellQuote(path_) + " -");
  static const std::regex kPage(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re");
  static const std::regex kWord(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  std::vector<PageWords> pages;
  std::istringstream lines(html);
  std::string line;
  std::smatch m;
  while (std::getline(lines, line)) {
    if (std::regex_search(line, m, kPage)) {
      pages.push_back({std::stod(m[1]), std::stod(m[2]), {}});
    } else if (!pages.empty() && std::regex_search(line, m, kWord)) {
      pages.back().words.push_back(
          {UnescapeXml(m[5]), std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])});
    }
  }
  return pages;
}

std::string PdfProbe::Text(int page) const {
  std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
  return Run("pdftotext -enc UTF-8" + range + " " + ShellQuote(path_) + " -");
}

std::map<std::string, std::string> PdfProbe::Info() const {
  std::map<std::string, std::string> info;
  std::istringstream lines(Run("pdfinfo -enc UTF-8 " + ShellQuote(path_)));
  std::string line;
  while (std::getline(lines, line)) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    size_t value = line.find_first_not_of(' ', colon + 1);
    info[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
  }
  return info;
}

std::vector<std::pair<std::string, bool>> PdfProbe::Fonts() const {
  std::istringstream lines(Run("pdffonts " + ShellQuote(path_)));
  std::string header, rule, line;
  std::getline(lines, header);
  std::getline(lines, rule);
  size_t emb = header.find(" emb ");
  std::vector<std::pair<std::string, bool>> fonts;
  while (std::getline(lines, line)) {
    if (line.size() <= emb + 4) continue;
    fonts.emplace_back(line.substr(0, line.find(' ')), line.substr(emb + 1, 3) == "yes");
  }
  return fonts;
}

std::vector<Bookmark> PdfProbe::Bookmarks() const {
  std::vector<Bookmark> bookmarks;
  json doc =
      json::parse(Run("qpdf --json=2 --json-key=outlines " + ShellQuote(path_)), nullptr, false);
  if (!doc.is_discarded()) CollectBookmarks(doc["outlines"], 1, &bookmarks);
  return bookmarks;
}

std::vector<LinkAnnotation> PdfProbe::Links() const {
  std::vector<LinkAnnotation> links;
  json doc = json::parse(Run("qpdf --json=2 --json-key=pages --json-key=qpdf " + ShellQuote(path_)),
                         nullptr, false);
  if (doc.is_discarded()) return links;
  const json& objects = doc["qpdf"][1];
  auto object = [&](const std::string& ref) -> const json& {
    return objects["obj:" + ref]["value"];
  };
  std::map<std::string, int> page_numbers;
  for (const json& page : doc["pages"])
    page_numbers[page["object"].get<std::string>()] = page["pageposfrom1"].get<int>();
  for (const auto& [ref, number] : page_numbers) {
    const json& page = object(ref);
    if (!page.contains("/Annots")) continue;
    json annots = page["/Annots"].is_string() ? object(page["/Annots"]) : page["/Annots"];
    for (const json& a : annots) {
      const json& annot = a.is_string() ? object(a) : a;
      if (annot.value("/Subtype", "") != "/Link") continue;
      LinkAnnotation link;
      link.page = number;
      if (annot.contains("/A")) link.uri = QpdfString(annot["/A"]["/URI"]);
      if (annot.contains("/Dest")) {
        const json& dest = annot["/Dest"].is_string() ? object(annot["/Dest"]) : annot["/Dest"];
        if (dest.is_array()) link.target_page = page_numbers[dest[0].get<std::string>()];
      }
      links.push_back(link);
    }
  }
  return links;
}

std::string PdfProbe::Language() const {
  json doc = json::parse(Run("qpdf --json=2 --json-key=qpdf " + ShellQuote(path_)), nullptr, false);
  if (doc.is_discarded()) return {};
  const json& objects = doc["qpdf"][1];
  const json& trailer = objects["trailer"]["value"];
  const json& root = objects["obj:" + trailer["/Root"].get<std::string>()]["value"];
  return root.contains("/Lang") ? QpdfString(root["/Lang"]) : std::string();
}

int PdfProbe::QpdfCheck(std::string* output) const {
  int exit_code;
  *output = RunTool("qpdf --check " + ShellQuote(path_) + " 2>&1", &exit_code);
  return exit_code;
}

std::vector<DecodedCode> PdfProbe::QrCodes(int dpi, int first, int last) const {
  std::vector<DecodedCode> codes;
  TempDir images;
  int exit_code;
  std::string range = (first > 0 ? " -f " + std::to_string(first) : "") +
                      (last > 0 ? " -l " + std::to_string(last) : "");
  RunTool("pdftoppm -r " + std::to_string(dpi) + range + " -png " + ShellQuote(path_) + " " +
              ShellQuote(images.File("page")),
          &exit_code);
  if (exit_code != 0) return codes;
  // pdftoppm numbers pages page-1.png, page-01.png... as the page count needs.
  std::vector<std::pair<int, std::string>> pages;
  static const std::regex kPageFile(R"(page-0*(\d+)\.png)");
  for (const auto& entry : std::filesystem::directory_iterator(images.path())) {
    std::smatch m;
    std::string name = entry.path().filename();
    if (std::regex_match(name, m, kPageFile)) pages.emplace_back(std::stoi(m[1]), entry.path());
  }
  std::sort(pages.begin(), pages.end());
  for (const auto& [page, file] : pages) {
    // zbarimg exits with 4 when a page has no code: not an error here. Its
    // complaints about a missing D-Bus are noise.
    std::istringstream lines(
        RunTool("zbarimg -q --raw " + ShellQuote(file) + " 2>/dev/null", &exit_code));
    std::string line;
    while (std::getline(lines, line))
      if (!line.empty()) codes.push_back({page, line});
  }
  return codes;
}

std::string NormalizeText(const std::string& text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t extra = 0;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0)
      extra = 1;  // U+00A0
    else if (text.compare(i, 3, "\u202F") == 0)
      extra = 2;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || extra) {
      // A hyphen that ends a line joins the word it cut.
      if (c == '\n' && !out.empty() && out.back() == '-' && !space) {
        out.pop_back();
        i += extra;
        continue;
      }
      space = true;
      i += extra;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += text[i];
  }
  return out;
}

std::vector<std::string> WordsOutsideMargins(const std::vector<PageWords>& pages,
                                             const PageMargins& margins) {
  const double tolerance = 0.5;
  std::vector<std::string> outside;
  for (size_t p = 0; p < pages.size(); ++p) {
    const PageWords& page = pages[p];
    for (const WordBox& w : page.words) {
      if (w.x_min < margins.inner - tolerance || w.x_max > page.width - margins.outer + tolerance ||
          w.y_min < margins.top / 3 || w.y_max > page.height - margins.bottom / 3)
        outside.push_back("page " + std::to_string(p + 1) + ": " + w.text);
    }
  }
  return outside;
}

}  // namespace coopkit::testing
