#include "backends/pdf/pdf_writer.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "base/pending_file.h"
#include "tests/support/faulty_disk.h"
#include "tests/support/test_images.h"
#include "tests/support/tool_runner.h"

namespace coopkit::pdf {
namespace {

using coopkit::testing::RunTool;
using coopkit::testing::ShellQuote;
using coopkit::testing::TempDir;
using page::LaidOutDocument;

const std::string kFontDir = "/usr/share/fonts/truetype/noto/";
const std::string kSerif = kFontDir + "NotoSerif-Regular.ttf";
const std::string kSerifBold = kFontDir + "NotoSerif-Bold.ttf";
const std::string kSansBold = kFontDir + "NotoSans-Bold.ttf";

// French typography: no-break space inside the guillemets and before ':',
// narrow no-break space before '?'.
const std::string kTitleLine = "«\u00A0Coopérer\u00A0: un moyen technique\u202F?\u00A0»";
const std::string kBodyLine = "L’œuvre commune, c’est l’été.";
const std::string kWebAddress = "https://exemple.fr/coopérer à plusieurs";
constexpr int64_t kEpoch = 1709294400;  // 2024-03-01T12:00:00Z

constexpr float kA5Width = 419.53f;
constexpr float kA5Height = 595.28f;
const page::Color kRed{1, 0, 0};

page::Page A5Page() {
  page::Page page;
  page.width = kA5Width;
  page.height = kA5Height;
  return page;
}

page::GlyphRun TextRun(float x, float y, page::FontId font, float size, std::string text) {
  page::GlyphRun run;
  run.x = x;
  run.y = y;
  run.font = font;
  run.size = size;
  run.text = std::move(text);
  return run;
}

page::LinkArea LinkAt(float x, float y) {
  page::LinkArea link;
  link.x = x;
  link.y = y;
  link.width = 80;
  link.height = 12;
  return link;
}

page::LaidOutDocument SampleDocument() {
  page::LaidOutDocument document;
  document.info.title = "Coopérer : un moyen technique ?";
  document.info.author = "Collectif Œuvre commune";
  document.info.subject = "Kit d’accueil";
  document.info.keywords = "coopérative, outils";
  document.font_files = {kSerif, kSerifBold, kSansBold};

  page::Page first = A5Page();
  first.rects.push_back(page::FilledRect{20, 30, 50, 40, kRed});
  first.lines.push_back(page::StrokedLine{60, 110, 300, 110, 1, page::Color{}});
  first.runs.push_back(TextRun(60, 100, 2, 14, kTitleLine));
  first.runs.push_back(TextRun(60, 130, 0, 10, kBodyLine));
  first.runs.push_back(TextRun(60, 150, 1, 10, "Lire l’annexe"));
  page::LinkArea web = LinkAt(60, 140);
  web.uri = kWebAddress;
  page::LinkArea annex = LinkAt(60, 155);
  annex.target_page = 1;
  annex.target_y = 200;
  first.links = {web, annex};

  page::Page second = A5Page();
  second.runs.push_back(TextRun(60, 200, 0, 10, "Annexe"));
  document.pages = {first, second};

  document.outline = {{"Première partie", 1, 0, 100},
                      {"Un chapitre", 2, 0, 130},
                      {"Détail", 3, 0, 150},
                      {"Annexe", 1, 1, 200}};
  return document;
}

PdfOptions ReproducibleOptions(int64_t epoch = kEpoch) {
  return PdfOptions{.source_date_epoch = epoch, .version = "9.8.7"};
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A QDF file (qpdf --qdf) read back: each object's text by number, with
// whitespace collapsed ("<< /Type /Annot ... >>"), and the object number of
// each page, which qpdf marks with "%% Page N" comments.
struct QdfFile {
  std::map<int, std::string> objects;
  std::vector<int> pages;

  explicit QdfFile(const std::string& qdf) {
    int current = -1;
    bool page_follows = false;
    for (const std::string& line : Lines(qdf)) {
      int number, generation;
      char keyword[8];
      if (current < 0 && line.starts_with("%% Page ")) {
        page_follows = true;
      } else if (current < 0 &&
                 std::sscanf(line.c_str(), "%d %d %7s", &number, &generation, keyword) == 3 &&
                 std::string(keyword) == "obj") {
        current = number;
        if (page_follows) pages.push_back(number);
        page_follows = false;
      } else if (line == "endobj") {
        current = -1;
      } else if (current >= 0) {
        std::istringstream words(line);
        for (std::string word; words >> word;) {
          std::string& text = objects[current];
          text += (text.empty() ? "" : " ") + word;
        }
      }
    }
  }

  /// The objects whose text contains `fragment`.
  std::vector<std::string> With(const std::string& fragment) const {
    std::vector<std::string> found;
    for (const auto& [number, text] : objects) {
      if (text.find(fragment) != std::string::npos) found.push_back(text);
    }
    return found;
  }
};

class PdfWriterTest : public ::testing::Test {
 protected:
  // Writes `document` to a file in the temporary folder and returns its
  // quoted path, ready for a command line.
  std::string WriteToFile(const page::LaidOutDocument& document,
                          const PdfOptions& options = ReproducibleOptions()) {
    std::string bytes, error;
    EXPECT_TRUE(PdfWriter(options).Write(document, &bytes, &error)) << error;
    std::string path = dir_.File("out.pdf");
    EXPECT_TRUE(WriteFileAtomically(path, bytes, &error)) << error;
    return ShellQuote(path);
  }

  // Runs a tool that must succeed and returns its standard output.
  std::string Tool(const std::string& command) {
    int exit_code;
    std::string output = RunTool(command + " 2>/dev/null", &exit_code);
    EXPECT_EQ(exit_code, 0) << command;
    return output;
  }

  QdfFile Qdf(const std::string& pdf) {
    return QdfFile(Tool("qpdf --qdf --object-streams=disable " + pdf + " -"));
  }

  TempDir dir_;
};

TEST_F(PdfWriterTest, PassesQpdfCheck) {
  std::string pdf = WriteToFile(SampleDocument());
  std::string report = Tool("qpdf --check " + pdf);
  EXPECT_NE(report.find("No syntax or stream encoding errors"), std::string::npos) << report;
}

TEST_F(PdfWriterTest, EmbedsEveryFontOnce) {
  std::vector<std::string> lines = Lines(Tool("pdffonts " + WriteToFile(SampleDocument())));
  ASSERT_GE(lines.size(), 2u);
  std::vector<std::string> names;
  for (size_t i = 2; i < lines.size(); ++i) {
    std::vector<std::string> columns;
    std::istringstream in(lines[i]);
    for (std::string column; in >> column;) columns.push_back(column);
    ASSERT_GE(columns.size(), 8u) << lines[i];
    EXPECT_EQ(columns[columns.size() - 5], "yes") << "not embedded: " << lines[i];
    names.push_back(columns[0]);
  }
  ASSERT_EQ(names.size(), 3u);
  for (const char* face : {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSans-Bold"}) {
    EXPECT_EQ(std::count_if(
                  names.begin(), names.end(),
                  [&](const std::string& name) { return name.find(face) != std::string::npos; }),
              1)
        << face;
  }
}

TEST_F(PdfWriterTest, TextComesBackExactly) {
  std::string pdf = WriteToFile(SampleDocument());
  // pdftotext turns every Unicode space into ' ' by design; pdftohtml keeps
  // them, so it checks the no-break spaces.
  std::string html = Tool("pdftohtml -stdout -i -noframes " + pdf);
  EXPECT_NE(html.find(kTitleLine), std::string::npos) << html;
  std::string text = Tool("pdftotext -enc UTF-8 " + pdf + " -");
  EXPECT_NE(text.find("« Coopérer : un moyen technique ? »"), std::string::npos) << text;
  EXPECT_NE(text.find(kBodyLine), std::string::npos) << text;
  EXPECT_NE(text.find("Lire l’annexe"), std::string::npos) << text;
}

TEST_F(PdfWriterTest, PopplerReadsFontsWithoutWarnings) {
  int exit_code;
  std::string warnings =
      RunTool("pdftotext " + WriteToFile(SampleDocument()) + " /dev/null 2>&1", &exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(warnings, "");
}

TEST_F(PdfWriterTest, TextSitsOnItsBaselineMeasuredFromTheTop) {
  std::string boxes = Tool("pdftotext -bbox -f 1 -l 1 " + WriteToFile(SampleDocument()) + " -");
  size_t word = boxes.find(">L’œuvre</word>");
  ASSERT_NE(word, std::string::npos) << boxes;
  size_t start = boxes.rfind("<word", word);
  float x_min, y_min, x_max, y_max;
  ASSERT_EQ(
      std::sscanf(boxes.c_str() + start, "<word xMin=\"%f\" yMin=\"%f\" xMax=\"%f\" yMax=\"%f\"",
                  &x_min, &y_min, &x_max, &y_max),
      4);
  EXPECT_NEAR(x_min, 60, 0.5);
  // The run's baseline is 130 pt below the top of the page.
  EXPECT_LT(y_min, 130);
  EXPECT_GT(y_max, 130);
  EXPECT_LT(y_max, 135);
}

TEST_F(PdfWriterTest, RectangleIsDrawnFromTheTopOfThePage) {
  // At 72 dpi one point is one pixel; PPM is a short header and RGB bytes.
  std::string image = Tool("pdftoppm -r 72 -f 1 -l 1 " + WriteToFile(SampleDocument()));
  int width, height, max_value, header_length;
  ASSERT_EQ(
      std::sscanf(image.c_str(), "P6 %d %d %d%n", &width, &height, &max_value, &header_length), 3);
  auto pixel = [&](int x, int y) {
    size_t at = static_cast<size_t>(header_length + 1 + (y * width + x) * 3);
    return page::Color{static_cast<unsigned char>(image.at(at)) / 255.0f,
                       static_cast<unsigned char>(image.at(at + 1)) / 255.0f,
                       static_cast<unsigned char>(image.at(at + 2)) / 255.0f};
  };
  EXPECT_EQ(pixel(45, 50), kRed);                             // inside x 20..70, y 30..70
  EXPECT_EQ(pixel(45, 80), (page::Color{1, 1, 1}));           // just below it
  EXPECT_EQ(pixel(45, height - 50), (page::Color{1, 1, 1}));  // where a flipped y would put it
}

TEST_F(PdfWriterTest, CellGridFillsItsCellsFromTheTopOfThePage) {
  page::LaidOutDocument document;
  page::Page page = A5Page();
  // Cells of 10 pt from (100, 100): row 0 columns 0-1, row 1 column 1.
  page.grids.push_back({100, 100, 10, page::Color{}, {{0, 0, 2}, {1, 1, 1}}});
  document.pages = {page};
  std::string image = Tool("pdftoppm -r 72 " + WriteToFile(document));
  int width, height, max_value, header_length;
  ASSERT_EQ(
      std::sscanf(image.c_str(), "P6 %d %d %d%n", &width, &height, &max_value, &header_length), 3);
  auto dark = [&](int x, int y) {
    return image.at(static_cast<size_t>(header_length + 1 + (y * width + x) * 3)) == '\0';
  };
  EXPECT_TRUE(dark(105, 105));
  EXPECT_TRUE(dark(115, 105));
  EXPECT_FALSE(dark(125, 105));
  EXPECT_FALSE(dark(105, 115));
  EXPECT_TRUE(dark(115, 115));
  EXPECT_FALSE(dark(115, 125));
}

// The CIDToGIDMap of each font stops at the last character drawn, and maps
// every character drawn to its glyph in the embedded font.
TEST_F(PdfWriterTest, GlyphMapCoversTheCharactersDrawnAndNoMore) {
  page::LaidOutDocument document;
  document.font_files = {kSerif};
  page::Page page = A5Page();
  const std::u32string drawn = U"Été « œuvre »";
  page.runs.push_back(TextRun(60, 100, 0, 10, "Été « œuvre »"));
  document.pages = {page};
  // Object numbers are the QDF file's, so streams are read from it.
  const std::string qdf = ShellQuote(dir_.File("out.qdf"));
  Tool("qpdf --qdf --object-streams=disable " + WriteToFile(document) + " " + qdf);
  std::string error;
  const QdfFile objects(ReadFile(dir_.File("out.qdf"), &error).value_or(""));
  auto stream = [&](const char* key) {
    std::vector<std::string> holders = objects.With(std::string(key) + " ");
    EXPECT_EQ(holders.size(), 1u) << key;
    int number = 0;
    if (holders.empty() || std::sscanf(holders[0].c_str() + holders[0].find(key) + std::strlen(key),
                                       " %d", &number) != 1)
      return std::string();
    return Tool("qpdf --show-object=" + std::to_string(number) + " --filtered-stream-data " + qdf);
  };
  const std::string map = stream("/CIDToGIDMap");
  const char32_t last = *std::max_element(drawn.begin(), drawn.end());  // œ, U+0153
  EXPECT_EQ(map.size(), 2 * (static_cast<size_t>(last) + 1));

  // Each character leads to the glyph the embedded font's own cmap gives it.
  const std::string font_file = stream("/FontFile2");
  hb_blob_t* blob = hb_blob_create(font_file.data(), static_cast<unsigned>(font_file.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  for (char32_t c : drawn) {
    ASSERT_LT(2 * c + 1, map.size());
    hb_codepoint_t glyph = 0;
    EXPECT_TRUE(hb_font_get_nominal_glyph(font, c, &glyph)) << static_cast<uint32_t>(c);
    const unsigned mapped =
        static_cast<unsigned char>(map[2 * c]) << 8 | static_cast<unsigned char>(map[2 * c + 1]);
    EXPECT_NE(mapped, 0u) << "no glyph for U+" << std::hex << static_cast<uint32_t>(c);
    EXPECT_EQ(mapped, glyph) << "U+" << std::hex << static_cast<uint32_t>(c);
  }
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
}

TEST_F(PdfWriterTest, WritesMetadataInUtf8) {
  std::string info = Tool("pdfinfo -isodates " + WriteToFile(SampleDocument()));
  std::map<std::string, std::string> fields;
  for (const std::string& line : Lines(info)) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    size_t value = line.find_first_not_of(' ', colon + 1);
    fields[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
  }
  EXPECT_EQ(fields["Title"], "Coopérer : un moyen technique ?");
  EXPECT_EQ(fields["Author"], "Collectif Œuvre commune");
  EXPECT_EQ(fields["Subject"], "Kit d’accueil");
  EXPECT_EQ(fields["Keywords"], "coopérative, outils");
  EXPECT_EQ(fields["Creator"], "coopkit 9.8.7");
  EXPECT_EQ(fields["CreationDate"].substr(0, 19), "2024-03-01T12:00:00");
  EXPECT_EQ(fields["ModDate"].substr(0, 19), "2024-03-01T12:00:00");
  EXPECT_EQ(fields["Pages"], "2");
}

TEST_F(PdfWriterTest, CatalogHasLanguageAndOpensOnBookmarks) {
  std::vector<std::string> catalogs = Qdf(WriteToFile(SampleDocument())).With("/Type /Catalog");
  ASSERT_EQ(catalogs.size(), 1u);
  EXPECT_NE(catalogs[0].find("/Lang (fr-FR)"), std::string::npos) << catalogs[0];
  EXPECT_NE(catalogs[0].find("/PageMode /UseOutlines"), std::string::npos) << catalogs[0];
}

TEST_F(PdfWriterTest, BookmarksNestByLevel) {
  std::string json = Tool("qpdf --json --json-key=outlines " + WriteToFile(SampleDocument()));
  // qpdf indents each nesting level further; map each title to its indent.
  std::map<std::string, size_t> indent;
  std::map<std::string, int> page;
  int last_page = 0;
  for (const std::string& line : Lines(json)) {
    size_t key = line.find_first_not_of(' ');
    if (line.compare(key, 19, "\"destpageposfrom1\":") == 0)
      last_page = std::stoi(line.substr(key + 19));
    if (line.compare(key, 10, "\"title\": \"") != 0) continue;
    std::string title = line.substr(key + 10, line.rfind('"') - key - 10);
    indent[title] = key;
    page[title] = last_page;
  }
  ASSERT_EQ(indent.size(), 4u) << json;
  EXPECT_GT(indent["Un chapitre"], indent["Première partie"]);
  EXPECT_GT(indent["Détail"], indent["Un chapitre"]);
  EXPECT_EQ(indent["Annexe"], indent["Première partie"]);
  EXPECT_EQ(page["Première partie"], 1);
  EXPECT_EQ(page["Annexe"], 2);
}

TEST_F(PdfWriterTest, LinksHaveNoBorderAndTheirTargets) {
  QdfFile qdf = Qdf(WriteToFile(SampleDocument()));
  std::vector<std::string> links = qdf.With("/Subtype /Link");
  ASSERT_EQ(links.size(), 2u);
  for (const std::string& link : links) {
    EXPECT_NE(link.find("/Border [ 0 0 0 ]"), std::string::npos) << link;
  }
  EXPECT_EQ(qdf.With("/URI (https://exemple.fr/coop%C3%A9rer%20%C3%A0%20plusieurs)").size(), 1u);

  auto internal = std::find_if(links.begin(), links.end(), [](const std::string& link) {
    return link.find("/Dest ") != std::string::npos;
  });
  ASSERT_NE(internal, links.end());
  int destination;
  ASSERT_EQ(std::sscanf(internal->c_str() + internal->find("/Dest "), "/Dest %d", &destination), 1);
  int page;
  float left, top, zoom;
  ASSERT_EQ(std::sscanf(qdf.objects[destination].c_str(), "[ %d 0 R /XYZ %f %f %f ]", &page, &left,
                        &top, &zoom),
            4)
      << qdf.objects[destination];
  ASSERT_EQ(qdf.pages.size(), 2u);
  EXPECT_EQ(page, qdf.pages[1]);
  EXPECT_EQ(left, 0);
  EXPECT_NEAR(top, kA5Height - 200, 0.01);  // y 200 from the top
  EXPECT_GT(zoom, 0);
}

TEST_F(PdfWriterTest, WritingToAFileGivesTheSameBytesAsInMemory) {
  std::string bytes, error;
  ASSERT_TRUE(PdfWriter(ReproducibleOptions()).Write(SampleDocument(), &bytes, &error)) << error;
  const std::string path = dir_.File("direct.pdf");
  std::unique_ptr<PendingFile> file = PendingFile::Create(SystemDisk(), path, &error);
  ASSERT_TRUE(file) << error;
  bool output_failed = true;
  ASSERT_TRUE(
      PdfWriter(ReproducibleOptions()).Write(SampleDocument(), file.get(), &error, &output_failed))
      << error;
  EXPECT_FALSE(output_failed);
  ASSERT_TRUE(file->Commit(&error)) << error;
  EXPECT_TRUE(ReadFile(path, &error).value_or("") == bytes);
}

// A full disk stops the writing at once, in the disk's own words, and is told
// apart from a problem of the document.
TEST_F(PdfWriterTest, AFullDiskIsAnOutputFailure) {
  for (int failing_write : {1, 2, 5}) {
    coopkit::testing::FaultyDisk disk;
    disk.FailAppend(failing_write);
    std::string error;
    std::unique_ptr<PendingFile> file = PendingFile::Create(&disk, dir_.File("full.pdf"), &error);
    ASSERT_TRUE(file) << error;
    bool output_failed = false;
    EXPECT_FALSE(PdfWriter(ReproducibleOptions())
                     .Write(SampleDocument(), file.get(), &error, &output_failed));
    EXPECT_TRUE(output_failed) << failing_write;
    EXPECT_NE(error.find("No space left on device"), std::string::npos) << error;
    EXPECT_EQ(disk.appends(), failing_write) << "nothing is written after the failure";
  }
}

// Each page's operators are deflated once, as soon as the page is drawn:
// its stream says /FlateDecode by name (libharu's own filters are arrays),
// and qpdf decodes every stream. Without compression nothing is deflated.
TEST_F(PdfWriterTest, PageContentsAreDeflatedOnceEach) {
  auto count = [](const std::string& bytes, const std::string& text) {
    size_t found = 0;
    for (size_t at = bytes.find(text); at != std::string::npos; at = bytes.find(text, at + 1))
      ++found;
    return found;
  };
  std::string bytes, error;
  ASSERT_TRUE(PdfWriter(ReproducibleOptions()).Write(SampleDocument(), &bytes, &error)) << error;
  EXPECT_EQ(count(bytes, "/Filter /FlateDecode"), SampleDocument().pages.size());
  const std::string path = dir_.File("deflated.pdf");
  ASSERT_TRUE(WriteFileAtomically(path, bytes, &error)) << error;
  std::string report = Tool("qpdf --check " + ShellQuote(path));
  EXPECT_NE(report.find("No syntax or stream encoding errors"), std::string::npos) << report;

  PdfOptions plain = ReproducibleOptions();
  plain.compress = false;
  ASSERT_TRUE(PdfWriter(plain).Write(SampleDocument(), &bytes, &error)) << error;
  EXPECT_EQ(count(bytes, "FlateDecode"), 0u);
  EXPECT_NE(bytes.find(" Tj"), std::string::npos);  // the operators, readable
}

TEST_F(PdfWriterTest, SameEpochGivesTheSameBytes) {
  page::LaidOutDocument document = SampleDocument();
  std::string first, second, later, error;
  ASSERT_TRUE(PdfWriter(ReproducibleOptions()).Write(document, &first, &error)) << error;
  ASSERT_TRUE(PdfWriter(ReproducibleOptions()).Write(document, &second, &error)) << error;
  ASSERT_TRUE(PdfWriter(ReproducibleOptions(kEpoch + 86400)).Write(document, &later, &error))
      << error;
  EXPECT_TRUE(first == second);
  EXPECT_FALSE(first == later);
}

// Only the drawn characters' glyphs are embedded, through subset copies of
// the fonts that are gone once Write() returns.
TEST_F(PdfWriterTest, EmbedsSubsetFontsAndLeavesNoTemporaryFile) {
  page::LaidOutDocument document;
  document.font_files = {kSerif};
  page::Page page = A5Page();
  page.runs.push_back(TextRun(60, 100, 0, 12, "« Coopérer : œ ’ »"));
  document.pages = {page};

  testing::TempDir font_dir;
  const char* tmpdir = std::getenv("TMPDIR");
  const std::string saved_tmpdir = tmpdir ? tmpdir : "";
  setenv("TMPDIR", font_dir.path().c_str(), 1);
  std::string bytes, error;
  const bool written = PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error);
  tmpdir ? setenv("TMPDIR", saved_tmpdir.c_str(), 1) : unsetenv("TMPDIR");
  ASSERT_TRUE(written) << error;
  EXPECT_EQ(Tool("ls -A " + ShellQuote(font_dir.path())), "");
  EXPECT_LT(bytes.size(), 20'000u);  // the whole NotoSerif deflates to ~250 kB

  std::string pdf = dir_.File("subset.pdf");
  ASSERT_TRUE(WriteFileAtomically(pdf, bytes, &error)) << error;
  pdf = ShellQuote(pdf);
  EXPECT_EQ(Tool("pdftotext -enc UTF-8 " + pdf + " -"), "« Coopérer : œ ’ »\n\n\f");
  EXPECT_NE(Tool("pdffonts " + pdf).find("CID TrueType      Identity-H       yes"),
            std::string::npos);
  EXPECT_NE(Tool("qpdf --check " + pdf).find("No syntax or stream encoding errors"),
            std::string::npos);
}

struct BadFontCase {
  const char* name;
  std::string bytes;
  const char* expected;
};

// `font` with its 'maxp' table saying it has no glyphs.
std::string WithoutGlyphCount(std::string font) {
  auto u32 = [&](size_t at) {
    return uint32_t{static_cast<unsigned char>(font[at])} << 24 |
           uint32_t{static_cast<unsigned char>(font[at + 1])} << 16 |
           uint32_t{static_cast<unsigned char>(font[at + 2])} << 8 |
           static_cast<unsigned char>(font[at + 3]);
  };
  const size_t tables =
      static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  for (size_t record = 12; record < 12 + 16 * tables; record += 16) {
    if (font.compare(record, 4, "maxp") == 0) {
      const size_t num_glyphs = u32(record + 8) + 4;
      font[num_glyphs] = font[num_glyphs + 1] = 0;
    }
  }
  return font;
}

// `font` with the length of table record `index` of its directory saying
// far more than the file holds.
std::string WithOverlongTable(std::string font, size_t index) {
  const size_t length = 12 + 16 * index + 12;
  for (size_t i = 0; i < 4; ++i) font[length + i] = static_cast<char>(0x7F);
  return font;
}

// A table whose length runs past the file (what the fuzzer found overflowing
// libharu's own font reader) is refused or subset by HarfBuzz, never read by
// libharu; a sanitizer build catches any overflow.
TEST_F(PdfWriterTest, EveryTableOfAFontCanBeDamagedWithoutACrash) {
  std::string error;
  std::optional<std::string> noto = ReadFile(kSerif, &error);
  ASSERT_TRUE(noto) << error;
  const size_t tables =
      static_cast<unsigned char>((*noto)[4]) << 8 | static_cast<unsigned char>((*noto)[5]);
  ASSERT_GT(tables, 5u);
  for (size_t index = 0; index < tables; ++index) {
    SCOPED_TRACE(noto->substr(12 + 16 * index, 4));
    const std::string path = dir_.File("damaged.ttf");
    ASSERT_TRUE(WriteFileAtomically(path, WithOverlongTable(*noto, index), &error)) << error;
    page::LaidOutDocument document = SampleDocument();
    document.font_files[1] = path;
    std::string bytes;
    error.clear();
    if (PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error))
      EXPECT_TRUE(bytes.starts_with("%PDF-")) << "table " << index;
    else
      EXPECT_NE(error.find(path), std::string::npos) << error;
  }
}

TEST_F(PdfWriterTest, UnusableFontFilesAreReportedNotCrashedOn) {
  std::string error;
  std::optional<std::string> noto = ReadFile(kSerif, &error);
  ASSERT_TRUE(noto) << error;
  const BadFontCase cases[] = {
      {"garbage.ttf", "garbage!", "not a font file"},
      {"truncated.ttf", noto->substr(0, noto->size() / 3), "truncated"},
      // Sound tables but no glyphs: HarfBuzz cannot subset it, and libharu
      // would read the damaged font itself.
      {"no-glyphs.ttf", WithoutGlyphCount(*noto), "damaged and cannot be embedded"},
  };
  for (const BadFontCase& bad : cases) {
    std::string path = dir_.File(bad.name);
    ASSERT_TRUE(WriteFileAtomically(path, bad.bytes, &error)) << error;
    page::LaidOutDocument document = SampleDocument();
    document.font_files[1] = path;
    std::string bytes = "untouched";
    error.clear();
    EXPECT_FALSE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error));
    EXPECT_EQ(bytes, "untouched");
    EXPECT_NE(error.find(path), std::string::npos) << error;
    EXPECT_NE(error.find(bad.expected), std::string::npos) << error;
  }
}

TEST_F(PdfWriterTest, MissingFontFileIsReported) {
  page::LaidOutDocument document = SampleDocument();
  document.font_files[0] = dir_.File("absent.ttf");
  std::string bytes, error;
  EXPECT_FALSE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error));
  EXPECT_NE(error.find("cannot read font file " + document.font_files[0]), std::string::npos)
      << error;
}

TEST_F(PdfWriterTest, LibharuErrorStopsTheBuildAndIsReported) {
  page::LaidOutDocument document = SampleDocument();
  document.pages[1].width = 1;  // libharu refuses pages under 3 points
  std::string bytes, error;
  EXPECT_FALSE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error));
  EXPECT_TRUE(bytes.empty());
  EXPECT_NE(error.find("libharu error 0x"), std::string::npos) << error;
  EXPECT_NE(error.find("page 2"), std::string::npos) << error;
}

