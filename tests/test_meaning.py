"""Meaning checks: negation, roles and clauses left untranslated (briefing.meaning)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from briefing.qa import meaning_flags

ROOT = Path(__file__).resolve().parent.parent


def codes(source: str, text: str, source_language: str, target: str) -> set[str]:
    return {f.code for f in meaning_flags(source, text, source_language, target, [])}


def test_the_seed_corpus_translations_raise_no_meaning_flag() -> None:
    with (ROOT / "models" / "corpus.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows
    for row in rows:
        for target in ("ko", "en"):
            assert codes(row["vi"], row[target], "vi", target) == set(), (target, row[target])


@pytest.mark.parametrize(
    ("source", "text", "source_language", "target"),
    [
        ("Hai bên sẽ ký thỏa thuận.", "The two sides will not sign the agreement.", "vi", "en"),
        ("Hai bên sẽ ký thỏa thuận.", "양측은 협정에 서명하지 않을 것이다.", "vi", "ko"),
        ("Hai bên chưa ký thỏa thuận.", "The two sides signed the agreement.", "vi", "en"),
        ("양측은 합의했다.", "The two sides did not agree.", "ko", "en"),
        ("양측은 합의했다.", "Hai bên đã không đạt được thỏa thuận.", "ko", "vi"),
    ],
)
def test_a_negation_added_or_lost_is_flagged(
    source: str, text: str, source_language: str, target: str
) -> None:
    assert "polarity" in codes(source, text, source_language, target)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Không chỉ thương mại mà còn văn hóa.", "Not only trade but also culture."),
        ("Ngành hàng không tăng trưởng.", "The aviation industry grew."),
        ("Hai nước không ngừng mở rộng hợp tác.", "The two countries keep widening cooperation."),
    ],
)
def test_set_phrases_that_only_look_negative_are_not_flagged(source: str, text: str) -> None:
    assert "polarity" not in codes(source, text, "vi", "en")


@pytest.mark.parametrize(
    ("source", "text", "source_language", "target", "code"),
    [
        ("Thứ trưởng An phát biểu.", "Minister An spoke.", "vi", "en", "role-rank"),
        ("Thứ trưởng An phát biểu.", "안 장관이 연설했다.", "vi", "ko", "role-rank"),
        ("박 원장이 연설했다.", "Phó Viện trưởng Park phát biểu.", "ko", "vi", "role-rank"),
        ("Giám đốc Lee phát biểu.", "Deputy Director Lee spoke.", "vi", "en", "role-rank"),
        ("Đại sứ Park sẽ tham dự.", "Consul General Park will attend.", "vi", "en", "role-changed"),
    ],
)
def test_a_changed_position_is_flagged(
    source: str, text: str, source_language: str, target: str, code: str
) -> None:
    assert code in codes(source, text, source_language, target)


def test_a_position_named_by_its_institution_is_not_a_changed_role() -> None:
    # Giám đốc of an agency is its 원장 / President: the post varies with the institution.
    source = "Ông Park, Giám đốc Cơ quan Xúc tiến Công nghiệp CNTT, phát biểu."
    assert codes(source, "박 정보통신산업진흥원 원장이 연설했다.", "vi", "ko") == set()


def test_a_clause_left_in_the_source_language_is_flagged() -> None:
    source = "Hai bên đã thống nhất mở rộng hợp tác trong lĩnh vực số."
    text = "The two sides agreed to mở rộng hợp tác trong lĩnh vực số."
    assert "untranslated-part" in codes(source, text, "vi", "en")
    assert "untranslated-part" in codes(
        "양측은 협력을 확대하기로 합의했다.",
        "Hai bên đồng ý 협력을 확대하기로 합의했다.",
        "ko",
        "vi",
    )
    # a locked Vietnamese name is not a clause left untranslated
    flags = meaning_flags(
        "Ông Nguyễn Văn An phát biểu.", "Nguyễn Văn An spoke.", "vi", "en", ["Nguyễn Văn An"]
    )
    assert flags == []


def test_eval_checks_prints_its_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The alteration set (tests/data/checks): printed per kind. Its figures since the rules
    were fixed against its first-contact misses are a regression floor, not a measure."""
    from briefing.checks_eval import evaluate
    from briefing.cli import main

    assert main(["eval-checks"]) == 0
    assert "| negation |" in capsys.readouterr().out
    scores = evaluate(
        ROOT / "tests" / "data" / "checks" / "alterations.tsv",
        ROOT / "seeds" / "vn-kr-digital-forum.glossary.csv",
    )
    caught = sum(s.caught for s in scores.values())
    total = sum(s.total for s in scores.values())
    assert total >= 130 and caught / total >= 0.9
    assert sum(s.false_flags for s in scores.values()) == 0


def test_a_name_kept_in_hangul_is_not_demanded_in_latin_letters() -> None:
    """쩐티호아 reads back as no one Latin name (Hòa or Hoa): the English translation may
    write it either way, so the name check leaves it to the translators' list; a Korean
    translation must still keep it."""
    from briefing.document import Segment, TermHit, Translation
    from briefing.qa import check_segment

    source = "쩐티호아 부위원장은 협력을 약속했다."
    hit = TermHit(
        "쩐티호아", 0, 4, dict.fromkeys(("vi", "ko", "en"), "쩐티호아"), "person", False, ""
    )
    row = Segment("x1", 1, source, terms=[hit])
    row.translations["en"] = Translation(
        "Vice Chairwoman Tran Thi Hoa pledged.", "human", "approved"
    )
    assert not [f for f in check_segment(row, "en", "ko") if f.code == "term-missing"]
    row.translations["vi"] = Translation("Phó Chủ tịch Trần Thị Hòa cam kết.", "human", "approved")
    assert not [f for f in check_segment(row, "vi", "ko") if f.code == "term-missing"]
