"""People in Korean text: a name, then the organisation and the position (`박윤규
정보통신산업진흥원(NIPA) 원장은`, `최영삼 주베트남 한국대사는`), or a profession before it
(`가수 이지은은`). Korean names are a surname and one or two syllables; Vietnamese names
in Hangul start with a Vietnamese surname (`응우옌 마인 흥`, `팜민찐`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex as re

from briefing.data import words
from briefing.document import Document, Organisation, Person, Segment
from briefing.facts.base import Found, bare, names_an_organisation, rule
from briefing.facts.ko.lexicon import (
    CITY,
    CITY_STEMS,
    COMPANIES,
    KOREAN_NAME,
    NOT_NAMES,
    ORG_ENDINGS,
    PREFIXES,
    PROFESSIONS,
    ROLE,
    SURNAMES_KO,
    SURNAMES_VI_HANGUL,
    TIME_WORDS,
    alternation,
    is_proper_noun,
    morphemes,
    words_of,
)
from briefing.facts.vi.lexicon import SURNAMES as LATIN_SURNAMES
from briefing.names.hangul import plain, reads_as_vietnamese

_NAME_KO = KOREAN_NAME
_NAME_VI = (
    r"(?:(?:" + alternation(SURNAMES_VI_HANGUL) + r")"
    r"(?: (?!" + "|".join(PREFIXES) + r")(?!" + CITY + r"(?![가-힣]))[가-힣]{1,3}){1,3})"
)
# What may follow a position: a particle (은, 으로부터, 과의 …) then a space or an end.
# … and "◆오민재 법인장=": a round-table's speaker before what they say
# "권혁진 총영사님이": a blog's or a speaker's honorific 님 after the position, then the particle
_PARTICLE_AFTER = r"(?=(?:님)?(?:은|는|이|가|과|와|의|을|를|도|께서도|께서는|께서|에게|으로부터|로부터|에게서|과의|와의|께|으로|로|이며|이자|인데)?(?:[\s,.)=]|\(|$))"
# "레꽝민 사이공하이테크파크 관리위원회 위원장": a Vietnamese name written without spaces (read
# as one only when its syllables do: `reads_as_vietnamese`)
_NAME_VI_JOINED = r"(?:(?:" + alternation(SURNAMES_VI_HANGUL) + r")[가-힣]{2,5})"
# "상무위원 겸 인민위원회 부위원장": a second post the same person holds.
_CONCURRENT = r"(?:\s겸\s(?:[^\s,.'\"“”‘’–—□■]+\s+){0,3}?[^\s,.'\"“”‘’–—□■]*?" + ROLE + r")?"
PERSON_ROLE_AFTER = re.compile(
    r"(?<![가-힣])(?P<name>" + _NAME_VI + "|" + _NAME_KO + "|" + _NAME_VI_JOINED + r")"
    # "딘 꽁 하우(왼쪽 두 번째) 동나이성 인민위원회 부위원장": where a caption shows the person
    r"(?:\((?:왼쪽|오른쪽|가운데|앞줄|뒷줄)[^()]{0,12}\))?\s+"
    # "/" and ":" end a role: "경제실 국제통상과 / 담당자: 홍지민 주무관" is a contact line's cells
    # "사이공쿱(Saigon Co.op) 구매총괄": a dot inside a word is no end
    r"(?P<role>(?:(?:[^\s,.'\"“”‘’–—□■/:]|\.(?=\w))+\s+){0,4}?[^\s,.'\"“”‘’–—□■/:]*?"
    + r"(?:"
    + ROLE
    + r"|(?<=\s)연구원)"  # "한결투자증권 연구원": a researcher; 산업연구원 is an institute
    + r"(?:\s"  # "대표이사 사장", "부위원장 겸 사무총장": two titles of one person
    + ROLE
    + r"(?=\s|[은는이가과와의을를도,.]))?"
    + _CONCURRENT
    + r")"
    + _PARTICLE_AFTER
)
# "[인터뷰] 레 반 꽁(Lê Văn Công) / 훈련생": who the line names, a slash, then their role
_SLASHED_ROLE = re.compile(r"\s*/\s*(?P<role>[가-힣]+(?:\s[가-힣]+){0,3})\s*$")
# "음악감독 겸 상임지휘자 도안 꾸옥 빈(…)": a profession (or two) right before a name
_PROFESSION_BEFORE = re.compile(
    r"(?<![가-힣])(?P<role>(?:[가-힣]+\s겸\s)?[가-힣]*(?:"
    + "|".join([*PROFESSIONS, *words("ko/member-words")])
    # "통역 담당 쩐티응옥(Trần Thị Ngọc) 씨": who is in charge of what
    + r")|[가-힣]{2,}\s담당)\s$"
)
PERSON_PROFESSION = re.compile(
    # "시인 김X", not "도시인 경기": a profession opens its word
    r"(?<![가-힣])(?P<role>"
    + "|".join(PROFESSIONS)
    + r")\s+(?P<name>"
    + _NAME_KO
    + r")"
    + _PARTICLE_AFTER
)


# A personal name in Latin letters in brackets after the Hangul one: "(Nguyễn Văn Thọ)",
# "(Lee Jae-won)": two to five capitalised words, the first a known surname.
_LATIN_NAME = r"(?P<latin>\p{Lu}[\p{L}]*(?:-[\p{L}]+)?(?:\s\p{Lu}[\p{L}]*(?:-[\p{L}]+)?){1,4})"
TWO_SCRIPTS = re.compile(
    # "응우옌 티 란(Nguyễn Thị Lan·45)": the age may follow the Latin form
    r"(?<![가-힣])(?P<name>[가-힣]{1,8}(?: [가-힣]{1,4}){0,4})\s?\("
    + _LATIN_NAME
    + r"(?:·\d{1,3})?\)"
    r"(?:\s+(?P<role>(?:[^\s,.'\"“”‘’–—□■]+\s+){0,4}?[^\s,.'\"“”‘’()–—□■]*?"
    + ROLE
    + _CONCURRENT
    + r")"
    + _PARTICLE_AFTER
    + ")?"
)


# The other order: the Latin form, then the Hangul one in brackets (`Choi Eun-ji(최은지) 씨`,
# `Nguyễn Văn Nam(응우옌 반 남) 부장`), and a position or 씨 after.
LATIN_FIRST = re.compile(
    r"(?<![\p{L}])" + _LATIN_NAME + r"\s?\((?P<name>[가-힣]{2,8}(?: [가-힣]{1,4}){0,4})\)"
    r"(?:\s+(?:씨|(?P<role>(?:[^\s,.'\"“”‘’–—□■]+\s+){0,4}?[^\s,.'\"“”‘’()–—□■]*?"
    + ROLE
    + _CONCURRENT
    + r"))"
    + _PARTICLE_AFTER
    + ")?"
)


# A Latin word without its diacritics: "Hoàng" and "Hoang" are one surname.
_plain = plain


_PLAIN_SURNAMES = {_plain(s) for s in LATIN_SURNAMES}


def not_a_name(name: str, text: str = "", start: int = -1) -> str:
    """Why `name` is no Korean person's name ("" when it may be one): a country, a city,
    a common word that starts with a surname syllable (data/ko/not-names.txt), a company
    (한수원), a prefix (주부산), or a word Kiwi reads as an adverb or with a suffix. Given
    its sentence (`text`, the name at `start`), a name Kiwi reads alone as a verb form
    (이은채: 잇+은+채) but as proper nouns in its sentence (이은채 NNP) is a name."""
    if name in NOT_NAMES or name in CITY_STEMS or re.fullmatch(CITY, name) or name in PREFIXES:
        return "a place or a common word"
    if name in TIME_WORDS:
        return "a word of time (지난해 … 당시 오태경 단장: the person is named later)"
    if name in SURNAMES_KO:
        return "a surname alone (황보 과장: the person named before)"
    if name[-1:] in {"의", "은", "는", "이", "가", "과", "와", "도", "을", "를", "에"} and (
        name[:-1] in CITY_STEMS or name[:-1] in NOT_NAMES
    ):
        return "a place or a common word with its particle (진주의)"
    if re.fullmatch(ROLE, name):
        return "a position (위원장 대행 부위원장)"
    if name.endswith(("팀", "본부", "사업부", "사업단")):
        return "a team or a division (인사팀)"
    if name.startswith("주") and (name[1:] in CITY_STEMS or name[1:] in NOT_NAMES):
        return "a prefix (주부산: resident in Busan)"
    if name.endswith("대") and name[:-1] in CITY_STEMS:
        return "a university (서울대)"
    if name in COMPANIES:
        return "a company's name"
    if len(name) == 2 and " " not in name:
        analysed = morphemes(name)
        if len(analysed) == 1 and analysed[0][1] == "NNG":
            return "a common noun (기업, 현지, 설비)"  # a two-syllable name is rare, and NNP
    tags = [tag for _, tag, _, _ in morphemes(name)] if " " not in name else []
    parts = [form for form, _, _, _ in morphemes(name)] if tags else []
    if (
        len(tags) >= 2
        and tags[-1].startswith("J")
        and tags[-2] in {"NNG", "NNB", "NP"}
        and parts[-1] in {"이", "가", "은", "는", "에", "의", "를", "을", "도", "와", "과"}
    ):
        return "a word and its particle (여성이, 이에)"
    verbal = ("MA", "V", "E", "XSV", "XSA")  # an adverb, a verb, an ending: 한편, 방문해
    # a suffix inside a name is Kiwi splitting it (문+성+준), and so is one at its end after
    # single syllables (윤+재+성); after a word it makes a word (국제+화, 한국+적)
    syllables = all(len(part) == 1 for part in parts)
    if any(tag.startswith(verbal) for tag in tags) or (
        tags and tags[-1].startswith("XS") and not syllables
    ):
        # only for a Korean name (응우옌 반 꽝 is no Korean word)
        if start >= 0 and _proper_in(text, start, start + len(name)):
            return ""
        return "Kiwi reads it as no noun"
    return ""


def _proper_in(text: str, start: int, end: int) -> bool:
    """Kiwi reads `text[start:end]` in its sentence as nouns, their edges on the span's, the
    first a proper noun (`이은채`; `김`+`하람`; the surname `정` and `미래`)."""
    inside = [m for m in morphemes(text) if m[3] > start and m[2] < end]
    return (
        bool(inside)
        and inside[0][2] == start
        and inside[-1][3] == end
        and inside[0][1] == "NNP"
        and all(tag in {"NNP", "NNG"} for _, tag, _, _ in inside)
    )


def _role_words_are_nouns(text: str, start: int, end: int) -> bool:
    """Every word of a role but the last is a bare noun: no particle, no verb form
    ("한국 기업에 생산기지를 넘어 소비시장" is a clause, not a position)."""
    inside = [w for w in words_of(text) if start <= w.start < end]
    # "국토교통부 해외건설정책과 서기관": a division (…과) right before the post, no "and"
    division = len(inside) >= 2 and inside[-2].josa == "과"
    division = division and re.fullmatch(r"[가-힣]{4,}", inside[-2].text) is not None
    return all((not w.josa or (division and w is inside[-2])) and not w.verbal for w in inside[:-1])


def _body_in_two_scripts(hangul: str, latin: str) -> bool:
    """`하롱조선소(Hạ Long Shipyard)`: a body's name in two scripts, not a person's (a Hangul
    ending of two syllables or more that bodies have, or an English word that bodies do)."""
    return hangul.endswith(tuple(e for e in [*ORG_ENDINGS, "조선소"] if len(e) >= 2)) or bool(
        _LATIN_BODY.search(latin)
    )


_LATIN_BODY = re.compile(
    r"\b(?:Shipyard|Company|Corporation|Corp|Group|Bank|University|College|Hospital|Port|"
    r"Airlines?|Holdings|Industries|Institute|Association|Foundation|JSC|Co|Ltd|Inc)\b"
)


# "호앙반투(Hoàng Văn Thụ) 거리에": a place named after a person, after the brackets
_NAMED_PLACE = re.compile(r"\s*(?:거리|대로|길|광장|공원|다리|기념관)(?![가-힣]{2})")


def _named_in_two_scripts(text: str) -> Iterator[re.Match[str]]:
    """The matches of TWO_SCRIPTS whose Latin form starts with a surname; after one whose
    does not, the search goes on inside what it took for a position (`메콩수산(Mekong
    Seafood JSC) 판티투하(Phan Thi Thu Ha) 사장`: a company, then the name)."""
    at = 0
    while m := TWO_SCRIPTS.search(text, at):
        if _plain(m.group("latin").split()[0].split("-")[0]) in _PLAIN_SURNAMES:
            yield m
            at = m.end()
        else:
            at = m.end("latin")


@rule(
    "ko.person.two-scripts",
    "person",
    ("응우옌 반 토(Nguyễn Văn Thọ) 베트남 기획투자부 차관은 말했다.",
     "응우옌 반 토 = Nguyễn Văn Thọ | 베트남 기획투자부 차관"),
    ("이재원(Lee Jae-won) 삼성전자 베트남법인장은 밝혔다.", "이재원 = Lee Jae-won | 삼성전자 베트남법인장"),
    ("도 티 투 하(Đỗ Thị Thu Hà) 국장이 참석했다.", "도 티 투 하 = Đỗ Thị Thu Hà | 국장"),
    ("하이퐁시 인민위원회 주최로 도선(Đồ Sơn) 나들목 광장에서 개통식이 열렸다.", None),  # a place
    ("베트남 하이퐁시 안즈엉(An Dương) 정수장에서 준공식을 열었다.", None),
    ("베트남 사이공뉴포트(Tân Cảng Sài Gòn)와 함께", None),
    ("시내 호앙반투(Hoàng Văn Thụ) 거리에 있는 대학을 찾았다.", None),  # a street
    ("윤 차관은 베트남 건설부 차관인 레안뚜언(Le Anh Tuan)과 만났다.",
     "레안뚜언 = Le Anh Tuan | 베트남 건설부 차관"),
    # a profession right before the name; a caption's name, a slash and the role
    ("NSND 칭호를 받은 소프라노 호앙 란(Hoang Lan)이 노래했다.", "호앙 란 = Hoang Lan | 소프라노"),
    ("[인터뷰] 응우옌 티 흐엉(Nguyen Thi Huong) / 유학 준비생", "응우옌 티 흐엉 = Nguyen Thi Huong | 유학 준비생"),
    # one of many (ko/member-words), before a name its Latin form vouches for
    ("현장에서 만난 계절근로자 팜티마이(Phạm Thị Mai)씨는 웃었다.", "팜티마이 = Phạm Thị Mai | 계절근로자"),
    ("부스에서는 통역 담당 쩐티응옥(Trần Thị Ngọc) 씨가 안내했다.", "쩐티응옥 = Trần Thị Ngọc | 통역 담당"),
    ("악단은 음악감독 겸 상임지휘자 도안 꾸옥 빈(Doan Quoc Binh)의 지휘로 연주했다.",
     "도안 꾸옥 빈 = Doan Quoc Binh | 음악감독 겸 상임지휘자"),
    ("당꽝찌엔(Dang Quang Chien) 타이응우옌성 당위원회 부서기 겸 인민위원장은 말했다.",
     "당꽝찌엔 = Dang Quang Chien | 타이응우옌성 당위원회 부서기 겸 인민위원장"),
    ("브리지HR의 공동대표인 Choi Eun-ji(최은지) 씨와 함께 건의했다.",
     "최은지 = Choi Eun-ji | 브리지HR의 공동대표"),
    ("회의에는 Nguyễn Văn Nam(응우옌 반 남) 하노이시 인민위원회 부위원장이 참석했다.",
     "응우옌 반 남 = Nguyễn Văn Nam | 하노이시 인민위원회 부위원장"),
    ("Samsung Display(삼성디스플레이)는 공장을 열었다.", None),
    ("세미나에는 하롱조선소(Hạ Long Shipyard) 관계자가 참석했다.", None),  # a body
    ("심사위원장은 다낭외국어대 한국어학부장인 레티투하(Lê Thị Thu Hà) 박사님이 맡으셨어요.",
     "레티투하 = Lê Thị Thu Hà | 다낭외국어대 한국어학부장 | 박사"),
    ("이날 방문에는 주한 베트남대사관 국방무관 쩐 꾸옥 토안(Trần Quốc Toàn) 대령도 동행했다.",
     "쩐 꾸옥 토안 = Trần Quốc Toàn | 주한 베트남대사관 국방무관 대령"),
    # a degree, then the post in brackets
    ("부이반롱(Bui Van Long) 박사(박마이병원 심혈관센터 전문의)는 말했다.",
     "부이반롱 = Bui Van Long | 박마이병원 심혈관센터 전문의 | 박사"),
    # a company in two scripts right before the name: the name is still read
    ("메콩수산(Mekong Seafood JSC) 판티투하(Phan Thi Thu Ha) 사장 등이 함께했다.",
     "판티투하 = Phan Thi Thu Ha | 사장"),
)  # fmt: skip
def two_scripts(segment: Segment) -> Iterator[Found]:
    """A name in Hangul with its Latin form in brackets (`응우옌 반 토(Nguyễn Văn Thọ)`,
    `이재원(Lee Jae-won)`), or the other way round (`Choi Eun-ji(최은지) 씨`), and the
    position after it: one person with both forms."""
    text = segment.text
    for m in _named_in_two_scripts(text):
        latin = m.group("latin")
        hangul, parts = m.group("name").split(), latin.split()
        last = hangul[-1]
        joined = len(parts) > 1 and (
            _joined_vietnamese(last) or (last.startswith(SURNAMES_VI_HANGUL) and len(last) >= 3)
        )
        if joined:  # "차관인 레안뚜언(Le Anh Tuan)": a Vietnamese name written without spaces
            hangul = [last]
        elif len(hangul) > 1:  # "도안 꾸옥 하이(Doan Quoc Hai)": as many Hangul words as Latin
            if len(hangul) < len(parts):
                continue
            hangul = hangul[-len(parts) :]
            if not hangul[0].startswith(SURNAMES_VI_HANGUL) or re.fullmatch(
                r"[가-힣]+(?:시|성|도|군|구|동)", hangul[0]
            ):
                continue  # "주최로 도선(Đồ Sơn)", "하이퐁시 안즈엉(An Dương)": a place
        elif not re.fullmatch(_NAME_KO, hangul[0]):
            continue  # one Hangul word: a Korean name, "이재원(Lee Jae-won)"
        name = " ".join(hangul)
        if name in NOT_NAMES or _body_in_two_scripts(name, latin):
            continue
        if _NAMED_PLACE.match(text, text.find(")", m.end("latin")) + 1):
            continue  # "호앙반투(Hoàng Văn Thụ) 거리": a street named after a person
        start = m.start("name") + m.group("name").rfind(name)
        role = m.group("role") or ""
        if role and not _role_words_are_nouns(text, m.start("role"), m.end("role")):
            role = ""
        inner = _BRACKETED_ROLE.match(text, m.end("role")) if role in _ACADEMIC else None
        if inner:  # "부이반롱(Bui Van Long) 박사(박마이병원 심혈관센터 전문의)는": the post in it
            role = f"{role}({inner.group('inner')})"
        before = _ROLE_BEFORE.search(text[:start]) or _POST_BEFORE.search(text[:start])
        if before and (not role or " " not in role):
            # "베트남 건설부 차관인 레안뚜언(Le Anh Tuan)과"; "한국어학부장인 레티투하(…) 박사님":
            # the post before the name, the degree after it; "국방무관 쩐 꾸옥 토안(…) 대령":
            # the post, then the rank
            after = "" if role in _ACADEMIC - {"박사"} else role
            role = f"{before.group('role')} {after}".strip()
        if not role and (plays := _PROFESSION_BEFORE.search(text[:start])):
            role = plays.group("role")  # "소프라노 호앙 란(Hoang Lan)", "농민 응우옌티호아(…)"
        closed = text.find(")", m.end("latin"))
        slashed = _SLASHED_ROLE.match(text, closed + 1) if closed >= 0 and not role else None
        if slashed:  # "[인터뷰] 레 반 꽁(Lê Văn Công) / 훈련생": a caption's name / role
            role = slashed.group("role")
        names = {"ko": name, "vi": latin, "en": latin}  # the Latin form is both briefs' own
        yield Found(
            _with_title(Person(name=name, role={"ko": role} if role else {}, names=names)),
            start,
            m.end(),
        )
    for m in LATIN_FIRST.finditer(text):
        latin, name = m.group("latin"), m.group("name")
        if _plain(latin.split()[0].split("-")[0]) not in _PLAIN_SURNAMES:
            continue
        if len(name.split()) != len(latin.split()) and not (
            re.fullmatch(_NAME_KO, name) or _joined_vietnamese(name)
        ):
            continue  # "Lee Soo-ah(이수아)": a Korean name; "Phạm Văn An(팜 반 안)": word for word
        if name in NOT_NAMES:
            continue
        role = m.group("role") or ""
        if role and not _role_words_are_nouns(text, m.start("role"), m.end("role")):
            role = ""
        before = _ROLE_BEFORE.search(text[: m.start("latin")])
        if not role and before:  # "브리지HR의 공동대표인 Choi Eun-ji(최은지) 씨"
            role = before.group("role")
        names = {"ko": name, "vi": latin, "en": latin}
        yield Found(
            Person(name=name, role={"ko": role} if role else {}, names=names),
            m.start("latin"),
            m.end(),
        )


@rule(
    "ko.person.role-after",
    "person",
    ("박윤규 정보통신산업진흥원(NIPA) 원장은 협력을 강조했다.", "박윤규 | 정보통신산업진흥원(NIPA) 원장"),
    ("최영삼 주베트남 한국대사는 축사를 했다.", "최영삼 | 주베트남 한국대사"),
    # a dot inside the body's Latin name; a head of a function (총괄)
    ("레 티 프엉 사이공쿱(Saigon Co.op) 구매총괄은 계획을 밝혔다.", "레 티 프엉 | 사이공쿱(Saigon Co.op) 구매총괄"),
    # the honorific subject's particle (께서, 께서도)
    ("제 은사인 이승철 경희대 명예교수께서도 늘 말씀하셨죠.", "이승철 | 경희대 명예교수"),
    ("레 꽝 민 주부산 베트남 총영사는 말했다.", "레 꽝 민 | 주부산 베트남 총영사"),
    # where the photo shows the person, between the name and the post
    ("딘 꽁 하우(왼쪽 두 번째) 동나이성 인민위원회 부위원장이 서명했다.",
     "딘 꽁 하우 | 동나이성 인민위원회 부위원장"),
    ("응우옌 마인 흥 베트남 정보통신부 장관이 참석했다.", "응우옌 마인 흥 | 베트남 정보통신부 장관"),
    ("소비재 시장은 커지고 있다.", None),
    # a list of things before a position word that is no post ("대표 품목": typical goods)
    ("새우, 메기, 오징어 가공품 등 베트남 대표 품목을 만나볼 수 있다.", None),
    # a common word that opens with a surname's syllable is no name
    ("참가 기업인 ㈜한결정밀 서민혁 대표는 기대했다.", "서민혁 | ㈜한결정밀 대표"),
    ("우리 금융회사는 현지 금융시장의 한 축을 담당한다.", None),
    ("금융위원회(위원장 대행 부위원장 김도윤)는 포럼을 열었다.", None),
    ("박형준 부산시장은 축사를 했다.", "박형준 | 부산시장"),
    ("한상철 홍천군수는 이탈률을 소개했다.", "한상철 | 홍천군수"),
    ("박성진 대구시 경제부시장과 관계자 30여 명이 참석했다.", "박성진 | 대구시 경제부시장"),
    ("한국 기업에 생산기지를 넘어 소비시장으로 부상했다.", None),
    ("주부산 베트남 총영사는 축사를 했다.", None),
    ("한편 이날 행사에는 김민수 대표가 참석했다.", "김민수 | 대표"),
    ("한성규 국기원 부원장은 기대를 밝혔다.", "한성규 | 국기원 부원장"),
    ("온실 설비 기업 그린웨이브(대표 허준영)는 장비를 공급한다.", None),
    ("도내 기업 대표 등 25명이 동행했다.", None),
    ("국어국문학과 김소연 교수는 설명했다.", "김소연 | 국어국문학과 교수"),
    ("방문에는 방위사업청 이은경 국제협력부장도 동행했다.", "이은경 | 방위사업청 국제협력부장"),
    ("껀터대 농업대학 학장인 응우옌 반 롱 교수는 말했다.", "응우옌 반 롱 | 껀터대 농업대학 학장"),
    ("다낭 세종학당 학당장이신 최은정 교수님도 오셨어요.", "최은정 | 다낭 세종학당 학당장"),
    ("대표단은 한결중공업 특수선사업부장인 박정수 부사장의 안내로 공장을 살펴봤다.",
     "박정수 | 한결중공업 특수선사업부장 부사장"),
    ("조현우 국제협력본부장(경영학부 교수)은 말했다.", "조현우 | 국제협력본부장(경영학부 교수)"),
    ("공동센터장은 짠 티 마이 교수(HUST 전자통신공학부)다.", "짠 티 마이 | HUST 전자통신공학부 교수"),
    ("기조강연을 맡은 김태호 박사(서울대 교육학과 교수)는 말했다.", "김태호 | 서울대 교육학과 교수 | 박사"),
    ("식량작물연구소 이수민 박사는 설명했다.", "이수민 | 식량작물연구소 | 박사"),
    ("한동석 총장(공학박사)은 말했다.", "한동석 | 총장 | 공학박사"),
    ("좌장은 최은정 대외경제정책연구원 선임연구위원(경제학 박사)이 맡았다.",
     "최은정 | 대외경제정책연구원 선임연구위원(경제학 박사)"),
    ("KOTRA의 정민호 사장은 설명했다.", "정민호 | KOTRA 사장"),
    ("다낭시 인민위원회 레 쭝 찐 부위원장은 말했다.", "레 쭝 찐 | 다낭시 인민위원회 부위원장"),
    ("레꽝민 사이공하이테크파크 관리위원회 위원장은 말했다.", "레꽝민 | 사이공하이테크파크 관리위원회 위원장"),
    ("한국과 베트남 산업장관이 교역 확대에 합의했다.", None),
    ("자동차부품업체 (주)대성정밀 인사팀 김태윤 차장은 말했다.", "김태윤 | (주)대성정밀 인사팀 차장"),
    ("참석자는 오민재 (주)다온코스메틱 베트남법인장 등이다.", "오민재 | (주)다온코스메틱 베트남법인장"),
    ("◆오민재 법인장=온라인 판매 비중이 늘었습니다.", "오민재 | 법인장"),
    ("개막식 때 권혁진 총영사님이 베트남어로 인사했어요.", "권혁진 | 총영사"),
    ("이수진 한결투자증권 연구원은 변수가 있다고 말했다.", "이수진 | 한결투자증권 연구원"),
    ("김민수 산업연구원은 좋다.", None),
    # Kiwi reads 이은채 alone as 잇+은+채, in its sentence as a proper noun
    ("이은채 주베트남 한국문화원장은 말했다.", "이은채 | 주베트남 한국문화원장"),
    ("정미래 ㈜한솔뷰티 대표는 말했다.", "정미래 | ㈜한솔뷰티 대표"),
    ("황보수진 경북농업기술원 스마트농업과장은 설명했다.", "황보수진 | 경북농업기술원 스마트농업과장"),
    ("황보 과장은 설명했다.", None),
    ("담당부서: 대외협력홍보팀 / 담당자: 정유나 팀장, 이동희 주임 (☎ 042-600-7114)",
     ["정유나 | 대외협력홍보팀 팀장", "이동희 | 대외협력홍보팀 주임"]),
    ("지난해 꽝찌성 의료봉사 당시 오태경 단장이 진료하고 있다.", "오태경 | 단장"),
    # a ministry's division (…과) before the post
    ("장하람 국토교통부 해외건설정책과 서기관이 설명했다.", "장하람 | 국토교통부 해외건설정책과 서기관"),
)  # fmt: skip
def role_after(segment: Segment) -> Iterator[Found]:
    """A name, then up to five bare nouns of organisation and a position (ko/roles); a
    country, a city or a common word is no name (`not_a_name`)."""
    text = segment.text
    taken = 0  # overlapping matches are tried (after "이날" is refused), never inside a role
    for m in PERSON_ROLE_AFTER.finditer(text, overlapped=True):
        name, role = m.group("name"), m.group("role")
        if m.start("name") < taken:
            continue
        resident = name.rsplit(" ", 1)[-1] if " " in name else ""
        if resident.startswith("주") and (
            resident[1:] in CITY_STEMS or resident[1:] in {"한", "베트남", "한국"}
        ):
            # "레 꽝 민 주부산 베트남 총영사": 주부산 (resident in Busan) opens the post
            name, role = name[: -len(resident) - 1], f"{resident} {role}"
        if " " not in name and not re.fullmatch(_NAME_KO, name) and not reads_as_vietnamese(name):
            continue  # a word that opens with a Vietnamese surname's syllable, no name
        if not _mayor(name, role):
            continue  # "소비재 시장은", "현지 금융시장의": the market; "박형준 시장은": the mayor
        if not_a_name(name, text, m.start("name")) or not _role_words_are_nouns(
            text, m.start("role"), m.end("role")
        ):
            continue
        if re.match(r"[가-힣]*\((?!주\))[가-힣]", role):
            continue  # "응우옌 티 란 아인(왼쪽 두번째)": the name goes on before the bracket;
            # "오민재 (주)다온코스메틱 베트남법인장": a company's legal mark
        if role.count("(") > role.count(")"):
            continue  # "전복 가공업체 한려수산(대표 배성진)": a head in brackets, read apart
        if _PHONE.search(role):
            continue  # "과장 한도윤 (044-201-2131) 담당자 사무관": a contact list's next line
        if _DOCTOR.fullmatch(name + role):
            continue  # "선임연구위원(경제학 박사)": a degree, no one named
        if "등" in role.split():
            continue  # "오징어 가공품 등 베트남 대표 품목": a list of things, no one's post
        taken = m.end("role")  # "한성규 국기원 부원장": 국기원 is in the role, no name
        whole = _whole_role(text, m.start("name"), role, m.end("role"))
        unit = _DEPARTMENT.search(text, 0, m.start("name"))
        if unit and re.fullmatch(ROLE, whole):
            # "담당부서: 대외협력홍보팀 / 담당자: 정유나 팀장, 이동희 주임": the line's department
            whole = f"{unit.group('unit')} {whole}"
        yield Found(
            _with_title(Person(name=name, role={"ko": whole})), m.start("name"), m.end("name")
        )


_PHONE = re.compile(r"\d{2,4}-\d{3,4}-\d{4}")

# A doctor's degree after a name is a title, not a post (`김태호 박사(서울대 교육학과 교수)`,
# `식량작물연구소 이수민 박사`, `한동석 공학박사`)
_DOCTOR = re.compile(r"(?:공학|의학|이학|농학|경제학|경영학|교육학|법학|문학|약학|과학)?박사")


def _with_title(person: Person) -> Person:
    """The person with a doctor's degree that ends the role (or opens it, a post in brackets
    after it; or in brackets after the post) taken out as the title: `박사(서울대 교육학과
    교수)` is the title 박사 and the role 서울대 교육학과 교수; `총장(공학박사)`, 공학박사 and
    총장."""
    role = person.role.get("ko", "")
    bracketed = re.fullmatch(r"(?P<title>" + _DOCTOR.pattern + r")\((?P<role>[^()]+)\)", role)
    last = re.fullmatch(r"(?:(?P<role>.*\S)\s+)?(?P<title>" + _DOCTOR.pattern + r")", role)
    after = re.fullmatch(r"(?P<role>[^()]+)\((?P<title>" + _DOCTOR.pattern + r")\)", role)
    found = bracketed or last or after
    if found is None or person.title:
        return person
    person.title = found.group("title")
    rest = (found.group("role") or "").strip()
    person.role = {"ko": rest} if rest else {}
    return person


def _mayor(name: str, role: str) -> bool:
    """A role that ends in 시장 is a mayor's (`부산시장`, `부시장`, `시장` after a name Kiwi
    reads as one) and not a market's (`금융시장`, `소비재 시장`); any other role passes."""
    last = role.split()[-1]
    if not last.endswith("시장"):
        return True
    head = last[: -len("시장")]
    if head == "":
        return is_proper_noun(name) or (len(role.split()) > 1 and role.split()[-2].endswith("시"))
    if head.endswith("부"):
        return True  # "경제부시장", "제1부시장": a vice mayor
    return head in CITY_STEMS or head.removesuffix("시") in CITY_STEMS


