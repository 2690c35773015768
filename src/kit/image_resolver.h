// Checks the images a document shows before layout sees them. Markup keeps
// an {image} path as written and layout knows no folders, so the kit, which
// knows the content folder, resolves each kImage node's `src`:
//
//   - the path must stay inside the content folder: absolute paths, paths
//     that climb out with "..", and links that point outside are refused
//     (content/folder_path.h, as for every path the content names);
//   - the file must exist and be a PNG or JPEG that the PDF backend can
//     embed (see base/image_info.h: not cut, not corrupt);
//   - then `src` becomes the file's absolute path and `pixel-width` and
//     `pixel-height` are set, which layout needs to size the image.
//
// Each problem is an error with a hint, where the path was written: at the
// content value that names the image when a template inserted it (report.yaml's
// `file: photos/x.png`), else at the directive's line.
#pragma once

#include <map>
#include <string>

#include "base/diagnostic.h"
#include "content/content_value.h"
#include "document/node.h"

namespace coopkit::kit {

/// Where the content's texts that end like an image file name (.png, .jpg,
/// .jpeg) are written, by text; the first place of each.
using ImageMentions = std::map<std::string, SourceLocation>;

/// The image mentions of `content`, taken before it goes to the template.
ImageMentions FindImageMentions(const content::ContentValue& content);

/// Where each image a document shows is named, by its resolved path (the
/// first place), with the path as written there.
struct ImagePlace {
  SourceLocation where;
  std::string written;
};
using ImagePlaces = std::map<std::string, ImagePlace>;

/// Resolves every kImage node under `root` against `content_dir`. Errors go
/// to `diagnostics` at the mention of the path in `mentions`, or else at
/// `source_name`:line, the line of the node. Returns where each resolved
/// image is named, for messages about it after layout.
ImagePlaces ResolveImages(doc::Node* root, const std::string& content_dir,
                          const std::string& source_name, const ImageMentions& mentions,
                          DiagnosticList* diagnostics);

}  // namespace coopkit::kit
