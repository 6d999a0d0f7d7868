// A look-ahead over a message's raw bytes that enforces the reader's shape limits (nesting depth,
// attributes per element, attribute value length) before Xerces sees the bytes. Xerces reads a
// whole start tag — every attribute, every value — into its own buffers before it calls back, so
// a check in the callbacks comes after the damage: 10 million attributes on one element cost
// 5.7 GB and minutes, a 100 MB attribute 1 GB. The guard scans each chunk as Xerces pulls it and
// stops the read at the first construct over a limit, so memory stays bounded by the limits.
//
// It understands just enough markup to count correctly: start and end tags, quoted attribute
// values (which may hold '>' and '='), comments, CDATA sections and processing instructions. A
// markup declaration (<!DOCTYPE, or any other <! that opens neither a comment nor a CDATA section)
// stops the read too: messages carry no DTD, and the reader's scanner would skip one silently.
// Byte width and order come from the
// byte order mark or the first '<' (UTF-8 and other ASCII-based encodings, UTF-16, UTF-32); an
// EBCDIC document is refused at its first byte, as the guard could not follow it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "validator/core/limits.h"

namespace konform::xml {

struct MarkupLimits {
  int max_depth = limits::kMaxDepth;
  int max_attributes = limits::kMaxAttributes;
  std::size_t max_attribute_size = limits::kMaxAttributeSize;  ///< characters as written
};

/// Where and why the guard stopped the read.
struct MarkupStop {
  enum class Reason {
    kLimit,        ///< a construct over one of the limits
    kDeclaration,  ///< a DOCTYPE or other markup declaration
  };
  Reason reason = Reason::kLimit;
  std::size_t offset = 0;  ///< byte offset of the construct (its '<' for a declaration)
  int line = 0;            ///< 1-based, counted in the document's own encoding
  int column = 0;          ///< 1-based, in characters
  std::string problem;     ///< names the limit's option, or the declaration refused
};

class MarkupGuard {
 public:
  /// `document` must outlive the guard.
  MarkupGuard(std::string_view document, MarkupLimits limits);

  /// Scans the document's bytes up to `end` (exclusive; calls must not decrease it) and returns
  /// the first limit exceeded so far. Once stopped, every later call returns the same stop.
  std::optional<MarkupStop> scan_to(std::size_t end);

 private:
  enum class State {
    kText,
    kAfterLt,      // just after '<'
    kAfterBang,    // "<!"
    kCommentOpen,  // "<!-", waiting for the second '-'
    kComment,      // inside <!-- -->
    kCData,        // inside <![CDATA[ ]]>
    kPi,           // inside <? ?>
    kStartTag,     // inside a start tag, outside values
    kValue,        // inside a quoted attribute value
    kEndTag,       // inside an end tag
    kDone,         // nothing more to check (unknown encoding, or stopped)
  };

  char32_t unit_at(std::size_t offset) const {  // inline: called for every byte of markup
    const auto* p = reinterpret_cast<const unsigned char*>(document_.data()) + offset;
    switch (width_) {
      case 1:
        return p[0];
      case 2:
        return big_endian_ ? (char32_t{p[0]} << 8) | p[1] : (char32_t{p[1]} << 8) | p[0];
      default:
        return big_endian_
                   ? (char32_t{p[0]} << 24) | (char32_t{p[1]} << 16) | (char32_t{p[2]} << 8) | p[3]
                   : (char32_t{p[3]} << 24) | (char32_t{p[2]} << 16) | (char32_t{p[1]} << 8) | p[0];
    }
  }
  void stop(std::size_t offset, std::string problem,
            MarkupStop::Reason reason = MarkupStop::Reason::kLimit);
  std::size_t skip_text(std::size_t from, std::size_t end) const;
  std::size_t find_byte(std::size_t from, std::size_t end, char byte) const;  // UTF-8 only
  std::size_t next_tag_byte(std::size_t from, std::size_t end) const;         // UTF-8 only
  /// Where the last `closer_length` bytes before the next '>' begin (UTF-8 only).
  std::size_t skip_to_closer(std::size_t from, std::size_t end, std::size_t closer_length) const;

  std::string_view document_;
  MarkupLimits limits_;
  std::size_t width_ = 1;  // bytes per code unit
  bool big_endian_ = false;
  std::size_t start_ = 0;  // after the byte order mark
  std::size_t position_ = 0;
  State state_ = State::kText;
  int depth_ = 0;
  int attributes_ = 0;
  std::size_t value_length_ = 0;
  char32_t quote_ = 0;
  char32_t previous_ = 0;  // the unit before the current one inside tags and terminators
  int run_ = 0;            // consecutive '-' (comments) or ']' (CDATA) seen
  int cdata_open_ = 0;     // characters of "[CDATA[" matched after "<!"
  std::optional<MarkupStop> stop_;
};

}  // namespace konform::xml