# "껀터대 농업대학 학장인 응우옌 반 롱 교수": the position before the name (…인), the title after
# (the words before it bare nouns, no subject or object: "대표단은 한결중공업 특수선사업부장인")
_ROLE_BEFORE = re.compile(
    r"(?P<role>(?<![가-힣A-Za-z()])"
    r"(?:(?![가-힣]*(?:은|는|을|를|에서|에게|의|와|(?<!학)과)\s)[가-힣A-Za-z()]+\s){0,3}"
    r"[가-힣]*" + ROLE + r")(?:인|이신)\s$"  # "학당장이신 최은정 교수님": the polite form
)
# Titles after a name that say what a person is, not what post they hold.
_ACADEMIC = {"교수", "박사", "명예교수", "석좌교수", "연구원", "선임연구원", "책임연구원"}
# "주한 베트남대사관 국방무관 쩐 꾸옥 토안(…)": a bare post right before a name in two
# scripts (its body's words before it, no particle; a department's 학과 is none)
_POST_BEFORE = re.compile(
    r"(?P<role>(?<![가-힣A-Za-z()])"
    r"(?:(?![가-힣]*(?:은|는|을|를|에서|에게|의|와|(?<!학)과|도|이|가)\s)[가-힣A-Za-z()]+\s){0,3}"
    r"[가-힣]*" + ROLE + r")\s$"
)
# "국어국문학과 김소연 교수": the unit before the name
_UNIT_BEFORE = re.compile(
    r"(?<![가-힣])(?P<unit>[가-힣]{2,}(?:학과|학부|대학|연구소|센터|본부))\s$"
)
# "방위사업청 이은경 국제협력부장", "KOICA의 김 소장": the organisation before the name
_ORG_BEFORE = re.compile(
    r"(?<![가-힣A-Za-z])(?P<unit>[가-힣A-Za-z]{2,}(?:"
    + "|".join(sorted(ORG_ENDINGS, key=len, reverse=True))
    + r")|[A-Z][A-Z0-9&]{1,6})(?:의)?\s$"  # "LH의 최승민 사장": LH's president
)
# "교수(HUST 전자통신공학부)": the body a post is held in, in brackets after it
_BODY_IN_BRACKETS = re.compile(
    r"\((?P<body>[A-Za-z가-힣][A-Za-z가-힣 ]{1,28}(?:학부|학과|대학|대학교|연구소|연구원|센터|병원))\)"
)
# "국제협력본부장(경영학부 교수)": a second post in brackets
_BRACKETED_ROLE = re.compile(r"\((?P<inner>[^()]{2,20}?" + ROLE + r")\)")


