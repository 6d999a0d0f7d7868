// How reading one input as XML ended. The reader (validator/xml) knows it; the check stage keeps
// it in the input's result, so whoever needs to know whether the whole input was read asks this
// instead of guessing from which findings were made.
#pragma once

namespace konform {

enum class ReadEnd {
  kCompleted,  ///< the whole document was read (findings may still say it is invalid)
  kRejected,   ///< stopped on a definite error (not well-formed, DOCTYPE): a verdict is possible
  kAborted,    ///< stopped for a reason that says nothing about conformance (internal error)
  kStopped,    ///< the sink ended the read early (StopReading)
};

}  // namespace konform
