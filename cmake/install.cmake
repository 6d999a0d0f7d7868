# What `cmake --install` puts where (GNU layout below CMAKE_INSTALL_PREFIX), relocatable as a
# whole: konform finds share/konform/profiles from its own location, konformConfig.cmake and
# konform.pc compute the prefix from theirs.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(konform_profiles_dir "${CMAKE_INSTALL_DATADIR}/konform/profiles")
install(TARGETS konform RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime)
install(TARGETS konform_shared EXPORT konformTargets
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT runtime NAMELINK_COMPONENT development
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS konform_static EXPORT konformTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT development)
install(DIRECTORY include/konform DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT development)
install(DIRECTORY profiles/ DESTINATION "${konform_profiles_dir}"
  COMPONENT runtime PATTERN "README.md" EXCLUDE)
install(FILES xsd/profile-1.xsd xsd/service-definition-1.xsd xsd/profile-test-1.xsd
  DESTINATION "${CMAKE_INSTALL_DATADIR}/konform/xsd" COMPONENT runtime)

set(konform_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/konform")
install(EXPORT konformTargets NAMESPACE konform:: DESTINATION "${konform_cmake_dir}"
  COMPONENT development)
configure_package_config_file(cmake/konformConfig.cmake.in
  "${PROJECT_BINARY_DIR}/konformConfig.cmake" INSTALL_DESTINATION "${konform_cmake_dir}"
  PATH_VARS konform_profiles_dir)
write_basic_package_version_file("${PROJECT_BINARY_DIR}/konformConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/konformConfig.cmake"
  "${PROJECT_BINARY_DIR}/konformConfigVersion.cmake"
  DESTINATION "${konform_cmake_dir}" COMPONENT development)

# pkg-config: the prefix follows the .pc file (${pcfiledir}), so a moved tree still works.
file(RELATIVE_PATH konform_pc_to_prefix "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
list(TRANSFORM konform_static_dependencies PREPEND "-l" OUTPUT_VARIABLE konform_pc_libs_private)
list(JOIN konform_pc_libs_private " " konform_pc_libs_private)
configure_file(cmake/konform.pc.in "${PROJECT_BINARY_DIR}/konform.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/konform.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
  COMPONENT development)