# The words of a body's name written before a person: "한국수출입은행 하노이사무소",
# "베트남 재무부 대외경제국", "다낭시 인민위원회", "농촌진흥청 국제기술협력과", "㈜루트랩".
_CHAIN_ORG = re.compile(
    r"(?:[가-힣A-Za-z]{2,}(?:"
    + "|".join(sorted(ORG_ENDINGS, key=len, reverse=True))
    + r"|과|팀|실|지부|법인)|[A-Z][A-Z0-9&-]{1,9}|(?:㈜|\(주\))[가-힣A-Za-z0-9]{2,}|[가-힣A-Za-z0-9]{2,}(?:㈜|\(주\)))"
)
_CHAIN_PLACE = re.compile(r"(?:베트남|한국|대한민국|주[가-힣]{2,5}|" + CITY + r")")


def _org_chain(before: str) -> str:
    """The body's name right before a person, its parent, city or country included, when
    it ends with a body (an organisation's ending, a unit, an acronym, a company's mark);
    '' when the words before the name are no body."""
    chain: list[str] = []
    for word in reversed(before.rstrip().split(" ")[-5:]):
        body = bool(_CHAIN_ORG.fullmatch(word)) and word not in NOT_NAMES
        if not (body or (chain and _CHAIN_PLACE.fullmatch(word))):
            break
        chain.insert(0, word)
    while chain and not _CHAIN_ORG.fullmatch(chain[-1]):
        chain.pop()
    if len(chain) < 2 and not (chain and re.search(r"㈜|\(주\)", chain[0])):
        return ""  # one word: the patterns before (unit, organisation) read it
    return " ".join(chain)


