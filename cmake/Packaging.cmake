# The Debian package: `cmake --workflow --preset package` (CMakePresets.json)
# gives build-package/dpi-workbench_VERSION_amd64.deb. Why CPack's DEB
# generator and what lintian says: docs/packaging.md.

set(DPIW_MAINTAINER "DPI Workbench maintainers <maintainers@users.noreply.r-seed-8d9cc252.example>")
string(SUBSTRING "${DPIW_RELEASE_DATE}" 0 4 DPIW_COPYRIGHT_YEAR)

# Debian wants a copyright file and, for a native package such as this one
# (no Debian revision), changelog.gz in /usr/share/doc/PACKAGE. Both are
# installed by `cmake --install` too: they are true of any install.
set(dpiw_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/${DPIW_PACKAGE_NAME})
set(dpiw_debian ${PROJECT_BINARY_DIR}/debian)
execute_process(COMMAND date -u -R -d "${DPIW_RELEASE_DATE}"
                OUTPUT_VARIABLE DPIW_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/copyright.in ${dpiw_debian}/copyright @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${dpiw_debian}/changelog @ONLY)
execute_process(COMMAND ${DPIW_GZIP} -9 -n -c ${dpiw_debian}/changelog
                OUTPUT_FILE ${dpiw_debian}/changelog.gz COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${dpiw_debian}/copyright ${dpiw_debian}/changelog.gz DESTINATION ${dpiw_doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${DPIW_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "DPI Workbench contributors")
set(CPACK_PACKAGE_CONTACT "${DPIW_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "assess digital public infrastructure: frameworks, Wardley maps, reports")
# Debian's extended description: lines under 80 columns, "." for a blank line.
set(CPACK_PACKAGE_DESCRIPTION
    "DPI Workbench is a desktop tool for people who assess a country's digital
public infrastructure. It loads assessment frameworks written in YAML, scores
sectors criterion by criterion with evidence, draws Wardley maps (compatible
with the OnlineWardleyMaps text format) and exports PDF reports from
templates partners can edit. The command-line tool dpiw does the same jobs
without a display.
.
Bundled: four assessment frameworks, an illustrative sample assessment of
Kyrgyzstan, a report template and a starter map.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the binaries link (Qt, yaml-cpp, libc,
# and libqt6svg6, which also holds the SVG icon engine the app's icon needs);
# it cannot see the font the reports embed: DejaVu.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# Qt falls back to X11 (XWayland) without it; without Debian's Qt
# translations Qt's own dialogs stay English in a Russian or Kyrgyz interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
include(CPack)
