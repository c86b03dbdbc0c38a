// gongkai._gongkai: the C++ pipeline (extract → parse → check → emit) for Python. The package
// gongkai/__init__.py builds the public functions on top of it (dicts, DataFrames).
//
// Every function converts without the GIL, so that Python threads convert files in parallel and
// other Python code runs meanwhile; the GIL is taken again only to build the Python result.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <chrono>
#include <exception>
#include <optional>
#include <sstream>
#include <string>

#include "check/check.h"
#include "core/error.h"
#include "core/version.h"
#include "core/work_limit.h"
#include "emit/emit.h"
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

// One file through every stage, as `gongkai convert` does it. Called without the GIL.
Document run_pipeline(const std::string& path, std::optional<double> timeout_seconds) {
  gil_held_in_pipeline = PyGILState_Check() != 0;
  try {
    std::optional<WorkDeadline> deadline;
    if (timeout_seconds)
      deadline.emplace(std::chrono::milliseconds(static_cast<long long>(*timeout_seconds * 1000)));
    Document doc = parse::parse_document(extract::read_file(path));
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

std::string convert_json(const std::string& path, bool pretty, std::optional<double> timeout) {
  py::gil_scoped_release release;
  Document doc = run_pipeline(path, timeout);
  std::ostringstream out;
  emit::write_json(doc, out, {.pretty = pretty});
  return out.str();
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
        py::arg("timeout") = py::none(),
        "The JSON document of one file, as `gongkai convert FILE -o -` prints it.");
  m.def(
      "_gil_held_during_last_convert", [] { return gil_held_in_pipeline; },
      "Whether this thread held the GIL during its last conversion (for the tests).");
}
