#include "content/todo_mark.h"

#include <algorithm>

namespace coopkit::content {
namespace {

constexpr std::string_view kTodo = "TODO";

void Collect(const ContentValue& value, std::vector<TodoMark>* marks) {
  if (IsTodoMark(value)) {
    marks->push_back({value.location, value.scalar.substr(0, value.scalar.find('\n'))});
  }
  for (const ContentValue& item : value.items) Collect(item, marks);
  for (const MapEntry& entry : value.entries) Collect(entry.value, marks);
}

}  // namespace

bool IsTodoMark(const ContentValue& value) {
  return value.IsScalar() && value.scalar.starts_with(kTodo);
}

std::vector<TodoMark> FindTodoMarks(const ContentValue& value) {
  std::vector<TodoMark> marks;
  Collect(value, &marks);
  return marks;
}

}  // namespace coopkit::content
