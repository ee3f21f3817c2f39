"""The article reader (briefing.reading.load) and the segmenter after it, per format."""

from __future__ import annotations

from briefing.document import Article
from briefing.reading import load
from briefing.segment import segment
from fuzz.contract import outcome
from fuzz.targets.scratch import Scratch


class Text(Scratch):
    suffix = ".txt"

    def __init__(self) -> None:
        super().__init__()
        self.path = self.folder / f"article{self.suffix}"

    def __call__(self, data: bytes) -> None:
        self.path.write_bytes(data)
        read = outcome(lambda: load(self.path, max_bytes=200_000))
        if isinstance(read, tuple):
            article, paragraphs = read
            assert isinstance(article, Article)
            outcome(lambda: segment(article, paragraphs))


class Markdown(Text):
    suffix = ".md"


class Html(Text):
    suffix = ".html"


class Docx(Text):
    suffix = ".docx"


class Pdf(Text):
    suffix = ".pdf"
