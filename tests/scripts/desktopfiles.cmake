# The files the desktop and the shell read, checked by their own tools:
# desktop-file-validate, appstreamcli, update-mime-database (shared-mime-info),
# man (man-db) and bash-completion. scripts/bootstrap.sh installs them; a
# tool that is missing makes its test print why and count as skipped.
set(dpiw_resources ${PROJECT_SOURCE_DIR}/resources)

function(dpiw_add_tool_test name tool)
    find_program(DPIW_TOOL_${tool} ${tool})
    if(DPIW_TOOL_${tool})
        add_test(NAME ${name} COMMAND ${ARGN})
    else()
        add_test(NAME ${name} COMMAND sh -c "echo '${name} skipped: ${tool} is not installed (apt-get install the package scripts/bootstrap.sh lists)'; exit 77")
    endif()
    set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
endfunction()

dpiw_add_tool_test(desktop.desktop_file_validates desktop-file-validate
    desktop-file-validate ${dpiw_resources}/desktop/${DPIW_APP_ID}.desktop)
# --no-net: the screenshots' web copies are not fetched (CI has no network).
dpiw_add_tool_test(desktop.metainfo_validates appstreamcli
    appstreamcli validate --no-net ${DPIW_METAINFO_FILE})
dpiw_add_tool_test(desktop.mime_types_register update-mime-database
    ${CMAKE_COMMAND} -DMIME_XML=${dpiw_resources}/desktop/${DPIW_APP_ID}.mime.xml
        -DDESKTOP=${dpiw_resources}/desktop/${DPIW_APP_ID}.desktop
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/mime-check
        -P ${PROJECT_SOURCE_DIR}/tests/install/checkmime.cmake)
dpiw_add_tool_test(desktop.man_pages_render man
    ${CMAKE_COMMAND} "-DPAGES=${DPIW_MAN_PAGES}" -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/tests/install/checkmanpages.cmake)
# Every option `dpiw COMMAND --help` prints is in the man page and completes.
dpiw_add_tool_test(desktop.cli_docs_match_help bash
    bash ${PROJECT_SOURCE_DIR}/tests/install/check_cli_docs.sh $<TARGET_FILE:dpiw>
        ${PROJECT_BINARY_DIR}/resources/dpiw.1 ${dpiw_resources}/completion/dpiw)
