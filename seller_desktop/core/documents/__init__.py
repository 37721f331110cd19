"""Printed documents, rendered by ReportLab to PDF bytes in memory (never a temp file)."""
