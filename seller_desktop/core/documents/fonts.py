"""Our bundled TrueType fonts, registered with ReportLab once per process.

ReportLab embeds TrueType outlines as subsets; a canvas created with one of ours as
``initialFontName`` leaves no unembedded standard font (Helvetica) in the PDF.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...resources import resource_path

BODY = "SD-Sans"
BOLD = "SD-Sans-Bold"

_FILES = {BODY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=None)
def register_fonts() -> tuple[str, ...]:
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    return tuple(_FILES)
