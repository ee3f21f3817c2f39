"""Both directions: a Korean article becomes Vietnamese and English briefs; other languages
are refused by name; a forced source language is obeyed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.config import Settings
from briefing.document import load as load_document
from briefing.errors import InputError
from briefing.languages import detect, source_language
from briefing.numbers import quantities
from briefing.pipeline import run_brief
from briefing.qa import figure_flags
from briefing.segment import load, split_sentences
from briefing.summarize import create as create_summarizer
from briefing.translate.fake import FakeTranslator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
KOREAN = DATA / "facts" / "ko-01-msit-forum.ko.txt"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _facts(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The facts read from `text` as a Korean article."""
    from briefing.facts import extract
    from briefing.segment import load, segment

    path = tmp_path / "a.ko.txt"
    path.write_text(text, encoding="utf-8")
    return extract(segment(*load(path))).facts


@pytest.mark.parametrize(
    "name, language",
    [
        ("english.txt", "English (en)"),
        ("japanese.txt", "Japanese (ja)"),
        ("chinese.txt", "Chinese (zh)"),
    ],
)
def test_other_languages_are_refused_by_name(name: str, language: str, tmp_path: Path) -> None:
    from briefing.cli import main

    with pytest.raises(InputError, match=language.split()[0]) as caught:
        load(DATA / "articles" / name)
    assert "briefing reads Vietnamese (vi) and Korean (ko)" in str(caught.value)
    assert (
        main(["brief", str(DATA / "articles" / name), "--out", str(tmp_path), "--backend", "fake"])
        == 2
    )
    assert not any(tmp_path.iterdir())


def test_a_forced_source_language_is_obeyed(tmp_path: Path) -> None:
    article, _ = load(DATA / "articles" / "english.txt", language="vi")
    assert article.language == "vi"
    with pytest.raises(InputError, match="briefing reads"):
        source_language("text", "ja")


def test_a_vietnamese_article_quoting_korean_is_vietnamese() -> None:
    article, _ = load(DATA / "articles" / "vi-quoting-ko.vi.txt")
    assert article.language == "vi"
    assert detect("한-베 교역 1,500억 달러 목표 달성 가능합니다").language == "ko"


def test_korean_sentences_and_captions() -> None:
    text = '과기정통부는 5일 포럼을 열었다. 양국은 협력하기로 했다. 그는 "AI가 핵심"이라고 말했다.'
    assert split_sentences(text, "ko") == [
        "과기정통부는 5일 포럼을 열었다.",
        "양국은 협력하기로 했다.",
        '그는 "AI가 핵심"이라고 말했다.',
    ]
    # a quoted sentence stays inside the one that quotes it
    quoted = '박 원장은 "시장이 커진다. 협력이 답이다"고 말했다. 양국은 협력한다.'
    assert len(split_sentences(quoted, "ko")) == 2
    # a company's legal mark opens the next sentence, where Kiwi leaves it on the last
    marked = "계약이 추진되고 있다. (주)원곡푸드 대표 최영남은 말했다. ㈜한결 대표도 왔다."
    assert split_sentences(marked, "ko") == [
        "계약이 추진되고 있다.",
        "(주)원곡푸드 대표 최영남은 말했다.",
        "㈜한결 대표도 왔다.",
    ]
    from briefing.segment import split_credit

    assert split_credit("박윤규 원장이 발언하고 있다. /연합뉴스", "ko") == (
        "박윤규 원장이 발언하고 있다.",
        "연합뉴스",
    )
    assert split_credit("포럼 전경 (사진=과기정통부 제공)", "ko")[1] == "과기정통부 제공"


@pytest.mark.parametrize(
    "source, target, language, codes",
    [
        ("AI 엔지니어 3,000명을 양성한다.", "Đào tạo 3.000 kỹ sư AI.", "vi", []),
        ("총 1,200만 달러를 지원한다.", "Support totalling $12 million.", "en", []),
        ("약 7억 5천만 달러 규모", "khoảng 750 triệu USD", "vi", []),
        ("연평균 15.2% 성장", "growing 15.2% a year", "en", []),
        ("11월 5일 하노이에서", "tại Hà Nội ngày 5/11", "vi", []),
        ("11월 5일 하노이에서", "in Hanoi on 5 November", "en", []),
        ("AI 엔지니어 3,000명", "3 AI engineers", "en", ["figure-changed"]),
        ("총 1,200만 달러", "1,2 triệu USD", "vi", ["figure-changed"]),
        ("11월 5일 개최", "held in Hanoi", "en", ["figure-missing"]),
    ],
)
def test_korean_figures_checked_in_the_new_direction(
    source: str, target: str, language: str, codes: list[str]
) -> None:
    flags = figure_flags(quantities(source, "ko"), target, language)
    assert [f.code for f in flags if f.severity == "error"] == codes


