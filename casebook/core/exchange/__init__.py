"""Exchange between casebooks: identities, signed encrypted packages, merge, review.
May import: analysis, records, store and below; not interchange or export (peers).
"""

# Conflicts are kept, not overwritten; supervisor key slots live here too. The format is in
# docs/exchange-format.md. Import the modules themselves (``exchange.packager``…): this
# package imports nothing at load.
