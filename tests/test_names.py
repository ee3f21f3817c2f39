"""Names across scripts: Vietnamese → Hangul by the Korean standard, Korean → Latin with the
customary surname, and the ways back where they are unique."""

from __future__ import annotations

import pytest
from hangulize import hangulize

from briefing.data import words
from briefing.names import hangul, korean

# Each rule of the standard (국립국어원 외래어 표기법, 베트남어 표기 세칙) with its own examples.
STANDARD = [
    ("nh before a vowel merges with it", "Nha Trang", "냐짱"),
    ("nh before a vowel merges with it (â)", "Nhân", "년"),
    ("final nh is ㄴ", "Minh", "민"),
    ("a + final nh is 아인", "Thành", "타인"),
    ("a + final ch is 아익", "Thạch", "타익"),
    ("qu + a merges into 꽈", "Quảng", "꽝"),
    ("qu before other vowels is 꾸", "Quốc", "꾸옥"),
    ("y merges with the vowel after it", "Yên", "옌"),
    ("Nguyễn: ng is 응, uyê is 우예", "Nguyễn", "응우옌"),
    ("ng before a vowel is 응 + ㅇ", "Ngô", "응오"),
    ("ngh like ng", "Nghệ An", "응에안"),
    ("ươ is 으어", "Lương Cường", "르엉끄엉"),
    ("iê is 이에", "Việt", "비엣"),
    ("ia is 이어", "Nghĩa", "응이어"),
    ("uô is 우오", "Muôn", "무온"),
    ("ưa is 으어", "Mưa", "므어"),
    ("ua is 우어", "Mua", "무어"),
    ("t and p initial are tense", "Tô Lâm", "또럼"),
    ("ch and tr initial are ㅉ", "Chính Trung", "찐쭝"),
    ("x is ㅆ, s is ㅅ", "Xuân Sơn", "쑤언선"),
    ("d and gi are ㅈ", "Dũng Giang", "중장"),
    ("đ is ㄷ", "Đạt", "닷"),
    ("ph is ㅍ, kh ㅋ, th ㅌ", "Phạm Khánh Thu", "팜카인투"),
    ("final t is ㅅ, final c ㄱ, final p ㅂ", "Đạt Phúc Pháp", "닷푹팝"),
    ("â and ơ are 어", "Cần Thơ", "껀터"),
    ("ư is 으", "Hưng Yên", "흥옌"),
    ("e is 애, ê is 에", "Kẻ Huế", "깨후에"),
    ("gi before a consonant: the i is the vowel", "gìn", "진"),
    ("final k of the Central Highlands", "Đắk Lắk", "닥락"),
    ("names are written without spaces", "Phạm Minh Chính", "팜민찐"),
]


@pytest.mark.parametrize(("rule", "latin", "expected"), STANDARD, ids=[r[0] for r in STANDARD])
def test_the_standards_rules_one_by_one(rule: str, latin: str, expected: str) -> None:
    assert hangul.vietnamese(latin) == expected, rule


@pytest.mark.parametrize(
    "text", ["ASEAN", "TP.HCM", "Seoul", "Samsung", "Kim Young-soo", "2025", "VCCI", ""]
)
def test_what_is_not_vietnamese_gets_no_hangul(text: str) -> None:
    assert hangul.vietnamese(text) is None


# Where this project departs from hangulize 0.0.9 on purpose.
DEPARTURES = {
    # The reading of the standard: ach is 아익 like anh 아인; hangulize drops the i.
    "Bạch": "바익",
    "Thạch": "타익",
}


def test_every_listed_syllable_agrees_with_hangulize() -> None:
    """Every surname, given-name syllable and place the project lists, against hangulize's
    implementation of the same standard (spaces removed: media write 팜민찐)."""
    names = [
        *words("vi/surnames"),
        *words("names/vi-name-syllables"),
        *words("vi/places"),
    ]
    checked = 0
    differ = []
    for name in names:
        ours = hangul.vietnamese(name)
        if ours is None:  # acronyms and Korean cities in the places list
            continue
        checked += 1
        theirs = DEPARTURES.get(name) or hangulize(name, "vie").replace(" ", "").strip("–")
        theirs = theirs.replace("–", "")
        if ours != theirs:
            differ.append((name, ours, theirs))
    assert checked > 250
    assert differ == []