def _whole_role(text: str, name_start: int, role: str, role_end: int) -> str:
    """The role with what the sentence says around it: the position before the name that
    the title after it follows (`… 학장인 응우옌 반 롱 교수`), the unit before the name
    (`국어국문학과 김소연 교수`), a second post in brackets (`본부장(경영학부 교수)`)."""
    before = text[:name_start]
    position = _ROLE_BEFORE.search(before)
    if position and role in _ACADEMIC:
        return position.group("role")
    if position:  # "특수선사업부장인 박정수 부사장": the post, then the rank
        return f"{position.group('role')} {role}"
    chain = _org_chain(before)
    unit = _UNIT_BEFORE.search(before) or _ORG_BEFORE.search(before)
    if chain and " " not in role:
        role = f"{chain} {role}"
    elif unit and " " not in role:
        role = f"{unit.group('unit')} {role}"
    bracket = _BRACKETED_ROLE.match(text, role_end)
    if bracket:
        role = f"{role}({bracket.group('inner')})"
    body = _BODY_IN_BRACKETS.match(text, role_end)
    if body and not bracket and " " not in role:
        role = f"{body.group('body')} {role}"  # "짠 티 마이 교수(HUST 전자통신공학부)": whose
    return role


@rule(
    "ko.person.profession-before",
    "person",
    ("가수 이지은은 공연을 펼쳤다.", "이지은 | 가수"),
    ("외국인 밀집 도시인 경기 안산에서 축제가 열린다.", None),  # 도시인: no 시인 (poet)
    ("현지 연구와 농민 교육은 교수 연구진이 맡는다.", None),  # a team, no one person
    (
        "가야금 연주자 황보윤과 피아니스트 윤서진이 협연한다.",
        ["황보윤 | 가야금 연주자", "윤서진 | 피아니스트"],
    ),
)
def profession_before(segment: Segment) -> Iterator[Found]:
    """A profession, then the name: `가수 이지은은`."""
    for m in PERSON_PROFESSION.finditer(segment.text):
        name = m.group("name")
        if (
            len(name) == 4
            and name[-1] in "과와이가은는을를의도"
            and re.fullmatch(_NAME_KO, name[:-1])
        ):
            name = name[:-1]  # "황보윤과": a two-syllable surname's name, then its particle
        if not_a_name(name, segment.text, m.start("name")):
            continue
        role = m.group("role")
        before = re.search(r"(?<![가-힣])([가-힣]{2,4})\s$", segment.text[: m.start("role")])
        if before and [tag for _, tag, _, _ in morphemes(before.group(1))] in (["NNG"], ["NNP"]):
            role = f"{before.group(1)} {role}"  # "가야금 연주자": what they play, as a noun
        yield Found(
            Person(name=name, role={"ko": role}),
            m.start("name"),
            m.start("name") + len(name),
        )


