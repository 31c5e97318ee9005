"""What may leave the casebook, for which use and recipient, under which name, and why not.
May import: records, store and everything below them; export, interchange and the front ends use it.
"""