// The kit's four documents must render in under 150 ms in all; this writes
// a long one and reports the time as a test property.
TEST_F(PdfWriterTest, WritesSixtyFourPagesOfText) {
  page::LaidOutDocument document = SampleDocument();
  document.outline.clear();
  document.pages.clear();
  for (int p = 0; p < 64; ++p) {
    page::Page page = A5Page();
    for (int line = 0; line < 40; ++line) {
      page.runs.push_back(
          TextRun(51, 70.0f + 12.0f * line, line % 3, 10, line % 2 ? kTitleLine : kBodyLine));
    }
    document.pages.push_back(page);
  }
  std::string bytes, error;
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error)) << error;
  auto elapsed = std::chrono::steady_clock::now() - start;
  RecordProperty(
      "milliseconds",
      std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));
  std::string path = dir_.File("long.pdf");
  ASSERT_TRUE(WriteFileAtomically(path, bytes, &error)) << error;
  std::string info = Tool("pdfinfo " + ShellQuote(path));
  EXPECT_NE(info.find("\nPages:           64\n"), std::string::npos) << info;
}

class PdfImageTest : public PdfWriterTest {
 protected:
  PdfImageTest() {
    std::string error;
    EXPECT_TRUE(WriteFileAtomically(
        png_, coopkit::testing::PngBytes({.width = 40, .height = 30, .alpha = true}), &error))
        << error;
    EXPECT_TRUE(WriteFileAtomically(jpeg_, coopkit::testing::JpegBytes(64, 48), &error)) << error;
  }

