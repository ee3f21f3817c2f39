"""A scratch folder that lives as long as its target."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


class Scratch:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="briefing-fuzz-"))

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
