// A JPEG file without what it says about the photo rather than how to
// decode it. libharu embeds a JPEG's bytes as they are, so a phone photo's
// EXIF (its GPS position, the phone's serial number), XMP and IPTC (names of
// the people shown, keywords), comments and whatever follows the end marker
// would all be in the PDF. Kept: the frame, scans, tables, restart intervals,
// and the segments decoders read: APP0 JFIF, APP2 ICC profile, APP14 Adobe
// (the colour transform of CMYK files).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopkit {

/// The bytes of `jpeg` with every metadata segment left out; nullopt when
/// its segments cannot be followed to the end marker.
std::optional<std::string> JpegWithoutMetadata(std::string_view jpeg);

}  // namespace coopkit