def test_generated_full_names_agree_with_hangulize() -> None:
    surnames = [s for s in words("vi/surnames") if s not in DEPARTURES][:40]
    given = [s for s in words("names/vi-name-syllables") if s not in DEPARTURES]
    for number, surname in enumerate(surnames):
        name = f"{surname} {given[number % len(given)]} {given[(number * 7) % len(given)]}"
        assert hangul.vietnamese(name) == hangulize(name, "vie").replace(" ", ""), name


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("응우옌 반 토", "Nguyễn Văn Thọ"),
        ("레티투하", "Lê Thị Thu Hà"),
        ("응우옌쑤언푹", "Nguyễn Xuân Phúc"),
        ("또럼", "Tô Lâm"),
        ("르엉끄엉", "Lương Cường"),
    ],
)
def test_hangul_back_to_vietnamese_where_unique(written: str, expected: str) -> None:
    assert hangul.vietnamese_latin(written) == expected


def test_hangul_back_to_vietnamese_refuses_a_guess() -> None:
    # 찐 is Chính, Trinh or Trình; 타인 is Thanh or Thành: tones Hangul does not write.
    assert hangul.vietnamese_latin("팜민찐") is None
    assert hangul.vietnamese_latin("후인타인닷") is None
    # … but without diacritics (the English brief) Thanh and Thành are one.
    assert hangul.vietnamese_latin("후인타인닷", tones=False) == "Huynh Thanh Dat"
    # ch and tr are both ㅉ: 쩐 is Trần or Chần, even without tones.
    assert hangul.vietnamese_latin("쩐타인먼", tones=False) is None
    # Quốc and Hoàng are common middle names: listed, 레꾸옥타인 and 응우옌호앙남 read back.
    assert hangul.vietnamese_latin("레꾸옥타인", tones=False) == "Le Quoc Thanh"
    assert hangul.vietnamese_latin("응우옌호앙남") == "Nguyễn Hoàng Nam"
    assert hangul.vietnamese_latin("김영수") is None


def test_round_trip_latin_hangul_latin_where_unique() -> None:
    """Latin → Hangul → Latin gives the name back wherever the way back is unique, and
    the way back is unique for most generated names."""
    surnames = list(words("vi/surnames"))
    given = list(words("names/vi-name-syllables"))
    back = 0
    total = 0
    for number, surname in enumerate(surnames):
        for step in (1, 5, 11):
            name = f"{surname} {given[number * step % len(given)]} {given[number % len(given)]}"
            written = hangul.vietnamese(name)
            assert written is not None
            total += 1
            spaced = " ".join(hangul.vietnamese(w) or "" for w in name.split())
            found = hangul.vietnamese_latin(spaced)
            if found is not None:
                assert found == name
                back += 1
    assert back / total > 0.4


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("박윤규", "Park Yun-gyu"),
        ("최영삼", "Choi Yeong-sam"),
        ("이재원", "Lee Jae-won"),
        ("정의선", "Jung Ui-seon"),
        ("남궁민수", "Namgung Min-su"),
        ("김상식", "Kim Sang-sik"),
        ("오세훈", "Oh Se-hun"),
    ],
)
def test_korean_names_in_latin_letters(written: str, expected: str) -> None:
    assert korean.latin(written) == expected


def test_a_korean_name_without_a_known_surname_is_not_romanized() -> None:
    assert korean.latin("팜민찐") is None
    assert korean.latin("과학기술정보통신부") is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Kim Young-soo", "김영수"),
        ("Park Yoon Kyu", "박윤규"),
        ("Choi Young Sam", "최영삼"),
        ("Lee Jae-won", "이재원"),
        ("Ban Ki-moon", "반기문"),
    ],
)
def test_latin_korean_names_back_into_hangul(written: str, expected: str) -> None:
    assert korean.hangul(written) == expected


def test_latin_korean_names_refuse_a_guess() -> None:
    assert korean.hangul("Kim Yungyu") is None  # 윤규 or 융유
    assert korean.hangul("Park Yun-gyu") is None  # Yun is 윤, or 연 as some spell it
    assert korean.hangul("Kim Dae-jung") is None  # jung is 정 or 중
    assert korean.hangul("Park Chung-hee") is None  # not 박충희
    assert korean.hangul("Nguyen Van A") is None
    assert korean.hangul("Samsung") is None


