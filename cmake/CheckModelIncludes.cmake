# Fails the build when a source of the core model includes a GUI header:
# the model links QtCore and yaml-cpp only (DESIGN §2), and Qt's include
# layout would otherwise let such an include compile silently.
file(GLOB_RECURSE model_sources "${MODEL_DIR}/*.h" "${MODEL_DIR}/*.cpp")
# model/document is the undo layer (its own target, QtGui allowed: QUndoStack).
list(FILTER model_sources EXCLUDE REGEX "^${MODEL_DIR}/document/")
set(offenders "")
foreach(source IN LISTS model_sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtSvg|QtCharts|QtPrintSupport|Q(Color|Font|Painter|Pixmap|Image|Widget|Application|GuiApplication|UndoStack|UndoCommand))")
    if(lines)
        list(APPEND offenders "${source}: ${lines}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "The core model must not include GUI headers:\n${offenders}")
endif()
