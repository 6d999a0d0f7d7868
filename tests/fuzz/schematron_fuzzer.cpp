// The Schematron compiler on schema text held in memory; includes resolve inside an empty
// scratch folder, so they can only fail.
#include "tests/fuzz/fuzz_target.h"
#include "validator/core/config_error.h"
#include "validator/schematron/compiler.h"

KONFORM_FUZZ_TARGET(schematron) {
  static const konform::schematron::CompileOptions options{
      konform::fuzz::scratch_dir(), "", "fuzz.sch", konform::schematron::Includes::kInsideRoot};
  try {
    konform::schematron::compile_schema_text(std::string(konform::fuzz::as_text(data, size)),
                                             options);
  } catch (const konform::schematron::SchemaError&) {
  }
  return 0;
}
