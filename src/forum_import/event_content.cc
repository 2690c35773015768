#include "forum_import/event_content.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>

namespace coopkit::forum_import {
namespace {

enum class Target {
  kOrganisation,
  kOrganisationStatus,
  kPostcode,
  kCity,
  kPartners,
  kTheme,
  kState,
  kScale,
  kPresentation,
  kFormat,
  kFormatDetails,
  kAmbitions,
  kPublicationConsent,
};

struct LabelRule {
  std::string_view label;
  Target target;
  bool required = false;
};

// The export format's labels, as the forum's site writes them.
constexpr LabelRule kRules[] = {
    {"Organisation porteuse", Target::kOrganisation, true},
    {"Statut de l'organisation", Target::kOrganisationStatus},
    {"Code postal", Target::kPostcode, true},
    {"Ville", Target::kCity, true},
    {"Autres organisations partenaires", Target::kPartners},
    {"Plus-value pour les territoires", Target::kTheme},
    {"Autres", Target::kTheme},
    {"Réponses aux défis de société", Target::kTheme},
    {"Autres manières d'entreprendre, d'innover et de repenser le travail", Target::kTheme},
    {"État de la contribution", Target::kState},
    {"Échelle de la contribution", Target::kScale},
    {"Présentation de la proposition", Target::kPresentation},
    {"Et des formats longs", Target::kFormat},
    {"Et des formats courts", Target::kFormat},
    {"Détails du format", Target::kFormatDetails},
    {"Autres commentaires", Target::kAmbitions},
    {"Je donne mon accord pour que les informations ci-dessus soient visible sur le site",
     Target::kPublicationConsent, true},
};

const LabelRule* RuleFor(std::string_view label) {
  std::string folded = FoldedLabel(label);
  for (const LabelRule& rule : kRules)
    if (FoldedLabel(rule.label) == folded) return &rule;
  // The agreement's wording varies (« visibles », « publiées »): its start
  // is what it is.
  if (folded.starts_with("je donne mon accord")) return &kRules[std::size(kRules) - 1];
  return nullptr;
}

std::string Quoted(std::string_view text) { return "« " + std::string(text) + " »"; }

std::string Trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

// « a, b (c, d), e, » as [a, b (c, d), e]: commas inside brackets belong to
// their item, and the empty item a trailing comma leaves is dropped.
std::vector<std::string> SplitList(std::string_view value) {
  std::vector<std::string> items;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ',';
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c != ',' || depth > 0) continue;
    if (std::string item = Trim(value.substr(start, i - start)); !item.empty())
      items.push_back(std::move(item));
    start = i + 1;
  }
  return items;
}

// « Centre … d'Employeurs - CRGE » or « Centre … (CRGE) »: the name and the
// acronym, when the name ends with one (capitals, no space).
std::pair<std::string, std::string> SplitAcronym(const std::string& organisation) {
  auto is_acronym = [](std::string_view word) {
    int capitals = 0;
    for (char c : word) {
      if (std::isupper(static_cast<unsigned char>(c)))
        ++capitals;
      else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '&' && c != '-')
        return false;
    }
    return capitals >= 2 && word.size() <= 12;
  };
  for (std::string_view dash : {" - ", " – ", " — "}) {
    size_t at = organisation.rfind(dash);
    if (at == std::string::npos) continue;
    std::string acronym = Trim(std::string_view(organisation).substr(at + dash.size()));
    if (is_acronym(acronym)) return {Trim(organisation.substr(0, at)), acronym};
  }
  if (organisation.ends_with(')')) {
    size_t open = organisation.rfind('(');
    if (open != std::string::npos) {
      std::string acronym = organisation.substr(open + 1, organisation.size() - open - 2);
      if (is_acronym(acronym)) return {Trim(organisation.substr(0, open)), acronym};
    }
  }
  return {organisation, ""};
}

