"""The records and their services: cases, persons, testimonies, evidence intake, search.
May import: store and everything below it (integrity, models, taxonomy, text, media).
"""
