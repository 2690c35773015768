#include "kit/theme_loader.h"

#include <charconv>
#include <cstdlib>
#include <functional>
#include <string>
#include <utility>

#include "content/field_reader.h"

namespace coopkit::kit {
namespace {

using content::ContentValue;
using content::FieldReader;
using content::ValueKind;

constexpr float kMaxRatio = 10;  // a line height of ten font sizes is already absurd

struct PaperSize {
  float width, height;  // portrait, in points
};

PaperSize SizeOf(content::Paper paper) {
  switch (paper) {
    case content::Paper::kA3:
      return {841.89f, 1190.55f};
    case content::Paper::kA4:
      return {595.28f, 841.89f};
    case content::Paper::kA5:
      return {419.53f, 595.28f};
    case content::Paper::kLetter:
      return {612.0f, 792.0f};
  }
  return {595.28f, 841.89f};
}

// Reads the optional fields of one theme section into `theme`, reporting
// malformed values at their position.
class SectionReader {
 public:
  SectionReader(const ContentValue& map, std::string what, DiagnosticList* diagnostics)
      : fields_(map, std::move(what), diagnostics), diagnostics_(diagnostics) {}

  void Length(std::string_view key, float* out) {
    Read(key, "a length such as 20mm or 10pt", [&](std::string_view text) {
      auto value = ParseLength(text);
      if (value) *out = *value;
      return value.has_value();
    });
  }
  // A ratio to the font size, such as the line height: strtof also reads
  // "nan" and "inf", which the comparison lets through.
  void Number(std::string_view key, float* out) {
    Read(key, "a number above 0 and at most 10", [&](std::string_view text) {
      char* end = nullptr;
      std::string copy(text);
      float value = std::strtof(copy.c_str(), &end);
      if (end == copy.c_str() || *end != '\0' || !(value > 0 && value <= kMaxRatio)) return false;
      *out = value;
      return true;
    });
  }
  void Colour(std::string_view key, page::Color* out) {
    Read(key, "a colour written #RRGGBB", [&](std::string_view text) {
      auto value = ParseColor(text);
      if (value) *out = *value;
      return value.has_value();
    });
  }
  void Flag(std::string_view key, bool* out) {
    const ContentValue* v = fields_.Optional(key, ValueKind::kScalar);
    if (!v) return;
    if (auto b = v->Boolean()) {
      *out = *b;
    } else {
      diagnostics_->Error(v->location, "'" + std::string(key) + "' must be true or false");
    }
  }
  void Text(std::string_view key, std::string* out) { *out = fields_.OptionalText(key, *out); }
  const ContentValue* Section(std::string_view key) {
    return fields_.Optional(key, ValueKind::kMap);
  }
  void Finish() { fields_.RejectUnknownKeys(); }

 private:
  void Read(std::string_view key, const char* expected,
            const std::function<bool(std::string_view)>& parse) {
    const ContentValue* v = fields_.Optional(key, ValueKind::kScalar);
    if (v && !parse(v->scalar)) {
      diagnostics_->Error(v->location, "'" + std::string(key) + "' must be " + expected +
                                           ", not '" + v->scalar + "'");
    }
  }

