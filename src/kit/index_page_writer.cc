#include "kit/index_page_writer.h"

#include <filesystem>
#include <set>

#include "base/file_io.h"
#include "base/image_info.h"
#include "kit/kit_index_page.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;

// Writes `bytes` to `path` unless it already holds them.
bool WriteIfChanged(const std::string& path, const std::string& bytes, Disk* disk,
                    DiagnosticList* diagnostics) {
  std::string error;
  if (ReadFile(path, &error) == bytes) return true;
  if (!disk->CreateFolders(fs::path(path).parent_path().string(), &error) ||
      !WriteFileAtomically(path, bytes, &error, disk)) {
    diagnostics->Error({path, 0, 0}, error, "the PDFs are in place; the index page is not");
    return false;
  }
  return true;
}

// Removes the pictures of documents no longer in the kit, and those of their
// earlier PDFs.
void RemoveStaleThumbnails(const std::string& out_dir, const std::set<std::string>& kept,
                           Disk* disk) {
  const std::string folder = (fs::path(out_dir) / kThumbnailFolder).string();
  for (const std::string& name : disk->List(folder)) {
    const std::string path = std::string(kThumbnailFolder) + "/" + name;
    if (fs::path(name).extension() == ".png" && !kept.count(path))
      disk->Remove((fs::path(out_dir) / path).string());
  }
}

}  // namespace

std::string ThumbnailPath(const std::string& output, const std::string& output_hash) {
  const std::string stem = fs::path(output).replace_extension().string();
  return (fs::path(kThumbnailFolder) /
          (stem + (output_hash.empty() ? "" : "-" + output_hash.substr(0, 12)) + ".png"))
      .string();
}

bool WriteIndexPage(const IndexPageInputs& inputs, Disk* disk, DiagnosticList* diagnostics) {
  KitIndex index;
  index.title = inputs.title.empty() ? inputs.kit->title : inputs.title;
  if (const content::ContentValue* updated = inputs.kit->kit.Find("updated"))
    index.updated = ParseIsoDate(updated->scalar);
  index.built = UtcDateOf(inputs.built_at);
  index.version = COOPKIT_VERSION;
  index.sources_url = inputs.sources_url;
  index.kits = inputs.kits;

  bool ok = true;
  std::set<std::string> thumbnails;
  for (const content::DocumentSpec& spec : inputs.kit->documents) {
    const ManifestEntry* entry = inputs.built->Find(spec.name);
    const fs::path pdf = fs::path(inputs.out_dir) / spec.output;
    std::error_code unreadable;
    if (!entry || !fs::is_regular_file(pdf, unreadable)) continue;  // never built, or removed
    IndexCard card{.title = spec.title,
                   .href = spec.output,
                   .format = spec.format == content::OutputFormat::kPdf ? "PDF" : "texte",
                   .pages = entry->pages,
                   .bytes = entry->bytes};
    if (spec.format == content::OutputFormat::kPdf) {
      const std::string relative = ThumbnailPath(spec.output, entry->output_hash);
      const std::string path = (fs::path(inputs.out_dir) / relative).string();
      std::string error;
      std::optional<std::string> png;
      if (auto rendered = inputs.thumbnails.find(spec.name); rendered != inputs.thumbnails.end())
        png = rendered->second;
      else if (!(png = ReadFile(path, &error)))
        png = inputs.render_thumbnail(pdf.string(), kThumbnailPixels, &error);
      std::optional<ImageInfo> size =
          png && !png->empty() ? ReadImageInfo(*png, &error) : std::nullopt;
      if (png && png->empty()) {
        // Its build could not render it, and said so.
      } else if (!size) {
        diagnostics->Warning({pdf.string(), 0, 0},
                             "its first page cannot be shown on the index page: " + error);
      } else if (WriteIfChanged(path, *png, disk, diagnostics)) {
        card.thumbnail_href = relative;
        card.thumbnail_width = size->width;
        card.thumbnail_height = size->height;
        thumbnails.insert(relative);
      } else {
        ok = false;
      }
    }
    index.cards.push_back(std::move(card));
  }
  RemoveStaleThumbnails(inputs.out_dir, thumbnails, disk);
  return WriteIfChanged((fs::path(inputs.out_dir) / kIndexPageFileName).string(),
                        KitIndexHtml(index), disk, diagnostics) &&
         ok;
}

}  // namespace coopkit::kit
