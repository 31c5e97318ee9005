"""The JSON interchange format: get every case out, files included, and back in."""

from .exporter import export_case
from .importer import import_document, import_file
from .schema import FORMAT

__all__ = ["FORMAT", "export_case", "import_document", "import_file"]
