"""Translators in the loop: XLIFF out and in (`xliff`), OmegaT projects (`omegat`), TMX
(`tmx`), and the review service that the CLI and the web share (`service`: save, undo,
approve all, import, feeding the translation memory).

The XLIFF names are re-exported here, where they lived before this became a package:
`from briefing.review import export_xliff, import_xliff` keeps working. The service is
imported by name (`briefing.review.service`) so that `import briefing.review` stays light.
"""

from briefing.review.xliff import (
    APPROVED_STATES,
    BASE_NOTE,
    DOCUMENT_NOTE,
    EMPTIED,
    MAX_BYTES,
    SHARED_NOTE,
    STATE,
    XLIFF_NS,
    ImportResult,
    Refusal,
    Unit,
    export_all,
    export_xliff,
    fingerprint,
    import_xliff,
    read_xliff,
    review_state,
    size_limit,
    to_xml,
    wrong_script,
    xliff_name,
)

__all__ = [
    "APPROVED_STATES",
    "BASE_NOTE",
    "DOCUMENT_NOTE",
    "EMPTIED",
    "MAX_BYTES",
    "SHARED_NOTE",
    "STATE",
    "XLIFF_NS",
    "ImportResult",
    "Refusal",
    "Unit",
    "export_all",
    "export_xliff",
    "fingerprint",
    "import_xliff",
    "read_xliff",
    "review_state",
    "size_limit",
    "to_xml",
    "wrong_script",
    "xliff_name",
]
