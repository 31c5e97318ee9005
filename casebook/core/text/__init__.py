"""Text in many scripts: cleaning input, detecting scripts, Zawgyi and Unicode Burmese.
May import: core.errors only.
"""