# "대원정밀(대표 강동욱)", "금융위원회(위원장 대행 부위원장 김도윤)": the head of a body, in
# brackets after its name
HEAD_IN_BRACKETS = re.compile(
    r"(?<![가-힣A-Za-z])(?P<org>[가-힣A-Za-z]{2,15})\((?P<role>(?:[가-힣]+\s){0,3}?[가-힣]*?"
    + ROLE
    + r")\s+(?P<name>"
    + _NAME_VI
    + "|"
    + _NAME_KO
    + r")(?:,\s*이하\s*[^()]{1,15})?\)"  # "(장관 권태호, 이하 농식품부)": the short form after
)


@rule(
    "ko.person.head-in-brackets",
    "person",
    ("김해의 자동차부품 기업 대원정밀(대표 강동욱)을 방문했다.", "강동욱 | 대원정밀 대표"),
    (
        "금융위원회(위원장 대행 부위원장 김도윤)는 포럼을 열었다.",
        "김도윤 | 금융위원회 위원장 대행 부위원장",
    ),
    ("서귀포시(시장 김태윤)는 로드쇼를 열었다.", "김태윤 | 서귀포시장"),
    ("베트남 투자청(청장 응우옌 반 호아)과 협약을 맺었다.", "응우옌 반 호아 | 투자청장"),
    ("해양수산부(장관 나성호, 이하 해수부)는 회의를 열었다.", "나성호 | 해양수산부 장관"),
    (
        "한국상수도기술공사(사장 문태근, 이하 공사)는 보고회를 열었다.",
        "문태근 | 한국상수도기술공사 사장",
    ),
    (
        "산업통상자원부(장관 직무대행 황보진)는 회의를 열었다.",
        "황보진 | 산업통상자원부 장관 직무대행",
    ),
)
def head_in_brackets(segment: Segment) -> Iterator[Found]:
    """A body, then in brackets its head's position and name: `대원정밀(대표 강동욱)`."""
    for m in HEAD_IN_BRACKETS.finditer(segment.text):
        name = m.group("name")
        if name in NOT_NAMES or name in CITY_STEMS or re.fullmatch(ROLE, name):
            continue  # a position cues the name: Kiwi's reading of it is not asked
        org, post = m.group("org"), m.group("role")
        # "서귀포시(시장 김태윤)": a title that opens with the body's last syllable joins it
        # (서귀포시장, 농업기술원장); others follow a space (국립부경대학교 총장, 대원정밀 대표)
        # "한국상수도기술공사(사장 …)": 사장 is a word of its own, the 공사's president
        joined = post[0] == org[-1] and post not in {"사장", "단장", "회장"}
        role = f"{org[:-1]}{post}" if joined else f"{org} {post}"
        yield Found(Person(name=m.group("name"), role={"ko": role}), m.start("name"), m.end("name"))


# A broadcast's caption of who speaks: "[인터뷰]김정훈/부산관광공사 해외마케팅팀장",
# "응우옌 투 짱(Nguyen Thu Trang)/베트남 비엣트래블 상품기획이사"
SPEAKER_CAPTION = re.compile(
    r"^(?:\[[가-힣]{2,6}\]\s*)?(?P<name>"
    + _NAME_VI
    + "|"
    + _NAME_VI_JOINED
    + "|"
    + _NAME_KO
    + r")(?:\s?\((?P<latin>[\p{L} .-]{3,40})\))?\s*/\s*(?P<role>[^\s/\"“]+(?:\s[^\s/\"“]+){0,4}?"
    + r"\s?[가-힣]*"  # the position its own word ("생산지원담당 상무") or the last's end (팀장)
    + ROLE
    + r")(?=[\s\"“]|$)"
)


# "[인터뷰] 쩐 반 롱 / 베트남 출신 이주노동자": a tagged caption line, the name, a slash, and
# what the person is, to the line's end (no post word needed)
SPEAKER_LINE = re.compile(
    r"^\[[가-힣]{2,6}\]\s*(?P<name>"
    + _NAME_VI
    + "|"
    + _NAME_VI_JOINED
    + "|"
    + _NAME_KO
    + r")(?:\s?\((?P<latin>[\p{L} .-]{3,40})\))?\s*/\s*(?P<role>[가-힣A-Za-z·]+(?:\s[가-힣A-Za-z·]+){0,5})\s*$"
)


