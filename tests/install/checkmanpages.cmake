# cmake "-DPAGES=a.1;b.1" -DVERSION=x.y.z -P checkmanpages.cmake
# Each man page renders without a single troff warning (the check lintian
# runs) and names the project's version in its header.
foreach(page IN LISTS PAGES)
    execute_process(COMMAND man --warnings -E UTF-8 -l -Tutf8 -Z ${page}
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE warnings)
    if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
        message(FATAL_ERROR "${page}: man failed (${result}):\n${warnings}")
    endif()
    file(STRINGS ${page} header REGEX "^\\.TH ")
    if(NOT header MATCHES "\"DPI Workbench ${VERSION}\"")
        message(FATAL_ERROR "${page}: the .TH line does not name version ${VERSION}: ${header}")
    endif()
    message(STATUS "${page}: renders cleanly, version ${VERSION}")
endforeach()
