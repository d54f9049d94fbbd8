// The views library gains its first widgets with the desktop app.
