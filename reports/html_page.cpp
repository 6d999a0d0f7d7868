#include "reports/html_page.h"

#include "reports/html_escape.h"

namespace konform::reports {

void write_html_head(std::ostream& out, std::string_view lang, std::string_view generator,
                     std::string_view title, std::string_view style) {
  out << "<!DOCTYPE html>\n<html lang=\"" << html_escape(lang) << "\">\n<head>\n"
      << "<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"" << html_escape(generator) << "\">\n"
      << "<title>" << html_escape(title) << "</title>\n"
      << "<style>\n"
      << style << "</style>\n</head>\n";
}

}  // namespace konform::reports
