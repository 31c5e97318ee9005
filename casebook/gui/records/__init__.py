"""The case workspace: navigator, record editors, evidence, intake and search.
May import: gui.tagging, gui.shared and casebook.core.
"""
