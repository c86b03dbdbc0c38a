// The JSON document of the output contract (docs/output.md). Written by hand rather than through
// a JSON library so that amounts come out as the exact printed decimal ("4603.53"), never through
// a binary double.
#include <cstdio>

#include "emit/emit.h"
#include "emit/json_text.h"

namespace gongkai::emit {
namespace {

class JsonWriter {
 public:
  JsonWriter(std::ostream& out, bool pretty) : out_(out), pretty_(pretty) {}

  void document(const Document& doc) {
    out_ << '{';
    ++depth_;
    key("source");
    source(doc.source);
    key("document");
    info(doc.document);
    key("tables");
    list(doc.tables, [this](const Table& t) { table(t); });
    key("checks");
    list(doc.checks, [this](const Check& c) { check(c); });
    key("figures");
    list(doc.figures, [this](const NarrativeFigure& f) { figure(f); });
    key("diagnostics");
    list(doc.diagnostics, [this](const Diagnostic& d) { diagnostic(d); });
    --depth_;
    newline();
    out_ << "}\n";
  }

 private:
  void newline() {
    if (!pretty_) return;
    out_ << '\n';
    for (int i = 0; i < depth_; ++i) out_ << "  ";
  }

  void key(std::string_view name) {
    if (!first_) out_ << ',';
    first_ = false;
    newline();
    out_ << json_string(name) << (pretty_ ? ": " : ":");
  }

  void open_object() {
    out_ << '{';
    ++depth_;
    first_ = true;
  }
  void close_object() {
    --depth_;
    newline();
    out_ << '}';
    first_ = false;
  }

  template <typename T, typename F>
  void list(const std::vector<T>& items, F each) {
    out_ << '[';
    ++depth_;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out_ << ',';
      newline();
      each(items[i]);
    }
    --depth_;
    if (!items.empty()) newline();
    out_ << ']';
    first_ = false;
  }

  void source(const SourceInfo& s) {
    open_object();
    key("file");
    out_ << json_string(s.file_name);
    key("sha256");
    out_ << json_string(s.sha256);
    key("pages");
    out_ << s.page_count;
    key("format");
    out_ << json_string(s.format);
    if (!s.selected_pages.empty()) {
      key("selected_pages");
      inline_list(s.selected_pages, [this](int p) { out_ << p; });
    }
    close_object();
  }

  void info(const DocumentInfo& d) {
    open_object();
    key("department");
    out_ << json_string(d.department);
    key("year");
    if (d.year)
      out_ << d.year;
    else
      out_ << "null";
    key("kind");
    out_ << json_string(d.kind);
    key("title");
    out_ << json_string(d.title);
    close_object();
  }

  void table(const Table& t) {
    open_object();
    key("title");
    out_ << json_string(t.title);
    key("number");
    out_ << (t.number.empty() ? "null" : json_string(t.number));
    key("kind");
    out_ << json_string(name(t.kind));
    key("department");
    out_ << json_string(t.department);
    key("unit");
    out_ << (t.unit.empty() ? "null" : json_string(t.unit));
    key("pages");
    inline_list(t.pages, [this](int p) { out_ << p; });
    key("columns");
    inline_list(t.columns, [this](const std::string& c) { out_ << json_string(c); });
    key("column_roles");
    inline_list(t.roles, [this](ColumnRole r) { out_ << json_string(role_name(r)); });
    key("rows");
    list(t.rows, [this](const std::vector<Value>& row) {
      inline_list(row, [this](const Value& v) { value(v); });
    });
    key("empty");
    out_ << (t.empty ? "true" : "false");
    if (!t.unit_blocks.empty()) {  // only tables printed by 预算单位
      key("budget_units");
      std::vector<std::size_t> rows(t.rows.size());
      for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = r;
      inline_list(rows, [this, &t](std::size_t r) {
        const UnitBlock* b = block_of(t, r);
        out_ << (b ? json_string(b->name) : "null");
      });
    }
    close_object();
  }

  template <typename T, typename F>
  void inline_list(const std::vector<T>& items, F each) {
    out_ << '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out_ << (pretty_ ? ", " : ",");
      each(items[i]);
    }
    out_ << ']';
    first_ = false;
  }

  void value(const Value& v) {
    switch (v.kind) {
      case Value::Kind::Null:
        out_ << "null";
        break;
      case Value::Kind::Text:
        out_ << json_string(v.text);
        break;
      case Value::Kind::Amount:
        out_ << v.amount.to_string();
        break;
    }
  }

  void optional_decimal(const std::optional<Decimal>& d) {
    if (d)
      out_ << d->to_string();
    else
      out_ << "null";
  }

  void check(const Check& c) {
    open_object();
    key("identity");
    out_ << json_string(c.identity);
    key("tables");
    inline_list(c.tables, [this](const std::string& t) { out_ << json_string(t); });
    key("location");
    out_ << json_string(c.location);
    key("expected");
    optional_decimal(c.expected);
    key("found");
    optional_decimal(c.found);
    key("difference");
    optional_decimal(c.difference);
    key("verdict");
    out_ << json_string(verdict_name(c.verdict));
    if (!c.note.empty()) {
      key("note");
      out_ << json_string(c.note);
    }
    close_object();
  }

  void figure(const NarrativeFigure& f) {
    open_object();
    key("section");
    out_ << json_string(f.section);
    key("subject");
    out_ << json_string(f.subject);
    key("topic");
    out_ << (f.topic.empty() ? "null" : json_string(f.topic));
    key("amount");
    out_ << f.amount.to_string();
    key("unit");
    out_ << json_string(f.unit);
    key("page");
    if (f.page)
      out_ << f.page;
    else
      out_ << "null";
    key("change");
    out_ << (f.change ? "true" : "false");
    key("checked_against");
    inline_list(f.tables, [this](const std::string& t) { out_ << json_string(t); });
    if (!f.not_checked.empty()) {
      key("not_checked");
      out_ << json_string(f.not_checked);
    }
    close_object();
  }

  void diagnostic(const Diagnostic& d) {
    open_object();
    key("severity");
    out_ << json_string(severity_name(d.severity));
    key("page");
    if (d.page)
      out_ << d.page;
    else
      out_ << "null";
    key("message");
    out_ << json_string(d.message);
    if (!d.code.empty()) {
      key("code");
      out_ << json_string(d.code);
    }
    close_object();
  }

  std::ostream& out_;
  bool pretty_;
  int depth_ = 0;
  bool first_ = true;
};

}  // namespace

std::string role_name(ColumnRole role) {
  switch (role) {
    case ColumnRole::Label:
      return "label";
    case ColumnRole::Code:
      return "code";
    case ColumnRole::Amount:
      return "amount";
    case ColumnRole::Unit:
      return "unit";
    case ColumnRole::Ordinal:
      return "ordinal";
    case ColumnRole::Quantity:
      return "quantity";
  }
  return "label";
}

std::string severity_name(Diagnostic::Severity s) {
  switch (s) {
    case Diagnostic::Severity::Info:
      return "info";
    case Diagnostic::Severity::Warning:
      return "warning";
    case Diagnostic::Severity::Error:
      return "error";
  }
  return "warning";
}

void write_json(const Document& doc, std::ostream& out, const JsonOptions& options) {
  JsonWriter(out, options.pretty).document(doc);
}

}  // namespace gongkai::emit
