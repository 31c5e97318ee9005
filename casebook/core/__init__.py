"""The headless core: store, records, analysis, export and exchange; never imports Qt.
May import: nothing of casebook.gui or casebook.cli (tests/test_layering.py, test_no_qt.py).
"""

# The layers (lowest first): errors (with the package roots); canonical_json, resource_paths;
# text, media, models, taxonomy; integrity; store; records; analysis; interchange, exchange,
# export; verification.
# docs/architecture.md explains them; tests/test_layering.py holds the same table.
