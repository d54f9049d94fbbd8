# The read-only data the programs ship with, under share/dpi-workbench/:
#   assessments/        the bundled frameworks and the sample assessment
#   templates/reports/  the report templates
#   templates/maps/     the starter Wardley maps
# The programs find it relative to their own folder (model/core/bundleddata.h).
# assessments/sample-scores/ only feeds scripts/assemble-sample.py: not installed.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assessments/
        DESTINATION ${DPIW_INSTALL_DATADIR}/assessments
        FILES_MATCHING PATTERN "*.framework.yaml" PATTERN "*.dpi.yaml"
        PATTERN "sample-scores" EXCLUDE)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/templates/reports ${PROJECT_SOURCE_DIR}/templates/maps
        DESTINATION ${DPIW_INSTALL_DATADIR}/templates)
