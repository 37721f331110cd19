"""The main window around the screens: navigation, menus, status bar, remembered layout, the
hourly wipe while the window runs."""
