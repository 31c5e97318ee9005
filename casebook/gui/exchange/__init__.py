"""Exchange screens: packages out and in, identities, conflicts, review, supervisor access.
May import: gui.shared and casebook.core.
"""
