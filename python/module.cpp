// gongkai._gongkai: the C++ pipeline (extract → parse → check → emit) for Python. The package
// gongkai/__init__.py builds the public functions on top of it (dicts, DataFrames).
//
// Every function converts without the GIL, so that Python threads convert files in parallel and
// other Python code runs meanwhile; the GIL is taken again only to build the Python result.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"
#include "core/error.h"
#include "core/version.h"
#include "core/work_limit.h"
#include "emit/emit.h"
#include "emit/tidy.h"
#include "extract/extract.h"
#include "parse/parse.h"

namespace py = pybind11;

namespace gongkai::python {
namespace {

// Whether the calling thread held the GIL while its last pipeline ran: tests assert it did not.
thread_local bool gil_held_in_pipeline = false;

// The exception class gongkai.Error (owned by the module, which lives until the interpreter ends).
PyObject* error_type = nullptr;

// "PATH: page N: message", as the command line names a file that failed (a FileError from the
// stages names only the base name).
FileError with_path(const FileError& e, const std::string& path) {
  std::string what = e.what();
  std::string prefix = e.file() + ": ";
  if (what.rfind(prefix, 0) == 0) what.erase(0, prefix.size());
  if (e.page() > 0) {
    std::string page = "page " + std::to_string(e.page()) + ": ";
    if (what.rfind(page, 0) == 0) what.erase(0, page.size());
  }
  return FileError(path, e.page(), what);
}

// What the Python functions take besides the path: --pages, --password and --timeout.
struct ReadArgs {
  extract::ReadOptions read;
  std::optional<double> timeout_seconds;
};

ReadArgs read_args(std::vector<int> pages, std::string password, std::optional<double> timeout) {
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  return {.read = {.pages = std::move(pages), .password = std::move(password)},
          .timeout_seconds = timeout};
}

// One file through every stage, as `gongkai convert` does it. Called without the GIL.
Document run_pipeline(const std::string& path, const ReadArgs& args) {
  gil_held_in_pipeline = PyGILState_Check() != 0;
  try {
    std::optional<WorkDeadline> deadline;
    if (args.timeout_seconds)
      deadline.emplace(
          std::chrono::milliseconds(static_cast<long long>(*args.timeout_seconds * 1000)));
    Document doc = parse::parse_document(extract::read_file(path, args.read));
    check_work_limit();
    check::run_checks(doc);
    check_work_limit();
    return doc;
  } catch (const FileError& e) {
    throw with_path(e, path);
  } catch (const std::exception& e) {
    throw FileError(path, 0, e.what());
  }
}

std::string convert_json(const std::string& path, bool pretty, std::vector<int> pages,
                         std::string password, std::optional<double> timeout) {
  ReadArgs args = read_args(std::move(pages), std::move(password), timeout);
  py::gil_scoped_release release;
  Document doc = run_pipeline(path, args);
  std::ostringstream out;
  emit::write_json(doc, out, {.pretty = pretty});
  return out.str();
}

// A field of a TidyRow as a Python value: None for NULL, int, bool, or str. `kind` tells the
// package how to type the DataFrame's column (int: pandas' nullable Int64; decimal: Decimal).
struct TidyField {
  std::string_view name;
  std::string_view kind;  // text, int, bool, decimal
  std::function<py::object(const emit::TidyRow&)> get;
};

py::object text(const std::optional<std::string>& s) {
  return s ? py::object(py::str(*s)) : py::none();
}
py::object number(const std::optional<int>& n) {
  return n ? py::object(py::int_(*n)) : py::none();
}

// The typed fields the module knows. Columns come from emit::tidy_columns() (the one home of a
// tidy row): a column not listed here still comes out, as tidy_field's text.
const std::vector<TidyField>& typed_fields() {
  using R = emit::TidyRow;
  static const std::vector<TidyField> fields = {
      {"document", "text", [](const R& r) { return py::object(py::str(r.document)); }},
      {"department", "text", [](const R& r) { return text(r.department); }},
      {"year", "int", [](const R& r) { return number(r.year); }},
      {"document_kind", "text", [](const R& r) { return py::object(py::str(r.document_kind)); }},
      {"budget_unit", "text", [](const R& r) { return text(r.budget_unit); }},
      {"table_number", "text", [](const R& r) { return text(r.table_number); }},
      {"table_title", "text", [](const R& r) { return text(r.table_title); }},
      {"table_kind", "text", [](const R& r) { return py::object(py::str(r.table_kind)); }},
      {"page", "int", [](const R& r) { return number(r.page); }},
      {"row_code", "text", [](const R& r) { return text(r.row_code); }},
      {"row_level", "text", [](const R& r) { return text(r.row_level); }},
      {"row_label", "text", [](const R& r) { return text(r.row_label); }},
      {"is_total", "bool", [](const R& r) { return py::object(py::bool_(r.is_total)); }},
      {"column", "text", [](const R& r) { return text(r.column); }},
      {"column_role", "text", [](const R& r) { return py::object(py::str(r.column_role)); }},
      {"column_year", "int", [](const R& r) { return number(r.column_year); }},
      {"three_public_item", "text", [](const R& r) { return text(r.three_public_item); }},
      {"value", "decimal", [](const R& r) { return py::object(py::str(r.value)); }},
      {"unit", "text", [](const R& r) { return text(r.unit); }},
      {"value_yuan", "decimal", [](const R& r) { return text(r.value_yuan); }},
  };
  return fields;
}

// The tidy rows of one file, column by column: {"columns": [names], "kinds": [kinds],
// "data": {name: [values]}}; gongkai.tidy makes the DataFrame.
py::dict tidy_data(const std::string& path, const std::string& document, std::vector<int> pages,
                   std::string password, std::optional<double> timeout) {
  ReadArgs args = read_args(std::move(pages), std::move(password), timeout);
  std::vector<emit::TidyRow> rows;
  {
    py::gil_scoped_release release;
    Document doc = run_pipeline(path, args);
    rows = emit::tidy_rows(doc, document);
  }
  auto columns = emit::tidy_columns();
  py::list names, kinds;
  py::dict data;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto& fields = typed_fields();
    auto field = std::find_if(fields.begin(), fields.end(),
                              [&](const TidyField& f) { return f.name == columns[c]; });
    py::list values(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (field != fields.end()) {
        values[r] = field->get(rows[r]);
      } else {
        std::string t = emit::tidy_field(rows[r], c);
        values[r] = t.empty() ? py::object(py::none()) : py::object(py::str(t));
      }
    }
    py::str name(std::string(columns[c]));
    names.append(name);
    kinds.append(field != fields.end() ? std::string(field->kind) : "text");
    data[name] = values;
  }
  py::dict result;
  result["columns"] = names;
  result["kinds"] = kinds;
  result["data"] = data;
  return result;
}

// gongkai.Error carries the file and the page (0: the whole file) as attributes too.
void raise_error(const FileError& e) {
  py::object error = py::reinterpret_borrow<py::object>(error_type)(e.what());
  error.attr("file") = e.file();
  error.attr("page") = e.page();
  PyErr_SetObject(error_type, error.ptr());
}

}  // namespace
}  // namespace gongkai::python

