#pragma once

// The child process of TemplatePreviewExit.ProcessEndsCleanly: the test
// binary runs this instead of the tests when the variable is set.
inline constexpr char kPreviewExitChild[] = "DPIW_PREVIEW_EXIT_CHILD";

// Starts a preview layout, deletes the preview, then ends the application
// and lives on a while, as a process does that quits with the editor open.
int runPreviewExitChild(int argc, char **argv);
