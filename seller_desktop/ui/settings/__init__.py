"""The Settings screen: business details, security, products."""