  /// The sample document with the PNG drawn twice on page 1 and once on
  /// page 2, and the JPEG once on page 1.
  page::LaidOutDocument WithImages() {
    page::LaidOutDocument document = SampleDocument();
    document.pages[0].images = {
        {60, 200, 30, 22.5f, png_}, {60, 300, 64, 48, jpeg_}, {200, 300, 60, 45, png_}};
    document.pages[1].images = {{60, 300, 40, 30, png_}};
    return document;
  }

  /// `pdfimages -list` rows as columns: page num type width height color
  /// comp bpc enc interp object ID x-ppi y-ppi size ratio.
  std::vector<std::vector<std::string>> ImageRows(const std::string& pdf) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> lines = Lines(Tool("pdfimages -list " + pdf));
    for (size_t i = 2; i < lines.size(); ++i) {
      std::vector<std::string> columns;
      std::istringstream in(lines[i]);
      for (std::string column; in >> column;) columns.push_back(column);
      rows.push_back(columns);
    }
    return rows;
  }

  std::string png_ = dir_.File("photo transparente.png");
  std::string jpeg_ = dir_.File("photo.jpg");
};

TEST_F(PdfImageTest, DrawsPngWithTransparencyAndJpegAtTheirPixelSizes) {
  std::string pdf = WriteToFile(WithImages());
  std::string report = Tool("qpdf --check " + pdf);
  EXPECT_NE(report.find("No syntax or stream encoding errors"), std::string::npos) << report;
  std::vector<std::vector<std::string>> rows = ImageRows(pdf);
  // Page 1: PNG (and its alpha mask), JPEG, PNG (and mask); page 2: PNG (and mask).
  ASSERT_EQ(rows.size(), 7u);
  std::set<std::string> png_objects;
  for (const auto& row : rows) {
    ASSERT_GE(row.size(), 14u);
    if (row[3] == "64") {
      EXPECT_EQ(row[4], "48");
      EXPECT_EQ(row[2], "image");
      EXPECT_EQ(row[8], "jpeg");
      EXPECT_EQ(row[12], "72");  // 64 px over 64 pt
    } else {
      EXPECT_EQ(row[3], "40");
      EXPECT_EQ(row[4], "30");
      EXPECT_TRUE(row[2] == "image" || row[2] == "smask") << row[2];
      if (row[2] == "image") png_objects.insert(row[10]);
    }
  }
  EXPECT_EQ(rows[0][12], "96");  // 40 px over 30 pt
  EXPECT_EQ(rows[1][2], "smask");
  EXPECT_EQ(png_objects.size(), 1u) << "the PNG must be embedded once and reused";
  EXPECT_EQ(rows.back()[0], "2");
}

