"""What makes records evidence: signing keys, the audit chain, chains of custody.
May import: models, core.errors, core.canonical_json.
"""
