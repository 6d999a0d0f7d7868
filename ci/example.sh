#!/usr/bin/env bash
# Builds konform and runs it on the bundled examples of the profile de.sn.musterstadt:
# 1. a product — a service definition (konform-service.yml + its publiccode.yml) with the message
#    sample it exchanges — checked against federal, Saxon and municipal rules: conformant, exit 0;
# 2. two sample messages, one conformant, one not: exit 1 because of the second one.
# The script checks both exit codes and explains them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/build.sh release
echo
product=profiles/de/sn/musterstadt/examples/servicedef
echo "\$ konform validate --profile de.sn.musterstadt $product"
status=0
./build/release/konform validate --profile de.sn.musterstadt "$product" || status=$?
echo
if [ "$status" -ne 0 ]; then
  echo "unexpected exit code $status for the example product (expected 0)" >&2
  exit 1
fi
echo "exit code 0: the product and its sample conform to de.bund, de.sn and de.sn.musterstadt."
echo
samples=(profiles/de/sn/musterstadt/tests/gewerbe-anmeldung-konform.xml
         profiles/de/sn/musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml)
echo "\$ konform validate --profile de.sn.musterstadt ${samples[*]}"
status=0
./build/release/konform validate --profile de.sn.musterstadt "${samples[@]}" || status=$?
echo
if [ "$status" -eq 1 ]; then
  echo "exit code 1: findings at error level (the second sample is non-conformant on purpose)."
else
  echo "unexpected exit code $status (expected 1)" >&2
  exit 1
fi
