#!/bin/sh
# libkonform.so exports the public API and nothing else: every symbol it defines for other
# programs belongs to konform::api (functions, or the vtables and type information of its
# classes). An engine symbol leaking out would become part of the ABI by accident. Template
# instances of the standard library (shared_ptr's control blocks) keep the default visibility
# libstdc++'s headers give namespace std; they are merged with the program's copies, as intended.
set -eu
library=$1
exported=$(nm -D -C --defined-only "$library" | cut -d' ' -f3-)
count=$(printf '%s\n' "$exported" | grep -c 'konform::api::' || true)
leaked=$(printf '%s\n' "$exported" | grep -v -e '^konform::api::' -e ' for konform::api::' -e '^std::' -e ' for std::' || true)
if [ -n "$leaked" ]; then
  echo "libkonform.so exports symbols outside konform::api:" >&2
  printf '%s\n' "$leaked" >&2
  exit 1
fi
[ "$count" -gt 10 ] || { echo "libkonform.so exports only $count API symbols" >&2; exit 1; }
soname=$(objdump -p "$library" | awk '$1 == "SONAME" { print $2 }')
[ "$soname" = "libkonform.so.0" ] || { echo "SONAME is '$soname', expected libkonform.so.0" >&2; exit 1; }
echo "libkonform.so: $count exported symbols, all konform::api; SONAME $soname"
