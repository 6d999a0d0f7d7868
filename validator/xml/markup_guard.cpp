#include "validator/xml/markup_guard.h"

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace konform::xml {
namespace {

constexpr std::string_view kCDataOpen = "[CDATA[";

bool starts_with_bytes(std::string_view text, std::initializer_list<unsigned char> bytes) {
  if (text.size() < bytes.size()) return false;
  std::size_t i = 0;
  for (unsigned char b : bytes) {
    if (static_cast<unsigned char>(text[i++]) != b) return false;
  }
  return true;
}

bool is_utf8_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

MarkupGuard::MarkupGuard(std::string_view document, MarkupLimits limits)
    : document_(document), limits_(limits) {
  // XML 1.0 Appendix F: the byte order mark, else the bytes of the first '<'.
  struct Layout {
    std::initializer_list<unsigned char> start;
    std::size_t width;
    bool big_endian;
    std::size_t skip;
  };
  static const Layout kLayouts[] = {
      {{0x00, 0x00, 0xFE, 0xFF}, 4, true, 4},
      {{0xFF, 0xFE, 0x00, 0x00}, 4, false, 4},
      {{0xFE, 0xFF}, 2, true, 2},
      {{0xFF, 0xFE}, 2, false, 2},
      {{0x00, 0x00, 0x00, 0x3C}, 4, true, 0},
      {{0x3C, 0x00, 0x00, 0x00}, 4, false, 0},
      {{0x00, 0x3C}, 2, true, 0},
      {{0x3C, 0x00}, 2, false, 0},
      {{0xEF, 0xBB, 0xBF}, 1, false, 3},
  };
  for (const Layout& layout : kLayouts) {
    if (starts_with_bytes(document_, layout.start)) {
      width_ = layout.width;
      big_endian_ = layout.big_endian;
      position_ = start_ = layout.skip;
      return;
    }
  }
  // EBCDIC ("<?xm"): the guard cannot follow it, so neither limits nor DOCTYPEs would be seen.
  // XÖV and XRechnung messages are UTF-8; refusing is safer than reading unguarded.
  if (starts_with_bytes(document_, {0x4C, 0x6F, 0xA7, 0x94})) {
    stop(0,
         "EBCDIC-encoded document refused: konform reads UTF-8, UTF-16, UTF-32 and "
         "ASCII-based encodings");
  }
}

std::size_t MarkupGuard::skip_text(std::size_t from, std::size_t end) const {
  if (width_ == 1) {
    const void* lt = std::memchr(document_.data() + from, '<', end - from);
    return lt ? static_cast<std::size_t>(static_cast<const char*>(lt) - document_.data()) : end;
  }
  while (from + width_ <= end && unit_at(from) != '<') from += width_;
  return from;
}

std::size_t MarkupGuard::find_byte(std::size_t from, std::size_t end, char byte) const {
  const void* found = std::memchr(document_.data() + from, byte, end - from);
  return found ? static_cast<std::size_t>(static_cast<const char*>(found) - document_.data()) : end;
}

std::size_t MarkupGuard::next_tag_byte(std::size_t from, std::size_t end) const {
  // The bytes that matter in a start tag: value quotes, '=' (one per attribute) and '>'. A '/'
  // before '>' is seen as the previous byte.
  static constexpr auto kMatters = [] {
    std::array<bool, 256> table{};
    for (unsigned char byte : {'"', '\'', '=', '>'}) table[byte] = true;
    return table;
  }();
  const auto* bytes = reinterpret_cast<const unsigned char*>(document_.data());
#if defined(__SSE2__)
  // Sixteen bytes at a time: tags are 40 % of the bytes of an XÖV message, mostly names.
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i apostrophe = _mm_set1_epi8('\'');
  const __m128i equals = _mm_set1_epi8('=');
  const __m128i greater = _mm_set1_epi8('>');
  while (from + 16 <= end) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + from));
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, apostrophe)),
                     _mm_or_si128(_mm_cmpeq_epi8(block, equals), _mm_cmpeq_epi8(block, greater)));
    const int mask = _mm_movemask_epi8(hits);
    if (mask != 0) return from + static_cast<std::size_t>(__builtin_ctz(mask));
    from += 16;
  }
#endif
  while (from < end && !kMatters[bytes[from]]) ++from;
  return from;
}

std::size_t MarkupGuard::skip_to_closer(std::size_t from, std::size_t end,
                                        std::size_t closer_length) const {
  // Only the bytes right before a '>' can end a comment ("-->"), a CDATA section ("]]>") or a
  // processing instruction ("?>"): jump to them, and let the state machine read those.
  const std::size_t gt = find_byte(from, end, '>');
  const std::size_t keep = std::min(closer_length, gt - from);
  return gt - keep;
}

void MarkupGuard::stop(std::size_t offset, std::string problem, MarkupStop::Reason reason) {
  MarkupStop at;
  at.reason = reason;
  at.offset = offset;
  at.problem = std::move(problem);
  at.line = 1;
  std::size_t line_start = start_;
  for (std::size_t i = start_; i + width_ <= offset; i += width_) {
    if (unit_at(i) == '\n') {
      ++at.line;
      line_start = i + width_;
    }
  }
  int column = 1;
  for (std::size_t i = line_start; i + width_ <= offset; i += width_) {
    const char32_t unit = unit_at(i);
    if (width_ == 1 && is_utf8_continuation(static_cast<char>(unit))) continue;
    if (width_ == 2 && unit >= 0xDC00 && unit <= 0xDFFF) continue;  // low surrogate
    ++column;
  }
  at.column = column;
  stop_ = std::move(at);
  state_ = State::kDone;
}

