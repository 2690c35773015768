#include "content/kit_manifest.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "base/file_kind.h"
#include "base/french_date.h"
#include "content/field_reader.h"
#include "content/folder_path.h"
#include "content/yaml_loader.h"

namespace coopkit::content {
namespace {

constexpr const char* kManifestFile = "kit.yaml";

const std::vector<std::string> kPaperNames = {"A4", "A5", "A3", "Letter"};
const std::vector<std::string> kOrientationNames = {"portrait", "landscape"};
const std::vector<std::string> kFormatNames = {"pdf", "trace"};
// What each format's output file names end with.
const std::vector<std::string> kFormatExtensions = {".pdf", ".trace"};
const std::vector<std::string> kFormatTitles = {"PDF", "trace"};
const std::vector<std::string> kScopeNames = {"contribution", "workshop", "forum"};
// What may stand before the organisation's name in « proposé par le CRGE »:
// an article with its space, or an elided one, or nothing.
const std::vector<std::string> kOrganisationArticles = {"le ", "la ", "les ", "l'", "l’", ""};

bool IsDocumentName(const std::string& name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

// Reports `value` unless it names an existing regular file inside `folder`.
void CheckFileInFolder(const std::string& folder, const ContentValue& value, const char* what,
                       DiagnosticList* diagnostics) {
  std::string problem;
  std::optional<std::string> path = PathInsideFolder(folder, value.scalar, &problem);
  if (!path) {
    diagnostics->Error(value.location, problem);
    return;
  }
  struct stat status {};
  if (stat(path->c_str(), &status) != 0) {
    diagnostics->Error(value.location, std::string(what) + " not found: " + *path);
  } else if (std::optional<std::string> special = NotARegularFile(status.st_mode)) {
    diagnostics->Error(value.location,
                       "cannot read " + std::string(what) + " " + *path + ": " + *special);
  }
}

// Reports the second and later uses of one value, e.g. two documents named alike.
class UniquenessCheck {
 public:
  UniquenessCheck(const char* what, DiagnosticList* diagnostics)
      : what_(what), diagnostics_(diagnostics) {}

  void Add(const ContentValue& value) {
    auto [it, inserted] = first_.try_emplace(value.scalar, value.location);
    if (!inserted) {
      diagnostics_->Error(value.location,
                          std::string(what_) + " '" + value.scalar + "' is used twice",
                          "first used at line " + std::to_string(it->second.line));
    }
  }

 private:
  const char* what_;
  DiagnosticList* diagnostics_;
  std::map<std::string, SourceLocation> first_;
};

struct DocumentChecks {
  const KitManifest& manifest;
  UniquenessCheck names;
  UniquenessCheck outputs;
  DiagnosticList* diagnostics;
};

DocumentSpec ReadDocument(const ContentValue& value, DocumentChecks* checks, bool* enabled) {
  DiagnosticList* diagnostics = checks->diagnostics;
  const KitManifest& manifest = checks->manifest;
  DocumentSpec spec;
  spec.location = value.location;
  FieldReader doc(value, "document", diagnostics);

  if (const ContentValue* name = doc.Required("name", ValueKind::kScalar)) {
    spec.name = name->scalar;
    if (IsDocumentName(spec.name)) {
      checks->names.Add(*name);
    } else {
      diagnostics->Error(name->location, "document name '" + spec.name + "' is not allowed",
                         "use lower-case letters, digits and '-', e.g. guide-animateur");
    }
  }
  spec.title = doc.RequiredText("title");
  if (const ContentValue* file = doc.Required("template", ValueKind::kScalar)) {
    spec.template_file = file->scalar;
    CheckFileInFolder(manifest.templates_dir, *file, "template", diagnostics);
  }
  std::string scope = doc.Choice("scope", kScopeNames, "contribution");
  spec.scope = static_cast<DocumentScope>(std::find(kScopeNames.begin(), kScopeNames.end(), scope) -
                                          kScopeNames.begin());
  for (const ContentValue* file : doc.RequiredTextList("content")) {
    spec.content_files.push_back(file->scalar);
    if (file->scalar != kProgrammeContentFile)
      CheckFileInFolder(manifest.content_dir, *file, "content file", diagnostics);
    else if (spec.scope != DocumentScope::kForum)
      diagnostics->Error(file->location,
                         std::string(kProgrammeContentFile) +
                             " is the forum's programme, which `build --batch` writes: only a "
                             "document of `scope: forum` reads it",
                         "add `scope: forum` to this document, or name another content file");
  }
  std::string format = doc.Choice("format", kFormatNames, "pdf");
  spec.format = static_cast<OutputFormat>(
      std::find(kFormatNames.begin(), kFormatNames.end(), format) - kFormatNames.begin());
  if (const ContentValue* output = doc.Required("output", ValueKind::kScalar)) {
    spec.output = output->scalar;
    const std::string& extension = kFormatExtensions[static_cast<int>(spec.format)];
    if (!spec.output.ends_with(extension) || spec.output.find('/') != std::string::npos ||
        spec.output.size() == extension.size()) {
      diagnostics->Error(output->location,
                         "output '" + spec.output + "' is not a " +
                             kFormatTitles[static_cast<int>(spec.format)] + " file name",
                         "write a file name ending in " + extension + ", e.g. " +
                             (spec.name.empty() ? "guide" : spec.name) + extension);
    } else {
      checks->outputs.Add(*output);
    }
  }
  std::string paper = doc.Choice("paper", kPaperNames, "A4");
  spec.paper = static_cast<Paper>(std::find(kPaperNames.begin(), kPaperNames.end(), paper) -
                                  kPaperNames.begin());
  std::string orientation = doc.Choice("orientation", kOrientationNames, "portrait");
  spec.orientation = orientation == "landscape" ? Orientation::kLandscape : Orientation::kPortrait;
  if (const ContentValue* theme = doc.Optional("theme", ValueKind::kMap))
    spec.theme_overrides = *theme;
  spec.draft = doc.OptionalBoolean("draft", false);
  spec.booklet = doc.OptionalBoolean("booklet", false);
  if (spec.booklet && (spec.paper != Paper::kA5 || spec.orientation != Orientation::kPortrait)) {
    diagnostics->Error(doc.Optional("booklet", ValueKind::kScalar)->location,
                       std::string("a booklet is made of A5 portrait pages, two on each side of "
                                   "an A4 sheet; this document is ") +
                           PaperName(spec.paper) + " " + OrientationName(spec.orientation),
                       "write `paper: A5` and `orientation: portrait`, or remove `booklet: true`");
  }
  if (const ContentValue* pdfa = doc.Optional("pdfa", ValueKind::kScalar)) {
    spec.pdfa = doc.OptionalBoolean("pdfa", false);
    if (spec.pdfa && spec.format != OutputFormat::kPdf)
      diagnostics->Error(
          pdfa->location,
          "'pdfa' is for a PDF, not a " + std::string(FormatName(spec.format)) + " file",
          "remove `pdfa: true`, or `format:` for a PDF");
  }
  spec.print_marks = doc.OptionalBoolean("print_marks", false);
  if (spec.print_marks && spec.booklet)
    diagnostics->Error(doc.Optional("print_marks", ValueKind::kScalar)->location,
                       "a document with print marks cannot also be a booklet: its pages, "
                       "enlarged by the bleed, are larger than half a sheet",
                       "keep `booklet: true` for the office printer, or `print_marks: true` for "
                       "a print shop, which imposes the pages itself");
  *enabled = doc.OptionalBoolean("enabled", true);
  doc.RejectUnknownKeys();
  return spec;
}

}  // namespace

const char* PaperName(Paper paper) { return kPaperNames[static_cast<int>(paper)].c_str(); }

const char* FormatName(OutputFormat format) {
  return kFormatNames[static_cast<int>(format)].c_str();
}

std::string BookletOutput(const std::string& output) {
  const size_t dot = output.rfind('.');
  return output.substr(0, dot) + "-livret" + (dot == std::string::npos ? "" : output.substr(dot));
}

const char* OrientationName(Orientation orientation) {
  return kOrientationNames[static_cast<int>(orientation)].c_str();
}

const char* ScopeName(DocumentScope scope) { return kScopeNames[static_cast<int>(scope)].c_str(); }

std::string KitManifest::PathOf(const std::string& name) const {
  auto elsewhere = files_elsewhere.find(name);
  if (elsewhere != files_elsewhere.end()) return elsewhere->second;
  return (std::filesystem::path(content_dir) / name).string();
}

std::optional<KitManifest> LoadKitManifest(const std::string& content_dir,
                                           const std::string& templates_dir,
                                           DiagnosticList* diagnostics) {
  size_t errors_before = diagnostics->ErrorCount();
  YamlLoader loader(content_dir, diagnostics);
  std::optional<ContentValue> root = loader.Load(kManifestFile);
  if (!root) return std::nullopt;

  KitManifest manifest;
  manifest.content_dir = content_dir;
  manifest.templates_dir = templates_dir;
  manifest.file = (std::filesystem::path(content_dir) / kManifestFile).lexically_normal().string();
  FieldReader top(*root, manifest.file, diagnostics);
  if (const ContentValue* kit = top.Required("kit", ValueKind::kMap)) {
    manifest.kit = *kit;
    FieldReader kit_fields(*kit, "kit", diagnostics);
    manifest.title = kit_fields.RequiredText("title");
    if (const ContentValue* theme = kit_fields.Optional("theme", ValueKind::kScalar)) {
      manifest.theme_file = theme->scalar;
      CheckFileInFolder(content_dir, *theme, "theme file", diagnostics);
    }
    if (const ContentValue* updated = kit_fields.Optional("updated", ValueKind::kScalar)) {
      if (!ParseIsoDate(updated->scalar)) {
        diagnostics->Error(updated->location, "'updated' is not a valid date",
                           "write it as YYYY-MM-DD, e.g. 2026-11-26");
      }
    }
    kit_fields.OptionalText("keywords");
    if (const ContentValue* article =
            kit_fields.Optional("organisation_article", ValueKind::kScalar)) {
      if (std::find(kOrganisationArticles.begin(), kOrganisationArticles.end(), article->scalar) ==
          kOrganisationArticles.end()) {
        diagnostics->Error(article->location,
                           "'organisation_article' is not an article before a name",
                           "write \"le \", \"la \" or \"les \" with their space, \"l'\" "
                           "without one, or \"\" for none");
      }
    }
    kit_fields.RejectUnknownKeys();
  }
  if (const ContentValue* documents = top.Required("documents", ValueKind::kList)) {
    if (documents->items.empty())
      diagnostics->Error(documents->location, "the kit has no documents");
    DocumentChecks checks{
        manifest, {"document name", diagnostics}, {"output", diagnostics}, diagnostics};
    for (const ContentValue& item : documents->items) {
      bool enabled = true;
      DocumentSpec spec = ReadDocument(item, &checks, &enabled);
      (enabled ? manifest.documents : manifest.switched_off).push_back(std::move(spec));
    }
    if (!documents->items.empty() && manifest.documents.empty())
      diagnostics->Error(documents->location, "every document of the kit is switched off",
                         "remove `enabled: false` from the documents to build");
  }
  top.RejectUnknownKeys();
  if (diagnostics->ErrorCount() > errors_before) return std::nullopt;
  return manifest;
}

}  // namespace coopkit::content
