#include "validator/profilediff/profile_diff.h"

#include <algorithm>
#include <iterator>

namespace konform::profilediff {

namespace {

using Change = ProfileDiff::Change;

const std::string* value_of(const Fields& fields, const std::string& name) {
  for (const auto& [field, value] : fields) {
    if (field == name) return &value;
  }
  return nullptr;
}

/// The fields of an item present on one side only: its non-empty values, as before or after.
std::vector<ProfileDiff::Field> one_sided(const Fields& fields, bool is_after) {
  std::vector<ProfileDiff::Field> out;
  for (const auto& [name, value] : fields) {
    if (value.empty()) continue;
    out.push_back(is_after ? ProfileDiff::Field{name, "", value}
                           : ProfileDiff::Field{name, value, ""});
  }
  return out;
}

/// The fields whose values differ: those of `to` in its order, then any only `from` has.
std::vector<ProfileDiff::Field> changed_fields(const Fields& from, const Fields& to) {
  std::vector<ProfileDiff::Field> out;
  static const std::string kNone;
  for (const auto& [name, after] : to) {
    const std::string* before = value_of(from, name);
    if (!before || *before != after) out.push_back({name, before ? *before : kNone, after});
  }
  for (const auto& [name, before] : from) {
    if (!value_of(to, name)) out.push_back({name, before, kNone});
  }
  return out;
}

/// Walks two maps sorted by the same key in step, calling `visit(key, from, to)` with null for
/// the side that lacks the key: the merge every section of the diff is built on.
template <typename Key, typename Value, typename Visit>
void merge_by_key(const std::map<Key, Value>& from, const std::map<Key, Value>& to, Visit visit) {
  auto a = from.begin();
  auto b = to.begin();
  while (a != from.end() || b != to.end()) {
    if (b == to.end() || (a != from.end() && a->first < b->first)) {
      visit(a->first, &a->second, nullptr);
      ++a;
    } else if (a == from.end() || b->first < a->first) {
      visit(b->first, nullptr, &b->second);
      ++b;
    } else {
      visit(a->first, &a->second, &b->second);
      ++a;
      ++b;
    }
  }
}

std::vector<ProfileDiff::Item> diff_items(const std::map<std::string, Fields>& from,
                                          const std::map<std::string, Fields>& to) {
  std::vector<ProfileDiff::Item> items;
  merge_by_key(from, to, [&](const std::string& id, const Fields* before, const Fields* after) {
    if (!before) {
      items.push_back({id, Change::kAdded, one_sided(*after, true)});
    } else if (!after) {
      items.push_back({id, Change::kRemoved, one_sided(*before, false)});
    } else if (auto fields = changed_fields(*before, *after); !fields.empty()) {
      items.push_back({id, Change::kChanged, std::move(fields)});
    }
  });
  return items;
}

std::vector<std::string> only_in(const std::set<std::string>& these,
                                 const std::set<std::string>& not_those) {
  std::vector<std::string> out;
  std::set_difference(these.begin(), these.end(), not_those.begin(), not_those.end(),
                      std::back_inserter(out));
  return out;
}

std::vector<ProfileDiff::CodeList> diff_codelists(
    const std::map<std::string, CodeListSnapshot>& from,
    const std::map<std::string, CodeListSnapshot>& to) {
  std::vector<ProfileDiff::CodeList> lists;
  merge_by_key(
      from, to,
      [&](const std::string& uri, const CodeListSnapshot* before, const CodeListSnapshot* after) {
        ProfileDiff::CodeList list;
        list.uri = uri;
        list.change = !before ? Change::kAdded : !after ? Change::kRemoved : Change::kChanged;
        if (before) {
          list.version_before = before->version;
          list.codes_before = before->codes.size();
        }
        if (after) {
          list.version_after = after->version;
          list.codes_after = after->codes.size();
        }
        if (before && after) {
          list.codes_added = only_in(after->codes, before->codes);
          list.codes_removed = only_in(before->codes, after->codes);
          if (before->version == after->version && list.codes_added.empty() &&
              list.codes_removed.empty()) {
            return;
          }
        }
        lists.push_back(std::move(list));
      });
  return lists;
}

std::vector<ProfileDiff::Artefact> diff_artefacts(
    const std::map<std::pair<std::string, std::string>, ArtefactSnapshot>& from,
    const std::map<std::pair<std::string, std::string>, ArtefactSnapshot>& to) {
  std::vector<ProfileDiff::Artefact> artefacts;
  merge_by_key(from, to,
               [&](const std::pair<std::string, std::string>& key, const ArtefactSnapshot* before,
                   const ArtefactSnapshot* after) {
                 if (before && after && before->sha256 == after->sha256) return;
                 artefacts.push_back({key.first, key.second, after ? after->kind : before->kind,
                                      !before  ? Change::kAdded
                                      : !after ? Change::kRemoved
                                               : Change::kChanged,
                                      before ? before->sha256 : "", after ? after->sha256 : ""});
               });
  return artefacts;
}

}  // namespace

ProfileDiff diff_profiles(const ProfileSnapshot& from, const ProfileSnapshot& to) {
  ProfileDiff diff;
  diff.from = {from.id, from.version, from.sha256};
  diff.to = {to.id, to.version, to.sha256};
  diff.document_types = diff_items(from.document_types, to.document_types);
  diff.rules = diff_items(from.rules, to.rules);
  diff.codelists = diff_codelists(from.codelists, to.codelists);
  diff.artefacts = diff_artefacts(from.artefacts, to.artefacts);
  return diff;
}

}  // namespace konform::profilediff