TEST_F(PdfImageTest, PlacesImagesFromTheTopOfThePage) {
  page::LaidOutDocument document = SampleDocument();
  document.pages[0].images = {{60, 200, 30, 22.5f, png_}};
  QdfFile qdf = Qdf(WriteToFile(document, {.source_date_epoch = kEpoch, .compress = false}));
  // x 60, bottom edge at 595.28 - 200 - 22.5 from the bottom of the page.
  std::vector<std::string> drawn = qdf.With(" cm");
  ASSERT_EQ(drawn.size(), 1u);
  // Scaled to 30 x 22.5 pt at x 60, its bottom 372.78 pt up (595.28 - 200 - 22.5),
  // and drawn under the shapes and text.
  size_t image = drawn[0].find("q 30 0 0 22.5 60 372.78");
  EXPECT_NE(image, std::string::npos) << drawn[0];
  EXPECT_LT(image, drawn[0].find(" re f")) << drawn[0];
}

TEST_F(PdfImageTest, BadImagesAreReportedNotCrashedOn) {
  std::string cut = dir_.File("coupee.jpg");
  std::string error;
  std::string jpeg = coopkit::testing::JpegBytes(64, 48);
  ASSERT_TRUE(WriteFileAtomically(cut, jpeg.substr(0, jpeg.size() / 2), &error));
  const std::pair<std::string, std::string> cases[] = {{cut, "cut short"},
                                                       {dir_.File("absente.png"), "cannot read"}};
  for (const auto& [path, expected] : cases) {
    page::LaidOutDocument document = WithImages();
    document.pages[1].images[0].path = path;
    std::string bytes = "untouched";
    error.clear();
    EXPECT_FALSE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error));
    EXPECT_EQ(bytes, "untouched");
    EXPECT_NE(error.find(path), std::string::npos) << error;
    EXPECT_NE(error.find(expected), std::string::npos) << error;
  }
}

