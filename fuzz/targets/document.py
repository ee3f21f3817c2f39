"""document.json as `briefing review export` reads it: loaded, its review state counted,
each target exported to XLIFF, and written back."""

from __future__ import annotations

from briefing.document import Document, dumps, load, save
from briefing.review import export_xliff, review_state
from fuzz.contract import outcome
from fuzz.targets.scratch import Scratch


class DocumentJson(Scratch):
    def __init__(self) -> None:
        super().__init__()
        self.path = self.folder / "document.json"

    def __call__(self, data: bytes) -> None:
        self.path.write_bytes(data)
        document = outcome(lambda: load(self.path))
        if not isinstance(document, Document):
            return
        outcome(lambda: review_state(document))
        for target in document.targets:
            outcome(lambda target=target: export_xliff(document, target))  # type: ignore[misc]
        dumps(document)
        save(document, self.path)
        load(self.path)
