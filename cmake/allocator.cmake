# The allocator of konform's own program. With KONFORM_JEMALLOC the `konform` executable (and so
# `konform serve`) allocates through jemalloc (Debian's libjemalloc2) instead of glibc's malloc,
# whose malloc/free took about a tenth of the full XRechnung stack's time per invoice (issue #26).
# On by default. The 50 MB invoice stays under four times its size because the document's large
# buffers grow by mremap (validator/xdm/pod_buffer.h) rather than by realloc, which jemalloc does
# by copying, and because the program purges jemalloc's freed pages once a chain is compiled
# (validator/cli/freed_memory.h); README, "Dependencies".
# libkonform.so and libkonform.a never link it: a program that embeds them keeps its own allocator.
option(KONFORM_JEMALLOC "Link the konform executable with jemalloc instead of glibc's malloc" ON)
if(KONFORM_JEMALLOC AND CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  # The sanitizers replace malloc themselves; the asan, tsan and fuzz presets turn jemalloc off.
  message(FATAL_ERROR "KONFORM_JEMALLOC=ON with -fsanitize: configure with -DKONFORM_JEMALLOC=OFF")
endif()
if(KONFORM_JEMALLOC)
  pkg_check_modules(JeMalloc REQUIRED IMPORTED_TARGET jemalloc)
endif()

# konform_link_allocator(TARGET): a program (never a library) allocates with the allocator above.
function(konform_link_allocator target)
  if(KONFORM_JEMALLOC)
    target_link_libraries(${target} PRIVATE PkgConfig::JeMalloc)
    target_compile_definitions(${target} PRIVATE KONFORM_JEMALLOC=1)
  endif()
endfunction()
