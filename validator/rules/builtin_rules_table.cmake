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

# The first group of `pattern` in `text`; a text without it (without `what`) stops the build.
function(first_group text pattern what out)
  if(NOT text MATCHES "${pattern}")
    fail("no ${what} in: ${text}")
  endif()
  set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

# The enumerator `name` spells ("warning" -> "Severity::kWarning" for enum Severity).
function(enumerator enum name out)
  first_group("${name}" "^([a-z]+)$" "${enum} name (one lower-case word)" word)
  string(SUBSTRING "${word}" 0 1 first)
  string(TOUPPER "${first}" first)
  string(SUBSTRING "${word}" 1 -1 rest)
  set(${out} "${enum}::k${first}${rest}" PARENT_SCOPE)
endfunction()

function(attribute rule name out)
  first_group("${rule}" "[ \t\n]${name}=\"([^\"]*)\"" "${name}=\"...\"" value)
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

function(child rule name out)
  first_group("${rule}" "<${name}>([^<]*)</${name}>" "<${name}>" text)
  cpp_literal("${text}" literal)
  set(${out} "${literal}" PARENT_SCOPE)
endfunction()

# The first run of `text` from `open` up to the next `close`: <prefix>_found, the text before it
# (<prefix>_before), the run without `close` (<prefix>_run) and the text after it (<prefix>_after).
# Not a regular expression: CMake's match the longest run.
function(first_run text open close prefix)
  string(FIND "${text}" "${open}" start)
  if(start EQUAL -1)
    set(${prefix}_found FALSE PARENT_SCOPE)
    return()
  endif()
  string(SUBSTRING "${text}" 0 ${start} before)
  string(SUBSTRING "${text}" ${start} -1 rest)
  string(FIND "${rest}" "${close}" length)
  if(length EQUAL -1)
    fail("${open} without ${close}")
  endif()
  string(SUBSTRING "${rest}" 0 ${length} run)
  string(LENGTH "${close}" close_length)
  math(EXPR past "${length} + ${close_length}")
  string(SUBSTRING "${rest}" ${past} -1 after)
  set(${prefix}_found TRUE PARENT_SCOPE)
  set(${prefix}_before "${before}" PARENT_SCOPE)
  set(${prefix}_run "${run}" PARENT_SCOPE)
  set(${prefix}_after "${after}" PARENT_SCOPE)
endfunction()

file(READ "${IN}" xml)
if(xml MATCHES "<!\\[CDATA\\[" OR xml MATCHES "&#")
  fail("CDATA or a character reference, which this script does not read")
endif()

# Comments out first: they mention <rule> too. XML allows no "--" inside one, so a comment is
# "<!--", then characters that are no "--", then "-->".
string(REGEX REPLACE "<!--([^-]|-[^-])*-->" "" xml "${xml}")
if(xml MATCHES "<!--")
  fail("a comment with \"--\" inside, or unterminated")
endif()

set(rows "")
while(TRUE)
  first_run("${xml}" "<rule " "</rule>" element)
  if(NOT element_found)
    break()
  endif()
  set(rule "${element_run}")
  set(xml "${element_after}")
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
