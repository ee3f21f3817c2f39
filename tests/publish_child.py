"""Run by tests/test_faults.py in a subprocess: a brief of ARTICLE into OUT that sends itself
SIGKILL at STEP of the publish step, with the folders swapped in one step (`swap`) or by
two renames (`renames`, as where renameat2 is missing).

    python tests/publish_child.py ARTICLE OUT STEP swap|renames

STEP: `start` (publish entered), `copied` (the translator's files copied into the new
run), `set-aside` (the previous run renamed away; renames only), `in-place` (the new run
in place, the previous one not yet removed). A child that never reaches STEP exits 0.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from briefing import pipeline, swap
from briefing.config import Settings
from briefing.summarize import create as create_summarizer
from briefing.translate.fake import FakeTranslator


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    article, out, step, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    real_publish, real_exchange, real_rename = pipeline.publish, swap.exchange, Path.rename

    def publish(staging: Path, final: Path) -> None:
        if step == "start":
            die()
        real_publish(staging, final)

    def exchange(first: Path, second: Path) -> bool:
        if step == "copied":
            die()
        if mode == "renames":
            return False
        done = real_exchange(first, second)
        if step == "in-place":
            die()
        return done

    def rename(self: Path, target: str | os.PathLike[str]) -> Path:
        moved = real_rename(self, target)
        if step == "set-aside" and ".old-" in str(target):
            die()
        if step == "in-place" and self.name.endswith(".partial"):
            die()
        return moved

    pipeline.publish = publish  # type: ignore[assignment]
    swap.exchange = exchange  # type: ignore[assignment]
    Path.rename = rename  # type: ignore[assignment,method-assign]
    fake = FakeTranslator()
    pipeline.run_brief(
        article,
        Settings(out_dir=out, backend="fake", memory="none"),
        translators={"ko": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
    )


if __name__ == "__main__":
    main()