  FieldReader fields_;
  DiagnosticList* diagnostics_;
};

}  // namespace

std::optional<page::Color> ParseColor(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  unsigned rgb = 0;
  auto [end, ec] = std::from_chars(text.data() + 1, text.data() + 7, rgb, 16);
  if (ec != std::errc() || end != text.data() + 7) return std::nullopt;
  return page::Color{((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f,
                     (rgb & 0xFF) / 255.0f};
}

void ApplyPaper(content::Paper paper, content::Orientation orientation, layout::Theme* theme) {
  PaperSize size = SizeOf(paper);
  bool landscape = orientation == content::Orientation::kLandscape;
  theme->page.width = landscape ? size.height : size.width;
  theme->page.height = landscape ? size.width : size.height;
}

void ApplyTheme(const ContentValue& theme_map, layout::Theme* theme, DiagnosticList* diagnostics) {
  if (theme_map.IsNull()) return;
  SectionReader top(theme_map, "theme", diagnostics);
  if (const ContentValue* page = top.Section("page")) {
    SectionReader r(*page, "theme.page", diagnostics);
    r.Length("bleed", &theme->page.bleed);
    if (const ContentValue* margins = r.Section("margins")) {
      SectionReader m(*margins, "theme.page.margins", diagnostics);
      m.Length("top", &theme->page.margin_top);
      m.Length("bottom", &theme->page.margin_bottom);
      m.Length("inner", &theme->page.margin_inner);
      m.Length("outer", &theme->page.margin_outer);
      m.Finish();
    }
    r.Finish();
  }
  if (const ContentValue* fonts = top.Section("fonts")) {
    theme->fonts_location = theme_map.FindEntry("fonts")->key_location;
    SectionReader r(*fonts, "theme.fonts", diagnostics);
    r.Text("body", &theme->fonts.body.name);
    r.Text("heading", &theme->fonts.heading.name);
    r.Text("mono", &theme->fonts.mono.name);
    r.Finish();
  }
  if (const ContentValue* sizes = top.Section("sizes")) {
    SectionReader r(*sizes, "theme.sizes", diagnostics);
    r.Length("body", &theme->body_size);
    r.Length("h1", &theme->heading_sizes[0]);
    r.Length("h2", &theme->heading_sizes[1]);
    r.Length("h3", &theme->heading_sizes[2]);
    r.Length("small", &theme->small_size);
    r.Length("code", &theme->code_size);
    r.Length("cover_title", &theme->cover_title_size);
    r.Finish();
  }
  if (const ContentValue* spacing = top.Section("spacing")) {
    SectionReader r(*spacing, "theme.spacing", diagnostics);
    r.Number("line_height", &theme->line_height);
    r.Length("paragraph", &theme->paragraph_spacing);
    r.Length("list_indent", &theme->list_indent);
    r.Length("callout_padding", &theme->callout_padding);
    r.Finish();
  }
  if (const ContentValue* words = top.Section("words")) {
    SectionReader r(*words, "theme.words", diagnostics);
    r.Text("table_of_contents", &theme->words.table_of_contents);
    r.Text("continued", &theme->words.continued);
    r.Text("page_number", &theme->words.page_number);
    r.Finish();
    const ContentValue* page_number = words->Find("page_number");
    if (page_number && page_number->scalar.find("{page}") == std::string::npos)
      diagnostics->Error(page_number->location, "'page_number' has no {page}",
                         "write where the number goes, e.g. \"page {page} / {pages}\"");
  }
  if (const ContentValue* colours = top.Section("colours")) {
    SectionReader r(*colours, "theme.colours", diagnostics);
    r.Colour("text", &theme->text);
    r.Colour("heading", &theme->heading);
    r.Colour("accent", &theme->accent);
    r.Colour("muted", &theme->muted);
    r.Colour("link", &theme->link);
    r.Colour("callout_background", &theme->callout_background);
    r.Colour("callout_rule", &theme->callout_rule);
    r.Colour("cover_background", &theme->cover_background);
    r.Colour("cover_text", &theme->cover_text);
    r.Colour("chart_bar", &theme->chart_bar);
    r.Colour("chart_axis", &theme->chart_axis);
    r.Colour("badge_background", &theme->badge_background);
    r.Colour("badge_text", &theme->badge_text);
    r.Finish();
  }
  if (const ContentValue* text = top.Section("text")) {
    SectionReader r(*text, "theme.text", diagnostics);
    r.Flag("justify", &theme->justify);
    r.Flag("hyphenate", &theme->hyphenate);
    r.Text("hyphenation_dictionary", &theme->hyphenation_dictionary);
    if (const ContentValue* dictionary = text->Find("hyphenation_dictionary"))
      theme->hyphenation_location = dictionary->location;
    r.Finish();
  }
  if (const ContentValue* table = top.Section("table")) {
    SectionReader r(*table, "theme.table", diagnostics);
    r.Length("font_size", &theme->table.font_size);
    r.Length("cell_padding", &theme->table.cell_padding);
    r.Length("border_width", &theme->table.border_width);
    r.Colour("border", &theme->table.border);
    r.Colour("header_background", &theme->table.header_background);
    r.Colour("header_text", &theme->table.header_text);
    r.Colour("zebra_background", &theme->table.zebra_background);
    r.Length("min_column_width", &theme->table.min_column_width);
    r.Finish();
  }
  top.Finish();
}

}  // namespace coopkit::kit
