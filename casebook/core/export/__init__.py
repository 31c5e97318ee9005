"""Complaint bundles and record prints as PDF, with their signed manifests.
May import: analysis, records, store and below; not interchange or exchange (peers).
"""

# - ``plan.plan_export``: what a bundle will hold and what it leaves out (consent, redaction,
#   identities), before anything is written;
# - ``bundle.export_bundle``: writes ``complaint.pdf``, ``exhibits/``, the signed manifest and
#   the exporter's key into a folder (optionally zipped, or age-encrypted);
# - ``manifest.verify_bundle``: checks a received bundle without a casebook;
# - ``record_print.print_testimony`` / ``print_evidence``: one record as a short PDF.
#
# Nothing is imported here, so checking a bundle does not load the typesetting machinery.
