#include "models/legal_forms_sheet.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/spelling_hint.h"
#include "base/utf8.h"
#include "content/field_reader.h"

namespace coopkit::models {
namespace {

using content::ContentValue;

// The `id` of each map in `sheet.<list_key>`, reporting ids given twice.
std::vector<std::string> DeclaredIds(const ContentValue& sheet, const char* list_key,
                                     DiagnosticList* diagnostics) {
  std::vector<std::string> ids;
  const ContentValue* list = sheet.Find(list_key);
  if (!list || !list->IsList()) return ids;
  std::map<std::string, int> first_line;
  for (const ContentValue& item : list->items) {
    const ContentValue* id = item.Find("id");
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

// Reports `id` when it is not one of `declared`, with a hint.
void CheckDeclared(const ContentValue& id, const std::vector<std::string>& declared,
                   const std::string& what, const char* list_key, DiagnosticList* diagnostics) {
  if (Contains(declared, id.scalar)) return;
  std::string hint = DidYouMean(id.scalar, declared);
  if (hint.empty()) hint = std::string("declare it under legal_forms.") + list_key;
  diagnostics->Error(id.location, what + " '" + id.scalar + "' is not declared", hint);
}

// Words as a reader counts them: punctuation alone (« : », « – ») is none.
int WordCount(const std::string& text) {
  std::istringstream words(text);
  int count = 0;
  for (std::string word; words >> word;) {
    bool has_letter = false;
    for (size_t at = 0; at < word.size() && !has_letter;)
      has_letter = u_isalnum(static_cast<UChar32>(DecodeUtf8(word, &at)));
    count += has_letter;
  }
  return count;
}

// A fact of a form (with its summary) or a form not compared (`name`
// instead).
void CheckFact(const std::string& what, const ContentValue& fact, bool in_synopsis,
               const std::vector<std::string>& sources, std::set<std::string>* cited_ids,
               DiagnosticList* diagnostics) {
  content::FieldReader reader(fact, what, diagnostics);
  reader.RequiredText("text");
  if (!in_synopsis) {
    reader.RequiredText("name");
  } else if (!reader.RequiredText("summary").empty()) {
    const ContentValue& summary = *fact.Find("summary");
    if (int words = WordCount(summary.scalar); words > kMaxSummaryWords) {
      diagnostics->Error(summary.location,
                         "the summary of " + what + " has " + std::to_string(words) +
                             " words; a synopsis cell holds " + std::to_string(kMaxSummaryWords) +
                             " at most",
                         "keep the key figures; the full text stays in `text`");
    }
  }
  std::vector<const ContentValue*> cited = reader.RequiredTextList("sources");
  reader.RejectUnknownKeys();
  const ContentValue* list = fact.Find("sources");
  if (list && list->IsList() && list->items.empty()) {
    diagnostics->Error(list->location, what + " cites no source",
                       "every fact names at least one id of legal_forms.sources");
  }
  for (const ContentValue* source : cited) {
    cited_ids->insert(source->scalar);
    CheckDeclared(*source, sources, "source", "sources", diagnostics);
  }
}

struct Declared {
  std::vector<std::string> criteria, sources, groups;
};

void CheckForm(const ContentValue& form, const Declared& declared, std::set<std::string>* cited,
               DiagnosticList* diagnostics) {
  const ContentValue* id = form.Find("id");
  const content::MapEntry* facts = form.FindEntry("facts");
  if (!id || !id->IsScalar() || !facts) return;  // the schema reports these
  std::string what = "form '" + id->scalar + "'";
  if (const ContentValue* group = form.Find("group"); group && group->IsScalar())
    CheckDeclared(*group, declared.groups, "group", "groups", diagnostics);
  if (!facts->value.IsMap()) {
    diagnostics->Error(facts->value.location, "the facts of " + what +
                                                  " should be a map of criterion ids, not " +
                                                  ValueKindName(facts->value.kind));
    return;
  }
  for (const std::string& criterion : declared.criteria) {
    if (!facts->value.Find(criterion)) {
      diagnostics->Error(facts->key_location, what + " lacks criterion '" + criterion + "'",
                         "every form gives a fact for each criterion of legal_forms.criteria");
    }
  }
  for (const content::MapEntry& fact : facts->value.entries) {
    if (!Contains(declared.criteria, fact.key)) {
      std::string hint = DidYouMean(fact.key, declared.criteria);
      if (hint.empty()) hint = "declare it under legal_forms.criteria";
      diagnostics->Error(fact.key_location, "criterion '" + fact.key + "' is not declared", hint);
      continue;
    }
    CheckFact("fact '" + fact.key + "' of " + what, fact.value, true, declared.sources, cited,
              diagnostics);
  }
}

// Every form on exactly one synopsis page.
void CheckSynopsisPages(const ContentValue& sheet, const std::vector<std::string>& forms,
                        DiagnosticList* diagnostics) {
  const ContentValue* pages = sheet.Find("synopsis_pages");
  if (!pages || !pages->IsList()) return;  // the schema reports these
  std::map<std::string, int> page_of;
  for (const ContentValue& page : pages->items) {
    if (!page.IsList()) continue;
    for (const ContentValue& form : page.items) {
      if (!form.IsScalar()) continue;
      CheckDeclared(form, forms, "form", "forms", diagnostics);
      auto [it, inserted] = page_of.try_emplace(form.scalar, form.location.line);
      if (!inserted) {
        diagnostics->Error(form.location, "form '" + form.scalar + "' is on two synopsis pages",
                           "first placed at line " + std::to_string(it->second));
      }
    }
  }
  for (const std::string& form : forms) {
    if (!page_of.count(form)) {
      diagnostics->Error(pages->location, "form '" + form + "' is on no synopsis page",
                         "add its id to one list of legal_forms.synopsis_pages");
    }
  }
}

void WarnAboutUncitedSources(const ContentValue& sheet, const std::set<std::string>& cited,
                             DiagnosticList* diagnostics) {
  const ContentValue* sources = sheet.Find("sources");
  if (!sources || !sources->IsList()) return;
  for (const ContentValue& source : sources->items) {
    const ContentValue* id = source.Find("id");
    if (id && id->IsScalar() && !cited.count(id->scalar)) {
      diagnostics->Warning(id->location, "source '" + id->scalar + "' is cited by no fact",
                           "cite it in a fact's sources, or remove it: the sheet lists only "
                           "the sources it uses");
    }
  }
}

const ContentValue& FactOf(const ContentValue& form, const ContentValue& criterion) {
  const ContentValue* fact = form.Find("facts")->Find(criterion.Find("id")->scalar);
  assert(fact && "CheckLegalFormsSheet reports a missing criterion");
  return *fact;
}

bool InSynopsis(const ContentValue& criterion) {
  const ContentValue* flag = criterion.Find("synopsis");
  return !flag || flag->Boolean() != false;
}

const ContentValue* FindForm(const ContentValue& forms, const std::string& id) {
  for (const ContentValue& form : forms.items)
    if (form.Find("id")->scalar == id) return &form;
  return nullptr;
}

// The synopsis's pages as lists of form ids: as written, or one list of them all.
std::vector<ContentValue> SynopsisPageIds(const ContentValue& pages, bool on_one_page) {
  if (!on_one_page) return pages.items;
  ContentValue all = ContentValue::List(pages.location);
  for (const ContentValue& page : pages.items)
    all.items.insert(all.items.end(), page.items.begin(), page.items.end());
  return {std::move(all)};
}

ContentValue SynopsisPage(const ContentValue& page, bool first, bool last,
                          const ContentValue& criteria, const ContentValue& forms) {
  std::vector<const ContentValue*> page_forms;
  ContentValue heads = ContentValue::List(page.location);
  for (const ContentValue& id : page.items) {
    page_forms.push_back(FindForm(forms, id.scalar));
    ContentValue head = ContentValue::Map(id.location);
    head.Set("short", *page_forms.back()->Find("short"));
    heads.items.push_back(std::move(head));
  }
  ContentValue rows = ContentValue::List(page.location);
  for (const ContentValue& criterion : criteria.items) {
    if (!InSynopsis(criterion)) continue;
    ContentValue row = ContentValue::Map(criterion.location);
    row.Set("label", *criterion.Find("label"));
    ContentValue cells = ContentValue::List(criterion.location);
    for (const ContentValue* form : page_forms) {
      const ContentValue& fact = FactOf(*form, criterion);
      ContentValue cell = ContentValue::Map(fact.location);
      cell.Set("summary", *fact.Find("summary"));
      cells.items.push_back(std::move(cell));
    }
    row.Set("cells", std::move(cells));
    rows.items.push_back(std::move(row));
  }
  ContentValue view = ContentValue::Map(page.location);
  view.Set("first", ContentValue::Flag(first, page.location));
  view.Set("last", ContentValue::Flag(last, page.location));
  view.Set("forms", std::move(heads));
  view.Set("rows", std::move(rows));
  return view;
}

}  // namespace

const content::ContentSchema& LegalFormsShape() {
  static const content::ContentSchema shape = [] {
    DiagnosticList problems;
    std::optional<content::ContentSchema> schema = content::ContentSchema::Parse(
        "legal_forms:\n"
        "  criteria:\n"
        "    - {id: text, label: text}\n"
        "  groups?:\n"
        "    - {id: text}\n"
        "  synopsis_pages?:\n"
        "    - [text]\n"
        "  forms:\n"
        "    - {id: text, short: text, \"group?\": text, facts: any}\n",
        "the legal-forms sheet's shape", &problems);
    assert(schema && !problems.HasErrors());
    if (!schema) std::abort();
    return *schema;
  }();
  return shape;
}

void CheckLegalFormsSheet(const ContentValue& sheet, DiagnosticList* diagnostics) {
  Declared declared;
  declared.criteria = DeclaredIds(sheet, "criteria", diagnostics);
  declared.sources = DeclaredIds(sheet, "sources", diagnostics);
  declared.groups = DeclaredIds(sheet, "groups", diagnostics);
  std::vector<std::string> forms_declared = DeclaredIds(sheet, "forms", diagnostics);
  const ContentValue* forms = sheet.Find("forms");
  if (!forms || !forms->IsList()) return;
  std::set<std::string> cited;
  for (const ContentValue& form : forms->items) CheckForm(form, declared, &cited, diagnostics);
  if (const ContentValue* others = sheet.Find("not_compared"); others && others->IsList()) {
    for (const ContentValue& other : others->items)
      CheckFact("a form not compared", other, false, declared.sources, &cited, diagnostics);
  }
  CheckSynopsisPages(sheet, forms_declared, diagnostics);
  WarnAboutUncitedSources(sheet, cited, diagnostics);
}

SheetLayout SheetLayoutFor(const std::string& paper) {
  if (paper == "A3") return {.synopsis_on_one_page = true, .cards_per_page = 2, .card_columns = 3};
  return {};
}

void AddLegalFormsViews(ContentValue* sheet, const SheetLayout& layout) {
  const ContentValue* criteria = sheet->Find("criteria");
  ContentValue* forms = sheet->Find("forms");
  assert(criteria && criteria->IsList() && forms && forms->IsList());
  sheet->Set("card_columns",
             ContentValue::Scalar(std::to_string(layout.card_columns), forms->location));
  for (size_t f = 0; f < forms->items.size(); ++f) {
    ContentValue& form = forms->items[f];
    form.Set("new_page", ContentValue::Flag(f % layout.cards_per_page == 0, form.location));
    ContentValue cells = ContentValue::List(form.location);
    for (const ContentValue& criterion : criteria->items) {
      const ContentValue& fact = FactOf(form, criterion);
      ContentValue cell = ContentValue::Map(fact.location);
      cell.Set("criterion", *criterion.Find("label"));
      for (const char* key : {"summary", "text", "sources"}) cell.Set(key, *fact.Find(key));
      cells.items.push_back(std::move(cell));
    }
    form.Set("cells", std::move(cells));
  }
  if (ContentValue* groups = sheet->Find("groups"); groups && groups->IsList()) {
    for (ContentValue& group : groups->items) {
      ContentValue members = ContentValue::List(group.location);
      for (const ContentValue& form : forms->items) {
        const ContentValue* form_group = form.Find("group");
        if (form_group && form_group->scalar == group.Find("id")->scalar)
          members.items.push_back(form);
      }
      group.Set("forms", std::move(members));
    }
  }
  if (const ContentValue* pages = sheet->Find("synopsis_pages"); pages && pages->IsList()) {
    const std::vector<ContentValue> page_ids = SynopsisPageIds(*pages, layout.synopsis_on_one_page);
    ContentValue synopsis = ContentValue::List(pages->location);
    for (const ContentValue& page : page_ids) {
      const bool last = synopsis.items.size() + 1 == page_ids.size();
      synopsis.items.push_back(SynopsisPage(page, synopsis.items.empty(), last, *criteria, *forms));
    }
    sheet->Set("synopsis", std::move(synopsis));
  }
}

}  // namespace coopkit::models