@rule(
    "ko.person.speaker-caption",
    "person",
    ("[인터뷰]김정훈/부산관광공사 해외마케팅팀장 \"베트남은 중요한 시장입니다.\"",
     "김정훈 | 부산관광공사 해외마케팅팀장"),
    ("응우옌 투 짱(Nguyen Thu Trang)/베트남 비엣트래블 상품기획이사 \"좋습니다.\"",
     "응우옌 투 짱 = Nguyen Thu Trang | 베트남 비엣트래블 상품기획이사"),
    ("부산/경남 지역 기업이 참가했다.", None),
    ("[인터뷰] 강태욱 / 현성중공업 생산지원담당 상무 “바로 배치할 수 있습니다.”",
     "강태욱 | 현성중공업 생산지원담당 상무"),
    ("(레 티 호아, 흐엉투이 지역 주민) 여름마다 수압이 약해서 밤에 물을 받아 두곤 했어요.",
     "레 티 호아 | 흐엉투이 지역 주민"),
    ("(단위: 억 원) 올해 매출은 늘었다.", None),
    ("A. (레 티 호아, 흐엉투이 지역 주민) 여름마다 수압이 약했어요.", "레 티 호아 | 흐엉투이 지역 주민"),
    ('[인터뷰] 보꽝민(Võ Quang Minh)/껀터대학교 환경자원학부 교수 : "시설이 필요합니다."',
     "보꽝민 = Võ Quang Minh | 껀터대학교 환경자원학부 교수"),
    ('[인터뷰] 레반떤(Lê Văn Tấn)/껀터시 토이라이사 농민 : "이제는 세 번 수확합니다."',
     "레반떤 = Lê Văn Tấn | 껀터시 토이라이사 농민"),
    # a tagged line: what the person is, to its end
    ("[인터뷰] 쩐 반 롱 / 베트남 출신 이주노동자", "쩐 반 롱 | 베트남 출신 이주노동자"),
)  # fmt: skip
def speaker_caption(segment: Segment) -> Iterator[Found]:
    """A broadcast's caption line: the speaker's name, a slash, the position; or a quote's
    speaker in brackets before it (`(레 티 호아, 흐엉투이 지역 주민) 여름마다 …`)."""
    m = (
        SPEAKER_CAPTION.match(segment.text)
        or SPEAKER_BRACKET.match(segment.text)
        or SPEAKER_LINE.match(segment.text)
    )
    if m is None or m.group("name") in NOT_NAMES or m.group("name") in CITY_STEMS:
        return
    role = m.group("role")
    rest = _CAPTION_REST.match(segment.text, m.end("role")) if m.re is SPEAKER_CAPTION else None
    if rest:  # "껀터시 토이라이사 농민 : …": the words up to the caption's end are the role's
        role += rest.group(1)
    person = Person(name=m.group("name"), role={"ko": role})
    if m.group("latin"):
        person.names = {"vi": m.group("latin")} if " " in m.group("latin") else {}
    yield Found(person, m.start("name"), m.end("name"))


# The last words of a caption's position, before its colon or its quote: "농민 :"
_CAPTION_REST = re.compile(r"((?:\s[가-힣A-Za-z]+){1,2})(?=\s*[:：]|\s*[\"“]|\s*$)")


# "(레 티 호아, 흐엉투이 지역 주민) 여름마다 …": who speaks, and who they are, in brackets
SPEAKER_BRACKET = re.compile(
    # an interview's answer mark may come first: "A. (레 티 호아, …)"
    r"^(?:(?:A|답|[◆▶-])[.:]?\s*)?\((?P<name>" + _NAME_VI + "|" + _NAME_KO + r")"
    r"(?:\s?\((?P<latin>[\p{L} .-]{3,40})\))?"
    r",\s(?P<role>[^(),]{2,30})\)\s"
)


# A Vietnamese name in Hangul written without spaces (`팜티투짱`, `쩐반꽝`): a listed surname,
# then syllables the names work reads as Vietnamese (checked by `_joined_vietnamese`).
_NAME_VI_JOINED = r"(?:" + alternation(SURNAMES_VI_HANGUL) + r")[가-힣]{1,6}?"
_AFTER_NAME = r"(?=(?:은|는|이|가|과|와|의|을|를|도|에게|께서)?(?:[\s,.)]|$))"


def _joined_vietnamese(name: str) -> bool:
    return " " not in name and reads_as_vietnamese(name) and not re.fullmatch(_NAME_KO, name)


# "레티하씨가", "팜티투짱(Pham Thi Thu Trang·21)씨에게", "김민수(48)씨는": a name and 씨
HONORIFIC_SSI = re.compile(
    r"(?<![가-힣])(?P<name>"
    + _NAME_VI
    + "|"
    + _NAME_VI_JOINED
    + "|"
    + _NAME_KO
    + r")(?:\((?P<inner>[^()]{1,40})\))?\s?씨(?=[은는이가의를을도에와과께]|\s|[,.]|$)"
)


@rule(
    "ko.person.honorific",
    "person",
    # one of many before the name (ko/member-words, ko/professions): the role, with its body
    ("은상은 다낭 세종학당 수강생 레티하씨가 받았다.", "레티하 | 다낭 세종학당 수강생"),
    ("대상은 팜티투짱(Pham Thi Thu Trang·21)씨에게 돌아갔다.", "팜티투짱 = Pham Thi Thu Trang | "),
    ("행사 당일 날씨가 좋았다.", None),
    ("그는 아저씨에게 인사했다.", None),
    ("수원시립교향악단 단원 김하람 씨는 말했다.", "김하람 | 수원시립교향악단 단원"),
)  # fmt: skip
def honorific(segment: Segment) -> Iterator[Found]:
    """A name followed by 씨 (Mr, Ms), a bracket of its Latin form or age between."""
    for m in HONORIFIC_SSI.finditer(segment.text):
        name = m.group("name")
        if " " not in name and not re.fullmatch(_NAME_KO, name) and not _joined_vietnamese(name):
            continue
        if (
            re.fullmatch(_NAME_KO, name)
            and not_a_name(name, segment.text, m.start("name"))
            and not _joined_vietnamese(name)
        ):
            continue
        person = Person(name=name)
        before = segment.text[: m.start("name")]
        plays = _PROFESSION_BEFORE.search(before)
        if plays:  # "다낭 세종학당 수강생 레티하씨가": one of many, with the body's words
            body = _BODY_WORDS.search(before[: plays.start("role")])
            owner = body.group(0).split() if body else []
            while owner and any(tag == "ETM" for _, tag, _, _ in morphemes(owner[0])):
                owner.pop(0)  # "참석한 다낭대 출신 유학생": a clause's verb is no body's word
            role = plays.group("role")
            person.role = {"ko": " ".join([*owner, role])}
        latin = re.split(r"[·,]", m.group("inner") or "")[0].strip()
        if re.fullmatch(r"\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){1,4}", latin):
            person.names = {"vi": latin}
        yield Found(person, m.start("name"), m.end("name"))


# "후에외국어대 한국어학과 3학년 팜티투짱(…)씨": a student by school, department and year
_LEARNER = re.compile(
    r"(?P<role>(?<![가-힣A-Za-z])(?:[가-힣A-Za-z]{2,}\s){0,2}[가-힣]{2,}(?:학과|학부|전공)\s[1-6]학년)"
    r"\s(?P<name>"
    + _NAME_VI
    + "|"
    + _NAME_VI_JOINED
    + "|"
    + _NAME_KO
    + r")(?=\(|\s?씨|\s학생|(?:은|는|이|가)\s)"
)


@rule(
    "ko.person.learner",
    "person",
    ("대상은 후에외국어대 한국어학과 3학년 팜티투짱(Pham Thi Thu Trang·21)씨에게 돌아갔다.",
     "팜티투짱 | 후에외국어대 한국어학과 3학년"),
    ("장학생 대표로 나선 기계공학과 3학년 레티응옥안(Le Thi Ngoc Anh) 씨는 말했다.",
     "레티응옥안 | 기계공학과 3학년"),
    ("경영학과 2학년 김민지 학생이 발표했다.", "김민지 | 경영학과 2학년"),
    ("한국어학과 3학년 학생 30명이 참가했다.", None),
)  # fmt: skip
def learner(segment: Segment) -> Iterator[Found]:
    """A student named after school, department and year (`기계공학과 3학년 레티응옥안 씨`):
    that is the role; words with a particle before them are no part of it."""
    text = segment.text
    for m in _LEARNER.finditer(text):
        name = m.group("name")
        if " " not in name and re.fullmatch(_NAME_KO, name):
            if not_a_name(name, text, m.start("name")):
                continue
        elif (
            " " not in name
            and not _joined_vietnamese(name)
            and not re.match(r"\(\p{Lu}", text[m.end("name") :])  # its Latin form vouches
        ):
            continue
        role_words = m.group("role").split()
        inside = [w for w in words_of(text) if m.start("role") <= w.start < m.end("role")]
        while len(role_words) > 2 and inside and (inside[0].josa or inside[0].verbal):
            role_words, inside = role_words[1:], inside[1:]  # "대상은 …": the clause's topic
        yield Found(
            Person(name=name, role={"ko": " ".join(role_words)}),
            m.start("name"),
            m.end("name"),
        )


# "위원회(MRB) 위원장 쩐반꽝도 배석했다", "국가철도공단 이사장인 강동현과": the position
# before a name (a Vietnamese one; a Korean one after …인)
ROLE_THEN_NAME = re.compile(
    r"(?P<role>(?<![가-힣A-Za-z()㈜])"
    r"(?:(?![가-힣]*(?:은|는|을|를|에서|에게|의|와|과|에는)\s)[가-힣A-Za-z()㈜]+\s){0,3}"
    r"[가-힣]*"
    + ROLE
    + r")(?:(?P<in>인)\s+(?P<ko>"
    + _NAME_KO
    + r")|\s+(?P<listed>"
    + _NAME_KO
    + r")(?=,\s|\s등(?:이|은|과|도)?\s)|\s+(?P<topic>"
    + _NAME_KO
    + r")(?=(?:은|는|이|가)\s)|(?:인)?\s+(?P<vi>"
    + _NAME_VI
    + "|"
    + _NAME_VI_JOINED
    + r"))"
    + r"(?=\s?\([\p{L} .-]{3,40}\)|(?:은|는|이|가|과|와|의|을|를|도|에게|께서)?(?:[\s,.)]|$))"
)