def fake_brief(path: Path, out: Path, **settings: str):  # type: ignore[no-untyped-def]
    fake = FakeTranslator()
    return run_brief(
        path,
        Settings(
            **{"out_dir": out, "backend": "fake", "memory": str(out / "m.sqlite"), **settings}
        ),  # type: ignore[arg-type]
        translators={"vi": fake, "en": fake},
        summarizer=create_summarizer("extractive"),
    )


def test_korean_article_gives_three_briefs_and_a_draft_named_by_direction(tmp_path: Path) -> None:
    result = fake_brief(KOREAN, tmp_path)
    names = {p.name for p in result.run_dir.iterdir()}
    assert {
        "brief.ko.pdf",
        "brief.vi.pdf",
        "brief.en.pdf",
        "draft.ko-vi-en.pdf",
        "draft.html",
    } <= names
    document = load_document(result.run_dir / "document.json")
    manifest = json.loads((result.run_dir / "manifest.json").read_text())
    assert document.source_language == "ko" and manifest["source_language"] == "ko"
    assert document.targets == ["vi", "en"]
    # the Korean brief is the source's: Korean headings, no machine mark
    ko = pdf_text(result.run_dir / "brief.ko.pdf")
    assert "행사 개요" in ko and "기계 번역, 검토 전" not in ko and "한국어 원문" in ko
    # the Vietnamese and English briefs have their own headings
    vi = pdf_text(result.run_dir / "brief.vi.pdf")
    assert "Thông tin sự kiện" in vi and "Bản dịch máy, chưa được hiệu đính" in vi
    en = pdf_text(result.run_dir / "brief.en.pdf")
    assert "Key figures" in en and "5 November 2026" in en
    draft = pdf_text(result.run_dir / "draft.ko-vi-en.pdf")
    assert draft.index("한국어") < draft.index("Tiếng Việt") < draft.index("English")
    facts = document.facts
    assert facts.event.name["ko"] == "2026 한-베트남 디지털 협력 포럼"
    assert (facts.event.date.day, facts.event.date.month, facts.event.date.year) == (5, 11, 2026)  # type: ignore[union-attr]
    assert {p.name: p.role["ko"] for p in facts.people} == {
        "박윤규": "정보통신산업진흥원(NIPA) 원장",
        "응우옌 마인 흥": "베트남 과학기술부 장관",
    }
    figures = {(f.kind, f.value): f.measure.get("ko", "") for f in facts.figures}
    assert figures[("count", 3000)] == "베트남의 AI 엔지니어"
    assert figures[("money", 1.2e7)] == "지원"
    assert "시장" in figures[("money", 7.5e8)] and "성장" in figures[("percent", 15.2)]
    assert figures[("year", 2027)] == "양성"
    # the checks run ko→vi and ko→en: the fake's "[vi] …" keeps the Korean figures as written
    checked = {f.code for s in document.segments for f in s.flags}
    assert "untranslated" in checked  # a Vietnamese "translation" in Hangul


def test_korean_xliff_and_memory(tmp_path: Path) -> None:
    from lxml import etree

    from briefing.cli import main
    from briefing.memory import TranslationMemory
    from briefing.review import export_all

    result = fake_brief(KOREAN, tmp_path)
    paths = export_all(result.document, result.run_dir)
    assert [p.name for p in paths] == ["ko-vi.xlf", "ko-en.xlf"]
    ns = "urn:oasis:names:tc:xliff:document:1.2"
    tree = etree.parse(str(paths[0]))
    file = tree.find(f"{{{ns}}}file")
    assert (file.get("source-language"), file.get("target-language")) == ("ko", "vi")
    for unit in tree.iter(f"{{{ns}}}trans-unit"):
        target = unit.find(f"{{{ns}}}target")
        target.text = f"Bản dịch đã hiệu đính {unit.get('id')}"
        target.set("state", "final")
    tree.write(str(paths[0]), xml_declaration=True, encoding="UTF-8")
    memory = tmp_path / "memory.sqlite"
    assert main(["review", "import", str(paths[0]), "--memory", str(memory)]) == 0
    with TranslationMemory(memory) as tm:
        units = tm.units()
    assert units and all((u.source_lang, u.target_lang) == ("ko", "vi") for u in units)
    # the next brief of the same article takes the Vietnamese from the memory
    again = fake_brief(KOREAN, tmp_path / "again", memory=str(memory))
    assert all(s.translations["vi"].origin == "tm" for s in again.document.segments)


