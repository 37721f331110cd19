"""Schema 19: the print log keeps the reason a seller gave for printing insert cards whose text
the wording checker found against Amazon's rules (``core.campaigns.wording_gate``).

``print_log.wording_override`` is NULL for every run that needed no override. The reason is the
seller's own words about their card text, kept in the encrypted store with the run; it is not
written to the event log.
"""

DESCRIPTION = "print log: the reason for printing cards despite wording errors"

SQL = """
ALTER TABLE print_log ADD COLUMN wording_override TEXT;
"""
