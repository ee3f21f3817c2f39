"""XLIFF import into a document.json, as `briefing review import` does it (under the
document's lock); a refused file leaves document.json byte for byte as it was."""

from __future__ import annotations

import shutil

from briefing import docstore
from briefing.document import load
from briefing.errors import BriefingError
from briefing.review import import_xliff
from fuzz.contract import one_line, unchanged
from fuzz.targets.scratch import FIXTURES, Scratch


class XliffImport(Scratch):
    def __init__(self) -> None:
        super().__init__()
        self.document = self.folder / "document.json"
        shutil.copy(FIXTURES / "document.json", self.document)
        self.original = self.document.read_bytes()
        self.incoming = self.folder / "vi-ko.xlf"

    def __call__(self, data: bytes) -> None:
        self.incoming.write_bytes(data)
        force = len(data) % 2 == 1
        try:
            docstore.update(
                self.document, lambda d: import_xliff(d, self.incoming, "fuzz", force=force)
            )
        except BriefingError as exc:
            one_line(exc)
            unchanged(self.document, self.original, "the XLIFF import")
            return
        load(self.document)  # what was written reads back
        self.document.write_bytes(self.original)
