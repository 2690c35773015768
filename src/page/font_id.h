#pragma once

namespace coopkit::page {

/// A face of a laid-out document: an index into LaidOutDocument::font_files.
using FontId = int;

}  // namespace coopkit::page
