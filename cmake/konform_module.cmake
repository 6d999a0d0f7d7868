# konform_module(NAME [DEPENDS ...] [LIBS ...]): one pipeline stage = one static library
# named konform_<NAME>, built from every .cpp in the current folder. A module links only
# to the modules it names, so the dependency graph of the stages stays visible here.
function(konform_module name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  if(NOT sources)
    message(STATUS "konform: module ${name} has no sources yet; skipped")
    return()
  endif()
  add_library(konform_${name} STATIC ${sources})
  target_include_directories(konform_${name} PUBLIC "${PROJECT_SOURCE_DIR}")
  set(deps)
  foreach(dep IN LISTS ARG_DEPENDS)
    list(APPEND deps konform_${dep})
  endforeach()
  target_link_libraries(konform_${name} PUBLIC ${deps} ${ARG_LIBS} PRIVATE konform_warnings)
  konform_batch_sources(konform_${name})
  # libkonform.a carries every module's objects (validator/api/CMakeLists.txt).
  set_property(GLOBAL APPEND PROPERTY KONFORM_ENGINE_MODULES konform_${name})
endfunction()
