"""Fuzzed readers (issue 22): a short smoke of every fuzz target (fuzz/targets) on its seed
corpus and fixed-seed mutations of it, and one test per exception the fuzzers found. The
coverage-guided search is `make fuzz` (atheris); its counts and findings are in docs/fuzzing.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing.document import load as load_document
from briefing.errors import DocumentError, InputError
from briefing.memory import TranslationMemory
from briefing.review import read_xliff
from briefing.segment import load
from fuzz import smoke
from fuzz.contract import ContractBroken
from fuzz.targets import TARGETS
from fuzz.targets import load as load_target

SMOKE = {"web-upload": 60}  # an upload through the whole web stack costs ~15 ms
DEFAULT_SMOKE = 300


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_smoke(name: str) -> None:
    target = load_target(name)
    try:
        for number, data in enumerate(smoke.inputs(name, SMOKE.get(name, DEFAULT_SMOKE))):
            try:
                target(data)
            except Exception as exc:
                raise AssertionError(
                    f"{name}: input {number} ({data[:200]!r}…) broke the contract: "
                    f"{type(exc).__name__}: {exc}"
                ) from exc
    finally:
        target.close()


def test_the_smoke_catches_a_reader_that_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader that raises anything but a BriefingError fails its target."""

    def broken(text: str) -> object:
        raise ValueError("a reader's bug")

    monkeypatch.setattr("briefing.reading.txt.parse", broken)
    target = load_target("article-txt")
    try:
        with pytest.raises(ValueError, match="a reader's bug"):
            target(smoke.seeds("article-txt")[0])
    finally:
        target.close()


def test_the_contract_catches_a_refused_import_that_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    """An import that is refused after document.json changed breaks the contract."""
    from briefing import docstore

    target = load_target("xliff")
    real_update = docstore.update

    def update_then_refuse(path: Path, change: object, **kwargs: object) -> object:
        path.write_bytes(path.read_bytes() + b" ")
        return real_update(path, change, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(docstore, "update", update_then_refuse)
    try:
        with pytest.raises(ContractBroken, match="changed"):
            target(b"not xml")
    finally:
        target.close()


# ----------------------------------------------------------------- what the fuzzers found


def test_an_unknown_marked_section_in_html_is_a_bogus_comment(tmp_path: Path) -> None:
    """atheris, article-html: `<![SD` made Python 3.11's HTML parser raise AssertionError
    ("unknown status keyword 'SD' in marked section"). Read by trafilatura (lxml) since
    issue 25: the stray end tags in the comment no longer break the text, as in a browser."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><div>Ngày 29/10, Bộ Khoa học và Công nghệ tổ chức hội thảo về AI "
        "<![SD</td></tr></table> và hợp tác.</div></body></html>",
        encoding="utf-8",
    )
    _, paragraphs = load(page)
    assert paragraphs == ["Ngày 29/10, Bộ Khoa học và Công nghệ tổ chức hội thảo về AI và hợp tác."]


NUL_ENCODING = b'<?xml version="1.0" encoding="utf\x00-8"?>\n<xliff version="1.2"/>\n'


def test_an_xliff_encoding_name_with_a_nul_is_refused_in_one_line(tmp_path: Path) -> None:
    """atheris, xliff and web-upload: a NUL inside the declared encoding's name made
    codecs.lookup raise ValueError ("embedded null character"), a 500 on the web."""
    path = tmp_path / "vi-ko.xlf"
    path.write_bytes(NUL_ENCODING)
    with pytest.raises(InputError, match="which is not an encoding"):
        read_xliff(path)


def test_a_tmx_encoding_name_with_a_nul_is_refused_in_one_line(tmp_path: Path) -> None:
    """atheris, tmx: the same NUL in a TMX file's declaration."""
    path = tmp_path / "memory.tmx"
    path.write_bytes(NUL_ENCODING.replace(b"xliff", b"tmx"))
    with (
        TranslationMemory(tmp_path / "memory.sqlite") as memory,
        pytest.raises(InputError, match="which is not an encoding"),
    ):
        memory.import_tmx(path)


def test_an_encoding_name_with_a_line_break_is_shown_on_one_line(tmp_path: Path) -> None:
    """atheris, tmx: `encoding="utf\\r8"` is UTF-8 to Python (codecs folds the \\r), so the
    refusal of bytes that are not UTF-8 printed the \\r inside its one-line message."""
    path = tmp_path / "memory.tmx"
    path.write_bytes(b'<?xml version="1.0" encoding="utf\r8"?>\n<tmx version="1.4">\xff</tmx>\n')
    with (
        TranslationMemory(tmp_path / "memory.sqlite") as memory,
        pytest.raises(InputError) as refused,
    ):
        memory.import_tmx(path)
    assert "\r" not in str(refused.value) and "'utf\\r8'" in str(refused.value)


def small_document() -> dict[str, Any]:
    return json.loads((smoke.CORPUS / "document" / "labelled.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "damage, message",
    [
        (
            lambda d: d["segments"][0].update(id="p1s2"),
            r"document.paragraphs\[0\].segment_ids: 'p1s1' is not a segment of the document",
        ),
        (
            lambda d: d["segments"].append(dict(d["segments"][0])),
            r"document.segments\[1\].id: 'p1s1' is there twice",
        ),
        (
            lambda d: d["summaries"]["ko"]["sentences"][0].update(segment_ids=["p2s1"]),
            r"document.summaries.ko.sentences\[0\].segment_ids: 'p2s1' is not a segment",
        ),
        (
            lambda d: d["segments"][0].update(
                terms=[{"source": "Hai", "start": 0, "end": 3, "forms": {"vi": "Hai"}}]
            ),
            r"document.segments\[0\].terms\[0\].forms: no ko form for 'Hai'",
        ),
    ],
    ids=["paragraph-segment", "twice", "summary-segment", "term-form"],
)
def test_a_document_whose_references_do_not_hold_is_refused_on_reading(
    tmp_path: Path, damage: Any, message: str
) -> None:
    """atheris, document: a document.json that pydantic accepts but whose paragraphs or key
    points name a segment it lacks, or whose term has no form in a target, loaded and then
    made `briefing review export` fail with KeyError; now it is refused when read."""
    data = small_document()
    damage(data)
    path = tmp_path / "document.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DocumentError, match=message):
        load_document(path)
