#include "models/report_scaffold.h"

#include <algorithm>
#include <filesystem>

#include "base/pending_file.h"
#include "content/participant_privacy.h"
#include "content/yaml_loader.h"

namespace coopkit::models {
namespace {

constexpr const char* kReportFile = "report.yaml";
constexpr const char* kEventFile = "event.yaml";
constexpr const char* kEvaluationFile = "evaluation.yaml";
constexpr const char* kForumFile = "forum.yaml";

constexpr const char* kHeader =
    "# The report of the workshop (compte rendu), written by `coopkit new report`\n"
    "# from event.yaml and evaluation.yaml. Replace every TODO: `coopkit check`\n"
    "# lists those left, and `coopkit build` refuses the report while any is\n"
    "# left (`coopkit build --draft` prints it marked « BROUILLON » meanwhile).\n"
    "# Dates are written YYYY-MM-DD. The format is in schemas/report.yaml.\n";

// `text` as a double-quoted YAML scalar.
std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' ? std::string("\\n") : std::string(1, c);
  }
  return out + '"';
}

// The text at `path` (keys separated by dots) under `map`, or nullptr.
const content::ContentValue* TextAt(const content::ContentValue& map,
                                    std::initializer_list<std::string_view> path) {
  const content::ContentValue* value = &map;
  for (std::string_view key : path) {
    value = value->Find(key);
    if (!value) return nullptr;
  }
  return value->IsScalar() && !value->scalar.empty() ? value : nullptr;
}

std::string QuotedOr(const content::ContentValue* value, std::string_view todo) {
  return Quoted(value ? value->scalar : todo);
}

void WriteOrganisers(const content::ContentValue& event, std::string* out) {
  *out += "  organisers:\n";
  const content::ContentValue* name = TextAt(event, {"organisation", "name"});
  *out += "    - {name: " + QuotedOr(name, "TODO: structure organisatrice");
  if (const content::ContentValue* acronym = TextAt(event, {"organisation", "acronym"}))
    *out += ", acronym: " + Quoted(acronym->scalar);
  *out += "}\n";
  const content::ContentValue* partners = event.Find("partners");
  if (!partners || !partners->IsList() || partners->items.empty()) {
    *out += "  partners: []\n";
    return;
  }
  *out += "  partners:\n";
  for (const content::ContentValue& partner : partners->items) {
    if (const content::ContentValue* partner_name = TextAt(partner, {"name"}))
      *out += "    - " + Quoted(partner_name->scalar) + "\n";
  }
}

void WriteSections(const content::ContentValue& event, std::string* out) {
  *out += "  # One section per part of the agenda (event.yaml, format.parts).\n";
  *out += "  sections:\n";
  const content::ContentValue* format = event.Find("format");
  const content::ContentValue* parts = format ? format->Find("parts") : nullptr;
  std::vector<const content::ContentValue*> items;
  if (parts && parts->IsList())
    for (const content::ContentValue& part : parts->items) items.push_back(&part);
  if (items.empty()) items.push_back(nullptr);  // one blank section to fill in
  for (const content::ContentValue* part : items) {
    // A part is a text (as `coopkit import` writes them) or a title and a
    // description.
    const content::ContentValue* title = !part              ? nullptr
                                         : part->IsScalar() ? part
                                                            : TextAt(*part, {"title"});
    const content::ContentValue* description =
        part && part->IsMap() ? TextAt(*part, {"description"}) : nullptr;
    *out += "    - title: " + QuotedOr(title, "TODO: titre de la partie") + "\n";
    if (description) *out += "      description: " + Quoted(description->scalar) + "\n";
    *out += "      notes: \"TODO: ce qui a été présenté et discuté\"\n";
    *out += "      key_ideas: [\"TODO: une idée clé\"]\n";
    *out += "      quotes:\n";
    *out +=
        "        - {text: \"TODO: une phrase marquante\", "
        "author: \"TODO: qui l'a dite, avec son accord\"}\n";
  }
}

void WriteEvaluation(const std::vector<EvaluationQuestion>& questions, std::string* out) {
  *out += "  # The evaluation forms' answers, question by question (evaluation.yaml):\n";
  *out += "  # the number of forms for each box, or the written answers copied out.\n";
  *out += "  evaluation:\n";
  if (questions.empty()) {
    *out += "    results: []\n";
    return;
  }
  *out += "    results:\n";
  for (const EvaluationQuestion& q : questions) {
    std::string comment = q.text;
    std::replace(comment.begin(), comment.end(), '\n', ' ');
    *out += "      # " + comment + "\n";
    *out += "      - question: " + Quoted(q.id) + "\n";
    if (q.type == EvaluationQuestion::Type::kOpen) {
      *out += "        answers: [\"TODO: une réponse recopiée\"]\n";
      continue;
    }
    // A scale's counts fit on one line; choices are read better one a line.
    if (q.type == EvaluationQuestion::Type::kScale) {
      *out += "        counts: {";
      for (size_t i = 0; i < q.answers.size(); ++i)
        *out += (i ? ", " : "") + Quoted(q.answers[i].key) + ": TODO";
      *out += "}\n";
    } else {
      *out += "        counts:\n";
      for (const auto& answer : q.answers) *out += "          " + Quoted(answer.key) + ": TODO\n";
    }
  }
}

}  // namespace

