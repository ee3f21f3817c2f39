from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import document as document_io
from briefing.document import SCHEMA_VERSION
from briefing.errors import DocumentError
from briefing.extract import extract
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
