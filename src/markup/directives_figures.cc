// Directives of figures: {chart}, {image} and {qr}.
#include "base/length.h"
#include "markup/chart_reader.h"
#include "markup/markdown_reader_internals.h"

namespace coopkit::markup {

// A bar chart's type is its argument; its bars are children so that the
// data stays in order with the line each came from.
void MarkdownReader::BuildChart(const Directive& directive, doc::Node* parent) {
  std::string type = directive.argument.empty() ? "bar" : directive.argument;
  if (type != "bar") {
    diagnostics_->Error(directive.argument_where, "unknown chart type '" + type + "'",
                        "coopkit draws horizontal bar charts: ```{chart} bar");
    return;
  }
  Origin first = directive.body_origin;
  auto bars = ReadChartBars(directive.body, {source_name_, first.line, first.column}, diagnostics_);
  if (!bars) return;
  if (bars->empty()) {
    diagnostics_->Error(directive.where, "the chart has no bars", kChartBarHint);
    return;
  }
  if (auto max = directive.options.find("max"); max != directive.options.end()) {
    auto number = ParseChartNumber(max->second);
    if (!number || number->second <= 0) {
      diagnostics_->Error(directive.WhereOf("max"),
                          "':max:' must be a number above zero, not '" + max->second + "'");
      return;
    }
    for (const ChartBar& bar : *bars) {
      if (bar.number > number->second) {
        diagnostics_->Error(
            {source_name_, bar.line, first.column},
            "bar '" + bar.label + "' is " + bar.value + ", beyond ':max: " + max->second + "'",
            "raise :max: or leave it out to fit the scale to the data");
        return;
      }
    }
  }
  doc::Node* chart = AppendDirectiveNode(NodeKind::kChart, directive, parent);
  chart->attributes["type"] = type;
  for (const ChartBar& bar : *bars) {
    doc::Node* child = AppendBlock(chart, NodeKind::kText, bar.line, 0);
    child->attributes["label"] = Prose(RemoveBackslashEscapes(bar.label));
    child->attributes["value"] = bar.value;
  }
}

// The path stays as written: only the kit knows the content folder, and it
// checks and resolves the file before layout (see kit/image_resolver.h).
void MarkdownReader::BuildImage(const Directive& directive, doc::Node* parent) {
  if (directive.argument.empty()) {
    diagnostics_->Error(directive.where, "the image directive needs the image's file",
                        "write it as ```{image} photos/atelier.jpg");
    return;
  }
  if (auto width = directive.options.find("width");
      width != directive.options.end() && !ParseRelativeLength(width->second)) {
    diagnostics_->Error(directive.WhereOf("width"),
                        "':width:' must be a length such as 80mm or a share of the column "
                        "such as 60%, not '" +
                            width->second + "'");
    return;
  }
  AppendDirectiveNode(NodeKind::kImage, directive, parent)->attributes["src"] = directive.argument;
}

void MarkdownReader::BuildQrCode(const Directive& directive, doc::Node* parent) {
  if (directive.argument.empty()) {
    diagnostics_->Error(directive.where, "the qr directive needs the text to encode",
                        "write it as ```{qr} https://www.example.org");
    return;
  }
  if (auto size = directive.options.find("size");
      size != directive.options.end() && !ParseLength(size->second)) {
    diagnostics_->Error(directive.WhereOf("size"),
                        "':size:' must be a length such as 22mm, not '" + size->second + "'");
    return;
  }
  if (auto side = directive.options.find("float");
      side != directive.options.end() && side->second != "right") {
    diagnostics_->Error(directive.WhereOf("float"),
                        "':float:' can only be 'right', not '" + side->second + "'",
                        "leave it out to put the code under the text");
    return;
  }
  AppendDirectiveNode(NodeKind::kQrCode, directive, parent)->attributes["data"] =
      directive.argument;
}

}  // namespace coopkit::markup
