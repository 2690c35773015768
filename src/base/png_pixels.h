// A PNG's pixels in the one shape the PDF backend embeds, decoded with
// libpng whatever the file's colour type and bit depth: 8 bits per channel,
// grey or RGB, with an alpha plane when the file has transparency (an alpha
// channel, or a tRNS chunk on any colour type). libharu's own PNG loader
// crashes on some valid files (8-bit RGB with tRNS) and cannot take others;
// it is never given a PNG. Only pixels come out: no text, EXIF or other
// ancillary chunk can reach the PDF.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coopkit {

struct PngPixels {
  int width = 0;  // pixels
  int height = 0;
  bool grey = false;            // one colour byte a pixel, else three (R, G, B)
  std::vector<uint8_t> colour;  // rows top to bottom
  std::vector<uint8_t> alpha;   // one byte a pixel; empty when the image is opaque
};

/// Decodes every row of `bytes`, a PNG whose chunks are whole, into
/// `pixels`; with a null `pixels`, each row is decoded and dropped, through
/// one row of memory (a check). False with `error` set (« is damaged: ... »,
/// a phrase that follows the file's name) when the pixel data ends early,
/// is corrupt, runs past the last row, or libpng warns about it.
bool DecodePngPixels(std::string_view bytes, PngPixels* pixels, std::string* error);

/// Composites `pixels` onto a white background and drops their alpha plane:
/// what a PDF without transparency (PDF/A-1) shows of them.
void FlattenOntoWhite(PngPixels* pixels);

}  // namespace coopkit
