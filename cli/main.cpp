// gongkai: the command line. It only maps arguments to jobs and exceptions to exit codes; the
// work is in the stage libraries.
#include <CLI/CLI.hpp>
#include <iomanip>
#include <iostream>

#include "cli/convert.h"
#include "cli/inspect_command.h"
#include "cli/review_command.h"
#include "cli/run_lock.h"
#include "core/table_kinds.h"
#include "core/version.h"

int main(int argc, char** argv) {
  CLI::App app{
      "gongkai (公开): Chinese government budget and final-account disclosures "
      "(部门预算/决算公开,\n"
      "PDF or tab-separated text) into exact, checked tables: JSON, CSV, a tidy long CSV and "
      "SQLite."};
  const std::string version = "gongkai " + std::string(gongkai::kVersion);
  app.set_version_flag("--version", version);
  app.require_subcommand(1);

  gongkai::cli::ConvertOptions convert;
  auto* cmd = app.add_subcommand("convert", "Convert disclosures (PDF or text) into JSON and CSV");
  // Not CLI::ExistingPath: a missing input is named and the others go on (exit code 1).
  cmd->add_option("inputs", convert.inputs, "Input files, or folders searched for .pdf and .txt")
      ->required();
  cmd->add_option("-o,--output", convert.output,
                  "Output folder (created), or - to print the JSON of a single input on stdout")
      ->capture_default_str();
  cmd->add_flag("!--no-csv", convert.csv, "Do not write one CSV per table");
  cmd->add_flag("!--no-tidy", convert.tidy, "Do not write the tidy long CSV (tidy.csv)");
  cmd->add_flag("--bom", convert.csv_bom,
                "Start every CSV with a UTF-8 BOM (Excel and WPS on Windows read CSV without one "
                "as GBK)");
  cmd->add_flag("--xlsx", convert.xlsx,
                "Also write NAME.xlsx: a sheet per table (amounts as numbers, codes as text) and "
                "the failed checks");
  cmd->add_option("--format", convert.formats,
                  "Outputs, comma-separated: json,csv,tidy,xlsx (default json,csv,tidy; --no-csv, "
                  "--no-tidy and --xlsx adjust it)")
      ->delimiter(',');
  cmd->add_option("--pages", convert.pages,
                  "Read only these pages: 3-9,12 (a text input's pages are its form feeds; the "
                  "store records the selection: a later full run converts again)");
  cmd->add_option("--password", convert.password,
                  "Password of encrypted PDFs (the owner's or the user's)");
  cmd->add_option("--sqlite", convert.sqlite,
                  "The SQLite store (created or updated; default OUTDIR/gongkai.sqlite)");
  cmd->add_option("--db", convert.db,
                  "A PostgreSQL database as the store, instead of SQLite: a URI "
                  "(postgresql://user@host/db) or a libpq conninfo (\"host=/run/postgresql "
                  "dbname=budgets\"); several runs, on several machines, may load one at once");
  std::string shard;
  cmd->add_option("--shard", shard,
                  "Convert only share I of N of the inputs (I/N, 1 <= I <= N), by a hash of each "
                  "input's path: N runs with 1/N … N/N, on any machines, cover every input once")
      ->check([](const std::string& text) {
        return gongkai::cli::parse_shard(text) ? std::string()
                                               : "--shard takes I/N with 1 <= I <= N: " + text;
      });
  cmd->add_flag("!--no-store", convert.store,
                "Keep no store (then a rerun converts everything again)");
  cmd->add_flag("--force", convert.force,
                "Convert every input, even those the store says are unchanged since the last run");
  cmd->add_flag("--strict", convert.strict,
                "Exit with code 3 when a document has a failed check (arithmetic or structure)");
  cmd->add_option("--ignore", convert.ignore,
                  "Identities whose failures --strict passes over (structure:change_explained …; "
                  "a name ending in ':' covers its family)");
  cmd->add_flag("--review", convert.review,
                "Also write OUTDIR/review/NAME.html per PDF and OUTDIR/review/index.html (see "
                "gongkai review)");
  cmd->add_flag("-q,--quiet", convert.quiet, "Only errors on stderr, no progress");
  cmd->add_flag("--compact", convert.compact, "Write JSON on one line");
  cmd->add_option("-j,--jobs", convert.jobs,
                  "Files converted in parallel (default: one per core, at most 8; outputs are the "
                  "same whatever the number)")
      ->check(CLI::Range(1u, 64u));
  double timeout_seconds = 300;
  cmd->add_option("--timeout", timeout_seconds,
                  "Seconds one file may take; a file that takes longer is named (timed out) and "
                  "the batch goes on")
      ->capture_default_str()
      ->check(CLI::Range(0.001, 86400.0));
  cmd->footer(
      "Outputs mirror each input's path below the folder given (2018/NAME.pdf gives\n"
      "OUTDIR/2018/NAME.json): NAME.json (the document: source, document, tables, checks,\n"
      "diagnostics), NAME/NN-KIND-TITLE.csv (one per table), NAME.xlsx (--xlsx); for the run:\n"
      "OUTDIR/tidy.csv (one row per amount), OUTDIR/gongkai.sqlite (the store and its manifest:\n"
      "a rerun skips inputs unchanged since they converted). Every file appears whole or not at\n"
      "all.\n"
      "Exit codes: 0 done; 1 some input could not be converted (named on stderr with its page),\n"
      "or another run holds OUTDIR; 2 bad arguments; 3 --strict and a check failed;\n"
      "130 interrupted (what was done is kept: run again to resume).");

  gongkai::cli::InspectOptions inspect;
  auto* ins = app.add_subcommand("inspect", "Show the lines and cells found on one PDF page");
  ins->add_option("file", inspect.file, "A PDF")->required()->check(CLI::ExistingFile);
  ins->add_option("-p,--page", inspect.page, "1-based page number")->required();
  ins->add_option("--png", inspect.png,
                  "Also draw the page with its tables and cells (coloured by role) into this PNG");

  gongkai::cli::ReviewCommandOptions review;
  auto* rev = app.add_subcommand(
      "review", "Write an HTML report per PDF (pages, tables, failed checks) and an index");
  rev->add_option("inputs", review.inputs, "Input files, or folders searched for .pdf and .txt")
      ->required();
  rev->add_option("-o,--output", review.output, "Output folder (created)")->capture_default_str();
  rev->add_option("--dpi", review.dpi, "Page image resolution")
      ->capture_default_str()
      ->check(CLI::Range(36.0, 300.0));
  rev->add_flag("-q,--quiet", review.quiet, "Only errors on stderr");
  rev->footer(
      "Outputs: DIR/NAME.html per input, self-contained (page images inlined, no network), and\n"
      "DIR/index.html, every report in DIR worst first. Exit codes: 0 done; 1 an input could not\n"
      "be read.");

  auto* kinds = app.add_subcommand("kinds", "List the table kinds gongkai recognises");
  for (auto* sub : {cmd, ins, rev, kinds}) sub->set_version_flag("--version", version);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other parse error is a bad argument: 2, as documented
    // (CLI11's own codes, 105 and up, are not).
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    if (cmd->parsed()) {
      convert.timeout = std::chrono::milliseconds(static_cast<long long>(timeout_seconds * 1000));
      if (!shard.empty()) convert.shard = *gongkai::cli::parse_shard(shard);
      return gongkai::cli::run_convert(convert);
    }
    if (ins->parsed()) return gongkai::cli::run_inspect(inspect);
    if (rev->parsed()) return gongkai::cli::run_review(review);
    if (kinds->parsed()) {
      // One kind a line: its id, padded, then what such a table holds.
      for (const auto& k : gongkai::table_kinds())
        std::cout << std::left << std::setw(38) << k.name << k.description << '\n';
      return 0;
    }
  } catch (const gongkai::cli::LockedError& e) {
    std::cerr << "gongkai: " << e.what() << '\n';
    return 1;
  } catch (const gongkai::cli::UsageError& e) {
    std::cerr << "gongkai: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "gongkai: " << e.what() << '\n';
    return 1;
  }
  return 2;
}
