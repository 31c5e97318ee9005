"""Casebook: an offline, encrypted casebook for documenting atrocity crimes."""

__version__ = "0.1.0"
