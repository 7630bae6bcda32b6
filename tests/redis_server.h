// Copyright 2026 The precis Authors.
//
// A throw-away redis-server for tests (Debian's redis-server, installed by
// scripts/install-deps.sh): a Unix socket in a temporary directory, no TCP
// port, append-only file on (fsync'd at every write, so a kill -9 loses
// nothing acknowledged); stopped and removed on destruction. Without the
// binary it is not ok() and reason() says why (tests skip, or fail under
// CI=true).

#ifndef PRECIS_TESTS_REDIS_SERVER_H_
#define PRECIS_TESTS_REDIS_SERVER_H_

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

namespace precis::testing {

class RedisServer {
 public:
  RedisServer() {
    if (std::system("command -v redis-server >/dev/null 2>&1") != 0) {
      reason_ = "redis-server not found (run scripts/install-deps.sh)";
      return;
    }
    char tmpl[] = "/tmp/precis-redis-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) {
      reason_ = "cannot make a temporary directory";
      return;
    }
    dir_ = tmpl;
    if (!Start()) reason_ = "redis-server did not start (see " + dir_ + "/redis.log)";
  }
  ~RedisServer() {
    Stop();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  bool ok() const { return pid_ > 0; }
  const std::string& reason() const { return reason_; }
  std::string socket() const { return dir_ + "/redis.sock"; }
  // The queue location of stream `name` on this server.
  std::string Location(const std::string& name) const { return "unix://" + socket() + "?stream=" + name; }

  bool Start() {
    pid_ = ::fork();
    if (pid_ == 0) {
      ::execlp("redis-server", "redis-server", "--port", "0", "--unixsocket", socket().c_str(), "--dir",
               dir_.c_str(), "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--logfile", (dir_ + "/redis.log").c_str(),
               nullptr);
      ::_exit(127);
    }
    // Up when it answers PING (while it loads its append-only file it
    // answers LOADING).
    const std::string ping = "redis-cli -s " + socket() + " ping 2>/dev/null | grep -q PONG";
    for (int i = 0; i < 1000; ++i) {
      struct stat st {};
      if (::stat(socket().c_str(), &st) == 0 && std::system(ping.c_str()) == 0) return true;
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    pid_ = -1;
    return false;
  }
  // signal: SIGTERM (a clean stop), SIGKILL (a crash).
  void Stop(int sig = SIGTERM) {
    if (pid_ <= 0) return;
    ::kill(pid_, sig);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
    std::error_code ec;
    std::filesystem::remove(socket(), ec);
  }

 private:
  std::string dir_, reason_;
  pid_t pid_ = -1;
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_REDIS_SERVER_H_
