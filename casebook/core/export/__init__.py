"""Complaint bundles for prosecutors, and single-record prints.

- ``plan.plan_export``: what a bundle will hold and what it leaves out (consent, redaction,
  identities), before anything is written;
- ``bundle.export_bundle``: writes ``complaint.pdf``, ``exhibits/``, the signed manifest and
  the exporter's key into a folder (optionally zipped, or age-encrypted);
- ``manifest.verify_bundle``: checks a received bundle without a casebook;
- ``record_print.print_testimony`` / ``print_evidence``: one record as a short PDF.

Nothing is imported here, so checking a bundle does not load the typesetting machinery.
"""
