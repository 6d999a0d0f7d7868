#include "validator/serve/multipart.h"

#include <algorithm>

#include "validator/serve/header_value.h"

namespace konform::serve {
namespace {

constexpr std::size_t kMaxBoundaryBytes = 70;  // RFC 2046, 5.1.1

bool is_boundary_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

// Reads one part's header lines, starting at `pos` (just after the boundary line), up to and
// including the empty line that ends them.
class PartHeaderReader {
 public:
  PartHeaderReader(std::string_view body, std::size_t part, const MultipartLimits& limits)
      : body_(body), part_(part), limits_(limits) {}

  MultipartPart read(std::size_t& pos) {
    const std::size_t start = pos;
    // Never look further than the limit allows, whatever the body holds after it.
    const std::string_view window = body_.substr(start, limits_.max_header_bytes + 2);
    bool have_disposition = false;
    MultipartPart part;
    for (;;) {
      const std::size_t eol = window.find("\r\n", pos - start);
      if (eol == std::string_view::npos) {
        if (window.size() > limits_.max_header_bytes) {
          fail(start,
               "the part's header lines exceed " + std::to_string(limits_.max_header_bytes) +
                   " bytes",
               "die Kopfzeilen des Teils \u00fcberschreiten " +
                   std::to_string(limits_.max_header_bytes) + " Bytes");
        }
        fail(pos, "the part's header lines do not end (no empty line before the body)",
             "die Kopfzeilen des Teils enden nicht (keine Leerzeile vor dem Inhalt)");
      }
      const std::string_view line = window.substr(pos - start, eol - (pos - start));
      const std::size_t line_at = pos;
      pos = start + eol + 2;
      if (line.empty()) break;
      take_header(line, line_at, part, have_disposition);
    }
    if (!have_disposition) {
      fail(start, "the part has no Content-Disposition: form-data header with a name",
           "der Teil hat keine Kopfzeile Content-Disposition: form-data mit einem Namen");
    }
    return part;
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& reason,
                         const std::string& reason_de) const {
    throw MultipartError(part_, offset, reason, reason_de);
  }

  void take_header(std::string_view line, std::size_t at, MultipartPart& part,
                   bool& have_disposition) const {
    const auto colon = line.find(':');
    if (line.find_first_of("\r\n") != std::string_view::npos || line.front() == ' ' ||
        line.front() == '\t' || colon == std::string_view::npos || colon == 0) {
      fail(at, "malformed part header line (a name, a colon and a value on one CRLF line)",
           "fehlerhafte Kopfzeile des Teils (Name, Doppelpunkt und Wert auf einer CRLF-Zeile)");
    }
    const std::string name = ascii_lower(line.substr(0, colon));
    const std::string_view value = trim_blanks(line.substr(colon + 1));
    if (name == "content-disposition") {
      if (have_disposition) {
        fail(at, "the part has two Content-Disposition headers",
             "der Teil hat zwei Kopfzeilen Content-Disposition");
      }
      take_disposition(value, at, part);
      have_disposition = true;
    } else if (name == "content-type") {
      part.content_type = std::string(value);
    } else if (name == "content-transfer-encoding") {
      const std::string encoding = ascii_lower(value);
      if (encoding != "7bit" && encoding != "8bit" && encoding != "binary") {
        fail(at,
             "Content-Transfer-Encoding " + std::string(value) + " is not supported (send binary)",
             "Content-Transfer-Encoding " + std::string(value) +
                 " wird nicht unterst\u00fctzt (bin\u00e4r senden)");
      }
    }
    // RFC 7578, 4.8: any other header field in a part is to be ignored.
  }

  void take_disposition(std::string_view value, std::size_t at, MultipartPart& part) const {
    const auto parsed = parse_header_value(value);
    if (!parsed || parsed->value != "form-data" || !parsed->params.count("name") ||
        parsed->params.at("name").empty()) {
      fail(at, "Content-Disposition must be form-data with a name parameter",
           "Content-Disposition muss form-data mit einem Parameter name sein");
    }
    part.name = parsed->params.at("name");
    if (const auto filename = parsed->params.find("filename"); filename != parsed->params.end()) {
      part.filename = filename->second;
      part.has_filename = true;
    }
  }

  std::string_view body_;
  std::size_t part_;
  const MultipartLimits& limits_;
};

}  // namespace

MultipartError::MultipartError(std::size_t part, std::size_t offset, const std::string& reason,
                               const std::string& reason_de)
    : std::runtime_error(reason), part_(part), offset_(offset), reason_de_(reason_de) {}

bool is_multipart_form_data(std::string_view content_type) {
  return ascii_lower(trim_blanks(content_type.substr(0, content_type.find(';')))) ==
         "multipart/form-data";
}

std::string multipart_boundary(std::string_view content_type) {
  const auto parsed = parse_header_value(content_type);
  if (!parsed || !parsed->params.count("boundary")) {
    throw MultipartError(0, 0, "the Content-Type multipart/form-data has no boundary parameter",
                         "der Content-Type multipart/form-data hat keinen Parameter boundary");
  }
  const std::string& boundary = parsed->params.at("boundary");
  if (boundary.empty() || boundary.size() > kMaxBoundaryBytes || boundary.back() == ' ' ||
      !std::all_of(boundary.begin(), boundary.end(), is_boundary_char)) {
    throw MultipartError(0, 0,
                         "the multipart boundary must have 1 to 70 characters of RFC 2046's set",
                         "die Multipart-Grenze muss 1 bis 70 Zeichen aus der Menge von RFC 2046 "
                         "haben");
  }
  return boundary;
}

std::vector<MultipartPart> parse_multipart(std::string_view body, std::string_view boundary,
                                           const MultipartLimits& limits) {
  const std::string delimiter = "--" + std::string(boundary);
  const std::string next_delimiter = "\r\n" + delimiter;
  if (body.substr(0, delimiter.size()) != delimiter) {
    throw MultipartError(1, 0, "the body does not begin with the boundary line",
                         "der Rumpf beginnt nicht mit der Grenzzeile");
  }
  std::vector<MultipartPart> parts;
  std::size_t pos = delimiter.size();
  for (;;) {
    const std::size_t number = parts.size() + 1;
    if (body.substr(pos, 2) == "--") {  // the close delimiter; RFC 2046 ignores the epilogue
      if (parts.empty()) {
        throw MultipartError(1, pos, "the body holds no part",
                             "der Rumpf enth\u00e4lt keinen Teil");
      }
      return parts;
    }
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;  // padding
    if (body.substr(pos, 2) != "\r\n") {
      throw MultipartError(number, pos, "the boundary line does not end in CRLF",
                           "die Grenzzeile endet nicht mit CRLF");
    }
    pos += 2;
    if (number > limits.max_parts) {
      throw MultipartError(number, pos, "more than " + std::to_string(limits.max_parts) + " parts",
                           "mehr als " + std::to_string(limits.max_parts) + " Teile");
    }
    MultipartPart part = PartHeaderReader(body, number, limits).read(pos);
    const std::size_t end = body.find(next_delimiter, pos);
    if (end == std::string_view::npos) {
      throw MultipartError(number, body.size(), "the closing boundary is missing",
                           "die schlie\u00dfende Grenze fehlt");
    }
    part.body = body.substr(pos, end - pos);
    parts.push_back(std::move(part));
    pos = end + next_delimiter.size();
  }
}

}  // namespace konform::serve
