# Script mode (cmake -DIN=builtin_rules.xml -DOUT=file.cpp -P): writes builtin_rules() with the
# catalogue's rows as C++ initialisers, so the program no longer parses the XML at start-up (about
# 120 K instructions per process) while the XML stays the one source. CMake, not a host tool or
# python3: it runs wherever the build does, cross builds and the .deb build included.
#
# It reads the catalogue's own plain shape only: <rule> elements with double-quoted attributes and
# text children, the five predefined entities. Anything else (CDATA, character references, an
# attribute or child missing, a name that is not one lower-case word) stops the build; the
# registry tests compare every row with the XML as pugixml reads it.

cmake_minimum_required(VERSION 3.25)

function(fail what)
  message(FATAL_ERROR "${IN}: ${what}")
endfunction()

# The XML text of `raw` as the C++ string literal that spells it.
function(cpp_literal raw out)
  string(REPLACE "&lt;" "<" text "${raw}")
  string(REPLACE "&gt;" ">" text "${text}")
  string(REPLACE "&quot;" "\"" text "${text}")
  string(REPLACE "&apos;" "'" text "${text}")
  string(REPLACE "&amp;" "&" text "${text}")
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "\n" "\\n" text "${text}")
  set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()

# The enumerator `name` spells ("warning" -> "Severity::kWarning" for enum Severity).
function(enumerator enum name out)
  if(NOT name MATCHES "^[a-z]+$")
    fail("'${name}' is no ${enum} name")
  endif()
  string(SUBSTRING "${name}" 0 1 first)
  string(SUBSTRING "${name}" 1 -1 rest)
  string(TOUPPER "${first}" first)
  set(${out} "${enum}::k${first}${rest}" PARENT_SCOPE)
endfunction()

function(attribute rule name out)
  if(NOT rule MATCHES "[ \t\n]${name}=\"([^\"]*)\"")
    fail("a rule without ${name}=\"...\": ${rule}")
  endif()
  set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

function(child rule name out)
  if(NOT rule MATCHES "<${name}>([^<]*)</${name}>")
    fail("a rule without <${name}>: ${rule}")
  endif()
  cpp_literal("${CMAKE_MATCH_1}" literal)
  set(${out} "${literal}" PARENT_SCOPE)
endfunction()

file(READ "${IN}" xml)
if(xml MATCHES "<!\\[CDATA\\[" OR xml MATCHES "&#")
  fail("CDATA or a character reference, which this script does not read")
endif()

# Comments out first: they mention <rule> too.
while(TRUE)
  string(FIND "${xml}" "<!--" start)
  if(start EQUAL -1)
    break()
  endif()
  string(SUBSTRING "${xml}" ${start} -1 rest)
  string(FIND "${rest}" "-->" length)
  if(length EQUAL -1)
    fail("an unterminated comment")
  endif()
  math(EXPR after "${start} + ${length} + 3")
  string(SUBSTRING "${xml}" 0 ${start} before)
  string(SUBSTRING "${xml}" ${after} -1 rest)
  set(xml "${before}${rest}")
endwhile()

set(rows "")
while(TRUE)
  string(FIND "${xml}" "<rule " start)
  if(start EQUAL -1)
    break()
  endif()
  string(SUBSTRING "${xml}" ${start} -1 xml)
  string(FIND "${xml}" "</rule>" length)
  if(length EQUAL -1)
    fail("an unterminated <rule>")
  endif()
  string(SUBSTRING "${xml}" 0 ${length} rule)
  math(EXPR after "${length} + 7")
  string(SUBSTRING "${xml}" ${after} -1 xml)

  attribute("${rule}" id id)
  attribute("${rule}" severity severity)
  attribute("${rule}" stage stage)
  attribute("${rule}" family family)
  cpp_literal("${id}" id)
  enumerator(Severity "${severity}" severity)
  enumerator(Stage "${stage}" stage)
  enumerator(RuleFamily "${family}" family)
  child("${rule}" title title)
  child("${rule}" title-de title_de)
  child("${rule}" source source)
  string(APPEND rows "      {{${id}, ${severity},\n        ${title},\n        ${title_de},\n"
                     "        ${source}},\n       ${stage}, ${family}},\n")
endwhile()
if(rows STREQUAL "")
  fail("no <rule>")
endif()

file(WRITE "${OUT}" "// Generated from validator/rules/builtin_rules.xml by
// validator/rules/builtin_rules_table.cmake at build time: edit the XML, not this file.
#include \"validator/rules/registry.h\"

namespace konform::rules {

std::span<const BuiltinRule> builtin_rules() {
  static const BuiltinRule rules[] = {
${rows}  };
  return rules;
}

}  // namespace konform::rules
")
