// Copyright 2026 The precis Authors.
//
// Status and Result<T>: how every precis function reports failure.
//
// The library never aborts, exits or prints on bad input or bad data files. A
// function that can fail returns a Status (or a Result<T> holding either a
// value or a non-OK Status). Messages name the offending input and, where it
// helps, quote a fragment of it, e.g.
//   "notes.txt: invalid UTF-8 at byte 1042 and not GB18030 either".
// The command line maps StatusCode to exit codes in one function.

#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace precis {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the input itself is unusable (bad format, no paragraphs)
  kNotFound,            // a named file does not exist
  kDataLoss,            // bytes that are not text in any supported encoding
  kResourceExhausted,   // input over a documented limit
  kFailedPrecondition,  // a data file precis needs is missing or corrupt
  kUnimplemented,       // a request precis does not support (yet)
  kInternal,            // a bug in precis
  kUnavailable,         // a server precis needs (a model, a page's) cannot be reached or keeps failing
  kPermissionDenied,    // a request precis refuses on principle (a URL into a private network)
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "<context>: <message>".
  Status WithContext(std::string_view context) const;

  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

const char* StatusCodeName(StatusCode code);

inline Status InvalidArgumentError(std::string message) {
  return Status(StatusCode::kInvalidArgument, std::move(message));
}
inline Status NotFoundError(std::string message) { return Status(StatusCode::kNotFound, std::move(message)); }
inline Status DataLossError(std::string message) { return Status(StatusCode::kDataLoss, std::move(message)); }
inline Status ResourceExhaustedError(std::string message) {
  return Status(StatusCode::kResourceExhausted, std::move(message));
}
inline Status FailedPreconditionError(std::string message) {
  return Status(StatusCode::kFailedPrecondition, std::move(message));
}
inline Status UnimplementedError(std::string message) {
  return Status(StatusCode::kUnimplemented, std::move(message));
}
inline Status PermissionDeniedError(std::string message) {
  return Status(StatusCode::kPermissionDenied, std::move(message));
}
inline Status InternalError(std::string message) { return Status(StatusCode::kInternal, std::move(message)); }
inline Status UnavailableError(std::string message) {
  return Status(StatusCode::kUnavailable, std::move(message));
}

// Either a value of type T or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {  // NOLINT
    if (std::get<Status>(data_).ok()) {
      data_ = Status(StatusCode::kInternal, "Result built from an OK status");
    }
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }

  // Precondition: ok().
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace precis

#define PRECIS_STATUS_CONCAT_INNER_(a, b) a##b
#define PRECIS_STATUS_CONCAT_(a, b) PRECIS_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` (a Status) is not OK.
#define PRECIS_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::precis::Status precis_status_ = (expr);        \
    if (!precis_status_.ok()) return precis_status_; \
  } while (0)

// `lhs = value of expr` (a Result<T>), or returns its Status.
#define PRECIS_ASSIGN_OR_RETURN(lhs, expr)                           \
  auto PRECIS_STATUS_CONCAT_(precis_result_, __LINE__) = (expr);     \
  if (!PRECIS_STATUS_CONCAT_(precis_result_, __LINE__).ok())         \
    return PRECIS_STATUS_CONCAT_(precis_result_, __LINE__).status(); \
  lhs = std::move(PRECIS_STATUS_CONCAT_(precis_result_, __LINE__)).value()

#endif  // PRECIS_STATUS_H_
