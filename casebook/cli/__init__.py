"""The `casebook` command: every core operation from a terminal, and the GUI launcher.
May import: casebook.core and casebook.gui.app (to start the window).
"""
