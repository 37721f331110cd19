"""The Today page: what the seller has to do today, each a click from its screen."""
