"""The JSON interchange format: every case out, files included, and back in.
May import: analysis, records, store and below; not exchange or export (peers).
"""

from .exporter import export_case
from .importer import import_document, import_file
from .schema import FORMAT

__all__ = ["FORMAT", "export_case", "import_document", "import_file"]

# Tags and charges, and authored sections, add their part of each case through the hooks
# of exporter and importer.
from . import analysis_extension as _analysis  # noqa: F401
from . import patterns_extension as _patterns  # noqa: F401
from . import sections_extension as _sections  # noqa: F401