@pytest.mark.integration
def test_korean_article_on_the_tiny_model(tmp_path: Path, tiny_nllb: Path) -> None:
    from briefing.cli import main

    out = tmp_path / "out"
    code = main(
        ["brief", str(KOREAN), "--out", str(out), "--mt-model", str(tiny_nllb), "--memory", "none"]
    )
    assert code == 0
    run = next(out.iterdir())
    document = load_document(run / "document.json")
    assert document.source_language == "ko"
    assert set(document.models) == {"vi", "en"}
    assert all(s.translations["vi"].text for s in document.segments)
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["models"]["vi"]["shortlist"].startswith("en+vi")


def test_glossary_in_reverse(tmp_path: Path) -> None:
    """The forum's glossary, matched on its Korean column for a Korean article."""
    article = tmp_path / "a.ko.txt"
    article.write_text(
        "최영삼 주베트남 한국대사는 11월 5일 하노이에서 열린 '한-베트남 디지털 포럼'에서 연설했다.\n",
        encoding="utf-8",
    )
    glossary = ROOT / "seeds" / "vn-kr-digital-forum.glossary.csv"
    result = fake_brief(article, tmp_path / "out", glossary=str(glossary))
    (segment_,) = result.document.segments
    assert {h.forms["vi"] for h in segment_.terms} >= {"Choi Young Sam", "Diễn đàn số Việt – Hàn"}
    assert "Choi Young Sam" in segment_.translations["vi"].text


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("박형준 시장은 하노이 대표단을 맞이했다.", [("박형준", "시장")]),
        ("베트남 소비재 시장은 매년 10% 이상 성장하고 있다.", []),  # the market, not a mayor
        ("반도체 시장이 회복되고 있다고 최태원 회장은 말했다.", [("최태원", "회장")]),
    ],
)
def test_a_mayor_is_not_a_market(sentence: str, people: list[tuple[str, str]]) -> None:
    from briefing.document import Segment
    from briefing.facts import people_in

    found = people_in(Segment("p1s1", 1, sentence), "ko")
    assert [(p.name, p.role["ko"]) for p in found] == people


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        ("양사는 3억 달러 규모의 공급 계약을 체결했다.", "3억 달러", "공급 계약"),
        (
            "베트남 소비재 시장은 매년 10% 이상 성장하고 있다.",
            "10%",
            "베트남 소비재 시장 매년 성장",
        ),
    ],
)
def test_korean_labels_after_scale_and_over(sentence: str, text: str, label: str) -> None:
    from briefing.document import Segment
    from briefing.facts import figures_in

    figures = {f.text: f for f in figures_in(Segment("p1s1", 1, sentence), "ko")}
    assert figures[text].measure["ko"] == label


def test_city_governments_act_and_end_a_vietnamese_name() -> None:
    from briefing.document import Segment
    from briefing.facts import organisations_in, people_in

    segment = Segment("p1s1", 1, "레 쭝 찐 다낭시 인민위원장은 부산시와 협약을 맺었다.")
    assert [(p.name, p.role["ko"]) for p in people_in(segment, "ko")] == [
        ("레 쭝 찐", "다낭시 인민위원장")
    ]
    # the city before 인민위원장 is its committee's, no organisation of its own
    assert organisations_in(segment, "ko") == ["부산시"]
    # a city before 에서 is where, not who
    assert organisations_in(Segment("p1s2", 1, "포럼은 하노이시에서 열렸다."), "ko") == []


def test_a_vietnamese_city_that_acts_is_its_named_committee(tmp_path: Path) -> None:
    text = (
        "부산-하이퐁 협약\n\n하이퐁시는 부산시와 항만 협력 협약을 맺었다.\n\n"
        "협약식에는 하이퐁시 인민위원회 관계자들이 참석했다.\n"
    )
    names = [o.name["ko"] for o in _facts(tmp_path, text).organisations]
    assert "하이퐁시" not in names and "하이퐁시 인민위원회" in names


