// The default limits of checking one input, stated once: the check options, the XML reader, the
// markup guard, the excerpt policy and the command line's help text all read them from here, so
// `--help` cannot promise a default the engine does not apply.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace konform::limits {

/// Larger inputs are refused (--max-input-size).
inline constexpr std::size_t kMaxInputBytes = std::size_t{1} << 30;
/// Deeper element nesting ends the read (--max-depth); XÖV messages stay far below.
inline constexpr int kMaxDepth = 1000;
/// XSD findings listed per input; the rest are counted (--max-findings).
inline constexpr int kMaxFindings = 1000;
/// More attributes on one element end the read (--max-attributes).
inline constexpr int kMaxAttributes = 1000;
/// A longer attribute value, in characters, ends the read (--max-attribute-size).
inline constexpr std::size_t kMaxAttributeSize = std::size_t{1} << 20;
/// XPath work units all Schematron rule sets of one input may use together (--max-xpath-steps).
inline constexpr std::uint64_t kMaxXPathSteps = 10'000'000;
/// Wall time the Schematron stage of one input may take (--max-xpath-time).
inline constexpr std::chrono::milliseconds kMaxXPathTime{2'000};
/// How the two budgets above grow with a large input when the user gave none: per node of its
/// document and per MiB of it. The full XRechnung stack (XSD, EN 16931, CIUS) checks the bench's
/// 50 MB invoice in about 7.7 s on a 2-core machine, some 130 ms of Schematron per MiB and under
/// 30 steps per node (a 5 MB one passes with 10,000,000 steps): at 100 ms per MiB the time budget
/// stopped it at a fifth of the file. 300 ms per MiB leaves room for a slower or busier machine and
/// still ends a document whose cost grows faster than its size.
inline constexpr std::uint64_t kXPathStepsPerNode = 100;
inline constexpr std::chrono::milliseconds kXPathTimePerMiB{300};
/// Code points of an input's own text a finding may quote (--max-excerpt).
inline constexpr std::size_t kMaxExcerpt = 40;

}  // namespace konform::limits
