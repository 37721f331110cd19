"""Privacy: the retention rule and the wipe, erasure and export, every backup following the
wipe ledger, the figures of the Privacy screen, and the sealed tax archive."""
