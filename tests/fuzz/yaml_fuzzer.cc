// Fuzzes a content file as the kit reads it: YamlLoader (positions,
// duplicate keys, UTF-8, `!markdown`), its schema, the rules of events,
// evaluations, legal forms, reports and resources, TODO marks and the
// participants' privacy. The input's first byte chooses the file it replaces
// in a copy of the shipped content ('a' event.yaml, 'b' guide.yaml... 'h'
// schemas/event.yaml...: see kRoles); the rest is that file's text.
#include <iterator>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "content/content_files.h"
#include "content/content_set.h"
#include "models/kit_models.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace coopkit;

struct Role {
  const char* written_as;    // the file the input replaces
  const char* content_file;  // the content file the document reads
};

constexpr Role kRoles[] = {
    {"event.yaml", "event.yaml"},
    {"guide.yaml", "guide.yaml"},
    {"evaluation.yaml", "evaluation.yaml"},
    {"legal-forms.yaml", "legal-forms.yaml"},
    {"report.yaml", "report.yaml"},
    {"resources.yaml", "resources.yaml"},
    {"unchecked.yaml", "unchecked.yaml"},  // no schema
    {"schemas/event.yaml", "event.yaml"},
    {"schemas/guide.yaml", "guide.yaml"},
    {"schemas/evaluation.yaml", "evaluation.yaml"},
    {"schemas/legal-forms.yaml", "legal-forms.yaml"},
    {"schemas/report.yaml", "report.yaml"},
    {"schemas/resources.yaml", "resources.yaml"},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const fuzz::WorkFolder folder({"content"});
  const Role& role = kRoles[static_cast<uint8_t>(data[0] - 'a') % std::size(kRoles)];
  const std::string replaced = std::string("content/") + role.written_as;
  std::string unreadable;  // unchecked.yaml, which the kit does not ship
  const std::string shipped = ReadFile(folder.Path(replaced), &unreadable).value_or("");
  folder.Write(replaced, std::string(fuzz::AsText(data + 1, size - 1)));

  content::KitManifest manifest;
  manifest.content_dir = folder.Path("content");
  manifest.templates_dir = fuzz::ShippedPath("templates");
  content::DocumentSpec document;
  document.name = "fuzz";
  document.content_files = {role.content_file};
  // As KitBuilder: every file read and checked once, then the document's set.
  DiagnosticList diagnostics;
  content::ContentFiles files = content::ContentFiles::Load(manifest, {&document}, &diagnostics);
  files.TodoMarks();
  files.ParticipantSecrets();
  content::LoadContentSet(manifest, document, &files, models::KitModels(), &diagnostics);

  folder.Write(replaced, shipped);
  return 0;
}
