#include "fonts/family_font_set.h"

#include <algorithm>
#include <cassert>
#include <cstdio>

#include "base/utf8.h"

namespace coopkit::fonts {
namespace {

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
  // A family whose files cannot be embedded is refused once, not once a style.
  DiagnosticList missing;
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
          path = locator.Locate(request, where, &missing);
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
  diagnostics->Append(missing);
  if (!complete) return nullptr;
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
