"""Tagging material with crime elements: the analysis service, taxonomy browser, tag dialog.
May import: gui.shared and casebook.core.
"""
