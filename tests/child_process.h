// Copyright 2026 The precis Authors.
//
// A child process for end-to-end tests: argv run with its standard error
// (and output) in a log file, signalled, waited for, killed on destruction.

#ifndef PRECIS_TESTS_CHILD_PROCESS_H_
#define PRECIS_TESTS_CHILD_PROCESS_H_

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace precis::testing {

class ChildProcess {
 public:
  ChildProcess(std::vector<std::string> argv, std::string log_path, const std::string& working_dir = "")
      : log_(std::move(log_path)) {
    pid_ = ::fork();
    if (pid_ == 0) {
      const int fd = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, 1);
      ::dup2(fd, 2);
      if (!working_dir.empty() && ::chdir(working_dir.c_str()) != 0) ::_exit(126);
      std::vector<char*> c;
      for (auto& a : argv) c.push_back(a.data());
      c.push_back(nullptr);
      ::execv(c[0], c.data());
      ::_exit(127);
    }
  }
  ~ChildProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGCONT);
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  std::string Log() const { return ReadWholeFile(log_); }
  void Signal(int sig) const {
    if (pid_ > 0) ::kill(pid_, sig);
  }
  // True while it has not exited (records the exit status once it has).
  bool Running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) != pid_) return true;
    Record(status);
    return false;
  }
  // Sends `sig` (0: none) and waits up to `seconds` for the exit; its status,
  // 128 + the signal that ended it, or -1 if it did not end.
  int Stop(int sig = SIGTERM, int seconds = 30) {
    if (pid_ <= 0) return exit_status_;
    if (sig != 0) ::kill(pid_, sig);
    for (int i = 0; i < seconds * 100; ++i) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        Record(status);
        return exit_status_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return -1;
  }
  int exit_status() const { return exit_status_; }

 private:
  void Record(int status) {
    pid_ = -1;
    exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  std::string log_;
  pid_t pid_ = -1;
  int exit_status_ = -1;
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CHILD_PROCESS_H_
