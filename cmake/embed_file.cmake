# Script mode helper for konform_embed: writes IN as a hex byte array into OUT. The array is
# named after SYMBOL, so several embedded files can share a batch-compiled translation unit.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\n#include <string_view>\nnamespace konform::embedded {\nstatic const unsigned char ${SYMBOL}_bytes[] = {${bytes} 0};\nextern const std::string_view ${SYMBOL};\nconst std::string_view ${SYMBOL}(reinterpret_cast<const char*>(${SYMBOL}_bytes), ${size});\n}\n")
