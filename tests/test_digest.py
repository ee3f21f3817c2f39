"""A day's coverage in one digest: merging facts across articles and languages, the
disagreements, key points, the PDFs, the eval and the review flowing into the digest."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefing.cli import main
from briefing.digest import assemble, build_digest, digests_of, load
from briefing.digest.build import input_of
from briefing.digest.merge import Item, _bare, _near_transcription, concept_of, loose, rank
from briefing.digest.model import Digest
from briefing.digest.score import brief_in_memory, score_digest, table
from briefing.docstore import update
from briefing.errors import DocumentError, InputError
from briefing.names.titles import position

DEV = Path(__file__).parent / "data" / "digest-dev"
TRADE = sorted((DEV / "trade-forum").glob("*.txt"))
CULTURE = sorted((DEV / "culture-festival").glob("*.txt"))


def digest_of(paths: list[Path]) -> Digest:
    from briefing.config import load_settings
    from briefing.pipeline import build_summarizer, build_translators

    settings = load_settings({"backend": "fake", "memory": "none"})
    translators = build_translators(settings, ("vi", "ko"))
    summarizer = build_summarizer(settings)
    items = []
    for path in paths:
        document = brief_in_memory(path, settings, translators, summarizer)
        items.append(Item(input_of(document, None), document))
    return assemble(items)


@pytest.fixture(scope="module")
def trade() -> Digest:
    return digest_of(TRADE)


@pytest.fixture(scope="module")
def culture() -> Digest:
    return digest_of(CULTURE)


def key(event: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DEV / event / "key.json").read_text(encoding="utf-8"))
    return data


def articles(entry: Any) -> list[str]:
    return sorted(s.article for s in entry.sources)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


# ----------------------------------------------------------------------------- merging


def test_a_vietnamese_name_and_its_hangul_form_are_one_person(trade: Digest) -> None:
    found = [p for p in trade.people if "nguyenhongdien" in {loose(f) for f in p.forms}]
    assert len(found) == 1
    person = found[0]
    assert articles(person) == [f.name for f in TRADE]
    assert loose("응우옌 홍 지엔") in {loose(f) for f in person.forms}
    assert person.names["vi"] == "Nguyễn Hồng Diên"  # the Vietnamese article's own form
    assert person.names["ko"] == "응우옌 홍 지엔"  # the Korean article's own form


def test_a_korean_name_and_its_latin_form_are_one_person(trade: Digest, culture: Digest) -> None:
    choi = [p for p in trade.people if "최영삼" in p.forms]
    assert len(choi) == 1 and "Choi Young Sam" in choi[0].forms
    assert articles(choi[0]) == ["01-baochinhphu.vi.txt", "03-yonhap.ko.txt"]
    park = [p for p in culture.people if "박형준" in p.forms]  # Park Hyung-joon: a customary
    assert len(park) == 1 and "Park Hyung-joon" in park[0].forms  # spelling, not the RR one
    assert articles(park[0]) == ["02-tuoitre.vi.txt", "03-busanilbo.ko.txt"]


def test_every_person_once(trade: Digest, culture: Digest) -> None:
    for digest in (trade, culture):
        keys = [loose(p.names["vi"]) for p in digest.people]
        assert len(keys) == len(set(keys)), keys


def test_organisations_merge_through_the_reference_glossary(trade: Digest) -> None:
    ministry = [o for o in trade.organisations if "Bộ Công Thương" in o.forms]
    assert len(ministry) == 1
    assert articles(ministry[0]) == [f.name for f in TRADE]
    assert ministry[0].name["ko"].endswith("산업무역부")


def test_an_agreeing_figure_once_with_all_its_sources(trade: Digest) -> None:
    target = [f for f in trade.figures if f.value == 150e9]
    assert len(target) == 1 and target[0].unit == "USD"
    assert articles(target[0]) == [f.name for f in TRADE]  # 150 tỷ USD and 1500억 달러


def conflict(digest: Digest, kind: str, values: set[Any]) -> Any:
    found = [
        c
        for c in digest.conflicts
        if c.kind == kind
        and {v.value if kind == "figure" else v.written for v in c.values} == values
    ]
    assert len(found) == 1, [(c.kind, [v.written for v in c.values]) for c in digest.conflicts]
    return found[0]


def test_a_figure_disagreement_keeps_both_values_and_sources(trade: Digest) -> None:
    delegates = conflict(trade, "figure", {600.0, 700.0})
    by_value = {v.value: articles(v) for v in delegates.values}
    assert by_value == {600.0: ["01-baochinhphu.vi.txt"], 700.0: ["02-vnexpress.vi.txt"]}
    assert delegates.about["vi"] == "đại biểu" and delegates.about["ko"] == "참석자"
    money = conflict(trade, "figure", {86.4e9, 86e9})  # 86,4 tỷ USD against 860억 달러
    assert {v.value: articles(v) for v in money.values}[86e9] == ["03-yonhap.ko.txt"]
    # A disputed figure is listed only as a disagreement.
    assert not [f for f in trade.figures if f.value in {600, 700, 86.4e9, 86e9}]


def test_date_and_role_disagreements(culture: Digest) -> None:
    dates = conflict(culture, "date", {"2026-09-20", "2026-09-21"})
    # The Korean article gives the day only (20일): read with the month the others give.
    assert {v.written: articles(v) for v in dates.values}["2026-09-20"] == [
        "01-nhandan.vi.txt",
        "03-busanilbo.ko.txt",
    ]
    roles = conflict(culture, "role", {"Thứ trưởng", "Bộ trưởng"})
    by_role = {v.written: articles(v) for v in roles.values}
    assert by_role["Bộ trưởng"] == ["02-tuoitre.vi.txt"]
    assert by_role["Thứ trưởng"] == ["01-nhandan.vi.txt", "03-busanilbo.ko.txt"]  # 차관
    phong = next(p for p in culture.people if "Hồ An Phong" in p.forms)
    assert phong.role["vi"] == "Thứ trưởng / Bộ trưởng"  # the people table chooses neither
    booths = conflict(culture, "figure", {50.0, 40.0})
    assert booths.about["en"] == "booths"


def test_one_article_stating_two_values_is_no_disagreement(trade: Digest) -> None:
    # 86,4 and 150 tỷ USD are both trade figures, but one article gives both.
    for c in trade.conflicts:
        assert {v.value for v in c.values} != {86.4e9, 150e9}


@pytest.mark.parametrize(
    "label, concept",
    [
        ("đại biểu tham dự", "delegates"),
        ("사흘 동안 관람객", "visitors"),
        ("kim ngạch xuất khẩu", "exports"),
        ("kim ngạch thương mại song phương", "trade"),
        ("양해각서", "agreements"),
        ("diện tích", ""),
    ],
)
def test_concept_of_a_measure(label: str, concept: str) -> None:
    assert concept_of(label) == concept


@pytest.mark.parametrize(
    "role, source, english",
    [
        ("Thứ trưởng", "vi", "Deputy Minister"),
        ("Bộ trưởng Bộ Công Thương", "vi", "Minister"),
        ("베트남 산업무역부 장관", "ko", "Minister"),
        ("주베트남 한국대사", "ko", "Ambassador"),
        ("Giám đốc điều hành công ty", "vi", "Chief Executive Officer"),
        ("thành viên nhóm nhạc", "vi", None),
    ],
)
def test_position_of_a_role(role: str, source: str, english: str | None) -> None:
    entry = position(role, source)
    assert (entry.forms["en"] if entry else None) == english


def written(tmp_path: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_an_article_that_names_a_person_its_reader_missed_is_a_source(tmp_path: Path) -> None:
    # The Korean reader does not take a Vietnamese name written without spaces; the name
    # the Vietnamese article's person has in Hangul finds it.
    paths = written(
        tmp_path,
        {
            "02-yonhap.ko.txt": "한-베트남 포럼 개최\n\n응우옌홍지엔 장관은 양국 교역이 늘었다고 말했다.\n"
        },
    )
    digest = digest_of([TRADE[0], *paths])
    person = next(p for p in digest.people if "Nguyễn Hồng Diên" in p.forms)
    assert articles(person) == ["01-baochinhphu.vi.txt", "02-yonhap.ko.txt"]
    assert person.sources[1].segments == ["p2s1"]
    ministry = next(o for o in digest.organisations if "Bộ Công Thương" in o.forms)
    assert articles(ministry) == ["01-baochinhphu.vi.txt"]  # the Korean article names none


def test_a_date_without_its_year_agrees_and_two_cities_disagree(tmp_path: Path) -> None:
    paths = written(
        tmp_path,
        {
            "02-a.vi.txt": "Khai mạc diễn đàn\n\nNgày 12/11, Diễn đàn Thương mại và Đầu tư "
            "Việt Nam – Hàn Quốc diễn ra tại Khách sạn Lotte Hà Nội.\n",
            "03-b.ko.txt": "포럼 개최\n\n'2026 한-베트남 무역투자포럼'이 12일 호찌민 롯데호텔에서 "
            "열렸다.\n",
        },
    )
    digest = digest_of([TRADE[0], *paths])
    assert not [c for c in digest.conflicts if c.kind == "date"]
    assert digest.event.date == "2026-11-12"
    places = [c for c in digest.conflicts if c.kind == "place"]
    assert len(places) == 1  # Hà Nội against 호찌민: known to differ across languages
    assert [articles(v) for v in places[0].values] == [
        ["01-baochinhphu.vi.txt", "02-a.vi.txt"],
        ["03-b.ko.txt"],
    ]


def test_figures_of_two_countries_are_two_measures(tmp_path: Path) -> None:
    paths = written(
        tmp_path,
        {
            "01-a.vi.txt": "Diễn đàn doanh nghiệp\n\nNgày 12/11/2026, diễn đàn thu hút 200 "
            "doanh nghiệp Hàn Quốc.\n",
            "02-b.vi.txt": "Diễn đàn doanh nghiệp\n\nNgày 12/11/2026, diễn đàn thu hút 150 "
            "doanh nghiệp Việt Nam.\n",
            "03-c.vi.txt": "Diễn đàn doanh nghiệp\n\nNgày 12/11/2026, diễn đàn thu hút 180 "
            "doanh nghiệp Hàn Quốc.\n",
        },
    )
    digest = digest_of(paths)
    disputed = [{v.value for v in c.values} for c in digest.conflicts if c.kind == "figure"]
    assert disputed == [{200.0, 180.0}]
    assert [f.value for f in digest.figures] == [150.0]


def test_one_sum_in_two_articles_is_one_figure_and_capital_disputes_investment(
    tmp_path: Path,
) -> None:
    paths = written(
        tmp_path,
        {
            "01-a.vi.txt": "Hợp tác Hải Phòng – Ulsan\n\nNgày 15/9/2026, hai thành phố ký biên bản "
            "ghi nhớ. Tổng vốn đăng ký của doanh nghiệp Hàn Quốc đạt 8,6 tỷ USD.\n\n"
            "Hàn Quốc có tổng vốn đăng ký 92 tỷ USD tại Việt Nam.\n",
            "02-b.ko.txt": "하이퐁-울산 협약\n\n양 도시는 15일 협약을 맺었다. 울산 기업의 투자 규모는 "
            "86억 달러다.\n\n한국의 대베트남 누적 투자는 900억 달러에 이른다.\n",
        },
    )
    digest = digest_of(paths)
    same = [f for f in digest.figures if f.value == 8.6e9]
    assert len(same) == 1 and articles(same[0]) == ["01-a.vi.txt", "02-b.ko.txt"]
    disputed = [{v.value for v in c.values} for c in digest.conflicts if c.kind == "figure"]
    assert {9.2e10, 9e10} in disputed


def test_a_venue_in_another_language_joins_the_venue_of_its_kind(tmp_path: Path) -> None:
    paths = written(
        tmp_path,
        {
            "01-a.vi.txt": "Hải Phòng – Ulsan\n\nNgày 15/9/2026, Lễ ký kết biên bản ghi nhớ giữa "
            "Hải Phòng và Ulsan được tổ chức tại Trung tâm Hội nghị thành phố Hải Phòng.\n",
            "02-b.vi.txt": "Hải Phòng – Ulsan\n\nNgày 15/9/2026, Lễ ký kết biên bản ghi nhớ giữa "
            "Hải Phòng và Ulsan được tổ chức tại trụ sở UBND thành phố Hải Phòng.\n",
            "03-c.ko.txt": "하이퐁-울산 협약\n\n하이퐁시와 울산시는 15일 하이퐁시 인민위원회 청사에서 "
            "'하이퐁-울산 우호협력 협약식'을 개최했다.\n",
        },
    )
    digest = digest_of(paths)
    places = [c for c in digest.conflicts if c.kind == "place"]
    assert len(places) == 1
    assert sorted(articles(v) for v in places[0].values) == [
        ["01-a.vi.txt"],
        ["02-b.vi.txt", "03-c.ko.txt"],
    ]


def test_a_number_left_to_check_can_dispute_but_is_never_stated(tmp_path: Path) -> None:
    paths = written(
        tmp_path,
        {
            "01-a.vi.txt": "Hội nghị xúc tiến đầu tư\n\nNgày 8/10/2026, tại Trung tâm Hội nghị "
            "tỉnh Bắc Ninh, UBND tỉnh Bắc Ninh tổ chức hội nghị với sự tham dự của 450 đại biểu."
            "\n\nChủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn phát biểu.\n",
            # The reader leaves 500 to check (no label); 12 likewise (nothing says what was
            # handed over), with no other article.
            "02-b.vi.txt": "Hội nghị xúc tiến đầu tư\n\nHội nghị diễn ra ngày 8/10/2026 tại "
            "Trung tâm Hội nghị tỉnh Bắc Ninh, đại biểu tổng cộng 500.\n",
            "03-c.ko.txt": "박닌성 투자 설명회\n\n브엉 꾸옥 뚜언 박닌성 인민위원장은 축사를 했다.\n\n"
            "이날 전달된 것은 모두 12건이다.\n",
        },
    )
    digest = digest_of(paths)
    checked = [c.text for d in [brief(p) for p in paths[1:]] for c in d.facts.to_check]
    assert "500" in checked and "12" in checked  # what the readers were unsure of
    delegates = conflict(digest, "figure", {450.0, 500.0})
    assert [articles(v) for v in delegates.values] == [["01-a.vi.txt"], ["02-b.vi.txt"]]
    assert not [f for f in digest.figures if f.value == 12]  # alone: never stated
    # Chủ tịch UBND tỉnh and 인민위원장 are one rank: no role disagreement.
    assert not [c for c in digest.conflicts if c.kind == "role"]


def brief(path: Path) -> Any:
    from briefing.config import load_settings
    from briefing.pipeline import build_summarizer, build_translators

    settings = load_settings({"backend": "fake", "memory": "none"})
    return brief_in_memory(
        path, settings, build_translators(settings, ("vi", "ko")), build_summarizer(settings)
    )


@pytest.mark.parametrize(
    "written, derived, same",
    [
        ("응우옌홍디엔", "응우옌홍지엔", True),  # the press's spelling against the standard's
        ("응우옌반탕", "응우옌반중", False),  # two sounds apart
        ("박형준", "박영준", False),  # Korean names: two people
        ("팜민찐", "레민찐", False),  # another surname
    ],
)
def test_a_transcription_one_sound_apart(written: str, derived: str, same: bool) -> None:
    assert _near_transcription(written, derived) is same


@pytest.mark.parametrize(
    "form, bare",
    [
        ("베트남 산업무역부", {"산업무역부"}),
        ("Ministry of Industry and Trade of Viet Nam", {"Ministry of Industry and Trade"}),
        ("베트남 외교부", set()),  # 외교부 is Korea's too: never taken for Viet Nam's
        ("Bộ Văn hóa, Thể thao và Du lịch", set()),
    ],
)
def test_a_name_without_its_country(form: str, bare: set[str]) -> None:
    assert _bare(form) == bare


@pytest.mark.parametrize(
    "english, expected",
    [
        ("Chairman of the People's Committee", "chairman"),
        ("Chairman of the Committee", "chairman"),
        ("Vice Minister", "deputy minister"),
        ("Deputy Minister", "deputy minister"),
        ("Mayor, Busan", "mayor"),
    ],
)
def test_rank_of_a_position(english: str, expected: str) -> None:
    assert rank(english) == expected


# ----------------------------------------------------------------------------- key points


def test_key_points_once_with_their_sources(trade: Digest) -> None:
    points = trade.points["vi"]
    target = [p for p in points if "150 tỷ USD" in p.text]
    assert len(target) == 1  # two Vietnamese sentences and a Korean one: one point
    assert articles(target[0]) == [f.name for f in TRADE]
    assert not target[0].single


def test_disputed_points_are_never_merged() -> None:
    from types import SimpleNamespace

    from briefing.digest.points import _Candidate, _same_point

    def candidate(article: str, text: str, facts: set[str]) -> _Candidate:
        item = Item(SimpleNamespace(article=article), SimpleNamespace(source_language="vi"))  # type: ignore[arg-type]
        return _Candidate(item, text, ["p1s1"], text, facts)

    six = candidate("a.vi.txt", "Diễn đàn có 600 đại biểu tham dự.", {"conflict:figure0:0"})
    seven = candidate("b.vi.txt", "Diễn đàn có 700 đại biểu tham dự.", {"conflict:figure0:1"})
    again = candidate("c.vi.txt", "Diễn đàn có 600 đại biểu tham dự.", {"conflict:figure0:0"})
    assert not _same_point(six, seven, "vi")  # near-duplicates, but they disagree
    assert _same_point(six, again, "vi")


def test_points_on_one_side_of_a_disagreement_are_one(culture: Digest) -> None:
    twentieth = [p for p in culture.points["vi"] if "20/9/2026" in p.text]
    assert len(twentieth) == 1  # the Korean article's `20일 … 개막했다` is the same point
    assert articles(twentieth[0]) == ["01-nhandan.vi.txt", "03-busanilbo.ko.txt"]
    twenty_first = [p for p in culture.points["vi"] if "21/9/2026" in p.text]
    assert [articles(p) for p in twenty_first] == [["02-tuoitre.vi.txt"]]


def test_a_point_one_outlet_makes_is_marked(trade: Digest) -> None:
    six = [p for p in trade.points["vi"] if "600 đại biểu" in p.text]
    assert len(six) == 1 and six[0].single
    assert articles(six[0]) == ["01-baochinhphu.vi.txt"]


# ----------------------------------------------------------------------------- eval


def test_the_scorer_counts_what_is_right(trade: Digest) -> None:
    scores = score_digest(trade, key("trade-forum"))
    assert scores["people"].correct == scores["people"].expected == 2
    assert scores["conflicts"].correct == 2
    broken = copy.deepcopy(trade)
    broken.people[0].sources = broken.people[0].sources[:1]  # a source lost
    broken.conflicts[0].values[0].value = 1.0  # a value misread
    worse = score_digest(broken, key("trade-forum"))
    assert worse["people"].correct == 1 and worse["people"].recall == 0.5
    assert worse["conflicts"].correct == 1 and worse["conflicts"].precision == 0.5
    assert "| all | people |" in table({"trade": worse})


def test_eval_digest_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval-digest", str(DEV), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "| event | kind | expected | found | correct | precision | recall |" in out
    for kind in ("people", "organisations", "figures", "conflicts"):
        assert f"| all | {kind} |" in out


def test_eval_digest_without_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval-digest", str(tmp_path)]) != 0
    err = capsys.readouterr().err
    assert "key.json" in err and "Traceback" not in err


# ----------------------------------------------------------------------------- the command


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("digest")
    code = main(
        [
            "digest",
            *map(str, TRADE),
            "--out",
            str(out),
            "--backend",
            "fake",
            "--memory",
            "none",
            "--name",
            "day",
        ]
    )
    assert code == 0
    return out


def test_digest_command_writes_three_pdfs_and_digest_json(made: Path) -> None:
    folder = made / "day"
    assert sorted(p.name for p in folder.iterdir()) == [
        "digest.en.pdf",
        "digest.json",
        "digest.ko.pdf",
        "digest.vi.pdf",
    ]
    digest = load(folder / "digest.json")
    assert [i.article for i in digest.inputs] == [p.name for p in TRADE]
    assert all(Path(i.document).is_file() for i in digest.inputs)
    for lang, name, original in (
        ("vi", "Nguyễn Hồng Diên", "응우옌 홍 지엔"),
        ("ko", "응우옌 홍 지엔", "Nguyễn Hồng Diên"),
        ("en", "Nguyen Hong Dien", "응우옌 홍 지엔"),
    ):
        text = pdf_text(folder / f"digest.{lang}.pdf")
        people = text.split({"vi": "Nhân vật", "ko": "주요 인물", "en": "People"}[lang])[-1]
        assert people.count(name) == 1, lang  # once, with its sources
        assert original in people
        first = text.index({"vi": "Các bài đưa tin khác nhau", "ko": "보도 간 차이",
                            "en": "Where the articles disagree"}[lang])  # fmt: skip
        assert first < text.index({"vi": "Thông tin sự kiện", "ko": "행사 개요",
                                   "en": "Event"}[lang])  # fmt: skip
        for value in ({"vi": "600", "ko": "600", "en": "600"}[lang], "700"):
            assert value in text[first:]


def test_a_second_digest_reuses_the_finished_runs(
    made: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.stat().st_mtime_ns for p in made.glob("*/document.json")}
    code = main(
        [
            "digest",
            *map(str, TRADE[:2]),
            "--out",
            str(made),
            "--backend",
            "fake",
            "--memory",
            "none",
            "--name",
            "two",
        ]
    )
    assert code == 0
    assert "reused the finished run" in capsys.readouterr().out
    assert {p: p.stat().st_mtime_ns for p in made.glob("*/document.json")} == before
    assert digests_of(made / "01-baochinhphu" / "document.json") == [
        (made / "day").resolve(),
        (made / "two").resolve(),
    ]


@pytest.mark.parametrize(
    "case, message",
    [
        ("one", "two articles or more"),
        ("missing", "no such file"),
        ("english", "language"),
        ("twice", "give each article once"),
    ],
)
def test_bad_input_is_one_line(
    case: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = tmp_path / "news.txt"
    english.write_text(
        "The forum opened in Hanoi on Monday.\n\nMinisters of both countries spoke about "
        "trade and investment, and more than six hundred delegates attended the event.\n",
        encoding="utf-8",
    )
    inputs = {
        "one": [TRADE[0]],
        "missing": [TRADE[0], tmp_path / "nowhere.vi.txt"],
        "english": [TRADE[0], english],
        "twice": [TRADE[0], TRADE[0]],
    }[case]
    code = main(["digest", *map(str, inputs), "--out", str(tmp_path / "out"), "--backend", "fake"])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()  # nothing was briefed


def test_an_unreadable_document_is_refused(made: Path, tmp_path: Path) -> None:
    broken = tmp_path / "run" / "document.json"
    broken.parent.mkdir()
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(DocumentError, match="not valid JSON"):
        build_digest([made / "01-baochinhphu" / "document.json", broken], tmp_path / "d")
    assert not (tmp_path / "d").exists()


def test_a_folder_that_is_no_digest_is_never_replaced(made: Path) -> None:
    run = made / "02-vnexpress"
    before = sorted(p.name for p in run.iterdir())
    with pytest.raises(InputError, match="no digest"):
        build_digest([made / "01-baochinhphu" / "document.json", run / "document.json"], run)
    assert sorted(p.name for p in run.iterdir()) == before


# ----------------------------------------------------------------------------- review


def test_rerendering_a_reviewed_article_rebuilds_its_digests(made: Path, tmp_path: Path) -> None:
    from briefing.pipeline import rerender

    for run in ("01-baochinhphu", "02-vnexpress", "03-yonhap"):
        shutil.copytree(made / run, tmp_path / run)
        (tmp_path / run / "digests.json").unlink()
    documents = [tmp_path / r / "document.json" for r in ("01-baochinhphu", "02-vnexpress",
                                                          "03-yonhap")]  # fmt: skip
    calls: list[tuple[str, int, int]] = []
    result = build_digest(documents, tmp_path / "digest", progress=lambda *a: calls.append(a))
    assert ("render", 3, 3) in calls and ("load", 3, 3) in calls
    assert result.digest.inputs[0].reviewed["en"] is False
    point = next(p for p in result.digest.points["en"] if "600" in p.text)
    segment_id = point.sources[0].segments[0]

    def review(document: Any) -> None:
        translation = document.segment(segment_id).translations["en"]
        translation.text = "Six hundred delegates attended the forum (reviewed)."
        translation.status = "approved"
        translation.origin = "human"

    update(documents[0], review)
    rendered = rerender(documents[0])
    assert rendered.digests == [(tmp_path / "digest").resolve()]
    digest = load(tmp_path / "digest" / "digest.json")
    texts = [p.text for p in digest.points["en"]]
    assert "Six hundred delegates attended the forum (reviewed)." in texts
    assert "(reviewed)" in pdf_text(tmp_path / "digest" / "digest.en.pdf")


def test_a_digest_whose_run_is_gone_is_said_not_fatal(made: Path, tmp_path: Path) -> None:
    from briefing.pipeline import rerender

    for run in ("01-baochinhphu", "02-vnexpress"):
        shutil.copytree(made / run, tmp_path / run)
        (tmp_path / run / "digests.json").unlink()
    documents = [tmp_path / r / "document.json" for r in ("01-baochinhphu", "02-vnexpress")]
    build_digest(documents, tmp_path / "digest")
    shutil.rmtree(tmp_path / "02-vnexpress")
    rendered = rerender(documents[0])
    assert rendered.digests == []
    assert len(rendered.digest_problems) == 1 and "is gone" in rendered.digest_problems[0]
