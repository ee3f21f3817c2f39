"""The review service without HTTP: save, undo, approve all, import and the memory it
feeds, on a real run's document.json; one TMX writer; the web's error mapping."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from briefing import __version__
from briefing.config import Settings
from briefing.document import load
from briefing.errors import ConflictError, InputError, NotFoundError, ReviewError
from briefing.memory import TranslationMemory, Unit
from briefing.pipeline import run_brief
from briefing.review import export_all, service
from briefing.review.omegat import write_matches
from briefing.summarize import create as create_summarizer
from briefing.translate.fake import FakeTranslator

NS = "urn:oasis:names:tc:xliff:document:1.2"
TMX = Path(__file__).resolve().parent / "data" / "tmx"


@pytest.fixture(scope="module")
def reviewed_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run of the seed article (fake translators), rendered once for the module."""
    from tests.conftest import SEED

    folder = tmp_path_factory.mktemp("service")
    fake = FakeTranslator()
    result = run_brief(
        SEED,
        Settings(out_dir=folder / "out", backend="fake", memory="none"),
        translators={"ko": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
    )
    return Path(result.run_dir)


@pytest.fixture
def document_path(reviewed_run: Path, tmp_path: Path) -> Path:
    """A private copy of the run's document.json."""
    path = tmp_path / "run" / "document.json"
    path.parent.mkdir()
    shutil.copy(reviewed_run / "document.json", path)
    return path


def memory_units(path: Path) -> list[Unit]:
    with TranslationMemory(path) as memory:
        return memory.units()


# ----------------------------------------------------------------------------- save


def test_a_save_with_a_stale_revision_is_a_conflict_and_writes_nothing(
    document_path: Path, tmp_path: Path
) -> None:
    seen = service.revision(document_path, "p1s1", "ko")
    first = service.save(document_path, "p1s1", "ko", "첫 번째 검토자의 번역.", "edited", "A")
    assert first.changed and first.revision == seen + 1 and first.origin == "human"
    before = document_path.read_bytes()
    with pytest.raises(ConflictError, match="changed since it was shown") as caught:
        service.save(
            document_path,
            "p1s1",
            "ko",
            "두 번째 검토자의 번역.",
            "approved",
            "B",
            expected=seen,
            memory=tmp_path / "m.sqlite",
        )
    assert caught.value.current == "첫 번째 검토자의 번역."
    assert document_path.read_bytes() == before
    assert not (tmp_path / "m.sqlite").exists()  # not fed either


def test_a_save_with_the_revision_it_saw_lands_and_keeps_a_revision(document_path: Path) -> None:
    machine = load(document_path).segment("p1s1").translations["ko"]
    seen = service.revision(document_path, "p1s1", "ko")
    saved = service.save(
        document_path, "p1s1", "ko", "  검토된 번역.  ", "edited", "web:Lan", expected=seen
    )
    after = load(document_path).segment("p1s1").translations["ko"]
    assert (after.text, after.status, after.origin) == ("검토된 번역.", "edited", "human")
    assert after.revisions[-1].text == machine.text and after.revisions[-1].changed_by == "web:Lan"
    assert saved.revision == len(after.revisions)


@pytest.mark.parametrize(
    "unit_id, language, text, error",
    [
        ("p1s1", "ko", "   ", ReviewError),  # an empty translation
        ("p99s9", "ko", "아무것도.", NotFoundError),  # no such text
        ("p1s1", "fr", "Rien.", NotFoundError),  # no such language
    ],
)
def test_a_save_that_cannot_be_made_is_refused(
    document_path: Path, unit_id: str, language: str, text: str, error: type[Exception]
) -> None:
    before = document_path.read_bytes()
    with pytest.raises(error):
        service.save(document_path, unit_id, language, text, "edited", "A")
    assert document_path.read_bytes() == before


def test_a_label_is_saved_where_the_brief_reads_it(document_path: Path) -> None:
    saved = service.save(document_path, "title", "en", "The forum, reviewed", "approved", "A")
    document = load(document_path)
    assert saved.changed and document.labels["title"]["en"].text == "The forum, reviewed"
    assert document.title["en"] == "The forum, reviewed"


# ----------------------------------------------------------------------------- undo


def test_undo_brings_back_the_text_and_status_before_the_last_change(document_path: Path) -> None:
    machine = load(document_path).segment("p2s1").translations["en"]
    service.save(document_path, "p2s1", "en", "A reviewer's sentence.", "approved", "A")
    undone = service.undo(document_path, "p2s1", "en", "A")
    after = load(document_path).segment("p2s1").translations["en"]
    assert (undone.text, undone.status) == (machine.text, machine.status)
    assert (after.text, after.status) == (machine.text, machine.status)
    assert len(after.revisions) == 2  # the change and its undo, both on record


def test_undo_with_nothing_on_record_is_a_conflict(document_path: Path) -> None:
    before = document_path.read_bytes()
    with pytest.raises(ConflictError, match="nothing to undo"):
        service.undo(document_path, "p2s1", "en", "A")
    assert document_path.read_bytes() == before


def test_undo_refuses_when_someone_changed_the_text_since(document_path: Path) -> None:
    service.save(document_path, "p2s1", "en", "First change.", "edited", "A")
    seen = service.revision(document_path, "p2s1", "en")
    service.save(document_path, "p2s1", "en", "A colleague's change.", "edited", "B")
    with pytest.raises(ConflictError):
        service.undo(document_path, "p2s1", "en", "A", expected=seen)
    assert load(document_path).segment("p2s1").translations["en"].text == "A colleague's change."


# ----------------------------------------------------------------------------- approve all


def test_approve_all_approves_only_what_is_unapproved(document_path: Path) -> None:
    service.save(document_path, "p1s1", "ko", "이미 승인된 번역.", "approved", "A")
    kept = load(document_path).segment("p1s1").translations["ko"]
    approved = service.approve_all(document_path, "ko", "B")
    document = load(document_path)
    assert "p1s1" not in approved.ids  # already approved: no second revision
    assert document.segment("p1s1").translations["ko"].revisions == kept.revisions
    assert all(s.translations["ko"].status == "approved" for s in document.segments)
    untouched = [s.translations["en"].status for s in document.segments]
    assert "approved" not in untouched  # the other language is left alone
    machine = [s.id for s in document.segments if s.id in approved.ids]
    assert machine and all(
        document.segment(i).translations["ko"].origin == "mt-approved" for i in machine
    )
    again = service.approve_all(document_path, "ko", "B")
    assert again.ids == []


def test_approve_all_with_a_list_approves_nothing_else(document_path: Path) -> None:
    approved = service.approve_all(document_path, "en", "B", only={"p1s1", "p99s9"})
    statuses = {s.id: s.translations["en"].status for s in load(document_path).segments}
    assert approved.ids == ["p1s1"]
    assert statuses["p1s1"] == "approved"
    assert [i for i, status in statuses.items() if status == "approved"] == ["p1s1"]


def test_approve_all_of_a_language_the_brief_has_not_is_not_found(document_path: Path) -> None:
    with pytest.raises(NotFoundError):
        service.approve_all(document_path, "fr", "B")


# ----------------------------------------------------------------------------- import


def edit(path: Path, changes: dict[str, tuple[str | None, str | None, str]]) -> None:
    """Per unit id: a new source (None keeps it), a new target (None keeps it), a state."""
    tree = etree.parse(str(path))
    for unit in tree.iter(f"{{{NS}}}trans-unit"):
        if unit.get("id") in changes:
            source, text, state = changes[unit.get("id")]
            if source is not None:
                unit.find(f"{{{NS}}}source").text = source
            target = unit.find(f"{{{NS}}}target")
            if text is not None:
                target.text = text
            target.set("state", state)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_an_import_refuses_the_units_whose_source_changed(
    document_path: Path, tmp_path: Path
) -> None:
    xliff = export_all(load(document_path), tmp_path / "xliff")[0]  # vi-ko
    edit(
        xliff,
        {
            "p1s1": ("Một câu khác hẳn.", "다른 문장의 번역.", "final"),
            "p2s1": (None, "두 번째 문장, 검토됨.", "final"),
        },
    )
    imported = service.import_file(document_path, xliff, "Lan", memory=tmp_path / "m.sqlite")
    result = imported.result
    assert [r.id for r in result.refused] == ["p1s1"]
    assert "source no longer matches" in result.refused[0].reason
    document = load(document_path)
    assert document.segment("p1s1").translations["ko"].text != "다른 문장의 번역."
    assert document.segment("p2s1").translations["ko"].text == "두 번째 문장, 검토됨."
    assert imported.remembered == 1
    assert [(u.source, u.target) for u in memory_units(tmp_path / "m.sqlite")] == [
        (document.segment("p2s1").text, "두 번째 문장, 검토됨.")
    ]


def test_an_upload_is_named_by_its_file_name_in_errors(document_path: Path) -> None:
    with pytest.raises(InputError, match=r"sent\.xlf: not well-formed") as caught:
        service.import_bytes(document_path, b"<xliff", "sent.xlf", "web:Lan")
    assert ".incoming-" not in str(caught.value)
    assert not list(document_path.parent.glob(".incoming-*"))


# ----------------------------------------------------------------------------- memory


def test_the_memory_is_fed_once_per_approved_text_whichever_path(
    document_path: Path, tmp_path: Path
) -> None:
    memory = tmp_path / "m.sqlite"
    document = load(document_path)
    # the CLI's path: an import approves p1s1 in Korean
    xliff = export_all(document, tmp_path / "xliff")[0]
    edit(xliff, {"p1s1": (None, "가져온 번역.", "final")})
    assert service.import_file(document_path, xliff, memory=memory).remembered == 1
    # the web's paths: a save approves p2s1, approve-all the rest, each fed once the
    # web's own rows are committed
    saved = service.save(document_path, "p2s1", "ko", None, "approved", "web:A")
    assert saved.remembered == 0 and len(saved.pairs) == 1
    assert service.feed(memory, saved).remembered == 1
    everything = service.approve_all(document_path, "ko", "web:A")
    assert "p1s1" not in everything.ids and "p2s1" not in everything.ids
    segment_ids = {s.id for s in document.segments}
    approved_segments = [i for i in everything.ids if i in segment_ids]
    assert service.feed(memory, everything).remembered == len(approved_segments)
    # approving again, by any path, adds nothing and feeds nothing
    assert service.approve_all(document_path, "ko", "web:A", memory=memory).remembered == 0
    again = service.save(document_path, "p2s1", "ko", None, "approved", "web:A", memory=memory)
    assert not again.changed and again.remembered == 0
    units = memory_units(memory)
    segments = load(document_path).segments
    assert sorted(u.source for u in units) == sorted(s.text for s in segments)  # one each
    by_source = {u.source: u for u in units}
    assert by_source[segments[0].text].origin == "human"  # typed in the file
    assert by_source[segments[1].text].origin == "mt-approved"  # machine text approved
    assert {u.target_lang for u in units} == {"ko"}


def test_no_memory_is_fed_when_it_is_turned_off(document_path: Path, tmp_path: Path) -> None:
    assert service.memory_at("none") is None
    saved = service.save(document_path, "p1s1", "ko", None, "approved", "A", memory=None)
    assert saved.changed and saved.remembered == 0


def test_the_cli_import_feeds_the_memory_through_the_service(
    document_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from briefing.cli import main

    fed: list[int] = []
    real = service.remember

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        fed.append(len(args[3]))
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "remember", counting)
    xliff = export_all(load(document_path), document_path.parent)[0]
    edit(xliff, {"p1s1": (None, "명령줄의 번역.", "final")})
    memory = tmp_path / "cli.sqlite"
    assert main(["review", "import", str(xliff), "--memory", str(memory)]) == 0
    assert fed == [1]
    assert "1 added to the translation memory" in capsys.readouterr().out
    assert [u.target for u in memory_units(memory)] == ["명령줄의 번역."]


# ----------------------------------------------------------------------------- TMX


def expected_tmx(name: str) -> str:
    """A file the two TMX writers wrote before they became one (tests/data/tmx, made with
    version 0.1.0 of briefing)."""
    text = (TMX / name).read_text(encoding="utf-8")
    return text.replace('creationtoolversion="0.1.0"', f'creationtoolversion="{__version__}"')


def test_the_memory_export_is_byte_for_byte_what_it_was(tmp_path: Path) -> None:
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add(
            [
                Unit("vi", "ko", "Hội nghị khai mạc tại Hà Nội.", "회의가 하노이에서 개막했다."),
                Unit(
                    "vi",
                    "en",
                    "Hội nghị khai mạc tại Hà Nội.",
                    "The forum opened in Hanoi.",
                    "mt-approved",
                ),
                Unit(
                    "vi",
                    "ko",
                    "Hai bên ký 5 thỏa thuận & <biên bản>.",
                    "양측은 5건의 협정 & <의정서>에 서명했다.",
                ),
                Unit(
                    "ko",
                    "vi",
                    "삼성전자는 박닌에 공장을 세웠다.",
                    "Samsung Electronics xây nhà máy ở Bắc Ninh.",
                    "tmx",
                ),
            ]
        )
        assert memory.export_tmx(tmp_path / "memory.tmx") == 4
    with TranslationMemory(tmp_path / "empty.sqlite") as memory:
        assert memory.export_tmx(tmp_path / "empty.tmx") == 0
    assert (tmp_path / "memory.tmx").read_text(encoding="utf-8") == expected_tmx("memory.tmx")
    assert (tmp_path / "empty.tmx").read_text(encoding="utf-8") == expected_tmx("empty.tmx")


def test_the_omegat_matches_are_byte_for_byte_what_they_were(tmp_path: Path) -> None:
    pairs = [
        ("Hội nghị khai mạc.", "회의가 개막했다."),
        ('Xin chào & "tạm biệt".', '안녕 & "잘 가".'),
    ]
    write_matches(tmp_path / "tm" / "machine.tmx", pairs, "vi", "ko")
    write_matches(tmp_path / "empty.tmx", [], "vi", "en")
    assert (tmp_path / "tm" / "machine.tmx").read_bytes() == (TMX / "machine.tmx").read_bytes()
    assert (tmp_path / "empty.tmx").read_bytes() == (TMX / "machine-empty.tmx").read_bytes()


def test_what_one_writer_wrote_the_one_reader_reads_back(tmp_path: Path) -> None:
    from briefing.review.tmx import read_tmx, saved_pairs

    pairs = [("Hội nghị khai mạc.", "회의가 개막했다.")]
    write_matches(tmp_path / "machine.tmx", pairs, "vi", "ko")
    read = read_tmx(tmp_path / "machine.tmx")
    assert [(p.source_language, p.target_language, p.source, p.target, p.origin) for p in read] == [
        ("vi", "ko", "Hội nghị khai mạc.", "회의가 개막했다.", "tmx")
    ]
    assert saved_pairs(tmp_path / "machine.tmx") == {"Hội nghị khai mạc.": "회의가 개막했다."}


# ----------------------------------------------------------------------------- HTTP


@pytest.mark.parametrize(
    "error, status",
    [
        (NotFoundError("no text p9s9 in this brief"), 404),
        (ConflictError("nothing to undo"), 409),
        (ReviewError("a translation cannot be empty"), 400),
        (InputError("x.xlf: not well-formed XML"), 400),
    ],
)
def test_the_project_errors_map_to_http_statuses_in_one_table(
    error: Exception, status: int
) -> None:
    from briefing.web.errors import status_of

    assert status_of(error) == status  # type: ignore[arg-type]