// Every kind of PNG the format allows, each written by the real PdfWriter and
// rendered back: colour type × bit depth × a tRNS chunk where one may be,
// plain or with every ancillary chunk libpng knows (colour profile, gamma,
// texts...). libharu 2.3.0's own PNG loader crashed on 8-bit RGB with tRNS.
struct PngVariant {
  std::string name;
  coopkit::testing::PngSpec spec;
};

void PrintTo(const PngVariant& variant, std::ostream* out) { *out << variant.name; }

const std::vector<coopkit::testing::ExtraChunk> kAncillaryChunks = {
    {"gAMA", std::string("\x00\x00\xB1\x8F", 4)},
    {"cHRM", std::string(32, '\x01')},
    {"iCCP", std::string("not a profile\0\0x\x9C\x03\x00\x00\x00\x00\x01", 22)},
    {"sBIT", std::string(1, '\x05')},
    {"pHYs", std::string("\x00\x00\x0B\x13\x00\x00\x0B\x13\x01", 9)},
    {"tEXt", std::string("Author\0Noa Fictif-PNG", 21)},
    {"zTXt", std::string("Comment\0\0x\x9C\x03\x00\x00\x00\x00\x01", 18)},
    {"iTXt", std::string("Description\0\0\0\0\0Lieu secret-PNG", 31)},
    {"eXIf", std::string("MM\x00\x2A\x00\x00\x00\x08\x00\x00GPS-PNG", 17)},
};

