// Copyright 2026 The precis Authors.

#include "precis/status.h"

namespace precis {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "OK";
    case StatusCode::kInvalidArgument:
      return "invalid input";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kDataLoss:
      return "unreadable encoding";
    case StatusCode::kResourceExhausted:
      return "too large";
    case StatusCode::kFailedPrecondition:
      return "missing data";
    case StatusCode::kUnimplemented:
      return "unsupported";
    case StatusCode::kInternal:
      return "internal error";
    case StatusCode::kUnavailable:
      return "unavailable";
    case StatusCode::kPermissionDenied:
      return "refused";
  }
  return "unknown";
}

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  std::string message(context);
  message += ": ";
  message += message_;
  return Status(code_, std::move(message));
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out = StatusCodeName(code_);
  out += ": ";
  out += message_;
  return out;
}

}  // namespace precis
