#include "validator/serve/validation_inputs.h"

#include <algorithm>

#include "validator/serve/multipart.h"
#include "validator/serve/multipart_problem.h"
#include "validator/serve/problem.h"

namespace konform::serve {
namespace {

constexpr std::size_t kMaxNameBytes = 255;
constexpr const char* kDefaultName = "input.xml";

bool acceptable_name(const std::string& name) {
  return !name.empty() && name.size() <= kMaxNameBytes &&
         std::none_of(name.begin(), name.end(), [](char c) {
           const auto byte = static_cast<unsigned char>(c);
           return byte < 0x20 || byte == 0x7f;
         });
}

Response bad_input(unsigned version, const std::string& type, const std::string& title,
                   const std::string& detail, const std::string& detail_de) {
  return problem_response(version, {http::status::bad_request, type, title, detail, detail_de});
}

Response bad_name(unsigned version, const std::string& where, const std::string& where_de) {
  return bad_input(version, "bad-file-name", "Bad file name",
                   where + "the file name must have 1 to 255 bytes and no control characters",
                   where_de +
                       "der Dateiname muss 1 bis 255 Bytes lang sein und darf keine "
                       "Steuerzeichen enthalten");
}

std::variant<std::vector<api::InputBytes>, Response> raw_input(Request& request,
                                                               const RequestTarget& target) {
  const unsigned version = request.version();
  std::string name = target.parameter("name");
  if (name.empty()) name = std::string(request["X-Konform-Filename"]);
  if (name.empty()) name = kDefaultName;
  if (!acceptable_name(name)) return bad_name(version, "", "");
  if (request.body().empty()) {
    return bad_input(
        version, "empty-body", "Empty body",
        "the request body is the XML (or YAML) document to validate; it was empty",
        "der Rumpf der Anfrage ist das zu pr\u00fcfende XML- (oder YAML-)Dokument; er war leer");
  }
  std::vector<api::InputBytes> inputs;
  inputs.push_back({std::move(name), std::move(request.body())});
  return inputs;
}

std::variant<std::vector<api::InputBytes>, Response> multipart_inputs(Request& request) {
  auto read = multipart_parts(request);
  if (auto* refused = std::get_if<Response>(&read)) return std::move(*refused);
  return file_inputs(request.version(), std::get<std::vector<MultipartPart>>(read));
}

}  // namespace

std::variant<std::vector<api::InputBytes>, Response> file_inputs(
    unsigned version, const std::vector<MultipartPart>& parts) {
  std::vector<api::InputBytes> inputs;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const MultipartPart& part = parts[i];
    const std::string where = "part " + std::to_string(i + 1) + " ('" + part.name + "'): ";
    const std::string where_de = "Teil " + std::to_string(i + 1) + " ('" + part.name + "'): ";
    if (!part.has_filename) {
      return bad_input(version, "not-a-file", "Part is no file",
                       where + "every part is a document to validate, sent with a filename",
                       where_de +
                           "jeder Teil ist ein zu pr\u00fcfendes Dokument, mit filename "
                           "gesendet");
    }
    if (!acceptable_name(part.filename)) return bad_name(version, where, where_de);
    if (part.body.empty()) {
      return bad_input(version, "empty-body", "Empty document",
                       where + "the document '" + part.filename + "' is empty",
                       where_de + "das Dokument '" + part.filename + "' ist leer");
    }
    const bool repeated = std::any_of(inputs.begin(), inputs.end(), [&](const auto& input) {
      return input.display_name == part.filename;
    });
    if (repeated) {
      return bad_input(version, "duplicate-file-name", "Duplicate file name",
                       where + "another part is named '" + part.filename +
                           "' already; the report tells inputs apart by name",
                       where_de + "ein anderer Teil hei\u00dft schon '" + part.filename +
                           "'; der Bericht unterscheidet Eingaben am Namen");
    }
    inputs.push_back({part.filename, std::string(part.body)});
  }
  return inputs;
}

std::variant<std::vector<api::InputBytes>, Response> validation_inputs(
    Request& request, const RequestTarget& target) {
  if (is_multipart_form_data(std_view(request[http::field::content_type]))) {
    return multipart_inputs(request);
  }
  return raw_input(request, target);
}

}  // namespace konform::serve
