// Fuzzes `coopkit import` on an export as anyone's editor may have saved it:
// DecodeExportText, ParseContributionExport and EventContentYaml. Whatever
// the input, the YAML written must read back through the kit's own loader,
// with the title it was given.
#include <yaml-cpp/yaml.h>

#include <cstdlib>

#include "content/yaml_loader.h"
#include "forum_import/contribution_export.h"
#include "forum_import/event_content.h"
#include "forum_import/export_text.h"
#include "tests/fuzz/fuzz_support.h"

using namespace coopkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  DiagnosticList diagnostics;
  std::optional<std::string> text = forum_import::DecodeExportText(
      std::string(fuzz::AsText(data, size)), "export.txt", &diagnostics);
  if (!text) return 0;
  std::optional<forum_import::ContributionExport> contribution =
      forum_import::ParseContributionExport(*text, "export.txt", forum_import::KnownExportLabels(),
                                            &diagnostics);
  if (!contribution) return 0;
  const std::string yaml =
      forum_import::EventContentYaml(*contribution, "export.txt", &diagnostics);

  DiagnosticList loading;
  std::optional<content::ContentValue> loaded =
      content::YamlLoader(".", &loading).Parse(yaml, "event.yaml");
  if (!loaded || loading.HasErrors()) {
    // The kit's loader may refuse a value over its size limit, never YAML
    // that import wrote.
    for (const Diagnostic& d : loading.items())
      if (d.message.find("at most") == std::string::npos) std::abort();
    return 0;
  }
  const content::ContentValue* event = loaded->Find("event");
  if (!event || !event->Find("title") || event->Find("title")->scalar != contribution->title)
    std::abort();
  return 0;
}
