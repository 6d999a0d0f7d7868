// A strict reader of `multipart/form-data` bodies (RFC 7578 over RFC 2046's multipart syntax):
// Beast has none. The body is already in memory (bounded by --max-body); this splits it into
// parts, bounded again in count and header size, and refuses anything it does not understand
// with a reason located by part number and byte offset rather than guessing.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace konform::serve {

struct MultipartPart {
  std::string name;           ///< Content-Disposition's name (required)
  std::string filename;       ///< Content-Disposition's filename; empty for a plain form field
  bool has_filename = false;  ///< a filename parameter was sent (it may be empty: no file chosen)
  std::string content_type;   ///< as sent; empty when absent
  std::string_view body;      ///< points into the parsed body
};

struct MultipartLimits {
  std::size_t max_parts = 100;
  std::size_t max_header_bytes = 8 * 1024;  ///< all header lines of one part together
};

/// Why a body is not acceptable multipart/form-data, and where.
class MultipartError : public std::runtime_error {
 public:
  MultipartError(std::size_t part, std::size_t offset, const std::string& reason,
                 const std::string& reason_de);
  std::size_t part() const noexcept { return part_; }      ///< 1-based; 0: the Content-Type
  std::size_t offset() const noexcept { return offset_; }  ///< byte offset in the body
  const std::string& reason_de() const noexcept { return reason_de_; }

 private:
  std::size_t part_;
  std::size_t offset_;
  std::string reason_de_;
};

/// True when `content_type` is multipart/form-data (any parameters).
bool is_multipart_form_data(std::string_view content_type);

/// The boundary parameter of a multipart/form-data Content-Type. Throws MultipartError when it
/// is missing or not a valid RFC 2046 boundary (1 to 70 characters of its set).
std::string multipart_boundary(std::string_view content_type);

/// The parts of `body`, in order; their bodies point into `body`. Throws MultipartError.
std::vector<MultipartPart> parse_multipart(std::string_view body, std::string_view boundary,
                                           const MultipartLimits& limits = {});

}  // namespace konform::serve
