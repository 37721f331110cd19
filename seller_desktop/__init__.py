"""Seller Desktop: order handling for small Amazon sellers, private by design."""

__version__ = "0.1.0"
