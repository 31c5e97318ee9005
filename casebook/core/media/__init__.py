"""Media files: sniffing the type from the first bytes, reading embedded metadata.
May import: core.errors only.
"""
