"""Several articles about one event → one digest: facts merged with their sources, the
articles' disagreements listed, key points once each; `digest.<lang>.pdf` and `digest.json`.

    build_digest(document paths, folder, title=None, progress=None)   (a job calls this)
    refresh_for(document path)        rebuild the digests that read a re-rendered run
    evaluate(folder)                  `briefing eval-digest` (briefing.digest.score)
"""

from __future__ import annotations

from briefing.digest.build import (
    ARTIFACTS,
    DigestResult,
    assemble,
    build_digest,
    digest_file,
    digests_of,
    rebuild,
    refresh_for,
)
from briefing.digest.model import DIGEST_JSON, Digest, load, save

__all__ = [
    "ARTIFACTS",
    "DIGEST_JSON",
    "Digest",
    "DigestResult",
    "assemble",
    "build_digest",
    "digest_file",
    "digests_of",
    "load",
    "rebuild",
    "refresh_for",
    "save",
]
