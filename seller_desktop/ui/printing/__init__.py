"""The Print screen: choosing orders, the preview, the printer or a PDF file, the print log."""