PYBIND11_MODULE(_gongkai, m) {
  using namespace gongkai::python;
  m.doc() = "gongkai's C++ pipeline; use the package gongkai, not this module.";
  m.attr("__version__") = std::string(gongkai::kVersion);

  py::object error = py::reinterpret_steal<py::object>(
      PyErr_NewExceptionWithDoc("gongkai.Error",
                                "A file that could not be converted: the message names the file "
                                "and, where known, the page (also the attributes file and page, "
                                "0 for the whole file).",
                                PyExc_Exception, nullptr));
  m.attr("Error") = error;
  error_type = error.ptr();
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const gongkai::FileError& e) {
      raise_error(e);
    }
  });

  m.def("convert_json", &convert_json, py::arg("path"), py::arg("pretty") = true,
        py::arg("pages") = std::vector<int>{}, py::arg("password") = "",
        py::arg("timeout") = py::none(),
        "The JSON document of one file, as `gongkai convert FILE -o -` prints it.");
  m.def(
      "tidy_columns",
      [] {
        py::list names;
        for (std::string_view c : gongkai::emit::tidy_columns()) names.append(std::string(c));
        return names;
      },
      "The tidy rows' column names, in the order of tidy.csv.");
  m.def("tidy_data", &tidy_data, py::arg("path"), py::arg("document"),
        py::arg("pages") = std::vector<int>{}, py::arg("password") = "",
        py::arg("timeout") = py::none(), "The tidy rows of one file, column by column.");
  m.def(
      "_gil_held_during_last_convert", [] { return gil_held_in_pipeline; },
      "Whether this thread held the GIL during its last conversion (for the tests).");
}
