"""The headless core: domain, storage, crypto, taxonomy, export and exchange.

Nothing under this package may import Qt; tests/core/test_no_qt.py enforces it.
"""
