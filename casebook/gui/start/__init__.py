"""Before a casebook is open: the start window, unlocking, creating a casebook.
May import: gui.shared and casebook.core.
"""
