"""The Print page's *Templates…* dialog: slip and pick list templates with a live slip preview."""
