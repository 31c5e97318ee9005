"""The PySide6 application over the core: one window per open casebook.
May import: casebook.core (any layer); never casebook.cli.
"""
