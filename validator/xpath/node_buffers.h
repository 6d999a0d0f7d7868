// Reusable node vectors for path evaluation. Each path step, each axis step's candidates and
// each evaluated path hold a short-lived std::vector<NodeRef>; allocated afresh, they cost about
// 180,000 mallocs and frees on the 86 XRechnung test-suite invoices. Evaluation borrows them from
// its DynamicContext instead and gives them back emptied, with their capacity. A path nested in
// a predicate borrows vectors of its own: a vector is lent to one borrower at a time.
#pragma once

#include <cstddef>
#include <vector>

#include "validator/xdm/document.h"

namespace konform::xpath {

using NodeVector = std::vector<xdm::NodeRef>;

/// The spare vectors of one DynamicContext, so of one thread at a time.
class NodeBufferPool {
 public:
  NodeBufferPool() { spare_.reserve(kMaxSpare); }
  /// An empty vector, with the capacity of one given back before when there is one.
  NodeVector take() {
    if (spare_.empty()) return {};
    NodeVector v = std::move(spare_.back());
    spare_.pop_back();
    return v;
  }
  /// Keeps `v`'s storage for the next take(); never allocates (it runs in destructors).
  void give_back(NodeVector&& v) noexcept {
    if (v.capacity() == 0 || v.capacity() > kMaxKeptCapacity || spare_.size() == kMaxSpare) return;
    v.clear();
    spare_.push_back(std::move(v));
  }

 private:
  /// Bounds what a pool holds between evaluations: 64 vectors of at most 2^16 nodes each. Deeper
  /// nesting or larger node sets still work, with vectors of their own.
  static constexpr std::size_t kMaxSpare = 64;
  static constexpr std::size_t kMaxKeptCapacity = std::size_t{1} << 16;
  std::vector<NodeVector> spare_;
};

/// A vector borrowed from a pool for one scope and given back when it ends; with no pool (no
/// dynamic context), a vector of its own.
class NodeBuffer {
 public:
  explicit NodeBuffer(NodeBufferPool* pool) : pool_(pool) {
    if (pool_ != nullptr) nodes_ = pool_->take();
  }
  ~NodeBuffer() {
    if (pool_ != nullptr) pool_->give_back(std::move(nodes_));
  }
  NodeBuffer(const NodeBuffer&) = delete;
  NodeBuffer& operator=(const NodeBuffer&) = delete;

  NodeVector& operator*() { return nodes_; }
  NodeVector* operator->() { return &nodes_; }

 private:
  NodeBufferPool* pool_;
  NodeVector nodes_;
};

}  // namespace konform::xpath