std::vector<PngVariant> AllPngVariants() {
  const std::pair<int, std::vector<int>> depths_by_colour_type[] = {
      {0, {1, 2, 4, 8, 16}}, {2, {8, 16}}, {3, {1, 2, 4, 8}}, {4, {8, 16}}, {6, {8, 16}}};
  std::vector<PngVariant> variants;
  for (const auto& [colour_type, depths] : depths_by_colour_type) {
    for (int depth : depths) {
      for (bool transparent : {false, true}) {
        if (transparent && (colour_type == 4 || colour_type == 6)) continue;  // no tRNS there
        for (const char* variation : {"", "_ancillary", "_interlaced"}) {
          PngVariant variant{"type" + std::to_string(colour_type) + "_" + std::to_string(depth) +
                                 "bit" + (transparent ? "_tRNS" : "") + variation,
                             {.width = 16,
                              .height = 4,
                              .colour_type = colour_type,
                              .bit_depth = depth,
                              .transparent_colour = transparent}};
          if (variation == std::string_view("_ancillary")) variant.spec.chunks = kAncillaryChunks;
          variant.spec.interlaced = variation == std::string_view("_interlaced");
          variants.push_back(std::move(variant));
        }
      }
    }
  }
  return variants;
}

class PngVariantTest : public PdfWriterTest, public ::testing::WithParamInterface<PngVariant> {
 protected:
  /// The page of one PDF showing only `spec`'s image, 160 pt square, as
  /// pdftoppm renders it at 72 dpi (a binary PPM).
  std::string Rendered(const coopkit::testing::PngSpec& spec) {
    const std::string png = dir_.File("variant.png");
    std::string error;
    EXPECT_TRUE(WriteFileAtomically(png, coopkit::testing::PngBytes(spec), &error)) << error;
    page::LaidOutDocument document;
    page::Page page;
    page.width = page.height = 160;
    page.images = {{0, 0, 160, 160, png}};
    document.pages = {page};
    std::string bytes;
    EXPECT_TRUE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error)) << error;
    for (const char* metadata : {"Noa Fictif-PNG", "Lieu secret-PNG", "GPS-PNG"})
      EXPECT_EQ(bytes.find(metadata), std::string::npos) << metadata;
    const std::string path = dir_.File("variant.pdf");
    EXPECT_TRUE(WriteFileAtomically(path, bytes, &error)) << error;
    return Tool("pdftoppm -r 72 " + ShellQuote(path));
  }
};

TEST_P(PngVariantTest, IsEmbeddedWithItsColoursAndNothingElse) {
  const coopkit::testing::PngSpec& spec = GetParam().spec;
  const std::string image = Rendered(spec);

  // The gradient runs from colour 0 on the left to full red on the right,
  // over white: half-transparent pixels, and those tRNS makes transparent
  // (grey 0, palette entry 0), show the white.
  int width, height, max_value, header_length;
  ASSERT_EQ(
      std::sscanf(image.c_str(), "P6 %d %d %d%n", &width, &height, &max_value, &header_length), 3);
  auto red = [&](int x) {
    return static_cast<unsigned char>(
        image.at(static_cast<size_t>(header_length + 1 + (80 * width + x) * 3)));
  };
  const bool half_transparent = spec.colour_type == 4 || spec.colour_type == 6;
  const bool left_transparent =
      spec.transparent_colour && (spec.colour_type == 0 || spec.colour_type == 3);
  EXPECT_NEAR(red(4), left_transparent ? 255 : half_transparent ? 128 : 0, 8);
  EXPECT_NEAR(red(155), 255, 8);
  if (spec.interlaced) {
    coopkit::testing::PngSpec plain = spec;
    plain.interlaced = false;
    EXPECT_TRUE(image == Rendered(plain)) << "an interlaced PNG prints as the plain one";
  }
}