def _one_name(text: str, start: int, end: int) -> bool:
    """Kiwi reads the name at text[start:end] as one proper noun, alone or in its clause
    (`대표 최영남은 …`: alone, 최영남 is a common noun to it)."""
    alone = [tag for _, tag, _, _ in morphemes(text[start:end])]
    around = max(0, text.rfind(" ", 0, max(0, start - 1)) + 1)
    clause = text[around : end + 12]
    said = [tag for _, tag, at, _ in morphemes(clause) if start <= around + at < end]
    return alone == ["NNP"] or said == ["NNP"]


# Up to three words of a body right before a post, none with a particle after it
_BODY_WORDS = re.compile(
    r"(?<![가-힣A-Za-z()])(?:(?![가-힣]*(?:은|는|을|를|에서|에게|의|와|과|에는|에)\s)[가-힣A-Za-z()]+\s){1,3}$"
)


@rule(
    "ko.person.role-before",
    "person",
    ("면담에는 하노이 도시철도관리위원회(MRB) 위원장 쩐반꽝도 배석했다.",
     "쩐반꽝 | 하노이 도시철도관리위원회(MRB) 위원장"),
    ("면담에는 국가철도공단 이사장인 강동현과 실무진이 배석했다.", "강동현 | 국가철도공단 이사장"),
    ("윤 차관은 베트남 건설부 차관인 레안뚜언(Le Anh Tuan)과 만났다.", "레안뚜언 | 베트남 건설부 차관"),
    # a post, then a name Kiwi reads as one and the topic's particle
    ("부산시장 박형준은 말했다.", "박형준 | 부산시장"),
    ("한베문화교류재단 이사장 김현숙은 말했다.", "김현숙 | 한베문화교류재단 이사장"),
    # … or reads as one in its clause (alone, 최영남 and 정태윤 are not names to Kiwi)
    ("원곡푸드 대표 최영남은 계약을 논의 중이라고 전했다.", "최영남 | 원곡푸드 대표"),
    ("세움반도체 대표이사 정태윤은 40명을 채용하겠다고 약속했다.", "정태윤 | 세움반도체 대표이사"),
    ("사업단장 이번에는 참석하지 않았다.", None),
    ("베트남 교육훈련부 국제협력국장인 레 박사는 축사를 했다.", None),
    # a list of who came: a post, then a Korean name and a comma or 등
    ("개막식에는 주베트남 대한민국 대사관 공사참사관 겸 총영사 최동훈, 기업 관계자 등 600여 명이 참석한다.",
     "최동훈 | 주베트남 대한민국 대사관 공사참사관 겸 총영사"),
    ("개막식에는 경기도 외국인정책과장 서윤희 등이 참석했다.", "서윤희 | 경기도 외국인정책과장"),
)  # fmt: skip
def role_before(segment: Segment) -> Iterator[Found]:
    """A position, then a Vietnamese name (`위원장 쩐반꽝`), or a Korean one after `…인`, in
    a list of who came (`… 공사참사관 겸 총영사 최동훈, …`: a post with its body's words, the
    name before a comma or 등), or before the topic's particle when Kiwi reads it as a name
    (`이사장 김현숙은`)."""
    for m in ROLE_THEN_NAME.finditer(segment.text):
        name = m.group("vi") or m.group("ko") or m.group("listed") or m.group("topic")
        latin = re.match(r"\s?\(\p{Lu}\p{L}*(?:\s\p{Lu}[\p{L}-]*){1,4}\)", segment.text[m.end() :])
        if m.group("vi") and " " not in name and not (_joined_vietnamese(name) or latin):
            continue  # a Latin form in brackets after it vouches for a name the table cannot read
        if (m.group("ko") or m.group("listed") or m.group("topic")) and not_a_name(name):
            continue
        if m.group("topic") and not _one_name(segment.text, m.start("topic"), m.end("topic")):
            continue  # "이사장 김현숙은": a name Kiwi knows as one, then the topic's particle
        if m.group("listed") and " " not in m.group("role"):
            continue  # "…에는 공사참사관 겸 총영사 최동훈, …": a list's post, of a body named in it
        rest = re.sub(r"(?:은|는|이|가|과|와|의|을|를|도)$", "", [*name.split(), ""][1])
        if m.group("vi") and " " in name and (rest in _ACADEMIC or re.fullmatch(ROLE, rest)):
            continue  # "국제협력국장인 레 박사는": the surname and a title, someone named before
        group = next(g for g in ("vi", "ko", "listed", "topic") if m.group(g))
        role = m.group("role")
        # "주베트남 대한민국 대사관 공사참사관 겸 총영사": its body's words
        if group in {"listed", "topic"}:
            more = _BODY_WORDS.search(segment.text[: m.start("role")])
            role = f"{more.group(0).strip()} {role}" if more else role
        yield Found(Person(name=name, role={"ko": role}), m.start(group), m.end(group))


# "□ 주요 참석자 – 주한 베트남대사 응우옌 득 민 – 한국풍력산업협회 회장 조동현": a list's
# item, a position and then the name that ends it.
_LISTED = re.compile(
    r"(?:^|[–—▲·-]\s*)(?P<role>(?:[^\s–—▲·]+\s){0,3}[^\s–—▲·]*?"
    + ROLE
    + r")\s+(?P<name>"
    + _NAME_VI
    + "|"
    + _NAME_KO
    + r")(?=\s*(?:[–—▲·-]|$))"
)


@rule(
    "ko.person.listed",
    "person",
    ("□ 주요 참석자 – 주한 베트남대사 응우옌 득 민 – 한국풍력산업협회 회장 조동현",
     ["응우옌 득 민 | 주한 베트남대사", "조동현 | 한국풍력산업협회 회장"]),
    ("– 행사 문의 홍보팀", None),
)  # fmt: skip
def listed(segment: Segment) -> Iterator[Found]:
    """A list's item that is a position and a name (`– 한국풍력산업협회 회장 조동현`)."""
    for m in _LISTED.finditer(segment.text):
        name = m.group("name")
        if not_a_name(name):
            continue
        yield Found(Person(name=name, role={"ko": m.group("role")}), m.start("name"), m.end("name"))


# "재단 이사인 정현우·오세영·한지원 씨도", "김민수·이지은 교수는": Korean names joined by
# middle dots, then 씨 or a post they share
_DOTTED = re.compile(
    r"(?<![가-힣·])(?P<names>" + _NAME_KO + r"(?:·" + _NAME_KO + r"){1,5})"
    r"(?:\s*(?:씨|님)|\s+(?P<role>" + ROLE + r"))" + _PARTICLE_AFTER
)


@rule(
    "ko.person.dotted-names",
    "person",
    ("재단 이사인 정현우·오세영·한지원 씨도 자리를 함께했다.",
     ["정현우 | 재단 이사", "오세영 | 재단 이사", "한지원 | 재단 이사"]),
    ("김민수·이지은 교수는 발표했다.", ["김민수 | 교수", "이지은 | 교수"]),
    ("경주·안동·포항 등 도내 시·군이 참여했다.", None),
)  # fmt: skip
def dotted_names(segment: Segment) -> Iterator[Found]:
    """Korean names joined by middle dots with 씨 or a shared post after them, or a post
    before them (`… 이사인 A·B·C 씨`): each name, with the post."""
    text = segment.text
    for m in _DOTTED.finditer(text):
        names = m.group("names").split("·")
        if any(not_a_name(name) for name in names):
            continue
        role = m.group("role") or ""
        before = _ROLE_BEFORE.search(text[: m.start()])
        if before:
            role = f"{before.group('role')} {role}".strip()
        start = m.start()
        for name in names:
            yield Found(
                Person(name=name, role={"ko": role} if role else {}), start, start + len(name)
            )
            start += len(name) + 1


# "책임자 과장 한도윤 (044-201-2131)": a press release's contact line.
# "담당자: 문화홍보팀장 송하늘 (+84-24-3944-5980)": a unit's head, a number from abroad;
# "문의: 창업지원과장 오민재 051-888-4721": the number with no brackets
_CONTACT = re.compile(
    # "문의: 국제협력과 베트남팀장 오세진 (061-…)": the department, then the post
    r"(?P<role>(?<![가-힣])(?:[가-힣A-Za-z0-9·]+(?:과|팀|실|국|센터|본부)\s)?[가-힣]*?(?:"
    + ROLE
    + r"))\s+(?P<name>"
    + _NAME_KO
    + r")\s*(?:\(|(?=\d))(?:☎\s?|\+\d{1,3}-)?"
    + _PHONE.pattern
)


