#include "validator/serve/page_words.h"

namespace konform::serve {
namespace {

const std::map<std::string, std::string>& german() {
  static const std::map<std::string, std::string> words{
      {"validate_title", "Nachrichten pr\u00fcfen"},
      {"compare_title", "Angebote vergleichen"},
      {"nav_label", "Seiten und Sprache"},
      {"validate_link", "Pr\u00fcfen"},
      {"compare_link", "Vergleichen"},
      {"other_language", "English"},
      {"validate_intro",
       "Pr\u00fcft XML-Nachrichten gegen ein geladenes Profil. Die Dateien bleiben im "
       "Arbeitsspeicher des Dienstes und werden nach der Antwort verworfen."},
      {"documents_legend", "Nachrichten"},
      {"files_label", "Dateien hochladen"},
      {"files_hint", "Eine oder mehrere XML-Dateien (oder eine YAML-Dienstbeschreibung)."},
      {"paste_label", "Oder XML einf\u00fcgen"},
      {"paste_hint", "Wird als \u201epasted.xml\u201c gepr\u00fcft."},
      {"profile_label", "Profil"},
      {"profile_hint_free",
       "Kennung des Profils, optional mit Versionsbereich (ID@^1.2); leer, wenn nur eines geladen "
       "ist."},
      {"token_label", "Zugangstoken"},
      {"token_hint", "Dieser Dienst verlangt ein Token; es wird nur mit dem Formular gesendet."},
      {"validate_button", "Pr\u00fcfen"},
      {"compare_intro",
       "Vergleicht Angebote f\u00fcr eine Beschaffung: je Anbieter eine Zip-Datei mit dem "
       "Produktordner (Dienstbeschreibung mit Beispielnachrichten)."},
      {"candidates_legend", "Angebote"},
      {"candidates_label", "Zip-Dateien der Angebote"},
      {"candidates_hint",
       "Mehrere Dateien w\u00e4hlen; der Dateiname ohne .zip benennt das Angebot."},
      {"compare_button", "Vergleichen"},
      {"footer", "konform \u2013 Konformit\u00e4tspr\u00fcfung f\u00fcr X\u00d6V und XRechnung"},
      {"downloads_label", "Bericht herunterladen"},
      {"download_json", "Bericht als JSON herunterladen"},
      {"download_sarif", "Bericht als SARIF herunterladen"},
      {"download_comparison_json", "Vergleich als JSON herunterladen"},
      {"new_validation", "Neue Pr\u00fcfung"},
      {"new_comparison", "Neuer Vergleich"},
      {"refused_title", "Die Anfrage wurde abgelehnt"},
      {"back", "Zur\u00fcck zum Formular"},
  };
  return words;
}

const std::map<std::string, std::string>& english() {
  static const std::map<std::string, std::string> words{
      {"validate_title", "Validate messages"},
      {"compare_title", "Compare candidates"},
      {"nav_label", "Pages and language"},
      {"validate_link", "Validate"},
      {"compare_link", "Compare"},
      {"other_language", "Deutsch"},
      {"validate_intro",
       "Validates XML messages against a loaded profile. The files stay in the service's memory "
       "and are dropped after the answer."},
      {"documents_legend", "Messages"},
      {"files_label", "Upload files"},
      {"files_hint", "One or several XML files (or a YAML service definition)."},
      {"paste_label", "Or paste XML"},
      {"paste_hint", "Validated as \u201cpasted.xml\u201d."},
      {"profile_label", "Profile"},
      {"profile_hint_free",
       "The profile's id, optionally with a version range (ID@^1.2); empty when only one is "
       "loaded."},
      {"token_label", "Access token"},
      {"token_hint", "This service requires a token; it is sent with the form only."},
      {"validate_button", "Validate"},
      {"compare_intro",
       "Compares candidates for procurement: one zip file per vendor holding the product folder "
       "(service definition with sample messages)."},
      {"candidates_legend", "Candidates"},
      {"candidates_label", "The candidates' zip files"},
      {"candidates_hint", "Choose several files; the file name without .zip names the candidate."},
      {"compare_button", "Compare"},
      {"footer", "konform \u2013 conformance validation for X\u00d6V and XRechnung"},
      {"downloads_label", "Download the report"},
      {"download_json", "Download the report as JSON"},
      {"download_sarif", "Download the report as SARIF"},
      {"download_comparison_json", "Download the comparison as JSON"},
      {"new_validation", "New validation"},
      {"new_comparison", "New comparison"},
      {"refused_title", "The request was refused"},
      {"back", "Back to the form"},
  };
  return words;
}

}  // namespace

const std::map<std::string, std::string>& page_words(api::Language language) {
  return language == api::Language::kGerman ? german() : english();
}

const std::string& page_word(api::Language language, const std::string& name) {
  return page_words(language).at(name);
}

const char* language_code(api::Language language) {
  return language == api::Language::kGerman ? "de" : "en";
}

}  // namespace konform::serve
