"""TMX import into the translation memory (`briefing memory import`); a refused file
adds nothing to the memory."""

from __future__ import annotations

from briefing.memory import TranslationMemory
from fuzz.contract import ContractBroken, outcome
from fuzz.targets.scratch import Scratch


class TmxImport(Scratch):
    def __init__(self) -> None:
        super().__init__()
        self.memory = TranslationMemory(self.folder / "memory.sqlite")
        self.path = self.folder / "memory.tmx"

    def __call__(self, data: bytes) -> None:
        self.path.write_bytes(data)
        read = outcome(lambda: self.memory.import_tmx(self.path))
        if not isinstance(read, int):
            if self.memory.units():
                raise ContractBroken("a refused TMX file added to the memory")
            return
        self.memory._db.execute("DELETE FROM units")  # each input starts from empty

    def close(self) -> None:
        self.memory.close()
        super().close()
