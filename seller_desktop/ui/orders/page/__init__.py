"""The Orders page: the page itself (``page``), its search and filter bar (``filter_bar``), its
buttons for the day's actions (``actions``) and the table's column widths (``columns``)."""
