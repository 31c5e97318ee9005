"""Analysis views: charges, coverage matrix, timeline, map of places, complaint export.
May import: gui.records, gui.tagging, gui.shared and casebook.core.
"""
