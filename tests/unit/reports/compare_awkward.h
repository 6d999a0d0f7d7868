// One CompareMatrix that exercises what the compare renderers must get right: markup and quote
// characters and umlauts in names, paths, titles and product names; every cell state and every
// severity of a failing cell; all rule levels; a rule without titles; a candidate without
// product name and one whose check was incomplete. The golden files of `konform compare`'s
// formats are rendered from it.
#pragma once

#include "validator/core/compare_matrix.h"

namespace konform::test {

CompareMatrix awkward_compare_matrix();

}  // namespace konform::test
