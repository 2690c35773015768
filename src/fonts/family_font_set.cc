#include "fonts/family_font_set.h"

#include <algorithm>
#include <cassert>
#include <cstdio>

#include "base/utf8.h"

namespace coopkit::fonts {
namespace {

// "U+2011 ‑, U+202F" — the character itself when it is visible.
std::string DescribeCharacters(const std::u32string& characters) {
  std::string out;
  for (char32_t cp : characters) {
    if (!out.empty()) out += ", ";
    out += DescribeCodePoint(cp);
  }
  return out;
}

std::u32string MissingCharacters(const FontMetrics& metrics, std::u32string_view characters) {
  std::u32string missing;
  for (char32_t cp : characters) {
    if (cp >= 0x20 && !metrics.HasGlyph(cp) && missing.find(cp) == std::u32string::npos)
      missing.push_back(cp);
  }
  return missing;
}

const FontFamily& Family(const FontFamilies& families, FontRole role) {
  switch (role) {
    case FontRole::kBody:
      return families.body;
    case FontRole::kHeading:
      return families.heading;
    case FontRole::kMono:
      return families.mono;
  }
  assert(false && "unknown font role");
  return families.body;
}

}  // namespace

int FamilyFontSet::Slot(FontStyle style) {
  return static_cast<int>(style.role) * kStylesPerRole + (style.bold ? 1 : 0) +
         (style.italic ? 2 : 0);
}

std::unique_ptr<FamilyFontSet> FamilyFontSet::Load(const FontFamilies& families,
                                                   const FontLocator& locator,
                                                   const SourceLocation& where,
                                                   DiagnosticList* diagnostics) {
  std::unique_ptr<FamilyFontSet> set(new FamilyFontSet);
  bool complete = true;
  for (FontRole role : {FontRole::kBody, FontRole::kHeading, FontRole::kMono}) {
    for (bool italic : {false, true}) {
      for (bool bold : {false, true}) {
        const FontStyle style{role, bold, italic};
        const FaceRequest request{Family(families, role).name, bold, italic};
        std::optional<std::string> path;
        if (role == FontRole::kMono && italic) {
          path = locator.Find(request);
          if (!path) {
            set->slot_faces_[Slot(style)] = set->slot_faces_[Slot({role, bold, false})];
            continue;
          }
        } else {
          path = locator.Locate(request, where, diagnostics);
        }
        if (!path) {
          complete = false;
          continue;
        }
        auto known = std::ranges::find(set->faces_, *path, &TrueTypeFont::path);
        if (known != set->faces_.end()) {
          set->slot_faces_[Slot(style)] = static_cast<page::FontId>(known - set->faces_.begin());
          continue;
        }
        std::string error;
        auto font = TrueTypeFont::Load(*path, &error);
        if (!font) {
          diagnostics->Error(where, error);
          complete = false;
          continue;
        }
        set->slot_faces_[Slot(style)] = static_cast<page::FontId>(set->faces_.size());
        set->faces_.push_back(std::move(font));
      }
    }
  }
  if (!complete) return nullptr;

  for (page::FontId id = 0; id < static_cast<page::FontId>(set->faces_.size()); ++id) {
    const std::u32string missing = MissingCharacters(*set->faces_[id], kFrenchCharacters);
    if (missing.empty()) continue;
    diagnostics->Warning(where,
                         "font " + set->FaceName(id) +
                             " lacks characters French text uses: " + DescribeCharacters(missing),
                         "text using them would print empty boxes; choose a font that has them");
  }
  return set;
}

page::FontId FamilyFontSet::Face(FontStyle style) const { return slot_faces_[Slot(style)]; }

const FontMetrics& FamilyFontSet::Metrics(page::FontId id) const {
  assert(id >= 0 && id < static_cast<page::FontId>(faces_.size()));
  return *faces_[id];
}

std::vector<std::string> FamilyFontSet::Files() const {
  std::vector<std::string> files;
  for (const auto& face : faces_) files.push_back(face->path());
  return files;
}

std::string FamilyFontSet::FaceName(page::FontId id) const {
  const TrueTypeFont& face = *faces_[id];
  return "'" + face.family_name() + "' (" + StyleName(face.bold(), face.italic()) + ")";
}

}  // namespace coopkit::fonts
