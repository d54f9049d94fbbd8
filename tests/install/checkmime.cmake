# cmake -DMIME_XML=... -DDESKTOP=... -DWORK_DIR=... -P checkmime.cmake
# Builds a private MIME database from our shared-mime-info file with
# update-mime-database (it rejects a malformed file) and checks that it maps
# each of our globs to a type the .desktop file's MimeType= declares, so that
# a double-click on such a file offers the app.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/packages)
file(COPY ${MIME_XML} DESTINATION ${WORK_DIR}/packages)
execute_process(COMMAND update-mime-database -V ${WORK_DIR}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0 OR out MATCHES "[Ee]rror|[Ww]arning")
    message(FATAL_ERROR "update-mime-database failed (${result}):\n${out}")
endif()

file(STRINGS ${WORK_DIR}/globs2 globs REGEX "^[0-9]+:")
file(READ ${DESKTOP} desktop_entry)
string(REGEX MATCH "\nMimeType=([^\n]*)" mime_line "${desktop_entry}")
set(declared "${CMAKE_MATCH_1}")
foreach(pattern "*.dpi.yaml" "*.framework.yaml" "*.owm")
    set(type "")
    foreach(line IN LISTS globs)
        # weight:type:pattern
        string(REPLACE ":" ";" fields "${line}")
        list(GET fields 1 line_type)
        list(GET fields 2 line_pattern)
        if(line_pattern STREQUAL pattern)
            set(type ${line_type})
        endif()
    endforeach()
    if(type STREQUAL "")
        message(FATAL_ERROR "no MIME type has the glob ${pattern}")
    endif()
    string(FIND "${declared};" "${type};" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${pattern} is ${type}, which the .desktop file does not declare (MimeType=${declared})")
    endif()
    message(STATUS "${pattern} -> ${type}, opened by the app")
endforeach()
