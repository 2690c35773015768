#include "models/legal_forms_sheet.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <string>
#include <vector>

#include "base/spelling_hint.h"
#include "content/field_reader.h"

namespace coopkit::models {
namespace {

// The `id` of each map in `sheet.<list_key>`, reporting ids given twice.
std::vector<std::string> DeclaredIds(const content::ContentValue& sheet, const char* list_key,
                                     DiagnosticList* diagnostics) {
  std::vector<std::string> ids;
  const content::ContentValue* list = sheet.Find(list_key);
  if (!list || !list->IsList()) return ids;
  std::map<std::string, int> first_line;
  for (const content::ContentValue& item : list->items) {
    const content::ContentValue* id = item.Find("id");
    if (!id || !id->IsScalar() || id->scalar.empty()) continue;
    auto [it, inserted] = first_line.try_emplace(id->scalar, id->location.line);
    if (!inserted) {
      diagnostics->Error(id->location,
                         std::string("'") + id->scalar + "' is declared twice in " + list_key,
                         "first declared at line " + std::to_string(it->second));
      continue;
    }
    ids.push_back(id->scalar);
  }
  return ids;
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void CheckFact(const std::string& what, const content::ContentValue& fact,
               const std::vector<std::string>& sources, DiagnosticList* diagnostics) {
  content::FieldReader reader(fact, what, diagnostics);
  reader.RequiredText("text");
  std::vector<const content::ContentValue*> cited = reader.RequiredTextList("sources");
  reader.RejectUnknownKeys();
  const content::ContentValue* list = fact.Find("sources");
  if (list && list->IsList() && list->items.empty()) {
    diagnostics->Error(list->location, what + " cites no source",
                       "every fact names at least one id of legal_forms.sources");
  }
  for (const content::ContentValue* source : cited) {
    if (Contains(sources, source->scalar)) continue;
    std::string hint = DidYouMean(source->scalar, sources);
    if (hint.empty()) hint = "declare it under legal_forms.sources";
    diagnostics->Error(source->location, "source '" + source->scalar + "' is not declared", hint);
  }
}

void CheckForm(const content::ContentValue& form, const std::vector<std::string>& criteria,
               const std::vector<std::string>& sources, DiagnosticList* diagnostics) {
  const content::ContentValue* id = form.Find("id");
  const content::MapEntry* facts = form.FindEntry("facts");
  if (!id || !id->IsScalar() || !facts) return;  // the schema reports these
  std::string what = "form '" + id->scalar + "'";
  if (!facts->value.IsMap()) {
    diagnostics->Error(facts->value.location, "the facts of " + what +
                                                  " should be a map of criterion ids, not " +
                                                  ValueKindName(facts->value.kind));
    return;
  }
  for (const std::string& criterion : criteria) {
    if (!facts->value.Find(criterion)) {
      diagnostics->Error(facts->key_location, what + " lacks criterion '" + criterion + "'",
                         "every form gives a fact for each criterion of legal_forms.criteria");
    }
  }
  for (const content::MapEntry& fact : facts->value.entries) {
    if (!Contains(criteria, fact.key)) {
      std::string hint = DidYouMean(fact.key, criteria);
      if (hint.empty()) hint = "declare it under legal_forms.criteria";
      diagnostics->Error(fact.key_location, "criterion '" + fact.key + "' is not declared", hint);
      continue;
    }
    CheckFact("fact '" + fact.key + "' of " + what, fact.value, sources, diagnostics);
  }
}

content::ContentValue Cell(const char* name_key, const content::ContentValue& name,
                           const content::ContentValue& fact) {
  content::ContentValue cell = content::ContentValue::Map(fact.location);
  cell.Set(name_key, name);
  cell.Set("text", *fact.Find("text"));
  cell.Set("sources", *fact.Find("sources"));
  return cell;
}

}  // namespace

void CheckLegalFormsSheet(const content::ContentValue& sheet, DiagnosticList* diagnostics) {
  std::vector<std::string> criteria = DeclaredIds(sheet, "criteria", diagnostics);
  std::vector<std::string> sources = DeclaredIds(sheet, "sources", diagnostics);
  DeclaredIds(sheet, "forms", diagnostics);
  const content::ContentValue* forms = sheet.Find("forms");
  if (!forms || !forms->IsList()) return;
  for (const content::ContentValue& form : forms->items)
    CheckForm(form, criteria, sources, diagnostics);
}

void AddLegalFormsCells(content::ContentValue* sheet) {
  content::ContentValue* criteria = sheet->Find("criteria");
  content::ContentValue* forms = sheet->Find("forms");
  assert(criteria && criteria->IsList() && forms && forms->IsList());
  for (content::ContentValue& criterion : criteria->items) {
    content::ContentValue row = content::ContentValue::List(criterion.location);
    for (const content::ContentValue& form : forms->items) {
      const content::ContentValue* fact = form.Find("facts")->Find(criterion.Find("id")->scalar);
      assert(fact && "CheckLegalFormsSheet reports a missing criterion");
      row.items.push_back(Cell("form", *form.Find("short"), *fact));
    }
    criterion.Set("cells", std::move(row));
  }
  for (content::ContentValue& form : forms->items) {
    content::ContentValue row = content::ContentValue::List(form.location);
    for (const content::ContentValue& criterion : criteria->items) {
      const content::ContentValue* fact = form.Find("facts")->Find(criterion.Find("id")->scalar);
      row.items.push_back(Cell("criterion", *criterion.Find("label"), *fact));
    }
    form.Set("cells", std::move(row));
  }
}

}  // namespace coopkit::models
