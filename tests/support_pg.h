// A throwaway PostgreSQL server for the tests of the PostgreSQL store: Debian's `postgresql`
// binaries (initdb, pg_ctl from `pg_config --bindir`, or /usr/lib/postgresql/*/bin) on a temp
// folder, listening only on a unix socket in that folder (no TCP port, so parallel tests never
// collide), trust authentication, C locale. initdb refuses to run as root: as root, the server
// runs as the user `nobody` (runuser), and the tests connect through the socket as the server's
// superuser `gongkai`. Where it cannot start, `PgServer::get().available()` is false and says why.
#pragma once

#include <libpq-fe.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace gongkai::testing {

class PgServer {
 public:
  static PgServer& get() {
    static PgServer server;
    return server;
  }
  bool available() const { return why_not_.empty(); }
  const std::string& why_not() const { return why_not_; }

  // conninfo of a fresh database named `name` (dropped first if it exists).
  std::string fresh_database(const std::string& name) {
    exec("postgres", "DROP DATABASE IF EXISTS " + name);
    exec("postgres", "CREATE DATABASE " + name);
    return conninfo(name);
  }
  std::string conninfo(const std::string& db) const {
    return "host=" + dir_.string() + " user=gongkai dbname=" + db;
  }

  // Every row of a query, one line per row, columns separated by '|', NULL as "NULL" (the
  // format of store_test's SQLite query()).
  std::string query(const std::string& conninfo, const std::string& sql) const {
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.c_str()), PQfinish);
    if (PQstatus(conn.get()) != CONNECTION_OK) return "<cannot connect>";
    PQsetNoticeProcessor(
        conn.get(), [](void*, const char*) {}, nullptr);  // DROP … IF EXISTS
    std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(conn.get(), sql.c_str()), PQclear);
    auto status = PQresultStatus(r.get());
    if (status == PGRES_COMMAND_OK) return "";
    if (status != PGRES_TUPLES_OK) return std::string("<") + PQerrorMessage(conn.get()) + ">";
    std::string out;
    for (int row = 0; row < PQntuples(r.get()); ++row) {
      for (int c = 0; c < PQnfields(r.get()); ++c) {
        if (c) out += '|';
        out += PQgetisnull(r.get(), row, c) ? "NULL" : PQgetvalue(r.get(), row, c);
      }
      out += '\n';
    }
    return out;
  }

  ~PgServer() {
    if (dir_.empty()) return;
    if (started_)
      run(as_ + bin_ + "/pg_ctl -D '" + (dir_ / "data").string() +
          "' -m immediate stop >/dev/null 2>&1");
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    std::filesystem::remove(dir_.string() + ".initdb", ec);
  }

 private:
  PgServer() {
    bin_ = bin_dir();
    if (bin_.empty()) {
      why_not_ = "no initdb (Debian package postgresql): PostgreSQL tests skipped";
      return;
    }
    char pattern[] = "/tmp/gongkai-pg-XXXXXX";  // short: a socket path has at most 107 bytes
    if (!::mkdtemp(pattern)) {
      why_not_ = "cannot make a temp folder: PostgreSQL tests skipped";
      return;
    }
    dir_ = pattern;
    // Readable by all: root may lack CAP_DAC_OVERRIDE (containers) and must reach the socket.
    std::filesystem::permissions(dir_, std::filesystem::perms(0755));
    if (::geteuid() == 0) {
      // initdb refuses root; the server runs as nobody, which must own its folder.
      const passwd* nobody = ::getpwnam("nobody");
      if (!nobody || ::chown(dir_.c_str(), nobody->pw_uid, nobody->pw_gid) != 0) {
        why_not_ =
            "running as root and cannot hand a folder to the user nobody: PostgreSQL "
            "tests skipped";
        return;
      }
      as_ = "runuser -u nobody -- ";
    }
    // initdb's output goes beside the folder (written by this process), the server's log into
    // it (written by the server's user).
    std::string data = (dir_ / "data").string(), log = (dir_ / "log").string();
    if (run(as_ + bin_ + "/initdb -D '" + data + "' -U gongkai --auth=trust -E UTF8 --no-locale " +
            "-N >'" + dir_.string() + ".initdb' 2>&1") != 0) {
      why_not_ = "initdb failed (" + slurp_log() + "): PostgreSQL tests skipped";
      return;
    }
    if (run(as_ + bin_ + "/pg_ctl -D '" + data + "' -l '" + log + "' -w -t 60 -o \"-c " +
            "listen_addresses='' -k '" + dir_.string() + "' -c fsync=off\" start >/dev/null") !=
        0) {
      why_not_ = "pg_ctl could not start a server (" + slurp_log() + "): PostgreSQL tests skipped";
      return;
    }
    started_ = true;
    if (query(conninfo("postgres"), "SELECT 1") != "1\n")
      why_not_ = "the server does not answer: PostgreSQL tests skipped";
  }

  static std::string bin_dir() {
    namespace fs = std::filesystem;
    std::string out;
    if (FILE* p = ::popen("pg_config --bindir 2>/dev/null", "r")) {
      char line[512];
      if (std::fgets(line, sizeof line, p)) out = line;
      ::pclose(p);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    if (!out.empty() && fs::exists(fs::path(out) / "initdb")) return out;
    std::error_code ec;
    std::string best;
    for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec))
      if (fs::exists(e.path() / "bin" / "initdb") && e.path().string() > best)
        best = e.path().string();
    return best.empty() ? "" : best + "/bin";
  }

  static int run(const std::string& command) { return std::system(command.c_str()); }

  void exec(const std::string& db, const std::string& sql) const { query(conninfo(db), sql); }

  std::string slurp_log() const {
    std::stringstream s;
    for (const std::string& file : {dir_.string() + ".initdb", (dir_ / "log").string()}) {
      std::ifstream in(file);
      s << in.rdbuf();
    }
    std::string text = s.str();
    return text.size() > 400 ? text.substr(text.size() - 400) : text;
  }

  std::string bin_, as_, why_not_;
  std::filesystem::path dir_;
  bool started_ = false;
};

// Boost.Test precondition: skip, saying why, where no server can start.
struct pg_available {
  boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result ok(PgServer::get().available());
    if (!ok) ok.message() << PgServer::get().why_not();
    return ok;
  }
};

}  // namespace gongkai::testing