// A phone photo with each EXIF orientation, drawn into a box of its seen
// size: the colour of each corner of the rendered page says where each
// stored quadrant went (red top left, green top right, blue bottom left,
// yellow bottom right when stored).
TEST_F(PdfWriterTest, PhotosAreDrawnUprightWhateverTheirExifOrientation) {
  enum Colour { kRed, kGreen, kBlue, kYellow };
  // The colours seen at the top left, top right, bottom left, bottom right.
  const std::array<std::array<Colour, 4>, 9> seen = {{
      {},
      {kRed, kGreen, kBlue, kYellow},
      {kGreen, kRed, kYellow, kBlue},
      {kYellow, kBlue, kGreen, kRed},
      {kBlue, kYellow, kRed, kGreen},
      {kRed, kBlue, kGreen, kYellow},
      {kBlue, kRed, kYellow, kGreen},
      {kYellow, kGreen, kBlue, kRed},
      {kGreen, kYellow, kRed, kBlue},
  }};
  for (int orientation = 1; orientation <= 8; ++orientation) {
    const std::string jpeg = dir_.File("photo-" + std::to_string(orientation) + ".jpg");
    std::string error;
    ASSERT_TRUE(
        WriteFileAtomically(jpeg,
                            coopkit::testing::QuadrantJpegBytes(
                                120, 80, {coopkit::testing::ExifOrientationSegment(orientation)}),
                            &error))
        << error;
    // The box is the photo as seen: on its side for 5 to 8.
    const float width = orientation >= 5 ? 80 : 120, height = orientation >= 5 ? 120 : 80;
    page::LaidOutDocument document;
    page::Page page;
    page.width = width;
    page.height = height;
    page.images = {{0, 0, width, height, jpeg, orientation}};
    document.pages = {page};
    std::string bytes;
    ASSERT_TRUE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error)) << error;
    const std::string path = dir_.File("photo.pdf");
    ASSERT_TRUE(WriteFileAtomically(path, bytes, &error)) << error;
    const std::string image = Tool("pdftoppm -r 72 " + ShellQuote(path));
    int w = 0, h = 0, max_value = 0, header_length = 0;
    ASSERT_EQ(std::sscanf(image.c_str(), "P6 %d %d %d%n", &w, &h, &max_value, &header_length), 3);
    auto colour_at = [&](int x, int y) {
      const size_t at = static_cast<size_t>(header_length + 1 + (y * w + x) * 3);
      const int r = static_cast<unsigned char>(image.at(at)) > 128;
      const int g = static_cast<unsigned char>(image.at(at + 1)) > 128;
      const int b = static_cast<unsigned char>(image.at(at + 2)) > 128;
      return r && g && !b ? kYellow : r && !g && !b ? kRed : !r && g && !b ? kGreen : kBlue;
    };
    const int margin = 8;
    const std::array<Colour, 4> corners = {colour_at(margin, margin), colour_at(w - margin, margin),
                                           colour_at(margin, h - margin),
                                           colour_at(w - margin, h - margin)};
    EXPECT_EQ(corners, seen[orientation]) << "orientation " << orientation;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryColourTypeAndDepth, PngVariantTest,
                         ::testing::ValuesIn(AllPngVariants()),
                         [](const auto& info) { return info.param.name; });

TEST_F(PdfImageTest, JpegMetadataStaysOutOfThePdf) {
  const std::string exif = std::string("Exif\0\0MM\x00\x2A", 10) + "GPS 46.58N 0.34E";
  const std::string xmp = "http://ns.adobe.com/xap/1.0/\0<dc:subject>Noa Fictif</dc:subject>";
  const std::string jpeg = coopkit::testing::JpegBytes(
      64, 48,
      {{"\xE0", std::string("JFIF\0\x01\x02\x00\x00\x01\x00\x01\x00\x00", 14)},
       {"\xE1", exif},
       {"\xE1", xmp},
       {"\xED", "Photoshop 3.0\0008BIM IPTC Lieu secret"},
       {"\xFE", "commentaire prive"},
       {"\xE2", std::string("ICC_PROFILE\0\x01\x01", 14) + "profil"},
       {"\xEE", std::string("Adobe\0\x64\x00\x00\x00\x00\x01", 12)}},
      "trailer after the end");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(jpeg_, jpeg, &error)) << error;
  page::LaidOutDocument document = SampleDocument();
  document.pages[0].images = {{60, 300, 64, 48, jpeg_}};
  std::string bytes;
  ASSERT_TRUE(PdfWriter(ReproducibleOptions()).Write(document, &bytes, &error)) << error;
  for (const char* metadata : {"Exif", "GPS 46.58N", "Noa Fictif", "ns.adobe.com", "Photoshop",
                               "Lieu secret", "commentaire", "trailer after"})
    EXPECT_EQ(bytes.find(metadata), std::string::npos) << metadata;
  for (const char* kept : {"JFIF", "ICC_PROFILE", "Adobe"})
    EXPECT_NE(bytes.find(kept), std::string::npos) << kept;
  const std::string path = dir_.File("metadata.pdf");
  ASSERT_TRUE(WriteFileAtomically(path, bytes, &error)) << error;
  std::vector<std::vector<std::string>> rows = ImageRows(ShellQuote(path));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][8], "jpeg");
  Tool("pdftoppm -r 72 " + ShellQuote(path) + " >/dev/null");
}

PdfOptions PdfaOptions() {
  PdfOptions options = ReproducibleOptions();
  options.pdfa = true;
  return options;
}

// The object that `object` refers to as `key N 0 R`; empty when none.
std::string Referred(const QdfFile& qdf, const std::string& object, const std::string& key) {
  size_t at = object.find(key + " ");
  int number;
  if (at == std::string::npos || std::sscanf(object.c_str() + at + key.size(), " %d", &number) != 1)
    return {};
  auto found = qdf.objects.find(number);
  return found == qdf.objects.end() ? std::string() : found->second;
}

