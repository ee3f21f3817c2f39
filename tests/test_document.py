from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import document as document_io
from briefing.document import SCHEMA_VERSION
from briefing.errors import DocumentError
from briefing.facts import extract
from briefing.segment import load, segment


def seed_document(seed: Path):  # type: ignore[no-untyped-def]
    article, paragraphs = load(seed)
    return extract(segment(article, paragraphs))


def test_round_trip(seed: Path) -> None:
    document = seed_document(seed)
    assert document_io.from_dict(json.loads(document_io.dumps(document))) == document


def test_newer_schema_is_refused(seed: Path, tmp_path: Path) -> None:
    data = json.loads(document_io.dumps(seed_document(seed)))
    data["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "document.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DocumentError, match="newer than this briefing understands"):
        document_io.load(path)


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json", "not valid JSON"),
        ("[]", "not a briefing document"),
        ("{}", "no schema_version"),
    ],
)
def test_unreadable_documents(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "document.json"
    path.write_text(content)
    with pytest.raises(DocumentError, match=message):
        document_io.load(path)


def test_wrong_field_type_names_the_place(seed: Path) -> None:
    data = json.loads(document_io.dumps(seed_document(seed)))
    data["segments"][0]["paragraph"] = "one"
    with pytest.raises(DocumentError, match=r"document.segments\[0\].paragraph"):
        document_io.from_dict(data)


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda d: d["segments"][1]["translations"]["ko"].update(status="done"),
            r"document.segments\[1\].translations.ko.status",
        ),
        (
            lambda d: d["facts"]["figures"][0].update(value="many"),
            r"document.facts.figures\[0\].value",
        ),
        (lambda d: d["article"].pop("sha256"), r"document.article.sha256: Field required"),
    ],
)
def test_pydantic_names_the_field(seed: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    from briefing.pipeline import run_brief  # noqa: F401  (a translated document)
    from briefing.translate.fake import FakeTranslator
    from briefing.translate.plan import translate

    document = translate(seed_document(seed), ["ko", "en"], FakeTranslator())
    from briefing.facts import extract

    data = json.loads(document_io.dumps(extract(document)))
    change(data)
    with pytest.raises(DocumentError, match=message):
        document_io.from_dict(data)
