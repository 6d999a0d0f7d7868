#!/bin/sh
# Which malloc konform's program and libraries use (cmake/allocator.cmake): with KONFORM_JEMALLOC
# the konform executable allocates through jemalloc, seen from inside the running program
# (jemalloc prints its statistics at exit when MALLOC_CONF asks, and counts what the program
# still holds then); without it, glibc's malloc. libkonform.so never names jemalloc, nor does
# konform.pc for libkonform.a: a program that embeds them keeps its own allocator.
#   allocator.sh KONFORM LIBKONFORM_SO KONFORM_PC jemalloc|glibc
set -eu
konform=$1
library=$2
pc=$3
expected=$4

stats=$(MALLOC_CONF=stats_print:true,stats_print_opts:gmdablxe "$konform" --version 2>&1 >/dev/null)
allocated=$(printf '%s\n' "$stats" | sed -n 's/^Allocated: \([0-9]*\),.*/\1/p')
used=glibc
[ -z "$allocated" ] || [ "$allocated" -eq 0 ] || used=jemalloc
[ "$used" = "$expected" ] ||
  { echo "konform allocates through $used, expected $expected" >&2; exit 1; }

needed=$(objdump -p "$library" | awk '$1 == "NEEDED" { print $2 }')
if printf '%s\n' "$needed" | grep -q jemalloc; then
  echo "libkonform.so links jemalloc; an embedding program must keep its own allocator:" $needed >&2
  exit 1
fi
if grep -q jemalloc "$pc"; then
  echo "konform.pc names jemalloc for libkonform.a: $(grep jemalloc "$pc")" >&2
  exit 1
fi
echo "konform allocates through $used ($allocated bytes held at exit);" \
  "libkonform.so and konform.pc name no allocator"
