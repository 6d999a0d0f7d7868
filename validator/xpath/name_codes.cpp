#include "validator/xpath/name_codes.h"

#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace konform::xpath {
namespace {

// Slots are handed out while expressions compile (possibly from several threads) and read while
// they run; a deque keeps the names in place as it grows.
struct SlotTable {
  std::mutex mutex;
  std::map<std::pair<std::string, std::string>, std::uint32_t, std::less<>> slots;
  std::deque<std::pair<std::string, std::string>> names;  // by slot
};

SlotTable& slot_table() {
  static SlotTable table;
  return table;
}

}  // namespace

std::uint32_t name_slot(std::string_view namespace_uri, std::string_view local_name) {
  SlotTable& table = slot_table();
  std::lock_guard lock(table.mutex);
  auto key = std::pair(std::string(namespace_uri), std::string(local_name));
  auto [it, added] = table.slots.emplace(key, static_cast<std::uint32_t>(table.names.size()));
  if (added) table.names.push_back(std::move(key));
  return it->second;
}

xdm::NameCode NameCodeCache::look_up(std::uint32_t slot, const xdm::Document& document) {
  SlotTable& table = slot_table();
  std::lock_guard lock(table.mutex);
  const auto& [ns, local] = table.names[slot];
  return document.find_name_code(ns, local);
}

}  // namespace konform::xpath
