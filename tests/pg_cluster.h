// Copyright 2026 The precis Authors.
//
// A throw-away PostgreSQL cluster for tests: Debian's initdb and pg_ctl
// (postgresql, installed by scripts/install-deps.sh) in a temporary
// directory, listening only on a Unix socket there (no TCP port, nothing
// beyond this process' directory). Run as root, the server runs as the
// `postgres` user (PostgreSQL refuses root). Stopped and removed on
// destruction.
//
// Without PostgreSQL's binaries the cluster is not ok() and reason() says
// why: tests skip, except under CI=true where they fail.

#ifndef PRECIS_TESTS_PG_CLUSTER_H_
#define PRECIS_TESTS_PG_CLUSTER_H_

#include <glob.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

namespace precis::testing {

class PgCluster {
 public:
  PgCluster() {
    glob_t g{};
    if (::glob("/usr/lib/postgresql/*/bin/initdb", 0, nullptr, &g) == 0 && g.gl_pathc > 0) {
      bin_ = std::filesystem::path(g.gl_pathv[g.gl_pathc - 1]).parent_path().string();
    }
    globfree(&g);
    if (bin_.empty()) {
      reason_ = "PostgreSQL's initdb not found under /usr/lib/postgresql (run scripts/install-deps.sh)";
      return;
    }
    char tmpl[] = "/tmp/precis-pg-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) {
      reason_ = "cannot make a temporary directory";
      return;
    }
    dir_ = tmpl;
    std::random_device rd;
    port_ = 20000 + static_cast<int>(rd() % 30000);  // names the socket file only
    if (::geteuid() == 0) {
      const passwd* pw = ::getpwnam("postgres");
      if (pw == nullptr) {
        reason_ = "running as root and there is no postgres user to run PostgreSQL as";
        return;
      }
      as_ = "runuser -u postgres -- ";
      Run("chown postgres " + dir_);
    }
    if (!Run(as_ + bin_ + "/initdb -D " + dir_ + "/data -U precis -A trust -E UTF8 --locale=C.UTF-8 >" +
             dir_ + "/initdb.log 2>&1")) {
      reason_ = "initdb failed (see " + dir_ + "/initdb.log)";
      return;
    }
    if (!Start()) {
      reason_ = "the PostgreSQL server did not start (see " + dir_ + "/server.log)";
      return;
    }
    ok_ = true;
  }
  ~PgCluster() {
    if (!dir_.empty()) {
      Run(as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate stop >/dev/null 2>&1");
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
    }
  }
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;

  bool ok() const { return ok_; }
  const std::string& reason() const { return reason_; }

  // A libpq URL of a fresh database (one per call: tests do not share).
  std::string NewDatabase() {
    const std::string name = "t" + std::to_string(++databases_);
    Run(bin_ + "/createdb -h " + dir_ + " -p " + std::to_string(port_) + " -U precis " + name);
    return Url(name);
  }
  std::string Url(const std::string& database) const {
    return "postgresql:///" + database + "?host=" + dir_ + "&port=" + std::to_string(port_) + "&user=precis";
  }

  bool Start() {
    return Run(as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/server.log -w -t 60 -o \"-k " +
               dir_ + " -p " + std::to_string(port_) +
               " -c listen_addresses= -c fsync=off\" start >/dev/null 2>&1");
  }
  // mode: fast (clean), immediate (a crash, as kill -9 of the server).
  bool Stop(const std::string& mode = "fast") {
    return Run(as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m " + mode + " -w stop >/dev/null 2>&1");
  }

 private:
  static bool Run(const std::string& command) { return std::system(command.c_str()) == 0; }

  std::string bin_, dir_, as_, reason_;
  int port_ = 0;
  int databases_ = 0;
  bool ok_ = false;
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_PG_CLUSTER_H_
