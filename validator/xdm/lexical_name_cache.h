// Values kept by a node's lexical name (prefix, namespace URI, local name) under a caller's
// fixed-length head (a test's slot, a schema's id and node kinds), across the documents one
// thread checks: a batch of invoices repeats the same names, so what a name decides is worked
// out at its first node in the first document and looked up afterwards. Bounded: forgotten as a
// whole when it holds `limit` values (a stream of documents with ever new names must not grow it).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "validator/xdm/document.h"

namespace konform::xdm {

template <typename Value>
class LexicalNameCache {
 public:
  explicit LexicalNameCache(std::size_t limit) : limit_(limit) {}

  /// The value kept under `head` and the lexical name of node n of d, or null. Every head a
  /// cache is given must have the same length: the key is the head, then the three parts of the
  /// name (which never contain NUL), each after a NUL.
  const Value* find(std::string_view head, const Document& d, NodeIndex n) {
    key_.assign(head);
    for (std::string_view part : {d.prefix(n), d.namespace_uri(n), d.local_name(n)}) {
      key_.push_back('\0');
      key_.append(part);
    }
    auto it = values_.find(key_);
    return it == values_.end() ? nullptr : &it->second;
  }

  /// Keeps `value` under the key of the last find.
  void keep(Value value) {
    if (values_.size() >= limit_) values_.clear();
    values_.emplace(key_, std::move(value));
  }

  std::size_t size() const { return values_.size(); }

 private:
  std::size_t limit_;
  std::string key_;
  std::unordered_map<std::string, Value> values_;
};

}  // namespace konform::xdm
