#include "kit/image_resolver.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "base/file_io.h"
#include "base/image_info.h"
#include "base/spelling_hint.h"
#include "content/folder_path.h"

namespace coopkit::kit {
namespace {

namespace fs = std::filesystem;

constexpr char kRelativeHint[] =
    "images are taken from the content folder: write the path from there, e.g. "
    "photos/atelier.jpg";

/// The names of the files beside `file`, for a "did you mean" hint.
std::vector<std::string> SiblingNames(const fs::path& file) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(file.parent_path(), ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  return names;
}

bool NamesAnImage(std::string_view text) {
  auto ends_with = [&](std::string_view extension) {
    return text.size() >= extension.size() &&
           std::equal(extension.rbegin(), extension.rend(), text.rbegin(), [](char a, char b) {
             return a == std::tolower(static_cast<unsigned char>(b));
           });
  };
  return ends_with(".png") || ends_with(".jpg") || ends_with(".jpeg");
}

void CollectMentions(const content::ContentValue& value, ImageMentions* mentions) {
  if (value.IsScalar() && NamesAnImage(value.scalar))
    mentions->emplace(value.scalar, value.location);
  for (const content::ContentValue& item : value.items) CollectMentions(item, mentions);
  for (const content::MapEntry& entry : value.entries) CollectMentions(entry.value, mentions);
}

void ResolveImage(doc::Node* image, const std::string& content_dir, const std::string& source_name,
                  const ImageMentions& mentions, ImagePlaces* places, DiagnosticList* diagnostics) {
  const std::string written = image->Attribute("src");
  auto mention = mentions.find(written);
  SourceLocation where = mention != mentions.end()
                             ? mention->second
                             : SourceLocation{source_name, image->source_line, 1};
  std::string problem;
  std::optional<std::string> inside = content::PathInsideFolder(content_dir, written, &problem);
  if (!inside) {
    diagnostics->Error(where, "image " + problem, kRelativeHint);
    return;
  }
  std::error_code ec;
  fs::path file(*inside);
  if (!fs::exists(file, ec)) {  // one that is not a file is refused by ReadFile()
    std::string hint = DidYouMean(file.filename().string(), SiblingNames(file));
    diagnostics->Error(where, "image '" + written + "' is not in the content folder",
                       hint.empty() ? kRelativeHint : hint);
    return;
  }
  fs::path real = fs::canonical(file, ec);  // layout is given an absolute path
  std::optional<std::string> bytes = ReadFile(real.string(), &problem);
  if (!bytes) {
    diagnostics->Error(where, "cannot read image '" + written + "': " + problem);
    return;
  }
  std::optional<ImageInfo> info = ReadImageInfo(*bytes, &problem);
  if (!info) {
    diagnostics->Error(where, "image '" + written + "' " + problem,
                       "coopkit prints PNG and JPEG files; open the file in an image editor and "
                       "save it again");
    return;
  }
  image->attributes["src"] = real.string();
  places->try_emplace(real.string(), ImagePlace{where, written});
  // Layout sizes the picture as it is seen: a photo taken upright by a
  // phone held sideways is stored on its side.
  image->attributes["pixel-width"] = std::to_string(info->SeenWidth());
  image->attributes["pixel-height"] = std::to_string(info->SeenHeight());
  if (info->orientation != 1) image->attributes["orientation"] = std::to_string(info->orientation);
}

void ResolveUnder(doc::Node* node, const std::string& content_dir, const std::string& source_name,
                  const ImageMentions& mentions, ImagePlaces* places, DiagnosticList* diagnostics) {
  if (node->kind == doc::NodeKind::kImage)
    ResolveImage(node, content_dir, source_name, mentions, places, diagnostics);
  for (auto& child : node->children)
    ResolveUnder(child.get(), content_dir, source_name, mentions, places, diagnostics);
}

}  // namespace

ImageMentions FindImageMentions(const content::ContentValue& content) {
  ImageMentions mentions;
  CollectMentions(content, &mentions);
  return mentions;
}

ImagePlaces ResolveImages(doc::Node* root, const std::string& content_dir,
                          const std::string& source_name, const ImageMentions& mentions,
                          DiagnosticList* diagnostics) {
  ImagePlaces places;
  ResolveUnder(root, content_dir, source_name, mentions, &places, diagnostics);
  return places;
}

}  // namespace coopkit::kit
