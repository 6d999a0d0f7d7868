// konform's exit codes: the contract CI pipelines rely on.
#pragma once

namespace konform::cli {

enum ExitCode : int {
  kExitOk = 0,          ///< no finding at or above --fail-on
  kExitFindings = 1,    ///< findings at or above --fail-on
  kExitConfig = 2,      ///< usage or configuration error: bad option, missing file, broken profile
  kExitIncomplete = 3,  ///< some input could not be fully checked (wins over 1)
};

}  // namespace konform::cli
