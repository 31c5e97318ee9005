"""The encrypted casebook on disk: key slots, SQLCipher, the blob vault, schema and tag upgrades.
May import: integrity, models, taxonomy, text, media and the loose core modules.
"""
