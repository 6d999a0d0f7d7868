// The genericode reader on code-list text held in memory.
#include "tests/fuzz/fuzz_target.h"
#include "validator/codelist/genericode_reader.h"
#include "validator/core/config_error.h"

KONFORM_FUZZ_TARGET(genericode) {
  try {
    konform::codelist::parse_genericode(konform::fuzz::as_text(data, size), "fuzz.xml");
  } catch (const konform::ConfigError&) {
  }
  return 0;
}
