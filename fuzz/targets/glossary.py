"""The forum's glossary (CSV, TBX), read and then used as a run uses it: matched in a
Vietnamese and a Korean sentence, its terms protected and restored."""

from __future__ import annotations

from briefing.glossary import Glossary, load_glossary, protect, restore, term_hits
from fuzz.contract import outcome
from fuzz.targets.scratch import Scratch

VIETNAMESE = (
    "Bộ Khoa học và Công nghệ (Bộ KH&CN) và Đại sứ Choi Young Sam dự Diễn đàn số Việt – Hàn."
)
KOREAN = "과학기술정보통신부는 베트남 과학기술부와 디지털 포럼을 열었다."


class Csv(Scratch):
    suffix = ".csv"

    def __init__(self) -> None:
        super().__init__()
        self.path = self.folder / f"glossary{self.suffix}"

    def __call__(self, data: bytes) -> None:
        self.path.write_bytes(data)
        glossary = outcome(lambda: load_glossary(self.path))
        if isinstance(glossary, Glossary):
            for source, text in (("vi", VIETNAMESE), ("ko", KOREAN)):
                hits = term_hits(text, glossary.for_source(source), ["Choi Young Sam"])
                protected = protect(text, hits)
                for target in ("vi", "ko", "en"):
                    restore(protected, text, hits, target)


class Tbx(Csv):
    suffix = ".tbx"