std::optional<MarkupStop> MarkupGuard::scan_to(std::size_t end) {
  end = std::min(end, document_.size());
  while (state_ != State::kDone && position_ + width_ <= end) {
    if (state_ == State::kText) {
      position_ = skip_text(position_, end);
      if (position_ + width_ > end) break;
      position_ += width_;  // the '<'
      state_ = State::kAfterLt;
      continue;
    }
    if (state_ == State::kValue && width_ == 1) {
      // The long stretch of a value: find its end, count its characters in one go.
      const char* from = document_.data() + position_;
      const void* close = std::memchr(from, static_cast<int>(quote_), end - position_);
      const char* to = close ? static_cast<const char*>(close) : document_.data() + end;
      value_length_ += static_cast<std::size_t>(
          std::count_if(from, to, [](char b) { return !is_utf8_continuation(b); }));
      if (value_length_ > limits_.max_attribute_size) {
        // Point at the first character over the limit: walk back from the segment's end.
        std::size_t over = static_cast<std::size_t>(to - document_.data());
        std::size_t extra = value_length_ - limits_.max_attribute_size;
        while (extra > 0 && over > position_) {
          --over;
          if (!is_utf8_continuation(document_[over])) --extra;
        }
        stop(over, "attribute value longer than " + std::to_string(limits_.max_attribute_size) +
                       " characters; reading stopped (limit --max-attribute-size)");
        break;
      }
      position_ = static_cast<std::size_t>(to - document_.data());
      if (!close) break;
      position_ += 1;
      previous_ = quote_;
      state_ = State::kStartTag;
      continue;
    }
    if (width_ == 1 &&
        (state_ == State::kComment || state_ == State::kCData || state_ == State::kPi)) {
      // The bytes skipped are none of the closer's: what was counted of it starts again.
      const std::size_t closer = state_ == State::kPi ? 1 : 2;
      const std::size_t from = position_;
      position_ = skip_to_closer(from, end, closer);
      if (position_ > from) {
        run_ = 0;
        previous_ = 0;
      }
      if (position_ >= end) break;
    }
    if (width_ == 1 && (state_ == State::kStartTag || state_ == State::kEndTag)) {
      // Names and white space inside tags: jump to the next byte that changes the state. In small
      // messages, tags are most of the bytes, and one switch per byte was 7 % of a batch.
      const std::size_t from = position_;
      position_ = state_ == State::kEndTag ? find_byte(from, end, '>') : next_tag_byte(from, end);
      if (position_ > from) previous_ = static_cast<unsigned char>(document_[position_ - 1]);
      if (position_ >= end) break;
    }
    const std::size_t at = position_;
    const char32_t c = unit_at(at);
    position_ += width_;
    switch (state_) {
      case State::kAfterLt:
        if (c == '/') {
          --depth_;
          state_ = State::kEndTag;
        } else if (c == '?') {
          previous_ = 0;
          state_ = State::kPi;
        } else if (c == '!') {
          cdata_open_ = 0;
          state_ = State::kAfterBang;
        } else if (++depth_ > limits_.max_depth) {
          stop(at - width_, "element nesting deeper than " + std::to_string(limits_.max_depth) +
                                " levels; reading stopped (limit --max-depth)");
        } else {
          attributes_ = 0;
          previous_ = c;
          state_ = State::kStartTag;
        }
        break;
      case State::kAfterBang:
        if (cdata_open_ == 0 && c == '-') {
          state_ = State::kCommentOpen;
        } else if (c == static_cast<unsigned char>(kCDataOpen[cdata_open_])) {
          if (++cdata_open_ == static_cast<int>(kCDataOpen.size())) {
            run_ = 0;
            state_ = State::kCData;
          }
        } else {
          const std::size_t lt = at - (2 + static_cast<std::size_t>(cdata_open_)) * width_;
          stop(lt,
               "markup declaration refused: messages must not carry a document type declaration "
               "(no DTD, no entities, no external subsets)",
               MarkupStop::Reason::kDeclaration);
        }
        break;
      case State::kCommentOpen:
        run_ = 0;
        state_ = c == '-' ? State::kComment : State::kDone;  // "<!-x" is not well-formed
        break;
      case State::kComment:
      case State::kCData: {
        const char32_t closer = state_ == State::kComment ? U'-' : U']';
        if (c == closer) {
          ++run_;
        } else if (c == '>' && run_ >= 2) {
          state_ = State::kText;
        } else {
          run_ = 0;
        }
        break;
      }
      case State::kPi:
        if (c == '>' && previous_ == '?') state_ = State::kText;
        previous_ = c;
        break;
      case State::kStartTag:
        if (c == '"' || c == '\'') {
          quote_ = c;
          value_length_ = 0;
          state_ = State::kValue;
        } else if (c == '=') {
          if (++attributes_ > limits_.max_attributes) {
            stop(at, "more than " + std::to_string(limits_.max_attributes) +
                         " attributes on one element; reading stopped (limit --max-attributes)");
          }
        } else if (c == '>') {
          if (previous_ == '/') --depth_;
          state_ = State::kText;
        }
        previous_ = c;
        break;
      case State::kValue:  // UTF-16 and UTF-32; UTF-8 takes the fast path above
        if (c == quote_) {
          previous_ = c;
          state_ = State::kStartTag;
        } else if (!(width_ == 2 && c >= 0xDC00 && c <= 0xDFFF) &&
                   ++value_length_ > limits_.max_attribute_size) {
          stop(at, "attribute value longer than " + std::to_string(limits_.max_attribute_size) +
                       " characters; reading stopped (limit --max-attribute-size)");
        }
        break;
      case State::kEndTag:
        if (c == '>') state_ = State::kText;
        break;
      case State::kText:
      case State::kDone:
        break;
    }
  }
  return stop_;
}

}  // namespace konform::xml
