from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# No test may reach the hub: a missing model fails at once.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.pop("MT_MODEL", None)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "vn-kr-digital-forum.vi.txt"
TINY_NLLB = ROOT / "models" / "tiny" / "nllb"
TINY_MT5 = ROOT / "models" / "tiny" / "mt5-sum"


def reference_table() -> dict[str, dict[str, str]]:
    """Hand translations of seed sentences (models/corpus.tsv), as a FakeTranslator table."""
    table: dict[str, dict[str, str]] = {"ko": {}, "en": {}}
    with (ROOT / "models" / "corpus.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            table["ko"][row["vi"]] = row["ko"]
            table["en"][row["vi"]] = row["en"]
    return table


@pytest.fixture(autouse=True)
def environment_restored() -> Iterator[None]:
    """What a test (or a library it imports: scikit-learn sets KMP_INIT_AT_FORK, CTranslate2's
    loader CT2_FORCE_CPU_ISA) leaves in os.environ goes with it: the processes a later test
    starts inherit the environment it began with, not the leftovers of every test before."""
    before = dict(os.environ)
    yield
    if dict(os.environ) != before:
        os.environ.clear()
        os.environ.update(before)


@pytest.fixture(autouse=True)
def private_memory(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test touches the user's translation memory in ~/.local/share."""
    path = tmp_path_factory.mktemp("memory") / "memory.sqlite"
    monkeypatch.setattr("briefing.memory.default_path", lambda: path)
    monkeypatch.setattr("briefing.pipeline.default_memory_path", lambda: path)
    monkeypatch.setenv("BRIEFING_MEMORY", str(path))
    return path


@pytest.fixture
def seed() -> Path:
    return SEED


@pytest.fixture
def tiny_nllb() -> Path:
    if not (TINY_NLLB / "config.json").is_file():
        pytest.fail("models/tiny/nllb is missing: run `make tiny-models`")
    return TINY_NLLB


@pytest.fixture
def tiny_mt5() -> Path:
    if not (TINY_MT5 / "config.json").is_file():
        pytest.fail("models/tiny/mt5-sum is missing: run `make tiny-models`")
    return TINY_MT5