@pytest.mark.parametrize(
    ("sentence", "text", "label"),
    [
        ("양국 스타트업과 투자자 등 250여 명이 참석했다.", "250", "양국 스타트업과 투자자 참석"),
        (
            "부산시는 총 45억 원을 투입해 공동 액셀러레이팅 프로그램을 운영할 계획이다.",
            "45억 원",
            "공동 액셀러레이팅 프로그램 운영에 투입",
        ),
        # a list in one line: a label ends where the next item's mark opens it
        ("과제는 ▲전력망 현대화에 3억 달러 금융 지원 ▲고용허가제 확대다.", "3억 달러", "금융 지원"),
        (
            "양측은 ▲기술 인력 교류 ▲대학 간 학생 교류 등 3개 항에 합의했다.",
            "3",
            "대학 간 학생 교류 항",
        ),
    ],
)
def test_korean_labels_for_attendance_and_spending(sentence: str, text: str, label: str) -> None:
    from briefing.document import Segment
    from briefing.facts import figures_in

    figures = {f.text: f for f in figures_in(Segment("p1s1", 1, sentence), "ko")}
    assert figures[text].measure["ko"] == label


@pytest.mark.parametrize(
    "sentence",
    [
        "수출은 2년 연속 늘었다.",  # a count of years in a row
        "결제 연동 시범사업을 '27년 상반기 시작한다.",  # the year 2027
        "첨단기술 프로젝트에 법인세율 10%를 최대 15년 적용",  # a verb's noun ends the clause
        "회사는 10년 전 진출했다.",  # a time ago
    ],
)
def test_so_many_years_before_a_noun_is_no_length_where_nothing_lasts(sentence: str) -> None:
    from briefing.document import Segment
    from briefing.facts import figures_in

    found = [f for f in figures_in(Segment("p1s1", 1, sentence), "ko") if f.kind == "period"]
    assert [f.measure for f in found if f.measure] == []


def test_korean_place_without_the_date_before_it(tmp_path: Path) -> None:
    article = tmp_path / "a.ko.txt"
    article.write_text(
        "제목\n\n부산시는 지난 11월 20일 벡스코에서 '2026 한-베 협력 포럼'을 개최했다.\n\n"
        "이번 포럼은 부산시와 부산경제진흥원이 공동 주최했다.\n",
        encoding="utf-8",
    )
    from briefing.facts import extract
    from briefing.segment import segment

    event = extract(segment(*load(article))).facts.event
    assert event.place == {"ko": "벡스코"}
    assert [o["ko"] for o in event.organisers] == ["부산시", "부산경제진흥원"]


def test_a_broadcast_reads_the_report_before_the_anchor(tmp_path: Path) -> None:
    text = (
        "부산, 베트남 관광객 유치전\n\nKNN 정유진 기자 | 입력 : 2026-02-24 20:45\n\n"
        "[앵커]\n부산이 베트남 관광객 유치에 나섰습니다.\n\n"
        "상담회를 열었는데요, 정유진 기자가 보도합니다.\n\n"
        "[리포트]\n벡스코가 여행사 관계자들로 북적입니다.\n\n"
        "부산시와 부산관광공사가 오늘(24일)부터 사흘 동안 여는 '2026 부산 관광 트래블마트'에는 "
        "여행사 85곳이 참가했습니다.\n"
    )
    event = _facts(tmp_path, text).event
    assert event.name == {"ko": "2026 부산 관광 트래블마트"}
    assert event.date is not None
    assert (event.date.year, event.date.month, event.date.day) == (2026, 2, 24)
    assert (event.date.end_month, event.date.end_day) == (2, 26)
    assert [o["ko"] for o in event.organisers] == ["부산시", "부산관광공사"]


def test_a_city_body_named_again_without_its_city_is_one_organisation() -> None:
    from briefing.facts.ko.organisations import canonical

    assert canonical("관광공사", ["부산관광공사", "관광공사"]) == "부산관광공사"
    # a place before a company's name is where it is: no body of the city
    assert canonical("한결중공업", ["거제시 한결중공업", "한결중공업"]) == "한결중공업"


