// Where coopkit reaches into libharu's internals, and the only place: what
// libharu 2.3.0's public API cannot do, done through the structures that
// hpdf.h exposes in a non-DLL build. Each patch is pinned by a test of
// haru_patches_test.cc that fails when libharu changes under it, and the
// version is checked at compile time: on another libharu, re-read each patch
// against its sources before changing the check.
#pragma once

#include <hpdf.h>

#include <string>
#include <vector>

namespace coopkit::pdf::haru {

/// Replaces the ToUnicode map libharu writes for a UTF-8 TrueType font
/// (with 'begincidrange', which a ToUnicode map may not use) by the right
/// one: the identity over the Basic Multilingual Plane, with 'bfrange'.
/// False when the font has no such map.
bool UseIdentityToUnicodeMap(HPDF_Font font);

/// Cuts the CIDToGIDMap of a UTF-8 TrueType font (all 65,536 codes, 128 kB)
/// after `last_code`, the last character drawn: readers map codes past its
/// end to no glyph. False when the font has no such map.
bool ShortenGlyphMap(HPDF_Font font, char32_t last_code);

/// Replaces the cmap lookup of a TrueType font definition, which libharu
/// walks segment by segment for each of the 65,536 codes HPDF_GetFont asks
/// for, by one segment indexing an array: `code_points` lead to the glyphs
/// the font's own table gives, every other code to none. The embedded font
/// file is not changed. Returns true when the flat table was kept, false
/// when libharu does not read it back as written (the font's own stays).
bool FlattenGlyphLookup(HPDF_FontDef font, const std::vector<char32_t>& code_points);

/// Deflates a finished page's operators now, instead of at the save when
/// every page's are held at once, and marks its stream as already filtered.
/// False (the page left to libharu's own deflating) when that fails.
bool DeflatePageContents(HPDF_Page page);

/// Adds the catalog's /Lang, for which libharu has no setter.
bool SetCatalogLanguage(HPDF_Doc pdf, const std::string& language);

/// The operators drawn on `page` so far, as libharu holds them (before
/// DeflatePageContents()).
std::string PageOperators(HPDF_Page page);

/// Adds `xmp` as the catalog's /Metadata stream, unfiltered as PDF/A-1
/// wants it (/Type /Metadata /Subtype /XML).
bool SetXmpMetadata(HPDF_Doc pdf, const std::string& xmp);

/// Sets the trailer's /ID to `id` twice (a new file: its permanent and its
/// changing identifier are the same), for which libharu has no setter.
bool SetDocumentId(HPDF_Doc pdf, const std::string& id);

/// Sets an annotation's Print flag (/F 4), which PDF/A requires.
bool MarkPrintable(HPDF_Annotation annotation);

/// Sets the page's box `name` ("TrimBox", "BleedBox") to the rectangle
/// from (left, bottom) to (right, top), for which libharu 2.3 has no setter.
bool SetPageBox(HPDF_Page page, const char* name, HPDF_Box box);

/// Saves the document through `write`, called with `data` as its stream's
/// `attr` for each chunk of the file as it is made (HPDF_SaveToStream writes
/// into the document's own stream, a memory stream unless one is set).
/// libharu may go on writing after a chunk `write` refused, and returns
/// HPDF_OK all the same: `write` must remember its own failure.
HPDF_STATUS SaveThroughCallback(HPDF_Doc pdf, HPDF_Stream_Write_Func write, void* data);

}  // namespace coopkit::pdf::haru
