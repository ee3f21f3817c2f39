"""Clean failures (issue 22): a failed run leaves nothing behind and names its real cause."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from briefing.config import Settings
from briefing.errors import ModelUnavailable, OutputError
from briefing.pipeline import run_brief
from briefing.summarize import create as create_summarizer


class Unavailable:
    """A translator whose model cannot be loaded, as a run without a model meets it."""

    backend = "fake"
    model = "missing/model"

    def load(self) -> None:
        raise ModelUnavailable("model missing/model is not on disk; run make tiny-models")

    def translate(self, *args: object, **kwargs: object) -> list[str]:
        raise AssertionError("never reached")

    def signature(self) -> dict[str, str]:
        return {"backend": self.backend, "model": self.model}


def test_a_failed_run_leaves_no_folder_and_no_memory(tmp_path: Path, seed: Path) -> None:
    out = tmp_path / "new" / "out"
    memory = tmp_path / "state" / "memory.sqlite"
    broken = Unavailable()
    with pytest.raises(ModelUnavailable):
        run_brief(
            seed,
            Settings(out_dir=out, backend="fake", memory=str(memory)),
            translators={"ko": broken, "en": broken},  # type: ignore[dict-item]
            summarizer=create_summarizer("extractive"),
        )
    assert not out.exists() and not (tmp_path / "new").exists()
    assert not memory.exists() and not Path(str(memory) + "-wal").exists()


def test_a_failure_keeps_a_memory_that_was_there(tmp_path: Path, seed: Path) -> None:
    from briefing.memory import TranslationMemory, Unit

    memory = tmp_path / "memory.sqlite"
    with TranslationMemory(memory) as store:
        store.add([Unit("vi", "ko", "Xin chào.", "안녕하세요.")])
    broken = Unavailable()
    with pytest.raises(ModelUnavailable):
        run_brief(
            seed,
            Settings(out_dir=tmp_path / "out", backend="fake", memory=str(memory)),
            translators={"ko": broken, "en": broken},  # type: ignore[dict-item]
            summarizer=create_summarizer("extractive"),
        )
    with TranslationMemory(memory) as store:
        assert len(store.units()) == 1


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_a_folder_that_cannot_be_written_is_not_a_network_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    from briefing import modelstore

    def refuse(model: str, local: Path) -> Path:
        raise OSError(code, "Read-only file system" if code == errno.EROFS else "refused")

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(modelstore, "download", refuse)
    with pytest.raises(ModelUnavailable) as caught:
        modelstore.resolve("facebook/nllb-200-distilled-600M", tmp_path / "models")
    message = str(caught.value)
    assert "cannot write" in message and "BRIEFING_MODELS_DIR" in message
    assert "unreachable" not in message


def test_a_run_that_fails_while_rendering_leaves_nothing_in_out(
    tmp_path: Path, seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.translate.fake import FakeTranslator

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("briefing.pipeline.render_all", full)
    out = tmp_path / "fresh" / "out"
    fake = FakeTranslator()
    with pytest.raises(OutputError, match=r"the disk is full .*nothing is left half-written"):
        run_brief(
            seed,
            Settings(out_dir=out, backend="fake", memory="none"),
            translators={"ko": fake, "en": fake},
            summarizer=create_summarizer("extractive"),
        )
    assert not (tmp_path / "fresh").exists()
