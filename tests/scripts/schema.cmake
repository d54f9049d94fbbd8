# Cross-check of the JSON Schemas in resources/schema/ against the bundled
# YAML files (the test fixtures and assessments/), with Python's jsonschema.
# Included from tests/CMakeLists.txt; skipped when the modules are missing.

find_package(Python3 COMPONENTS Interpreter QUIET)
set(dpiw_schema_check_ok FALSE)
if(Python3_Interpreter_FOUND)
    execute_process(
        COMMAND ${Python3_EXECUTABLE} -c "import jsonschema, yaml"
        RESULT_VARIABLE dpiw_schema_modules_result
        OUTPUT_QUIET ERROR_QUIET)
    if(dpiw_schema_modules_result EQUAL 0)
        set(dpiw_schema_check_ok TRUE)
    endif()
endif()

if(dpiw_schema_check_ok)
    add_test(NAME schema.bundled_files
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_schema.py
                ${PROJECT_SOURCE_DIR}/resources/schema
                "${PROJECT_SOURCE_DIR}/tests/data/valid/*.yaml"
                "${PROJECT_SOURCE_DIR}/assessments/*.yaml"
                "${PROJECT_SOURCE_DIR}/assessments/examples/*/*.yaml")
    # Malformed fixtures whose problem a schema can express must be rejected
    # by it too, so that the schema cannot silently drift into accepting
    # anything. (Cross-references such as duplicate ids or levels outside the
    # scale are for the application's reader alone.)
    set(dpiw_schema_malformed
        cap-over-100.framework.yaml
        derived-from-bad.framework.yaml
        dimensions-not-list.framework.yaml
        invalid-id.framework.yaml
        localized-bad-language.framework.yaml
        missing-id.framework.yaml
        missing-question.framework.yaml
        not-applicable-word.framework.yaml
        rubric-key-not-number.framework.yaml
        scale-not-mapping.framework.yaml
        scale-one-level.framework.yaml
        unknown-key.framework.yaml
        version-not-semver.framework.yaml
        weight-not-number.framework.yaml
        weight-zero.framework.yaml
        gates-three-levels.framework.yaml
        kind-unknown.framework.yaml
        alias-bomb.framework.yaml
        self-anchor.framework.yaml
        project-bad-confidence.dpi.yaml
        project-bad-status.dpi.yaml
        project-level-quoted.dpi.yaml
        project-level-misspelt.dpi.yaml
        project-to-verify-list.dpi.yaml
        project-missing-title.dpi.yaml
        project-weight-negative.dpi.yaml
        project-rating-no-analyst.dpi.yaml
        project-ratings-not-list.dpi.yaml
        project-bad-priority.dpi.yaml
        project-bad-horizon.dpi.yaml
    )
    list(TRANSFORM dpiw_schema_malformed PREPEND ${PROJECT_SOURCE_DIR}/tests/data/malformed/)
    add_test(NAME schema.rejects_malformed
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_schema.py --expect-invalid
                ${PROJECT_SOURCE_DIR}/resources/schema ${dpiw_schema_malformed})
else()
    message(STATUS "schema.bundled_files skipped: needs python3 with the jsonschema and yaml modules")
endif()
