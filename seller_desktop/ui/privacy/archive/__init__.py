"""Privacy › Tax archive: the tab itself (``tab``: state, set-up, the archive passphrase), the
tax-archive rule (``rule``), legal holds (``holds``) and the sealed entries (``entries``)."""