TEST_F(PdfImageTest, PdfaHasXmpAnOutputIntentAndNoTransparency) {
  std::string pdf = WriteToFile(WithImages(), PdfaOptions());
  std::string report = Tool("qpdf --check " + pdf);
  EXPECT_NE(report.find("No syntax or stream encoding errors"), std::string::npos) << report;
  QdfFile qdf = Qdf(pdf);

  std::vector<std::string> catalogs = qdf.With("/Type /Catalog");
  ASSERT_EQ(catalogs.size(), 1u);
  const std::string metadata = Referred(qdf, catalogs[0], "/Metadata");
  EXPECT_NE(metadata.find("/Subtype /XML"), std::string::npos) << metadata;
  EXPECT_NE(metadata.find("/Type /Metadata"), std::string::npos) << metadata;
  EXPECT_NE(metadata.find("<pdfaid:part>1</pdfaid:part>"), std::string::npos) << metadata;
  EXPECT_NE(metadata.find("<pdfaid:conformance>B</pdfaid:conformance>"), std::string::npos);
  // The Info dictionary's fields again, as libharu holds them (UTF-8).
  EXPECT_NE(metadata.find(">Coopérer : un moyen technique ?<"), std::string::npos) << metadata;
  EXPECT_NE(metadata.find("<xmp:CreatorTool>coopkit 9.8.7</xmp:CreatorTool>"), std::string::npos);
  EXPECT_NE(metadata.find("<pdf:Producer>Haru Free PDF Library 2.3.0</pdf:Producer>"),
            std::string::npos);

  std::vector<std::string> intents = qdf.With("/Type /OutputIntent");
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_NE(intents[0].find("/S /GTS_PDFA1"), std::string::npos) << intents[0];
  const std::string profile = Referred(qdf, intents[0], "/DestOutputProfile");
  EXPECT_NE(profile.find("/N 3"), std::string::npos) << profile;
  EXPECT_NE(profile.find("stream"), std::string::npos) << profile;
  int profile_object = 0;
  std::sscanf(intents[0].c_str() + intents[0].find("/DestOutputProfile"), "/DestOutputProfile %d",
              &profile_object);
  std::string error;
  std::optional<std::string> icc = ReadFile(kSrgbProfile, &error);
  ASSERT_TRUE(icc) << error;
  // The object numbers are the QDF file's.
  const std::string qdf_file = ShellQuote(dir_.File("out.qdf"));
  Tool("qpdf --qdf --object-streams=disable " + pdf + " " + qdf_file);
  EXPECT_TRUE(Tool("qpdf --show-object=" + std::to_string(profile_object) +
                   " --filtered-stream-data " + qdf_file) == *icc);

  EXPECT_TRUE(qdf.With("/SMask").empty());
  for (const auto& row : ImageRows(pdf)) EXPECT_NE(row[2], "smask");
  for (const std::string& link : qdf.With("/Subtype /Link"))
    EXPECT_NE(link.find("/F 4"), std::string::npos) << link;
}

TEST_F(PdfImageTest, WithoutPdfaImagesKeepTheirTransparencyAndNoXmpIsAdded) {
  QdfFile qdf = Qdf(WriteToFile(WithImages()));
  EXPECT_FALSE(qdf.With("/SMask").empty());
  EXPECT_TRUE(qdf.With("/Type /Metadata").empty());
  EXPECT_TRUE(qdf.With("/Type /OutputIntent").empty());
  EXPECT_TRUE(qdf.With("/ID [").empty());
}

// Transparent pixels come out white, not black: flattened onto the paper.
TEST_F(PdfWriterTest, PdfaFlattensATransparentImageOntoWhite) {
  const std::string png = dir_.File("clear.png");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(
      png, coopkit::testing::PngBytes({.width = 8, .height = 8, .alpha = true}), &error));
  page::LaidOutDocument document;
  document.pages = {A5Page()};
  document.pages[0].images = {{0, 0, kA5Width, kA5Height, png}};
  const std::string pdf = WriteToFile(document, PdfaOptions());
  const std::string flattened = Tool("pdftoppm -r 9 " + pdf);
  const std::string blended = Tool("pdftoppm -r 9 " + WriteToFile(document));
  // The same picture on white paper either way, to a rounding: the same
  // P6 header, then each byte within 3.
  ASSERT_EQ(flattened.size(), blended.size());
  ASSERT_GT(flattened.size(), 100u);
  int largest_difference = 0;
  for (size_t i = 20; i < flattened.size(); ++i)
    largest_difference =
        std::max(largest_difference, std::abs(static_cast<unsigned char>(flattened[i]) -
                                              static_cast<unsigned char>(blended[i])));
  EXPECT_LE(largest_difference, 3);
}

TEST_F(PdfWriterTest, PdfaIdComesFromTheContentSoRebuildsAreByteIdentical) {
  page::LaidOutDocument document = SampleDocument();
  std::string first, second, changed, error;
  ASSERT_TRUE(PdfWriter(PdfaOptions()).Write(document, &first, &error)) << error;
  ASSERT_TRUE(PdfWriter(PdfaOptions()).Write(document, &second, &error)) << error;
  document.pages[1].runs[0].text = "Annexe 2";
  ASSERT_TRUE(PdfWriter(PdfaOptions()).Write(document, &changed, &error)) << error;
  EXPECT_TRUE(first == second);
  auto id = [](const std::string& pdf) {
    size_t at = pdf.rfind("/ID [");
    return at == std::string::npos ? std::string() : pdf.substr(at, pdf.find(']', at) - at);
  };
  EXPECT_FALSE(id(first).empty());
  EXPECT_NE(id(first), id(changed));
}

TEST_F(PdfWriterTest, PdfaWithoutItsColourProfileIsReported) {
  PdfOptions options = PdfaOptions();
  options.srgb_profile = dir_.File("missing.icc");
  std::string bytes, error;
  EXPECT_FALSE(PdfWriter(options).Write(SampleDocument(), &bytes, &error));
  EXPECT_NE(error.find("missing.icc"), std::string::npos) << error;
  EXPECT_NE(error.find("icc-profiles-free"), std::string::npos) << error;
}

// The four numbers of the box `name` in a page object's text; empty when absent.
std::vector<float> BoxOf(const std::string& page, const std::string& name) {
  size_t at = page.find(name + " [");
  std::vector<float> box(4);
  if (at == std::string::npos || std::sscanf(page.c_str() + at + name.size(), " [ %f %f %f %f ]",
                                             &box[0], &box[1], &box[2], &box[3]) != 4)
    return {};
  return box;
}

TEST_F(PdfWriterTest, APageWithPrintMarksHasItsTrimAndBleedBoxes) {
  page::LaidOutDocument document = SampleDocument();
  document.pages[0].width += 40;
  document.pages[0].height += 40;
  document.pages[0].trim_inset = 20;
  document.pages[0].bleed = 8;
  QdfFile qdf = Qdf(WriteToFile(document));
  ASSERT_EQ(qdf.pages.size(), 2u);
  const std::string& marked = qdf.objects[qdf.pages[0]];
  EXPECT_EQ(BoxOf(marked, "/MediaBox"), (std::vector<float>{0, 0, kA5Width + 40, kA5Height + 40}));
  EXPECT_EQ(BoxOf(marked, "/TrimBox"), (std::vector<float>{20, 20, kA5Width + 20, kA5Height + 20}))
      << marked;
  EXPECT_EQ(BoxOf(marked, "/BleedBox"), (std::vector<float>{12, 12, kA5Width + 28, kA5Height + 28}))
      << marked;
  const std::string& plain = qdf.objects[qdf.pages[1]];
  EXPECT_TRUE(BoxOf(plain, "/TrimBox").empty()) << plain;
  EXPECT_TRUE(BoxOf(plain, "/BleedBox").empty()) << plain;
}

}  // namespace
}  // namespace coopkit::pdf