@rule(
    "ko.person.contact-line",
    "person",
    # the department the line names is the post's
    ("담당 부서 국제협력총괄과 책임자 과장 한도윤 (044-201-2131)", "한도윤 | 국제협력총괄과 과장"),
    ("책임자: 과장 류지환 (044-201-7110) / 담당자: 사무관 문채원 (044-201-7118)",
     ["류지환 | 과장", "문채원 | 사무관"]),
    ("담당 부서 | 아주협력과 | 책임자 | 과장 정현우 (044-203-5710)", "정현우 | 아주협력과 과장"),
    ("담당 부서 | 아주협력과 | 담당자 | 사무관 배지은 (044-203-5714)", "배지은 | 아주협력과 사무관"),
    ("문의: 홍보팀 (02-123-4567)", None),
    ("담당자: 문화홍보팀장 송하늘 (+84-24-3944-5980)", "송하늘 | 문화홍보팀장"),
    ("문의: 창업지원과장 오민재 051-888-4721", "오민재 | 창업지원과장"),
    ("문의: 국제협력과 베트남팀장 오세진 (061-286-2345)", "오세진 | 국제협력과 베트남팀장"),
)  # fmt: skip
def contact_line(segment: Segment) -> Iterator[Found]:
    """A position, a Korean name and a telephone number in brackets: who to ask; the
    department the line names (`담당 부서 | 아주협력과 |`) opens the post."""
    unit = _DEPARTMENT.search(segment.text)
    for m in _CONTACT.finditer(segment.text):
        # read in its line (배지은: alone 배지+은 to Kiwi, a proper noun after 사무관)
        if not not_a_name(m.group("name"), segment.text, m.start("name")):
            role = m.group("role")
            if unit and not role.startswith(unit.group("unit")[:2]):
                role = f"{unit.group('unit')} {role}"
            yield Found(
                Person(name=m.group("name"), role={"ko": role}), m.start("name"), m.end("name")
            )


# "담당 부서: 경제실 국제통상과 /", "담당부서 | 아주협력과 |": the department a contact line names
# (its last word)
_DEPARTMENT = re.compile(
    r"담당\s?부서\s*[:：|]?\s*(?:[가-힣A-Za-z0-9·]+\s)*?(?P<unit>[가-힣A-Za-z0-9·]+(?:과|팀|실|국|센터|담당관))"
    r"(?=\s*(?:[|/]|책임자|담당자|$))"
)


def people_not_bodies(
    people: list[Person], organisations: list[Organisation], document: Document
) -> list[Person]:
    """People whose name is an organisation's, or a short form the article defines in
    brackets (`국토교통부(국토부)` … `국토부 2차관`), are none; where the position read after
    it opens with a name (`여경협 정미경 회장`: the body, then the person), that name is the
    person, with the body in the role."""
    from briefing.facts.ko.organisations import canonical

    text = "\n".join(s.text for s in document.segments)
    kept: list[Person] = []
    for person in people:
        latin = person.names.get("vi", "")
        defined = re.search(r"[가-힣A-Za-z]\(" + re.escape(person.name) + r"\)", text)
        if defined and latin and f"{latin}({person.name})" in text.replace(" (", "("):
            defined = None  # "Choi Eun-ji(최은지)": the person's own two forms, no short form
        university = person.name.endswith("대") and any(
            bare(n).endswith(person.name + "학교") for o in organisations for n in o.name.values()
        )  # "한밭대 신소재공학과 교수": the university's short name (국립한밭대학교)
        firm = any(  # "회계법인 한결의 김민수 회계사": the firm's name after its legal form
            n.endswith("법인 " + person.name) for o in organisations for n in o.name.values()
        )
        if (
            not defined
            and not university
            and not firm
            and not names_an_organisation(person.name, organisations, canonical)
        ):
            kept.append(person)
            continue
        words = person.role.get("ko", "").split()
        if len(words) >= 2 and re.fullmatch(_NAME_KO, words[0]) and not not_a_name(words[0]):
            role = " ".join([person.name, *words[1:]])
            kept.append(replace(person, name=words[0], role={"ko": role}, names={}))
    return kept


# One word right before a name and its position, with no particle: whose post it is.
_BODY_BEFORE_NAME = re.compile(r"[가-힣A-Za-z0-9&]{2,12}")


# A team, a department, a clinic or a lab: the unit a person works in (인사팀, 소화기내과)
_UNIT = re.compile(r"[가-힣A-Za-z]{2,10}(?:팀|과|실|부서|내과|외과|센터|본부|사업부|연구소)")
# A company's legal mark before its name: (주), ㈜, (재), (사).
_MARK = re.compile(r"^(?:㈜|\((?:주|재|사)\))\s*")
_MARK_AFTER = re.compile(r"\s*(?:㈜|\((?:주|재|사)\))$")


def roles_with_their_bodies(
    people: list[Person], organisations: list[Organisation], document: Document
) -> None:
    """A position that names no body (`대표`, `국제협력국장`) takes the organisation the
    article names right before the person (`대성정밀의 최수아 대표`, `베트남 농업환경부
    호앙민뚜언(Hoang Minh Tuan) 국제협력국장`, `남부항만물류(SPL)의 응우옌호앙남 … 부사장`,
    `㈜비엣런을 이끄는 팜 꾸옥 바오 대표`):
    an organisation read anywhere in the article, which the patterns of a single sentence
    (an ending, a unit) do not know."""
    from briefing.facts.ko.organisations import names_a_body

    forms = sorted(
        {
            form
            for o in organisations
            for n in o.name.values()
            if n
            # "(주)루트랩" is "루트랩" too, "다낭급수주식회사" is "다낭급수", "레러이개발㈜"
            # "레러이개발"
            for form in (
                n,
                bare(n),
                _MARK.sub("", bare(n)),
                re.sub(r"\s?주식회사$", "", bare(n)),
                _MARK_AFTER.sub("", bare(n)),
                # "농업환경부 수리국" after "베트남 농업환경부 수리국": its country said once
                re.sub(r"^(?:베트남|한국)\s", "", bare(n)),
                # "껀터대 농업대학" after "껀터대학교(CTU) 농업대학": 대학교 as 대, no acronym
                re.sub(r"대학교(?=\s|$)", "대", re.sub(r"\([A-Za-z&]+\)", "", n)),
            )
        },
        key=len,
        reverse=True,
    )
    for person in people:
        role = person.role.get("ko", "")
        if not role or any(form in role for form in forms):
            continue
        for evidence in person.evidence:
            if not evidence.rule.startswith("ko.person.") or not evidence.segment_id:
                continue
            before = document.segment(evidence.segment_id).text[: evidence.start].rstrip()
            before = re.sub(r"(?<=[가-힣A-Za-z)])의$", "", before)
            before = re.sub(r"(?<=[가-힣A-Za-z)])(?:을|를)\s*이끄는$", "", before)  # "X를 이끄는"
            # "사오비엣로지스틱스(Sao Việt Logistics)의": the body's Latin name in brackets
            before = re.sub(r"(?<=[가-힣])\s?\([A-Za-z][^()]*\)$", "", before)
            written = next((f for f in forms if before.endswith(f)), None)
            if written and not re.search(r"[가-힣A-Za-z]$", before[: -len(written)]):
                # "Saigon Capital Securities(사이공캐피털증권)": a Latin name's Korean one in
                # the role ("한국수력원자력(한수원)" stays whole)
                korean = re.fullmatch(r"[A-Za-z].*\(([가-힣]{2,15})\)", written)
                body = korean.group(1) if korean else written
                if not role.startswith(body + " "):  # a caption's "다온애그리텍 대표" has it
                    person.role = {"ko": f"{body} {role}"}
                break
            word = before.split()[-1] if before.split() else ""
            if word and f" {word} " in f" {role} ":
                # "국어국문학과 김소연 교수", "KRC 해외사업본부 이성호 본부장": the sentence's
                # rule put the unit in already
                break
            if _UNIT.fullmatch(word) and not morphemes(word)[-1][1].startswith("J"):
                # "인사팀 김하린 과장", "(주)해담식품 홍보팀 한가람 과장", "한결대학교병원의
                # 소화기내과 윤태오 교수": the person's unit, and the body it is part of
                rest = re.sub(r"(?<=[가-힣A-Za-z)])의$", "", before[: -len(word)].rstrip())
                owner = next((f for f in forms if rest.endswith(f)), None)
                owned = (
                    f"{owner} {word}"
                    if owner and not re.search(r"[가-힣A-Za-z]$", rest[: -len(owner)])
                    else word
                )
                person.role = {"ko": f"{owned} {role}"}
                break
            if _BODY_BEFORE_NAME.fullmatch(word) and names_a_body(word):
                person.role = {
                    "ko": f"{word} {role}"
                }  # "에이스셀 박태수 부사장", "경남도 정현아 …"
                break
    _roles_said_in_full(people, document)


def _roles_said_in_full(people: list[Person], document: Document) -> None:
    """A post of one word (`상무참사관`) that the article writes in full right after the
    person's name elsewhere, a headline included (`[인터뷰] 부티투옛 주한 베트남대사관
    상무참사관 "…"`): the post in full."""
    for person in people:
        role = person.role.get("ko", "")
        if not role or " " in role:
            continue
        said = re.compile(
            rf"(?<![가-힣]){re.escape(person.name)}\s+(?P<role>(?:[^\s\"“”'‘’,.()]+\s){{1,3}}"
            rf"{re.escape(role)})(?=[은는이가의과와도]?(?:[\s\"“”,.)]|$))"
        )
        for segment in document.segments:
            m = said.search(segment.text)
            if m and _role_words_are_nouns(segment.text, m.start("role"), m.end("role")):
                person.role = {"ko": m.group("role")}
                break
