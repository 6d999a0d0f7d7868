// The API's Language as the renderers' language code (reports::RenderOptions::lang).
#pragma once

#include <string>

#include "konform/report.h"

namespace konform::api {

/// "en", "de", or "" for kFormatDefault: each renderer's own default (html German, else English).
inline std::string engine_language(Language language) {
  switch (language) {
    case Language::kEnglish:
      return "en";
    case Language::kGerman:
      return "de";
    case Language::kFormatDefault:
      return "";
  }
  return "";
}

}  // namespace konform::api
