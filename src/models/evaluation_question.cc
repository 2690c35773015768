#include "models/evaluation_question.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "base/french_number.h"
#include "base/spelling_hint.h"
#include "content/todo_mark.h"

namespace coopkit::models {
namespace {

using Type = EvaluationQuestion::Type;

constexpr int kMaxScaleSteps = 11;  // 0 to 10 is the widest scale in use
constexpr int kDefaultWritingLines = 4;
constexpr int kMaxWritingLines = 20;
constexpr const char* kLabelDash = " – ";
constexpr const char* kNoAverage = "–";  // a scale nobody answered

std::string Where(const SourceLocation& l) {
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// A non-empty text value, or nullptr: the schema reports the others.
const content::ContentValue* Text(const content::ContentValue& map, std::string_view key) {
  const content::ContentValue* value = map.Find(key);
  return value && value->IsScalar() && !value->scalar.empty() ? value : nullptr;
}

std::optional<int> WholeNumber(const std::string& text) {
  int number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

std::string TypeName(Type type) {
  switch (type) {
    case Type::kScale:
      return "scale";
    case Type::kChoice:
      return "choice";
    case Type::kOpen:
      return "open";
  }
  return "?";
}

// Reports a key that only questions of another type may have.
void RejectOption(const content::ContentValue& question, std::string_view key, Type type,
                  const std::string& id, DiagnosticList* diagnostics) {
  if (const content::MapEntry* entry = question.FindEntry(key)) {
    diagnostics->Error(entry->key_location,
                       "question '" + id + "' is of type " + TypeName(type) + ": '" +
                           std::string(key) + "' does not apply to it",
                       "remove it, or change the question's type");
  }
}

bool ReadScale(const content::ContentValue& question, EvaluationQuestion* q,
               DiagnosticList* diagnostics) {
  const content::ContentValue* scale = question.Find("scale");
  const content::ContentValue* min = scale && scale->IsMap() ? Text(*scale, "min") : nullptr;
  const content::ContentValue* max = scale && scale->IsMap() ? Text(*scale, "max") : nullptr;
  if (!min || !max) {
    diagnostics->Error(scale ? scale->location : question.location,
                       "scale question '" + q->id + "' needs the scale's bounds",
                       "write scale: {min: 1, max: 5}");
    return false;
  }
  std::optional<int> low = WholeNumber(min->scalar), high = WholeNumber(max->scalar);
  if (!low || !high || *low >= *high || *high - *low + 1 > kMaxScaleSteps) {
    diagnostics->Error(min->location,
                       "the scale of question '" + q->id +
                           "' should go from a whole number to a "
                           "larger one, in at most " +
                           std::to_string(kMaxScaleSteps) + " steps",
                       "e.g. min: 1, max: 5");
    return false;
  }
  std::map<int, std::string> labels;
  if (const content::ContentValue* written = scale->Find("labels"); written && written->IsMap()) {
    for (const content::MapEntry& entry : written->entries) {
      std::optional<int> value = WholeNumber(entry.key);
      if (!value || *value < *low || *value > *high) {
        diagnostics->Error(
            entry.key_location,
            "'" + entry.key + "' is not a value of the scale of question '" + q->id + "' (" +
                min->scalar + " to " + max->scalar + ")",
            "label values of the scale, e.g. labels: {1: Pas du tout, 5: Tout à fait}");
      } else if (entry.value.IsScalar()) {
        labels[*value] = entry.value.scalar;
      }
    }
  } else if (written && !written->IsNull()) {
    diagnostics->Error(written->location, "the labels of a scale are a map from values to texts",
                       "e.g. labels: {1: Pas du tout, 5: Tout à fait}");
  }
  for (int value = *low; value <= *high; ++value) {
    std::string key = std::to_string(value);
    auto label = labels.find(value);
    q->answers.push_back({key, label == labels.end() ? key : key + kLabelDash + label->second});
  }
  return true;
}

bool ReadChoices(const content::ContentValue& question, EvaluationQuestion* q,
                 DiagnosticList* diagnostics) {
  const content::ContentValue* choices = question.Find("choices");
  if (!choices || !choices->IsList() || choices->items.size() < 2) {
    diagnostics->Error(choices ? choices->location : question.location,
                       "choice question '" + q->id + "' needs at least two choices",
                       "write choices: [Oui, Non]");
    return false;
  }
  for (const content::ContentValue& choice : choices->items) {
    if (!choice.IsScalar()) return false;  // the schema's to report
    auto same = std::find_if(q->answers.begin(), q->answers.end(),
                             [&](const auto& a) { return a.key == choice.scalar; });
    if (same != q->answers.end()) {
      diagnostics->Error(choice.location, "choice '" + choice.scalar + "' of question '" + q->id +
                                              "' is written twice");
      continue;
    }
    q->answers.push_back({choice.scalar, choice.scalar});
  }
  const content::ContentValue* multiple = question.Find("multiple");
  q->multiple = multiple && multiple->Boolean() == true;
  return true;
}

bool ReadWritingLines(const content::ContentValue& question, EvaluationQuestion* q,
                      DiagnosticList* diagnostics) {
  q->writing_lines = kDefaultWritingLines;
  const content::ContentValue* lines = Text(question, "lines");
  if (!lines) return true;
  std::optional<int> count = WholeNumber(lines->scalar);
  if (!count || *count < 1 || *count > kMaxWritingLines) {
    diagnostics->Error(lines->location, "question '" + q->id + "' asks for " + lines->scalar +
                                            " writing lines; write a whole number from 1 to " +
                                            std::to_string(kMaxWritingLines));
    return false;
  }
  q->writing_lines = *count;
  return true;
}

const EvaluationQuestion* FindQuestion(const std::vector<EvaluationQuestion>& questions,
                                       const std::string& id) {
  auto it = std::find_if(questions.begin(), questions.end(),
                         [&](const EvaluationQuestion& q) { return q.id == id; });
  return it == questions.end() ? nullptr : &*it;
}

void AddCommonViews(const EvaluationQuestion& q, int number, content::ContentValue* map) {
  const SourceLocation& where = map->location;
  map->Set("number", content::ContentValue::Scalar(std::to_string(number), where));
  map->Set("is_scale", content::ContentValue::Flag(q.type == Type::kScale, where));
  map->Set("is_choice", content::ContentValue::Flag(q.type == Type::kChoice, where));
  map->Set("is_open", content::ContentValue::Flag(q.type == Type::kOpen, where));
  map->Set("multiple", content::ContentValue::Flag(q.multiple, where));
}

// Fills `result` (a map of report.yaml's results) with the rows of the
// counted question `q`, in the form's order.
void AddCountedRows(const EvaluationQuestion& q, content::ContentValue* result,
                    DiagnosticList* diagnostics) {
  if (result->Find("answers")) {
    diagnostics->Error(result->FindEntry("answers")->key_location,
                       "question '" + q.id + "' is answered by ticking boxes, not in writing",
                       "count the ticks under counts:");
  }
  const content::ContentValue* counts = result->Find("counts");
  if (!counts || !counts->IsMap()) {
    diagnostics->Error(counts ? counts->location : result->location,
                       "the results of question '" + q.id + "' need a count for each answer",
                       "write counts: {" + q.answers.front().key + ": 0, …}");
    return;
  }
  std::vector<std::string> keys;
  for (const auto& answer : q.answers) keys.push_back(answer.key);
  for (const content::MapEntry& entry : counts->entries) {
    if (std::find(keys.begin(), keys.end(), entry.key) == keys.end()) {
      std::string hint = DidYouMean(entry.key, keys);
      if (hint.empty()) hint = "the form's answers are written in evaluation.yaml";
      diagnostics->Error(entry.key_location,
                         "question '" + q.id + "' has no answer '" + entry.key + "'", hint);
    }
  }
  content::ContentValue rows = content::ContentValue::List(counts->location);
  int total = 0;
  long weighted = 0;
  for (const auto& answer : q.answers) {
    const content::ContentValue* count = counts->Find(answer.key);
    int value = 0;
    if (!count) {
      diagnostics->Error(counts->location,
                         "no count for answer '" + answer.key + "' of question '" + q.id + "'",
                         "write " + answer.key + ": 0 when no one ticked it");
    } else if (!IsTodoMark(*count)) {
      std::optional<int> number = count->IsScalar() ? WholeNumber(count->scalar) : std::nullopt;
      if (!number || *number < 0) {
        diagnostics->Error(count->location, "the count of answer '" + answer.key +
                                                "' should be a whole number of forms");
      } else {
        value = *number;
      }
    }
    content::ContentValue row =
        content::ContentValue::Map(count ? count->location : counts->location);
    row.Set("label", content::ContentValue::Scalar(answer.label, row.location));
    row.Set("count", content::ContentValue::Scalar(std::to_string(value), row.location));
    rows.items.push_back(std::move(row));
    total += value;
    if (q.type == Type::kScale) weighted += static_cast<long>(value) * std::stoi(answer.key);
  }
  result->Set("rows", std::move(rows));
  result->Set("total", content::ContentValue::Scalar(std::to_string(total), result->location));
  if (q.type == Type::kScale) {
    result->Set("scale_max", content::ContentValue::Scalar(q.answers.back().key, result->location));
    result->Set("average", content::ContentValue::Scalar(
                               total > 0 ? FrenchDecimal(static_cast<double>(weighted) / total, 1)
                                         : std::string(kNoAverage),
                               result->location));
  }
}

}  // namespace

std::vector<EvaluationQuestion> ReadEvaluationQuestions(const content::ContentValue& evaluation,
                                                        DiagnosticList* diagnostics) {
  std::vector<EvaluationQuestion> questions;
  const content::ContentValue* list = evaluation.Find("questions");
  if (!list || !list->IsList()) return questions;
  std::map<std::string, SourceLocation> ids;
  for (const content::ContentValue& item : list->items) {
    if (!item.IsMap()) continue;
    const content::ContentValue* id = Text(item, "id");
    const content::ContentValue* text = Text(item, "text");
    const content::ContentValue* type = Text(item, "type");
    if (!id || !text || !type) continue;
    if (auto [first, inserted] = ids.emplace(id->scalar, id->location); !inserted) {
      diagnostics->Error(id->location, "question id '" + id->scalar + "' is used twice",
                         "also used at " + Where(first->second));
      continue;
    }
    EvaluationQuestion q;
    q.id = id->scalar;
    q.text = text->scalar;
    q.location = item.location;
    bool ok = false;
    if (type->scalar == "scale") {
      q.type = Type::kScale;
      ok = ReadScale(item, &q, diagnostics);
    } else if (type->scalar == "choice") {
      q.type = Type::kChoice;
      ok = ReadChoices(item, &q, diagnostics);
    } else if (type->scalar == "open") {
      q.type = Type::kOpen;
      ok = ReadWritingLines(item, &q, diagnostics);
    } else {
      continue;  // the schema's to report
    }
    if (q.type != Type::kScale) RejectOption(item, "scale", q.type, q.id, diagnostics);
    if (q.type != Type::kChoice) {
      RejectOption(item, "choices", q.type, q.id, diagnostics);
      RejectOption(item, "multiple", q.type, q.id, diagnostics);
    }
    if (q.type != Type::kOpen) RejectOption(item, "lines", q.type, q.id, diagnostics);
    if (ok) questions.push_back(std::move(q));
  }
  return questions;
}

void AddQuestionViews(const std::vector<EvaluationQuestion>& questions,
                      content::ContentValue* evaluation) {
  content::ContentValue* list = evaluation->Find("questions");
  if (!list || !list->IsList()) return;
  for (content::ContentValue& item : list->items) {
    const content::ContentValue* id = item.IsMap() ? Text(item, "id") : nullptr;
    const EvaluationQuestion* q = id ? FindQuestion(questions, id->scalar) : nullptr;
    if (!q) continue;
    AddCommonViews(*q, static_cast<int>(q - questions.data()) + 1, &item);
    content::ContentValue answers = content::ContentValue::List(item.location);
    for (const auto& answer : q->answers) {
      content::ContentValue view = content::ContentValue::Map(item.location);
      view.Set("key", content::ContentValue::Scalar(answer.key, item.location));
      view.Set("label", content::ContentValue::Scalar(answer.label, item.location));
      answers.items.push_back(std::move(view));
    }
    item.Set("answers", std::move(answers));
    if (q->type == Type::kOpen) {
      item.Set("writing_lines",
               content::ContentValue::Scalar(std::to_string(q->writing_lines), item.location));
    }
  }
}

void JoinEvaluationResults(const std::vector<EvaluationQuestion>& questions,
                           content::ContentValue* report_evaluation, DiagnosticList* diagnostics) {
  std::vector<std::string> ids;
  for (const EvaluationQuestion& q : questions) ids.push_back(q.id);
  std::map<std::string, SourceLocation> answered;
  content::ContentValue* results = report_evaluation->Find("results");
  std::vector<content::ContentValue> no_results;
  for (content::ContentValue& result : results && results->IsList() ? results->items : no_results) {
    const content::ContentValue* id = result.IsMap() ? Text(result, "question") : nullptr;
    if (!id) continue;
    const EvaluationQuestion* q = FindQuestion(questions, id->scalar);
    if (!q) {
      std::string hint = DidYouMean(id->scalar, ids);
      if (hint.empty()) hint = "the questions are in evaluation.yaml";
      diagnostics->Error(id->location, "no evaluation question '" + id->scalar + "'", hint);
      continue;
    }
    if (auto [first, inserted] = answered.emplace(q->id, id->location); !inserted) {
      diagnostics->Error(id->location, "the results of question '" + q->id + "' are given twice",
                         "also given at " + Where(first->second));
      continue;
    }
    AddCommonViews(*q, static_cast<int>(q - questions.data()) + 1, &result);
    result.Set("text", content::ContentValue::Scalar(q->text, result.location));
    if (q->type != Type::kOpen) {
      AddCountedRows(*q, &result, diagnostics);
    } else if (const content::MapEntry* counts = result.FindEntry("counts")) {
      diagnostics->Error(counts->key_location,
                         "question '" + q->id + "' is open: copy its written answers",
                         "write answers: [\"…\", \"…\"]");
    }
  }
  for (const EvaluationQuestion& q : questions) {
    if (!answered.contains(q.id)) {
      diagnostics->Warning(results ? results->location : report_evaluation->location,
                           "evaluation question '" + q.id + "' has no results in the report",
                           "add - {question: " + q.id + ", …} to the results");
    }
  }
}

}  // namespace coopkit::models
