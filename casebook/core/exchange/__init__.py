"""Exchange between casebooks: identities, signed and encrypted case packages, merging with
conflicts kept, review, and supervisor key slots. See docs/exchange-format.md.

Import the modules themselves (``exchange.packager``, ``exchange.importer``…); this package
imports nothing at load, so ``casebook.py`` can use ``exchange.errors`` without a cycle.
"""