// « Atelier … production (60'-120') »: the kind, then the duration when the
// value ends with one in brackets.
std::pair<std::string, std::string> SplitDuration(const std::string& format) {
  if (!format.ends_with(')')) return {format, ""};
  size_t open = format.rfind('(');
  if (open == std::string::npos) return {format, ""};
  std::string inside = format.substr(open + 1, format.size() - open - 2);
  if (std::none_of(inside.begin(), inside.end(),
                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {format, ""};
  return {Trim(format.substr(0, open)), inside};
}

// `text` without any spaces, for « the same words » comparisons that do not
// care whether the export put a space before « ? ».
std::string WithoutSpaces(std::string_view text) {
  std::string folded = FoldedLabel(text);
  std::erase(folded, ' ');
  return folded;
}

std::optional<bool> YesOrNo(std::string_view value) {
  std::string folded = FoldedLabel(value);
  if (folded == "oui") return true;
  if (folded == "non") return false;
  return std::nullopt;
}

using Field = ContributionExport::Field;

// `field` with its numbered lines written back into its text, « 1- … » a
// paragraph each: only the format's details make them a list of parts.
Field WithNumberedLinesAsText(const Field& field) {
  Field text = field;
  for (size_t i = 0; i < field.numbered_items.size(); ++i) {
    if (!text.value.empty()) text.value += "\n\n";
    text.value += std::to_string(i + 1) + "- " + field.numbered_items[i];
  }
  text.numbered_items.clear();
  return text;
}

class EventYamlWriter {
 public:
  EventYamlWriter(const ContributionExport& contribution, MissingLabels missing,
                  DiagnosticList* diagnostics)
      : contribution_(contribution), missing_(missing), diagnostics_(diagnostics) {
    Sort();
  }

  std::string Yaml(const std::string& source_name) {
    out_.SetIndent(2);
    out_ << YAML::BeginMap << YAML::Key << "event" << YAML::Value << YAML::BeginMap;
    Scalar("title", contribution_.title, "the export's first line");
    WriteOrganisation();
    if (const Field* postcode = Single(Target::kPostcode)) {
      out_ << YAML::Key << "postcode" << YAML::Value << YAML::DoubleQuoted << postcode->value
           << YAML::Comment(Quoted(postcode->label));
    }
    if (const Field* city = Single(Target::kCity)) Scalar("city", city->value, Quoted(city->label));
    WritePartners();
    WriteThemes();
    if (const Field* scale = Single(Target::kScale)) {
      out_ << YAML::Key << "scale" << YAML::Value << YAML::Flow << SplitList(scale->value)
           << YAML::Comment(Quoted(scale->label));
    }
    if (const Field* state = Single(Target::kState))
      Scalar("state", state->value, Quoted(state->label));
    WriteFormat();
    WritePresentation();
    if (const Field* ambitions = Single(Target::kAmbitions))
      Scalar("ambitions", ambitions->value, Quoted(ambitions->label));
    WritePublicationConsent();
    WriteOther();
    out_ << YAML::EndMap << YAML::EndMap;
    ReportMissing();
    return "# The contribution « " + contribution_.title + " »,\n" +
           "# as the forum's site exported it (" + source_name +
           "), written by `coopkit import`.\n"
           "# Beside each value, the label of the export it came from. Edit freely:\n"
           "# the format is in schemas/event.yaml.\n" +
           out_.c_str() + "\n";
  }

 private:
  // Sorts the fields by what they become; unknown labels and labels given
  // twice go to `other:`.
  void Sort() {
    for (const Field& written : contribution_.fields) {
      const LabelRule* rule = RuleFor(written.label);
      const Field& field = rule && rule->target == Target::kFormatDetails
                               ? written
                               : owned_.emplace_back(WithNumberedLinesAsText(written));
      if (!rule) {
        diagnostics_->Warning(field.label_location,
                              "unknown label " + Quoted(field.label) + ": kept under `other:`",
                              "move its value to the key it belongs to, if any");
        other_.push_back(&field);
        continue;
      }
      std::vector<const Field*>& fields = by_target_[rule->target];
      if (!fields.empty() && rule->target != Target::kTheme) {
        diagnostics_->Warning(field.label_location,
                              Quoted(field.label) +
                                  " is given twice: the first is used, this one "
                                  "is kept under `other:`");
        other_.push_back(&field);
        continue;
      }
      if (field.value.empty() && field.numbered_items.empty()) {
        const std::string message = Quoted(field.label) + " is empty";
        if (missing_ == MissingLabels::kError && rule->required &&
            rule->target != Target::kPublicationConsent)
          diagnostics_->Error(field.value_location, message, "write its value after the colon");
        else
          diagnostics_->Warning(field.value_location, message + ": left out");
        empty_.insert(rule->target);
        continue;
      }
      fields.push_back(&field);
    }
    for (const Field& text : contribution_.loose_text) {
      diagnostics_->Warning(text.label_location, "text without a label: kept under `other:`",
                            "each value of an export follows its « Label : »");
      other_.push_back(&owned_.emplace_back(WithNumberedLinesAsText(text)));
    }
  }

  const Field* Single(Target target) const {
    auto found = by_target_.find(target);
    return found == by_target_.end() || found->second.empty() ? nullptr : found->second.front();
  }

  // A text over several lines is a literal block, its comment on its key's
  // line (inside the block it would be text).
  void Scalar(std::string_view key, const std::string& value, const std::string& comment) {
    if (value.find('\n') != std::string::npos) {
      out_ << YAML::Key << std::string(key) << YAML::Comment(comment) << YAML::Value
           << YAML::Literal << value;
      return;
    }
    out_ << YAML::Key << std::string(key) << YAML::Value << value << YAML::Comment(comment);
  }

  void WriteOrganisation() {
    const Field* organisation = Single(Target::kOrganisation);
    const Field* status = Single(Target::kOrganisationStatus);
    if (!organisation && !status) return;
    out_ << YAML::Key << "organisation" << YAML::Value << YAML::BeginMap;
    if (organisation) {
      auto [name, acronym] = SplitAcronym(organisation->value);
      Scalar("name", name, Quoted(organisation->label));
      if (!acronym.empty()) {
        Scalar("acronym", acronym, Quoted(organisation->label) + ", after its name");
      } else {
        diagnostics_->Warning(organisation->value_location,
                              "no acronym after the organisation's name",
                              "add `acronym:` under `organisation:` in event.yaml "
                              "(the documents print it)");
      }
    }
    if (status) Scalar("status", status->value, Quoted(status->label));
    out_ << YAML::EndMap;
  }

  void WritePartners() {
    const Field* partners = Single(Target::kPartners);
    if (!partners) return;
    out_ << YAML::Key << "partners" << YAML::Comment(Quoted(partners->label)) << YAML::Value
         << YAML::BeginSeq;
    for (const std::string& name : SplitList(partners->value))
      out_ << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << name
           << YAML::EndMap;
    out_ << YAML::EndSeq;
  }

  void WriteThemes() {
    auto themes = by_target_.find(Target::kTheme);
    if (themes == by_target_.end()) return;
    out_ << YAML::Key << "themes" << YAML::Comment("one group per label") << YAML::Value
         << YAML::BeginSeq;
    for (const Field* theme : themes->second) {
      out_ << YAML::BeginMap << YAML::Key << "group" << YAML::Value << theme->label << YAML::Key
           << "items" << YAML::Value << YAML::Flow << SplitList(theme->value) << YAML::EndMap;
    }
    out_ << YAML::EndSeq;
  }

  void WriteFormat() {
    const Field* format = Single(Target::kFormat);
    const Field* details = Single(Target::kFormatDetails);
    if (!format && !details) return;
    out_ << YAML::Key << "format" << YAML::Value << YAML::BeginMap;
    if (format) {
      auto [kind, duration] = SplitDuration(format->value);
      Scalar("kind", kind, Quoted(format->label));
      if (!duration.empty()) Scalar("duration", duration, Quoted(format->label) + ", in brackets");
    }
    if (details) {
      if (!details->value.empty()) Scalar("details", details->value, Quoted(details->label));
      if (!details->numbered_items.empty()) {
        out_ << YAML::Key << "parts" << YAML::Comment("the numbered lines under it") << YAML::Value
             << details->numbered_items;
      }
    }
    out_ << YAML::EndMap;
  }

  void WritePresentation() {
    const Field* presentation = Single(Target::kPresentation);
    if (!presentation) return;
    std::string text = presentation->value;
    std::string comment = Quoted(presentation->label);
    size_t first_end = text.find("\n\n");
    if (first_end != std::string::npos &&
        WithoutSpaces(text.substr(0, first_end)) == WithoutSpaces(contribution_.title)) {
      text = text.substr(first_end + 2);
      comment += ", without its first line (the title)";
    }
    Scalar("presentation", text, comment);
  }

  void WritePublicationConsent() {
    const Field* consent = Single(Target::kPublicationConsent);
    if (!consent) return;
    if (std::optional<bool> agreed = YesOrNo(consent->value)) {
      out_ << YAML::Key << "publication_consent" << YAML::Value << *agreed
           << YAML::Comment(Quoted(consent->label));
      return;
    }
    diagnostics_->Warning(consent->value_location,
                          "the agreement to publication should be « Oui » or « Non », not " +
                              Quoted(consent->value) + ": kept under `other:`",
                          "without it, the contribution is left out of forum-wide documents");
    other_.push_back(consent);
  }

  void WriteOther() {
    if (other_.empty()) return;
    out_ << YAML::Key << "other"
         << YAML::Comment("what import could not place: move it, or keep it") << YAML::Value
         << YAML::BeginSeq;
    for (const Field* field : other_) {
      out_ << YAML::BeginMap;
      if (!field->section.empty()) out_ << YAML::Key << "section" << YAML::Value << field->section;
      if (!field->label.empty()) out_ << YAML::Key << "label" << YAML::Value << field->label;
      const std::string value = WithNumberedLinesAsText(*field).value;
      out_ << YAML::Key << "value" << YAML::Value;
      if (value.find('\n') != std::string::npos) out_ << YAML::Literal;
      out_ << value << YAML::EndMap;
    }
    out_ << YAML::EndSeq;
  }

  void ReportMissing() {
    for (const LabelRule& rule : kRules) {
      if (!rule.required || Single(rule.target) || empty_.count(rule.target)) continue;
      if (rule.target == Target::kPublicationConsent) {
        diagnostics_->Warning(contribution_.title_location,
                              "this export has no agreement to publication (« Je donne mon "
                              "accord … : Oui »)",
                              "the contribution is built for its authors but left out of "
                              "forum-wide documents");
        continue;
      }
      const std::string message = "this export has no " + Quoted(rule.label) + " line";
      if (missing_ == MissingLabels::kError)
        diagnostics_->Error(contribution_.title_location, message,
                            "add the line « " + std::string(rule.label) + " : … » to the export");
      else
        diagnostics_->Warning(contribution_.title_location, message,
                              "add its value to event.yaml by hand");
    }
  }

  const ContributionExport& contribution_;
  MissingLabels missing_;
  DiagnosticList* diagnostics_;
  std::map<Target, std::vector<const Field*>> by_target_;
  std::vector<const Field*> other_;
  std::deque<Field> owned_;  // fields as written out, numbered lines made text
  std::set<Target> empty_;   // labels given without a value
  YAML::Emitter out_;
};

}  // namespace

const std::vector<std::string>& KnownExportLabels() {
  static const std::vector<std::string> labels = [] {
    std::vector<std::string> folded;
    for (const LabelRule& rule : kRules) folded.push_back(FoldedLabel(rule.label));
    return folded;
  }();
  return labels;
}

std::string EventContentYaml(const ContributionExport& contribution, const std::string& source_name,
                             DiagnosticList* diagnostics, MissingLabels missing) {
  return EventYamlWriter(contribution, missing, diagnostics).Yaml(source_name);
}

}  // namespace coopkit::forum_import
