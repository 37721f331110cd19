"""Importing Amazon order reports: the file dialog, drag-and-drop and the import job."""