def test_round_trip_hangul_latin_hangul() -> None:
    """Every generated three-syllable name with listed surnames comes back from its Latin
    form, or is refused; never another name."""
    given = "윤규영삼재원상식민수진호선미현우"
    wrong = []
    back = 0
    for number, surname in enumerate(korean.surnames()):
        name = surname + given[number % 15] + given[(number * 4 + 1) % 15]
        found = korean.hangul(korean.latin(name) or "")
        if found is not None:
            back += 1
            if found != name:
                wrong.append((name, found))
    assert wrong == []
    assert back > 60


# ----------------------------------------------------------------------------- titles, roles, places

from briefing.glossary import Glossary  # noqa: E402
from briefing.names import place_forms, reference, titles  # noqa: E402


def shipped(source: str) -> Glossary:
    return Glossary([], "", source).merged(reference.terms())


@pytest.mark.parametrize(
    ("title", "ko", "en"),
    [
        ("GS.TS", "교수·박사", "Prof. Dr."),
        ("PGS.TS.", "부교수·박사", "Assoc. Prof. Dr."),
        ("TS.", "박사", "Dr."),
    ],
)
def test_titles_from_the_table(title: str, ko: str, en: str) -> None:
    forms = titles.title_forms(title, "vi")
    assert forms is not None and (forms["ko"], forms["en"]) == (ko, en)


ROLES = [
    # (source language, role, expected Korean, expected English)
    ("vi", "Thứ trưởng Bộ Công Thương", "베트남 산업무역부 차관", "Deputy Minister of Industry and Trade of Viet Nam"),
    ("vi", "Chủ tịch UBND tỉnh Bắc Ninh", "박닌성 인민위원회 위원장", "Chairman of the Bac Ninh Provincial People's Committee"),
    ("vi", "Bí thư Tỉnh ủy Quảng Ninh", "꽝닌성 당서기", "Secretary of the Quang Ninh Provincial Party Committee"),
    ("vi", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh", "박닌성 당부서기, 박닌성 인민위원회 위원장",
     "Deputy Secretary of the Bac Ninh Provincial Party Committee; Chairman of the Bac Ninh Provincial People's Committee"),
    ("vi", "Thủ tướng", "총리", "Prime Minister"),
    ("vi", "Giám đốc Sở Tài chính tỉnh Bắc Ninh", "박닌성 재무국장", "Director of the Bac Ninh Department of Finance"),
    ("vi", "Phó Giám đốc Sở Công Thương thành phố Hải Phòng", "하이퐁시 산업무역국 부국장",
     "Deputy Director of the Hai Phong Department of Industry and Trade"),
    ("ko", "경기도지사", "경기도지사", "Governor, Gyeonggi Province"),
    ("ko", "과학기술정보통신부 장관", "과학기술정보통신부 장관", "Minister of Science and ICT of Korea"),
]  # fmt: skip


def test_a_bare_korean_ministry_name_is_koreas_not_vietnams() -> None:
    """`문화체육관광부` alone in a Korean article is Korea's ministry; Viet Nam's of the same
    Korean name is matched with its country only (`베트남 문화체육관광부`)."""
    glossary = shipped("ko")
    korea = glossary.lookup("문화체육관광부")
    assert korea is not None and korea.forms["vi"].endswith("Hàn Quốc")
    vietnam = glossary.lookup("베트남 문화체육관광부")
    assert vietnam is not None and vietnam.forms["vi"] == "Bộ Văn hóa, Thể thao và Du lịch"


@pytest.mark.parametrize(("source", "role", "ko", "en"), ROLES, ids=[r[1] for r in ROLES])
def test_roles_read_whole_by_the_table(source: str, role: str, ko: str, en: str) -> None:
    forms = titles.role_forms(role, source, shipped(source))
    assert forms is not None and (forms["ko"], forms["en"]) == (ko, en)