def test_a_part_of_the_figure_before_is_left_to_check() -> None:
    from briefing.document import Segment
    from briefing.facts import figures_in

    sentence = "총사업비는 4천500만 달러이며, 이 가운데 3천만 달러는 이미 마련됐다."
    figures = {f.text: f for f in figures_in(Segment("p1s1", 1, sentence), "ko")}
    assert figures["4천500만 달러"].measure["ko"] == "총사업비"
    assert not figures["3천만 달러"].measure  # "of which": the label would name the whole
    # what is done with the part, said with where it comes from, makes it a share
    sentence = "총사업비는 4천500만 달러이며, 이 가운데 3천만 달러는 수은의 차관으로 조달했다."
    figures = {f.text: f for f in figures_in(Segment("p1s1", 1, sentence), "ko")}
    assert figures["3천만 달러"].measure["ko"] == "총사업비 중 수은 차관 조달"


def test_an_event_told_after_the_news_is_read_from_its_sentence_and_caption(
    tmp_path: Path,
) -> None:
    text = (
        "한강건설, 하노이 하수처리장 수주\n\n입력2027.06.09 17:21\n\n"
        "한강건설은 하노이시가 발주한 하수처리장 건설공사를 수주했다고 9일 밝혔다. "
        "수주 금액은 2천억원이다. 처리장은 2030년 가동된다.\n\n"
        "계약 서명식은 이날 하노이시 인민위원회 청사에서 열렸다.\n\n"
        "현지 인력 고용 비율은 70%를 넘는다.\n\n"
        "9일 베트남 하노이시 인민위원회 청사에서 열린 하노이 하수처리장 계약 서명식에서 "
        "김한결 한강건설 대표가 발언하고 있다. /한강건설 제공\n"
    )
    event = _facts(tmp_path, text).event
    assert event.name == {"ko": "하노이 하수처리장 계약 서명식"}
    assert event.place == {"ko": "하노이시 인민위원회 청사"}
    assert event.date is not None and (event.date.year, event.date.month, event.date.day) == (
        2027,
        6,
        9,
    )
    # a lead that holds its event reads no further
    held = text.replace("수주 금액은", "회사는 이날 '하노이 물 포럼'을 열었다. 수주 금액은")
    assert _facts(tmp_path, held).event.name == {"ko": "하노이 물 포럼"}


def test_a_bare_position_takes_the_body_named_before_the_person(tmp_path: Path) -> None:
    """`다낭급수의 호 반 중 사장` is 다낭급수주식회사's president (its name without
    주식회사); `Saigon Capital Securities(사이공캐피털증권)의 … 애널리스트` is that firm's
    analyst, in Hangul."""
    text = (
        "다낭 상수도 사업 착수\n\n"
        "공사는 다낭급수주식회사(Da Nang Water JSC)와 함께 보고회를 개최했다.\n\n"
        "다낭급수의 호 반 중(Hồ Văn Dũng) 사장은 협력을 넓히고 싶다고 했다.\n\n"
        "현지 증권사 Saigon Capital Securities(사이공캐피털증권)의 응우옌 투 하 "
        "애널리스트도 성장 여지가 크다고 평가했다.\n"
    )
    roles = {p.name: p.role["ko"] for p in _facts(tmp_path, text).people}
    assert roles["호 반 중"] == "다낭급수 사장"
    assert roles["응우옌 투 하"] == "사이공캐피털증권 애널리스트"
    # a Korean name with its short form keeps both: only a Latin name gives way to Hangul
    text = "한수원 협력\n\n한국수력원자력(한수원)의 김도윤 사장은 축사를 했다.\n"
    assert _facts(tmp_path, text).people[0].role["ko"] == "한국수력원자력(한수원) 사장"
    # a company whose legal mark is written after its name (레러이개발㈜), named bare later
    text = (
        "산업단지 착공\n\n착공식은 시행사인 레러이개발㈜과 중진공이 공동 주최했다.\n\n"
        "이날 행사에는 레러이개발 응우옌 반 떤 회장 등 250여 명이 참석했다.\n"
    )
    roles = {p.name: p.role["ko"] for p in _facts(tmp_path, text).people}
    assert roles["응우옌 반 떤"] == "레러이개발 회장"


def test_a_rank_labelled_by_what_is_done_with_it_is_shown_to_check(tmp_path: Path) -> None:
    """`1위 탈환` (to retake first place) says what is done with the rank, not in what it
    is held; `라면시장 2위` says in what."""
    text = (
        "한빛식품 1위 탈환 나선다\n\n"
        "베트남 라면시장 2위 한빛식품이 북부 흥옌성에 제2공장을 세우고 1위 탈환에 나섰다.\n"
    )
    facts = _facts(tmp_path, text)
    ranks = {f.value: f.measure.get("ko", "") for f in facts.figures if f.kind == "rank"}
    assert ranks[2] == "베트남 라면시장"
    assert not ranks.get(1)
    assert any(c.text.startswith("1위") for c in facts.to_check)


