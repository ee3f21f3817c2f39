"""The fuzz targets, by name: each reader of outside input, one class each.

A target is built once (`load(name)`: a scratch folder, fixtures) and then called with
one input at a time; it raises only when the contract (fuzz/contract.py) is broken.
"""

from __future__ import annotations

import importlib
from typing import Protocol

TARGETS = {
    "article-txt": "fuzz.targets.article:Text",
    "article-md": "fuzz.targets.article:Markdown",
    "article-html": "fuzz.targets.article:Html",
    "article-docx": "fuzz.targets.article:Docx",
    "article-pdf": "fuzz.targets.article:Pdf",
    "xliff": "fuzz.targets.xliff:XliffImport",
    "tmx": "fuzz.targets.tmx:TmxImport",
    "glossary-csv": "fuzz.targets.glossary:Csv",
    "glossary-tbx": "fuzz.targets.glossary:Tbx",
    "document": "fuzz.targets.document:DocumentJson",
    "web-upload": "fuzz.targets.web:Upload",
}


class Target(Protocol):
    def __call__(self, data: bytes) -> None: ...

    def close(self) -> None: ...


def load(name: str) -> Target:
    """The target called `name`, set up and ready for inputs."""
    module, _, attribute = TARGETS[name].partition(":")
    target: Target = getattr(importlib.import_module(module), attribute)()
    return target
