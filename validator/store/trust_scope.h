// A trusted key's scope: the profile ids it may sign, as globs over ids ('*' any run of
// characters, '?' one character), e.g. `de.sn.*` for every id below de.sn. A municipality's key
// scoped to `de.sn.*` therefore cannot publish `de.bund.*` (nor `de.sn` itself: name it too).
#pragma once

#include <string>
#include <vector>

namespace konform::store {

/// Throws ConfigError when `pattern` is empty or holds a character profile ids do not use
/// (letters, digits, '.', '-', '_') other than the wildcards '*' and '?'.
void check_scope_pattern(const std::string& pattern);

/// Whether `id` matches one of `scope`'s patterns.
bool scope_covers(const std::vector<std::string>& scope, const std::string& id);

}  // namespace konform::store
