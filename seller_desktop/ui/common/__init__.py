"""Shared by every screen: widgets, on-screen formatting, the job runner, the clipboard."""
