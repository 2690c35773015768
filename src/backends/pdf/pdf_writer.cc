#include "backends/pdf/pdf_writer.h"

#include <hpdf.h>
#include <unistd.h>

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <numbers>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "backends/pdf/font_subsetter.h"
#include "backends/pdf/haru_patches.h"
#include "backends/pdf/image_orientation.h"
#include "backends/pdf/xmp_packet.h"
#include "base/content_hash.h"
#include "base/file_io.h"
#include "base/image_info.h"
#include "base/interrupt_cleanup.h"
#include "base/jpeg_metadata.h"
#include "base/percent_encoding.h"
#include "base/png_pixels.h"
#include "base/string_file.h"
#include "base/utf8.h"
#include "base/writable_file.h"
#include "fonts/truetype_check.h"

namespace coopkit::pdf {
namespace {

using page::Color;
using page::LaidOutDocument;
using page::Page;

// The characters drawn with each font file, and the space, sorted.
std::map<std::string, std::vector<char32_t>> CodePointsByFontFile(
    const page::LaidOutDocument& document) {
  std::map<std::string, std::set<char32_t>> sets;
  for (const page::Page& page : document.pages) {
    for (const page::GlyphRun& run : page.runs) {
      std::set<char32_t>& code_points = sets[document.font_files[run.font]];
      code_points.insert(U' ');
      for (size_t pos = 0; pos < run.text.size();) code_points.insert(DecodeUtf8(run.text, &pos));
    }
  }
  std::map<std::string, std::vector<char32_t>> lists;
  for (const auto& [file, code_points] : sets) {
    lists[file].assign(code_points.begin(), code_points.end());
  }
  return lists;
}

void RemoveTemporaryFile(const std::string& path) {
  std::remove(path.c_str());
  InterruptCleanup::Forget(path);
}

// Writes `bytes` to a new private file in $TMPDIR (or /tmp) and returns its
// path, or nullopt when that fails. The file is removed if the run is
// interrupted; RemoveTemporaryFile() removes it otherwise.
std::optional<std::string> WriteTemporaryFile(std::string_view bytes, std::string* error) {
  const char* tmpdir = std::getenv("TMPDIR");
  const std::string folder = tmpdir && *tmpdir ? tmpdir : "/tmp";
  int fd = -1;
  std::string path = InterruptCleanup::CreateTracked([&] {
    std::string name = folder + "/coopkit-font-XXXXXX";
    fd = mkstemp(name.data());
    return fd < 0 ? std::string() : name;
  });
  if (fd < 0) {
    *error = "cannot create a file in " + folder + ": " + std::strerror(errno);
    return std::nullopt;
  }
  size_t written = 0;
  int write_error = 0;
  while (written < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      write_error = n < 0 ? errno : ENOSPC;
      break;
    }
    written += static_cast<size_t>(n);
  }
  if (close(fd) != 0 && write_error == 0) write_error = errno;
  if (write_error == 0) return path;
  RemoveTemporaryFile(path);
  *error = "cannot write " + path + ": " + std::strerror(write_error);
  return std::nullopt;
}

HPDF_Date UtcDate(int64_t epoch_seconds) {
  std::time_t time = static_cast<std::time_t>(epoch_seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  // '+' with a zero offset rather than 'Z', which libharu's PDF/A mode rejects.
  return HPDF_Date{.year = utc.tm_year + 1900,
                   .month = utc.tm_mon + 1,
                   .day = utc.tm_mday,
                   .hour = utc.tm_hour,
                   .minutes = utc.tm_min,
                   .seconds = utc.tm_sec,
                   .ind = '+',
                   .off_hour = 0,
                   .off_minutes = 0};
}

// The bytes that `hex` (pairs of hexadecimal digits) spells.
std::string BytesOfHex(const std::string& hex) {
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return bytes;
}

// What a page's content stream has set so far, so that each colour, width
// and font is only written when it changes.
struct GraphicsState {
  std::optional<page::Color> fill;
  std::optional<page::Color> stroke;
  std::optional<float> line_width;
  HPDF_Font font = nullptr;
  float font_size = 0;
};

// One PDF being built. Every step is a no-op once an error is recorded; the
// first error is the one reported.
class PdfBuild {
 public:
  PdfBuild(page::LaidOutDocument document, const PdfOptions& options);
  ~PdfBuild();
  PdfBuild(const PdfBuild&) = delete;
  PdfBuild& operator=(const PdfBuild&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  void Configure();
  void AddPages();
  /// Draws page `index`, then lets go of its drawings.
  void DrawPage(size_t index);
  void AddOutline();
  void SetMetadata();
  /// Adds what PDF/A-1b asks for beyond the drawing (after SetMetadata()).
  void MakePdfa();
  void SaveTo(WritableFile* out);
  /// True when the error came from the file being written, not the document.
  bool output_failed() const { return output_failed_; }

 private:
  static void OnHaruError(HPDF_STATUS error, HPDF_STATUS detail, void* build);
  void Fail(std::string message);
  /// False (recording an error if libharu did not) when a libharu call
  /// returned no object.
  bool Created(const void* handle);

  HPDF_Font Font(page::FontId id);
  std::optional<std::string> SubsetFontFile(const std::string& file, std::string_view bytes,
                                            const std::vector<char32_t>& code_points);
  HPDF_Image Image(const std::string& file);
  HPDF_Image PngImage(const std::string& file, std::string_view bytes);
  HPDF_Image JpegImage(const std::string& file, std::string_view bytes);
  HPDF_Destination DestinationAt(int page, float y);
  void SetFill(HPDF_Page page, const page::Color& color, GraphicsState* state);
  void DrawImages(HPDF_Page page, const page::Page& source);
  void DrawShapes(HPDF_Page page, const page::Page& source, GraphicsState* state);
  void DrawGrids(HPDF_Page page, const page::Page& source, const GraphicsState& state);
  void DrawText(HPDF_Page page, const page::Page& source, GraphicsState* state);
  void AddLinks(HPDF_Page page, const page::Page& source);
  void AddOutputIntent();

  page::LaidOutDocument document_;
  const PdfOptions& options_;
  HPDF_Doc pdf_ = nullptr;
  std::string step_;  // what is being done, for error messages
  std::string error_;
  bool output_failed_ = false;
  std::vector<HPDF_Page> pages_;
  std::vector<HPDF_Font> fonts_;  // by FontId, loaded on first use
  std::map<std::string, HPDF_Font> fonts_by_file_;
  std::map<std::string, std::vector<char32_t>> code_points_by_font_file_;
  // Subset fonts handed to libharu, which reads them again at save.
  std::vector<std::string> temporary_font_files_;
  std::map<std::string, HPDF_Image> images_by_file_;                // each embedded once
  std::map<std::pair<int, float>, HPDF_Destination> destinations_;  // by page and y
  std::string page_fingerprints_;  // of each page's operators, for a PDF/A's /ID
  int64_t date_ = 0;               // the creation and modification date written
};

PdfBuild::PdfBuild(page::LaidOutDocument document, const PdfOptions& options)
    : document_(std::move(document)),
      options_(options),
      fonts_(document_.font_files.size(), nullptr),
      code_points_by_font_file_(CodePointsByFontFile(document_)) {
  step_ = "creating the document";
  pdf_ = HPDF_New(&PdfBuild::OnHaruError, this);
  if (!pdf_) Fail("libharu could not create a document (out of memory?)");
}

PdfBuild::~PdfBuild() {
  HPDF_Free(pdf_);
  for (const std::string& path : temporary_font_files_) RemoveTemporaryFile(path);
}

void PdfBuild::OnHaruError(HPDF_STATUS error, HPDF_STATUS detail, void* build) {
  char code[64];
  std::snprintf(code, sizeof code, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(error),
                static_cast<unsigned>(detail));
  auto* self = static_cast<PdfBuild*>(build);
  self->Fail(code + (" while " + self->step_));
}

void PdfBuild::Fail(std::string message) {
  if (ok()) error_ = std::move(message);
}

bool PdfBuild::Created(const void* handle) {
  if (!handle) Fail("libharu returned nothing while " + step_);
  return handle != nullptr && ok();
}

void PdfBuild::Configure() {
  if (!ok()) return;
  step_ = "setting up UTF-8 text and compression";
  HPDF_UseUTFEncodings(pdf_);
  HPDF_SetCurrentEncoder(pdf_, "UTF-8");
  HPDF_SetCompressionMode(pdf_, options_.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
  if (!document_.outline.empty()) HPDF_SetPageMode(pdf_, HPDF_PAGE_MODE_USE_OUTLINE);
}

// All pages exist before any is drawn, so that links can point forward.
void PdfBuild::AddPages() {
  for (const page::Page& source : document_.pages) {
    if (!ok()) return;
    step_ = "adding page " + std::to_string(pages_.size() + 1);
    HPDF_Page page = HPDF_AddPage(pdf_);
    if (!Created(page)) return;
    HPDF_Page_SetWidth(page, source.width);
    HPDF_Page_SetHeight(page, source.height);
    if (source.trim_inset > 0) {
      const float trim = source.trim_inset, bleed = source.trim_inset - source.bleed;
      if (!haru::SetPageBox(page, "TrimBox",
                            {trim, trim, source.width - trim, source.height - trim}) ||
          !haru::SetPageBox(page, "BleedBox",
                            {bleed, bleed, source.width - bleed, source.height - bleed})) {
        Fail("libharu failed while " + step_);
        return;
      }
    }
    pages_.push_back(page);
  }
}

HPDF_Font PdfBuild::Font(page::FontId id) {
  assert(id >= 0 && static_cast<size_t>(id) < fonts_.size());
  if (fonts_[id]) return fonts_[id];
  const std::string& file = document_.font_files[id];
  if (auto loaded = fonts_by_file_.find(file); loaded != fonts_by_file_.end()) {
    return fonts_[id] = loaded->second;
  }

  std::string problem;
  std::optional<std::string> bytes = ReadFile(file, &problem);
  if (!bytes) {
    Fail("cannot read font file " + file + ": " + problem);
    return nullptr;
  }
  if (!fonts::CheckTrueTypeFont(*bytes, &problem)) {
    Fail("font file " + file + " " + problem);
    return nullptr;
  }
  std::string previous_step = std::exchange(step_, "loading font " + file);
  const std::vector<char32_t>& code_points = code_points_by_font_file_[file];
  const std::optional<std::string> subset_file = SubsetFontFile(file, *bytes, code_points);
  if (!subset_file) return nullptr;
  const char* name = HPDF_LoadTTFontFromFile(pdf_, subset_file->c_str(), HPDF_TRUE);
  if (!Created(name)) return nullptr;
  haru::FlattenGlyphLookup(HPDF_GetFontDef(pdf_, name), code_points);
  HPDF_Font font = HPDF_GetFont(pdf_, name, "UTF-8");
  if (!Created(font)) return nullptr;
  if (!haru::UseIdentityToUnicodeMap(font) ||
      (!code_points.empty() && !haru::ShortenGlyphMap(font, code_points.back()))) {
    Fail("libharu's font has no ToUnicode or glyph map while " + step_);
    return nullptr;
  }
  step_ = std::move(previous_step);
  fonts_by_file_[file] = font;
  return fonts_[id] = font;
}

// A temporary file holding `bytes` (the font `file`) cut down to
// `code_points`; nullopt after Fail(). libharu only ever reads a subset:
// HarfBuzz rebuilds its tables from the ones it could read, and libharu's
// own parser overflows its buffers and leaks on damaged tables.
std::optional<std::string> PdfBuild::SubsetFontFile(const std::string& file, std::string_view bytes,
                                                    const std::vector<char32_t>& code_points) {
  std::string problem;
  std::optional<std::string> subset = SubsetTrueType(bytes, code_points, &problem);
  if (!subset) {
    Fail("font file " + file + " is damaged and cannot be embedded: " + problem);
    return std::nullopt;
  }
  std::optional<std::string> path = WriteTemporaryFile(*subset, &problem);
  if (!path) {
    output_failed_ = true;
    Fail("no temporary copy of font file " + file + ": " + problem);
    return std::nullopt;
  }
  temporary_font_files_.push_back(*path);
  return *path;
}

// Images are checked before libharu reads them (it embeds a cut JPEG
// without a word), and libharu is given only what the PDF needs: a PNG's
// decoded pixels, never the file (its PNG loader crashes on some valid
// ones), and a JPEG without its metadata.
HPDF_Image PdfBuild::Image(const std::string& file) {
  if (auto loaded = images_by_file_.find(file); loaded != images_by_file_.end())
    return loaded->second;
  std::string problem;
  std::optional<std::string> bytes = ReadFile(file, &problem);
  if (!bytes) {
    Fail("cannot read image file " + file + ": " + problem);
    return nullptr;
  }
  std::optional<ImageInfo> info = ReadImageInfo(*bytes, &problem);
  if (!info) {
    Fail("image file " + file + " " + problem);
    return nullptr;
  }
  std::string previous_step = std::exchange(step_, "loading image " + file);
  HPDF_Image image =
      info->format == ImageFormat::kPng ? PngImage(file, *bytes) : JpegImage(file, *bytes);
  if (!Created(image)) return nullptr;
  step_ = std::move(previous_step);
  return images_by_file_[file] = image;
}

HPDF_Image PdfBuild::PngImage(const std::string& file, std::string_view bytes) {
  PngPixels pixels;
  std::string problem;
  if (!DecodePngPixels(bytes, &pixels, &problem)) {
    Fail("image file " + file + " " + problem);
    return nullptr;
  }
  if (options_.pdfa) FlattenOntoWhite(&pixels);
  const auto width = static_cast<HPDF_UINT>(pixels.width);
  const auto height = static_cast<HPDF_UINT>(pixels.height);
  HPDF_Image image =
      HPDF_LoadRawImageFromMem(pdf_, pixels.colour.data(), width, height,
                               pixels.grey ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB, 8);
  if (!Created(image)) return nullptr;
  if (pixels.alpha.empty()) return image;
  HPDF_Image mask =
      HPDF_LoadRawImageFromMem(pdf_, pixels.alpha.data(), width, height, HPDF_CS_DEVICE_GRAY, 8);
  if (!Created(mask)) return nullptr;
  HPDF_Image_AddSMask(image, mask);
  return image;
}

HPDF_Image PdfBuild::JpegImage(const std::string& file, std::string_view bytes) {
  std::optional<std::string> stripped = JpegWithoutMetadata(bytes);
  if (!stripped) {
    Fail("image file " + file + " is damaged: its JPEG segments cannot be followed to its end");
    return nullptr;
  }
  return HPDF_LoadJpegImageFromMem(pdf_, reinterpret_cast<const HPDF_BYTE*>(stripped->data()),
                                   static_cast<HPDF_UINT>(stripped->size()));
}

// One destination per place, shared by every link and bookmark to it (an
// index's links all lead to the entries' headings): libharu makes each one
// an object of its own, which may be referred to many times.
HPDF_Destination PdfBuild::DestinationAt(int page, float y) {
  assert(page >= 0 && static_cast<size_t>(page) < pages_.size());
  auto [known, added] = destinations_.try_emplace({page, y}, nullptr);
  if (!added) return known->second;
  HPDF_Destination destination = HPDF_Page_CreateDestination(pages_[page]);
  if (!Created(destination)) return nullptr;
  // libharu refuses a zoom of 0 ("keep the reader's zoom").
  HPDF_Destination_SetXYZ(destination, 0, document_.pages[page].height - y, 1);
  if (!ok()) return nullptr;
  return known->second = destination;
}

void PdfBuild::SetFill(HPDF_Page page, const page::Color& color, GraphicsState* state) {
  if (state->fill == color) return;
  HPDF_Page_SetRGBFill(page, color.r, color.g, color.b);
  state->fill = color;
}

void PdfBuild::DrawPage(size_t index) {
  if (!ok()) return;
  step_ = "drawing page " + std::to_string(index + 1);
  page::Page& source = document_.pages[index];
  GraphicsState state;
  DrawImages(pages_[index], source);
  DrawShapes(pages_[index], source, &state);
  DrawGrids(pages_[index], source, state);
  DrawText(pages_[index], source, &state);
  AddLinks(pages_[index], source);
  if (options_.pdfa && ok()) page_fingerprints_ += HashOf(haru::PageOperators(pages_[index]));
  if (options_.compress && ok()) haru::DeflatePageContents(pages_[index]);
  // libharu holds the page now; only its size is still needed (links to it).
  source = page::Page{.width = source.width, .height = source.height};
}

void PdfBuild::DrawImages(HPDF_Page page, const page::Page& source) {
  for (const page::PlacedImage& placed : source.images) {
    HPDF_Image image = Image(placed.path);
    if (!ok()) return;
    const float x = placed.x, y = source.height - placed.y - placed.height;
    if (placed.orientation == 1) {
      HPDF_Page_DrawImage(page, image, x, y, placed.width, placed.height);
      continue;
    }
    const ImageMatrix m =
        OrientedImageMatrix(placed.orientation, x, y, placed.width, placed.height);
    HPDF_Page_GSave(page);
    HPDF_Page_Concat(page, m.a, m.b, m.c, m.d, m.e, m.f);
    HPDF_Page_ExecuteXObject(page, image);
    HPDF_Page_GRestore(page);
  }
}

void PdfBuild::DrawShapes(HPDF_Page page, const page::Page& source, GraphicsState* state) {
  for (const page::FilledRect& rect : source.rects) {
    if (!ok()) return;
    SetFill(page, rect.color, state);
    HPDF_Page_Rectangle(page, rect.x, source.height - rect.y - rect.height, rect.width,
                        rect.height);
    HPDF_Page_Fill(page);
  }
  for (const page::StrokedLine& line : source.lines) {
    if (!ok()) return;
    if (state->stroke != line.color) {
      HPDF_Page_SetRGBStroke(page, line.color.r, line.color.g, line.color.b);
      state->stroke = line.color;
    }
    if (state->line_width != line.width) {
      HPDF_Page_SetLineWidth(page, line.width);
      state->line_width = line.width;
    }
    HPDF_Page_MoveTo(page, line.x1, source.height - line.y1);
    HPDF_Page_LineTo(page, line.x2, source.height - line.y2);
    HPDF_Page_Stroke(page);
  }
}

// Each grid in its own coordinate system, one unit per cell and y growing
// downwards, so that a run is written as `column row length 1 re`.
void PdfBuild::DrawGrids(HPDF_Page page, const page::Page& source, const GraphicsState& state) {
  for (const page::CellGrid& grid : source.grids) {
    if (!ok()) return;
    HPDF_Page_GSave(page);
    HPDF_Page_Concat(page, grid.cell, 0, 0, -grid.cell, grid.x, source.height - grid.y);
    GraphicsState inside = state;  // put back by GRestore
    SetFill(page, grid.color, &inside);
    for (const page::CellGrid::Run& run : grid.runs) {
      HPDF_Page_Rectangle(page, static_cast<float>(run.column), static_cast<float>(run.row),
                          static_cast<float>(run.length), 1);
      HPDF_Page_Fill(page);
    }
    HPDF_Page_GRestore(page);
  }
}

void PdfBuild::DrawText(HPDF_Page page, const page::Page& source, GraphicsState* state) {
  if (source.runs.empty() || !ok()) return;
  HPDF_Page_BeginText(page);
  for (const page::GlyphRun& run : source.runs) {
    HPDF_Font font = Font(run.font);
    if (!ok()) return;
    if (font != state->font || run.size != state->font_size) {
      HPDF_Page_SetFontAndSize(page, font, run.size);
      state->font = font;
      state->font_size = run.size;
    }
    SetFill(page, run.color, state);
    if (run.angle == 0) {
      HPDF_Page_TextOut(page, run.x, source.height - run.y, run.text.c_str());
      continue;
    }
    // A rotated run has its own text matrix; the identity is put back so
    // that the next TextOut positions from the page's origin again.
    const float radians = run.angle * std::numbers::pi_v<float> / 180;
    const float cos = std::cos(radians), sin = std::sin(radians);
    HPDF_Page_SetTextMatrix(page, cos, sin, -sin, cos, run.x, source.height - run.y);
    HPDF_Page_ShowText(page, run.text.c_str());
    HPDF_Page_SetTextMatrix(page, 1, 0, 0, 1, 0, 0);
  }
  HPDF_Page_EndText(page);
}

void PdfBuild::AddLinks(HPDF_Page page, const page::Page& source) {
  for (const page::LinkArea& link : source.links) {
    if (!ok()) return;
    HPDF_Rect area{link.x, source.height - link.y - link.height, link.x + link.width,
                   source.height - link.y};
    HPDF_Annotation annotation;
    if (!link.uri.empty()) {
      annotation =
          HPDF_Page_CreateURILinkAnnot(page, area, PercentEncodedAddress(link.uri).c_str());
    } else {
      HPDF_Destination destination = DestinationAt(link.target_page, link.target_y);
      if (!destination) return;
      annotation = HPDF_Page_CreateLinkAnnot(page, area, destination);
    }
    if (!Created(annotation)) return;
    HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0);
    if (options_.pdfa && !haru::MarkPrintable(annotation)) Fail("libharu failed while " + step_);
  }
}

void PdfBuild::AddOutline() {
  if (!ok()) return;
  step_ = "adding bookmarks";
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf_, "UTF-8");
  if (!Created(utf8)) return;
  // The entries the next one may nest under, with their levels, outermost first.
  std::vector<std::pair<int, HPDF_Outline>> ancestors;
  for (const page::OutlineEntry& entry : document_.outline) {
    assert(entry.level >= 1 && entry.level <= 3);
    while (!ancestors.empty() && ancestors.back().first >= entry.level) ancestors.pop_back();
    HPDF_Outline parent = ancestors.empty() ? nullptr : ancestors.back().second;
    HPDF_Outline outline = HPDF_CreateOutline(pdf_, parent, entry.title.c_str(), utf8);
    if (!Created(outline)) return;
    HPDF_Destination destination = DestinationAt(entry.page, entry.y);
    if (!destination) return;
    HPDF_Outline_SetDestination(outline, destination);
    if (entry.level == 1) HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    ancestors.emplace_back(entry.level, outline);
  }
}

void PdfBuild::SetMetadata() {
  if (!ok()) return;
  step_ = "setting the metadata";
  const doc::DocumentInfo& info = document_.info;
  const std::pair<HPDF_InfoType, std::string> texts[] = {
      {HPDF_INFO_TITLE, info.title},
      {HPDF_INFO_AUTHOR, info.author},
      {HPDF_INFO_SUBJECT, info.subject},
      {HPDF_INFO_KEYWORDS, info.keywords},
      {HPDF_INFO_CREATOR, options_.version.empty() ? "coopkit" : "coopkit " + options_.version},
  };
  for (const auto& [field, text] : texts) {
    if (!text.empty()) HPDF_SetInfoAttr(pdf_, field, text.c_str());
  }
  date_ = options_.source_date_epoch.value_or(std::time(nullptr));
  HPDF_Date date = UtcDate(date_);
  HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_MOD_DATE, date);

  if (!info.language.empty() && ok()) {
    step_ = "setting the document language";
    if (!haru::SetCatalogLanguage(pdf_, info.language)) Fail("libharu failed while " + step_);
  }
}

// The Info dictionary's fields are read back from libharu, so that the XMP
// packet says exactly what they say; the /ID is a fingerprint of that packet
// and of every page's operators.
void PdfBuild::MakePdfa() {
  if (!options_.pdfa || !ok()) return;
  step_ = "adding the PDF/A metadata";
  auto field = [&](HPDF_InfoType type) {
    const char* value = HPDF_GetInfoAttr(pdf_, type);
    return std::string(value ? value : "");
  };
  const std::string xmp = PdfaXmpPacket({.title = field(HPDF_INFO_TITLE),
                                         .author = field(HPDF_INFO_AUTHOR),
                                         .subject = field(HPDF_INFO_SUBJECT),
                                         .keywords = field(HPDF_INFO_KEYWORDS),
                                         .creator_tool = field(HPDF_INFO_CREATOR),
                                         .producer = field(HPDF_INFO_PRODUCER),
                                         .date = date_});
  if (!haru::SetXmpMetadata(pdf_, xmp) ||
      !haru::SetDocumentId(pdf_, BytesOfHex(HashOf(xmp + page_fingerprints_)))) {
    Fail("libharu failed while " + step_);
    return;
  }
  AddOutputIntent();
}

// The profile is checked first: libharu embeds any file as one.
void PdfBuild::AddOutputIntent() {
  step_ = "adding the sRGB output intent";
  const std::string& path = options_.srgb_profile;
  std::string problem;
  std::optional<std::string> profile = ReadFile(path, &problem);
  if (!profile || profile->size() < 128 || profile->compare(36, 4, "acsp") != 0) {
    Fail("PDF/A needs the sRGB colour profile " + path + ", which " +
         (profile ? "is not an ICC profile" : "cannot be read: " + problem) +
         " (Debian's icc-profiles-free installs it)");
    return;
  }
  HPDF_OutputIntent icc = HPDF_LoadIccProfileFromFile(pdf_, path.c_str(), 3);
  if (!Created(icc)) return;
  HPDF_PDFA_AppendOutputIntents(pdf_, "sRGB IEC61966-2.1", icc);
}

// Where libharu's callback stream sends the bytes of the file, and the first
// error of the disk behind it.
struct FileSink {
  WritableFile* file;
  std::string error;
};

HPDF_STATUS AppendToSink(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
  auto* sink = static_cast<FileSink*>(stream->attr);
  std::string_view chunk(reinterpret_cast<const char*>(bytes), size);
  // libharu goes on writing after a failed write: the first error stays.
  if (!sink->error.empty() || !sink->file->Append(chunk, &sink->error)) return HPDF_FILE_IO_ERROR;
  return HPDF_OK;
}

// Keeps the whole file in memory, for checks and tests.
// Each chunk of the file goes to `out` as libharu makes it, and a disk error
// stops the writing at once.
void PdfBuild::SaveTo(WritableFile* out) {
  if (!ok()) return;
  step_ = "writing the file";
  FileSink sink{out, {}};
  haru::SaveThroughCallback(pdf_, &AppendToSink, &sink);
  if (!sink.error.empty()) {
    error_ = sink.error;  // the disk's own words, not libharu's code for them
    output_failed_ = true;
  }
}

}  // namespace

bool PdfWriter::Write(page::LaidOutDocument document, std::string* pdf_bytes,
                      std::string* error) const {
  std::string bytes;
  StringFile file(&bytes);
  if (!Write(std::move(document), &file, error)) return false;
  *pdf_bytes = std::move(bytes);
  return true;
}

bool PdfWriter::Write(page::LaidOutDocument document, WritableFile* out, std::string* error,
                      bool* output_failed) const {
  const size_t page_count = document.pages.size();
  PdfBuild build(std::move(document), options_);
  build.Configure();
  build.AddPages();
  for (size_t i = 0; i < page_count; ++i) build.DrawPage(i);
  build.AddOutline();
  build.SetMetadata();
  build.MakePdfa();
  build.SaveTo(out);
  if (output_failed) *output_failed = build.output_failed();
  if (!build.ok()) *error = build.error();
  return build.ok();
}

}  // namespace coopkit::pdf
