# Shared compile settings for every target of the project.
function(dpiw_set_project_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_FOREACH QT_NO_KEYWORDS
        DPIW_VERSION="${PROJECT_VERSION}")
endfunction()