def test_a_latin_company_with_its_korean_name_is_one_organisation(tmp_path: Path) -> None:
    text = (
        "한빛식품 제2공장 준공\n\n"
        "한빛식품은 1일 베트남 법인 Hanbit Foods Vina Co., Ltd.(한빛푸드비나) 제2공장 "
        "준공식을 열었다고 2일 밝혔다.\n\n한빛푸드비나의 생산능력은 10억 개로 늘었다.\n"
    )
    facts = _facts(tmp_path, text)
    names = [o.name["ko"] for o in facts.organisations]
    assert names.count("Hanbit Foods Vina Co., Ltd.(한빛푸드비나)") == 1
    assert "한빛푸드비나" not in names and not any(
        n.startswith("Hanbit ") and "(" not in n for n in names
    )
    assert facts.event.name == {"ko": "제2공장 준공식"}


def test_a_broadcast_names_its_event_after_the_report_opens(tmp_path: Path) -> None:
    """A report that opens on pictures names the day's event later (`오늘 열린 … 개관식에는`);
    `오늘` is the day the script was posted."""
    text = (
        "호찌민에 소방안전체험관\n\n입력 2026.11.25 (21:14)\n\n[앵커]\n\n"
        "우리 소방청이 지원한 체험관이 오늘 호찌민시에 문을 열었습니다.\n\n[리포트]\n\n"
        "연기가 가득 찬 복도를 어린이들이 낮은 자세로 빠져나옵니다.\n\n"
        "가상현실 장비를 쓴 시민들은 대피 경로를 찾아봅니다.\n\n"
        "소화기 체험장에서는 초등학생들이 호스를 겨눕니다.\n\n"
        "오늘 열린 한-베 소방안전체험관 개관식에는 시민 200여 명이 참석했습니다.\n"
    )
    event = _facts(tmp_path, text).event
    assert event.name == {"ko": "한-베 소방안전체험관 개관식"}
    assert event.date is not None and (event.date.month, event.date.day) == (11, 25)


def test_a_short_form_is_no_other_companys_name() -> None:
    """`과기정통부` and `국토부` shorten their ministries and `한결대병원` its university
    hospital; `세진바이오` is a company of its own, not short for the joint venture
    `세진송홍바이오` it set up (two whole words of the longer name, another's between)."""
    from briefing.facts.ko.organisations import abbreviates

    assert abbreviates("과기정통부", "과학기술정보통신부")
    assert abbreviates("국토부", "국토교통부")
    assert abbreviates("한결대병원", "한결대학교병원")
    assert not abbreviates("세진바이오", "세진송홍바이오")
    # the last word's first syllable ends the short form: 공(단), (회)의(소)
    assert abbreviates("중진공", "중소벤처기업진흥공단")
    assert abbreviates("부산상의", "부산상공회의소")
    assert not abbreviates("한국전력", "한국전력기술")


def test_a_run_said_with_each_keeps_its_labels_when_no_list_is_found() -> None:
    """`두 은행은 각각 …`: one subject, no list of items before 각각; the run is not paired
    with items that are not there, and no label is made of the rule's."""
    from briefing.document import Segment
    from briefing.facts import figures_in

    sentence = "두 은행은 각각 3천억 원과 2천억 원의 대출을 제공한다."
    figures = figures_in(Segment("p1s1", 1, sentence), "ko")
    assert [f.text for f in figures] == ["3천억 원", "2천억 원"]
    assert not [f for f in figures if any(e.rule == "ko.label.respectively" for e in f.evidence)]


def test_a_label_that_is_a_named_official_with_a_body_between_is_left_to_check(
    tmp_path: Path,
) -> None:
    """`김영호 경상북도 투자통상과장은 … 5회에 걸쳐`: the sentence's speaker, his body
    between his name and his post, is no label; the figure goes to the translators' list."""
    facts = _facts(
        tmp_path,
        "경북 사절단\n\n김영호 경상북도 투자통상과장은 올해 아세안 4개국에 모두 5회에 걸쳐 "
        "사절단을 보낼 계획이라고 말했다.\n",
    )
    assert not [f for f in facts.figures if "투자통상과장" in f.measure.get("ko", "")]
    assert [c.text for c in facts.to_check if "투자통상과장" in c.text]
