# The CTest fixture of install_tests: `cmake --install` of this build tree
# into build/install-test (emptied first), as a user would install it.
# --strip keeps the copy small; what is installed is otherwise the same.
add_test(NAME install.into_prefix
    COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR} -DPREFIX=${PROJECT_BINARY_DIR}/install-test
            -P ${PROJECT_SOURCE_DIR}/tests/install/installprefix.cmake)
set_tests_properties(install.into_prefix PROPERTIES FIXTURES_SETUP dpiw_installed)
