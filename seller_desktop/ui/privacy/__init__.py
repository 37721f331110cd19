"""The Privacy screen: ``page.PrivacyPage`` composes one widget per tab (see its docstring)."""