std::string ReportScaffold(const content::ContentValue& event, const content::ContentValue& forum,
                           const std::vector<EvaluationQuestion>& questions) {
  std::string out = kHeader;
  out += "report:\n";
  out += "  title: \"Compte rendu de l'atelier\"\n";
  out += "  event: " + QuotedOr(TextAt(event, {"title"}), "TODO: titre de l'atelier") + "\n";
  out +=
      "  date: " + QuotedOr(TextAt(event, {"date"}), "TODO: date de l'atelier (AAAA-MM-JJ)") + "\n";
  const content::ContentValue* place = TextAt(forum, {"place"});
  if (!place) place = TextAt(event, {"city"});
  out += "  place: " + QuotedOr(place, "TODO: lieu de l'atelier") + "\n";
  WriteOrganisers(event, &out);
  out +=
      "  facilitators:\n"
      "    - {name: \"TODO: prénom et nom\", role: \"TODO: rôle dans l'atelier\"}\n"
      "  # Everyone who came, to count them. A person is named in the report only\n"
      "  # with `consent: true`, their agreement to appear in it; otherwise they are\n"
      "  # only counted. An e-mail address (`email:`) is never printed.\n"
      "  participants:\n"
      "    - {name: " +
      Quoted(content::kParticipantNameBlank) +
      ", organisation: \"TODO: structure\", consent: false}\n"
      "  summary: \"TODO: l'essentiel de l'atelier en quelques phrases\"\n";
  WriteSections(event, &out);
  out +=
      "  decisions: [\"TODO: une décision prise\"]\n"
      "  # status: à faire, en cours or fait.\n"
      "  actions:\n"
      "    - {what: \"TODO: l'action\", who: \"TODO: qui s'en charge\", "
      "due: \"TODO: échéance (AAAA-MM-JJ)\", status: à faire}\n";
  WriteEvaluation(questions, &out);
  out +=
      "  # Photos, relative to the content folder, with a caption each, e.g.\n"
      "  #   - {file: photos/atelier.jpg, caption: \"Mise en commun des ateliers\"}\n"
      "  photos: []\n"
      "  # Documents attached at the end, e.g.\n"
      "  #   - {title: \"Ressources citées\", body: !markdown report/ressources.md}\n"
      "  annexes: []\n";
  return out;
}

std::optional<std::string> WriteReportScaffold(const std::string& content_dir,
                                               DiagnosticList* diagnostics, Disk* disk,
                                               bool* output_failed) {
  const std::string path = (std::filesystem::path(content_dir) / kReportFile).string();
  if (std::filesystem::exists(path)) {
    diagnostics->Error({path, 0, 0},
                       "report.yaml already exists; coopkit new never overwrites a file",
                       "edit it, or move it away to start a new report");
    return std::nullopt;
  }
  const size_t errors_before = diagnostics->ErrorCount();
  content::YamlLoader loader(content_dir, diagnostics);
  std::optional<content::ContentValue> event_file = loader.Load(kEventFile);
  std::vector<EvaluationQuestion> questions;
  if (std::filesystem::exists(std::filesystem::path(content_dir) / kEvaluationFile)) {
    if (std::optional<content::ContentValue> evaluation = loader.Load(kEvaluationFile)) {
      if (const content::ContentValue* map = evaluation->Find("evaluation"))
        questions = ReadEvaluationQuestions(*map, diagnostics);
    }
  }
  std::optional<content::ContentValue> forum_file;
  if (std::filesystem::exists(std::filesystem::path(content_dir) / kForumFile))
    forum_file = loader.Load(kForumFile);
  if (!event_file || diagnostics->ErrorCount() > errors_before) return std::nullopt;
  const content::ContentValue* event = event_file->Find("event");
  const content::ContentValue* forum = forum_file ? forum_file->Find("forum") : nullptr;
  const std::string text = ReportScaffold(event ? *event : content::ContentValue::Map(),
                                          forum ? *forum : content::ContentValue::Map(), questions);

  // Written whole beside it, then renamed only if no report.yaml appeared
  // since the check above: an interrupted run leaves none half-written.
  std::string error;
  bool exists = false;
  std::unique_ptr<PendingFile> file = PendingFile::Create(disk, path, &error);
  if (!file || !file->Append(text, &error) || !file->CommitNew(&exists, &error)) {
    if (exists) {
      diagnostics->Error({path, 0, 0},
                         "report.yaml already exists; coopkit new never overwrites a file",
                         "edit it, or move it away to start a new report");
    } else {
      diagnostics->Error({path, 0, 0}, error);
      if (output_failed) *output_failed = true;
    }
    return std::nullopt;
  }
  return path;
}

}  // namespace coopkit::models