@pytest.mark.parametrize(
    "role",
    ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Ngoại vụ tỉnh Bắc Ninh", "Trưởng khoa Tiếng Hàn"],
)
def test_a_role_the_table_cannot_read_whole_is_left_to_the_model(role: str) -> None:
    assert titles.role_forms(role, "vi", shipped("vi")) is None


@pytest.mark.parametrize(
    ("text", "ko", "en", "origin"),
    [
        ("Bắc Ninh", "박닌", "Bac Ninh", "reference"),
        ("tỉnh Bắc Ninh", "박닌성", "Bac Ninh Province", "reference"),
        ("Hàn Quốc", "한국", "Korea", "reference"),
        ("Đà Lạt", "달랏", "Da Lat", "transcription"),
        ("vịnh Hạ Long", "할롱만", "Ha Long Bay", "transcription"),
        (
            "sân bay quốc tế Nội Bài",
            "노이바이 국제공항",
            "Noi Bai International Airport",
            "transcription",
        ),
    ],
)
def test_places_by_reference_or_by_the_standard(text: str, ko: str, en: str, origin: str) -> None:
    found = place_forms(text)
    assert found is not None
    forms, where = found
    assert (forms["ko"], forms["en"], where) == (ko, en, origin)


@pytest.mark.parametrize("text", ["Chợ Lớn", "Hồ Chí Minh", "Trung tâm Hội nghị Quốc gia", "KOTRA"])
def test_not_every_capitalised_run_is_a_generic_place(text: str) -> None:
    found = place_forms(text)
    assert found is None or found[0]["ko"] not in {"런시장", "찌민호"}


def test_reference_data_is_sourced_and_consistent() -> None:
    seen: dict[str, tuple[str, str]] = {}
    for name in reference.FILES:
        rows = reference.rows(name)
        assert len(rows) > 20
        for row in rows:
            assert row.source and row.kind and row.en, row
            for variant in row.vi:
                forms = (row.ko[0], row.en)
                assert seen.setdefault(variant, forms) == forms, variant
    kinds = {row.kind for row in reference.rows("vietnam")}
    assert {"ministry", "province", "city"} <= kinds
    provinces = [r for r in reference.rows("vietnam") if r.kind in {"province", "city"}]
    assert sum("tên cũ" not in r.source for r in provinces) == 34  # the 34 of July 2025
    assert len(titles.entries()) > 90


def test_risky_short_forms_are_not_reference_variants() -> None:
    """Glossary matching ignores case: a country's short form that is also a given name or
    a common word (Anh, Đức, Nga, Mỹ, Pháp) would lock names and pronouns."""
    variants = {v.casefold() for term in reference.terms() for v in term.variants}
    assert not variants & {"anh", "đức", "nga", "mỹ", "pháp", "lotte", "samsung"}


# ----------------------------------------------------------------------------- the scores


def test_eval_names_prints_its_table(capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.cli import main

    assert main(["eval-names"]) == 0
    out = capsys.readouterr().out
    assert "| Vietnamese person → Hangul |" in out and "| article people" in out


def test_readings_back_are_refused_rather_than_wrong() -> None:
    """On the names key, a reading back into the other script is either refused or right:
    a wrong name in a brief is worse than one left in its own script."""
    from pathlib import Path

    from briefing.names.scores import score_tables

    rates = {r.name: r for r in score_tables(Path(__file__).parent / "data" / "names")}
    for name, rate in rates.items():
        if "where unique" in name:
            assert rate.answered > 30 and rate.right == rate.answered, rate.misses[:5]
    assert (
        rates["Vietnamese person → Hangul"].right / rates["Vietnamese person → Hangul"].total > 0.9
    )


def test_a_bare_provincial_position_takes_the_articles_one_province() -> None:
    from briefing.names import with_home

    assert with_home("Phó Chủ tịch UBND tỉnh", "Bắc Ninh") == "Phó Chủ tịch UBND tỉnh Bắc Ninh"
    assert with_home("Chủ tịch UBND", "Đà Nẵng") == "Chủ tịch UBND thành phố Đà Nẵng"
    assert with_home("Phó Chủ tịch UBND tỉnh", "") == "Phó Chủ tịch UBND tỉnh"
    assert with_home("Thứ trưởng", "Bắc Ninh") == "Thứ trưởng"
