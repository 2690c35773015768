#include "backends/trace/trace_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace coopkit::trace {
namespace {

/// A coordinate rounded to 0.1 pt, never "-0.0".
std::string Number(float value) {
  char buffer[32];
  double rounded = std::round(static_cast<double>(value) * 10) / 10;
  if (rounded == 0) rounded = 0;
  std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
  return buffer;
}

std::string Hex(const page::Color& color) {
  auto channel = [](float value) {
    return static_cast<int>(std::lround(std::clamp(value, 0.0f, 1.0f) * 255));
  };
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", channel(color.r), channel(color.g),
                channel(color.b));
  return buffer;
}

/// The text in double quotes, with quotes, backslashes and newlines escaped.
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out + '"';
}

}  // namespace

void TraceWriter::Write(const page::LaidOutDocument& document) {
  out_ << "document pages " << document.pages.size() << " fonts " << document.font_files.size()
       << " title " << Quoted(document.info.title) << '\n';
  for (size_t i = 0; i < document.pages.size(); ++i) {
    WritePage(document.pages[i], static_cast<int>(i) + 1);
  }
  for (const page::OutlineEntry& entry : document.outline) {
    out_ << "outline " << entry.level << " page " << entry.page + 1 << " y " << Number(entry.y)
         << ' ' << Quoted(entry.title) << '\n';
  }
}

void TraceWriter::WritePage(const page::Page& page, int number) {
  out_ << "page " << number << ' ' << Number(page.width) << 'x' << Number(page.height);
  if (page.trim_inset > 0)
    out_ << " trim " << Number(page.trim_inset) << " bleed " << Number(page.bleed);
  out_ << '\n';
  for (const page::PlacedImage& image : page.images) {
    out_ << "image " << Number(image.x) << ' ' << Number(image.y) << ' ' << Number(image.width)
         << ' ' << Number(image.height) << ' ' << Quoted(image.path);
    if (image.orientation != 1) out_ << " orientation " << image.orientation;
    out_ << '\n';
  }
  for (const page::FilledRect& rect : page.rects) {
    out_ << "rect " << Number(rect.x) << ' ' << Number(rect.y) << ' ' << Number(rect.width) << ' '
         << Number(rect.height) << ' ' << Hex(rect.color) << '\n';
  }
  for (const page::CellGrid& grid : page.grids) {
    out_ << "grid " << Number(grid.x) << ' ' << Number(grid.y) << ' ' << Number(grid.cell) << ' '
         << Hex(grid.color);
    for (const page::CellGrid::Run& run : grid.runs)
      out_ << ' ' << run.row << ',' << run.column << '+' << run.length;
    out_ << '\n';
  }
  for (const page::StrokedLine& line : page.lines) {
    out_ << "line " << Number(line.x1) << ' ' << Number(line.y1) << ' ' << Number(line.x2) << ' '
         << Number(line.y2) << " w" << Number(line.width) << ' ' << Hex(line.color) << '\n';
  }
  for (const page::GlyphRun& run : page.runs) {
    out_ << "run " << Number(run.x) << ' ' << Number(run.y) << " f" << run.font << ' '
         << Number(run.size) << ' ' << Hex(run.color) << ' ' << Quoted(run.text);
    if (run.angle != 0) out_ << " angle " << Number(run.angle);
    out_ << '\n';
  }
  for (const page::LinkArea& link : page.links) {
    out_ << "link " << Number(link.x) << ' ' << Number(link.y) << ' ' << Number(link.width) << ' '
         << Number(link.height);
    if (!link.uri.empty()) {
      out_ << " uri " << Quoted(link.uri) << '\n';
    } else {
      out_ << " page " << link.target_page + 1 << " y " << Number(link.target_y) << '\n';
    }
  }
}

}  // namespace coopkit::trace
