"""What every screen shares: the Workspace over an open casebook, forms, dialogs, fonts.
May import: casebook.core only.
"""
