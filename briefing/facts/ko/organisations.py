"""Organisations in Korean text: ministries, agencies and institutes by their endings
(…부, …청, …진흥원, …공사, …재단, …대사관, …대학교), city governments that act (`부산시는 …
개최했다`), companies by name, and acronyms in brackets."""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from briefing.data import words
from briefing.document import Organisation, Segment
from briefing.facts.base import Found, bare, rule
from briefing.facts.ko.lexicon import (
    CITY,
    CITY_STEMS,
    COMPANIES,
    EVENT_NOUNS,
    GENERIC_ORGS,
    KOREAN_MINISTRIES,
    KOREAN_NAME,
    NOT_ACRONYMS,
    NOT_NAMES,
    NOT_ORGS,
    ORG_ENDINGS,
    PREFIXES,
    ROLE,
    ROLES,
    VENUE_ENDINGS,
    alternation,
    is_proper_noun,
    morphemes,
    strip_josa,
)

COMPANY_RE = re.compile(
    r"(?<![가-힣A-Za-z])(" + alternation(COMPANIES) + r")(?=[은는이가을를의와과도에\s,.(]|$)"
)
ORG_WORD = re.compile(
    r"(?<![가-힣A-Za-z])(?:(?P<prefix>" + "|".join(PREFIXES) + r")\s)?"
    # the longest name that ends like one: "하노이국가대학교", not "하노이국" and a particle
    # "한-아세안센터": the two sides a body joins, before a hyphen
    r"(?P<name>(?:[가-힣]{1,2}-)?[가-힣A-Za-z]{2,}(?:" + "|".join(ORG_ENDINGS) + r"))"
    r"(?P<acronym>\((?:[A-Z][A-Z0-9&]{1,9}|[a-z][A-Z][A-Za-z]{0,6})\))?"  # (NIPA), (aT)
    r"(?:\((?P<latin>\p{Lu}[\p{L} .&-]{2,40})\))?"  # "사이공뉴포트(Tân Cảng Sài Gòn)": its own name
    # "한국국제협력단(코이카·KOICA)은": a bracket of other names after it
    r"(?=[은는이가을를의와과도에\s,.)·]|에서|(?:으로|로)(?:부터)?\s|\([가-힣A-Za-z·, \-]{2,20}\)|(?:이)?다[\s.,]|였다|$)"
)
CITY_ORG = re.compile(
    r"(?<![가-힣A-Za-z])(?P<name>" + CITY + r")"
    # a title after it: the city's government is whose title it is; "하이퐁시 인민위원회
    # (위원장)" is read whole by the ending rule, the city alone is no organisation there
    r"(?=(?:은|는|이|가|와|과|도)(?:\s|$|,)|\s+(?:" + ROLE + r")|\((?:시장|도지사|구청장|군수)"
    # "대구시, 재한베트남유학생협회 대구지부와 함께": listed among those it acts with
    r"|,\s[^,.]{1,40}?(?:와|과)\s(?:함께|공동))"
)
_PARTICLE = r"(?:은|는|이|가|과|와|을|를|의|도|에|에서|로|으로|이다)"
ACRONYM = re.compile(
    # "한성E&C와": a Korean name ending in capitals is one name
    r"(?<![A-Za-z&\d.,-])(?P<name>(?<![가-힣])[가-힣]{0,6}[A-Z][A-Z0-9&]{1,6})(?="
    + _PARTICLE
    + r"(?:\s|$|,|\.))"
)
# "부산시와 BPA, 다낭시 인민위원회가": an acronym inside a list, after 와/과, before a comma
_ACRONYM_LISTED = re.compile(r"(?<=(?:와|과|및)\s)(?P<name>[A-Z][A-Z0-9&]{1,6})(?=,\s)")
SHORT_FORM = re.compile(
    r"(?<![가-힣A-Za-z])(?P<name>[가-힣A-Za-z]{3,15})\((?P<short>[가-힣]{2,5})\)"
)
# "A, B, C 등", "A·B·C 등": a list of names closed by 등 (and others)
LIST = re.compile(r"(?P<items>[가-힣A-Za-z0-9()]+(?:\s*[,·]\s*[가-힣A-Za-z0-9()]+){1,9})\s*등")
# The parent before an organisation's name: "베트남 산업무역부 무역진흥청", "호찌민시 …대학교".
_PARENT = re.compile(
    r"(?:(?P<parent>[가-힣A-Za-z]{2,}(?:"
    + "|".join(ORG_ENDINGS)
    + r")(?:\([A-Z][A-Z0-9&]{1,9}\))?)|"  # "한국무역협회(KITA) 호찌민지부"
    + r"(?<![가-힣])"  # "이후에도 하노이무역관": no city (후에도) inside a word
    + CITY
    + r"|(?<![가-힣])(?:"
    + alternation(CITY_STEMS)
    + r")대?|[A-Z]{2,6}|(?<![가-힣])(?:"
    + alternation(COMPANIES)
    + r"))\s(?:산하\s)?$"  # "전남대 한국어교육센터", "하이퐁 경제구역관리위원회"; "코트라 …"
)
# Endings of the state's bodies, whose country belongs to their name ("베트남 산업무역부").
_STATE_ENDINGS = {"부", "청", "처", "위원회", "대사관", "총영사관", "영사관", "공사", "진흥원"}
# Endings of businesses: a name of common words only with one of these is a kind of
# business ("대형마트"), not a company.
_COMPANY_ENDINGS = {
    "마트", "에어", "세미콘", "지주", "금융지주", "항공", "해운", "물산", "건설", "중공업", "통운",
    "화학", "제약", "증권", "생명", "상사", "제당", "뉴포트", "터미널", "전자", "자동차", "그룹",
    "은행", "유통", "테크", "조선", "물류", "식품", "바이오", "에너지", "엔지니어링", "철강",
    "트래블", "솔루션", "코리아", "비나", "메탈", "파워", "석탄", "로지스", "모빌리티", "정밀",
    "케미칼", "케미컬", "푸드",
}  # fmt: skip


def common_words_only(name: str, also: frozenset[str] = frozenset()) -> bool:
    """Kiwi reads `name` as common nouns only (NNG): no proper noun, no foreign word; `also`
    admits more tags (verbs, adverbs) as common words."""
    tags = [tag for _, tag, _, _ in morphemes(name)]
    return bool(tags) and all(tag in {"NNG", "XSN"} | also for tag in tags)


# Prefixes written together with the name they belong to (대한상공회의소, 국립국제교육원).
_JOINED_PREFIXES = {"대한", "국립"}


# Kinds of hospital, no hospital's name: "종합병원", "대학병원".
_HOSPITAL_KINDS = {
    "종합병원",
    "국제병원",
    "대학병원",
    "전문병원",
    "요양병원",
    "한방병원",
    "어린이병원",
}


def _found(name: str, start: int, end: int) -> Found:
    return Found(Organisation(name={"ko": name}), start, end)


# A company's post right after its name (a Latin name in brackets between): whoever holds
# it works there ("한성메탈 대표", "하롱석탄(Hạ Long Coal) 부사장").
_POST_IN = re.compile(
    r"(?:\([^()]{1,40}\))?\s(?:대표이사|공동대표|대표|부사장|사장|부회장|회장|이사|전무|상무|"
    r"법인장|지사장|본부장|연구원|애널리스트)(?:[은는이가의와과을를도,]|\s|$)"
    # "한빛투자증권 금융팀 오지훈 연구위원은": a post held by someone named, in one of its teams
    r"|\s[가-힣A-Za-z]{1,8}팀\s" + KOREAN_NAME + r"\s(?:팀장|연구위원|연구원|애널리스트|책임)"
)
# What follows a fund named as money, not as a body that acts: an amount, a loan, its
# resources ("대외경제협력기금(EDCF) 2억 달러", "EDCF 차관으로", "재원으로", "등 정책금융")
_FUND_AS_MONEY = re.compile(r"\s?(?:약\s)?(?:\d|차관|재원|자금|등\s정책금융|지원금)")
# A name that opens with its city's: "안산시글로벌다문화센터", "부산시설공단".
_CITYS = re.compile(
    r"(?:" + alternation(CITY_STEMS) + r")(?:특별|광역)?(?:시|도|군|구)(?=[가-힣]{2})"
)


# A Hangul short form in brackets right after a name: "(대교협)"
_SHORT_IN_BRACKETS = re.compile(r"\(([가-힣]{2,5})\)")


def _in_order(short: str, long: str) -> bool:
    """Every syllable of `short` in `long`, in order (`대교협` in `한국대학교육협의회`)."""
    position = 0
    for syllable in short:
        position = long.find(syllable, position)
        if position < 0:
            return False
        position += 1
    return True


# A room of a city hall, or the hall as where: "거제시청 대회의실", "도청 접견실서", "시청에서"
_HALL_AS_PLACE = re.compile(
    r"\s*(?:[가-힣]{0,5}(?:실|홀|광장|로비|청사)(?![가-힣])|[가-힣]{0,5}(?:실|홀)(?:에서|서|로|으로)"
    # "경북도청 동락관에서": a hall of it by its own name (not "… 주관으로")
    r"|(?!주관)[가-힣]{1,5}(?:관|당|장)(?:에서|서(?![가-힣]))"
    r"|에서|에\s|서(?![가-힣])|로(?![가-힣]))"
)


@rule(
    "ko.organisation.ending",
    "organisation",
    # a kind of food said as a subject is no company
    ("건강기능식품은 온라인 채널에서 빠르게 성장하고 있다.", None),
    # a country by what it is to another; a department of planning and investment is a body
    ("베트남은 KOICA 중점협력국이자 EDCF 최대 수원국이다.", None),
    ("박닌성 기획투자국은 설명회를 열었다.", "박닌성 기획투자국"),
    # a centre named by the two sides it joins is a body; a centre of common words is a facility
    ("부산관광공사와 한-아세안센터가 공동 주관한다.", ["부산관광공사", "한-아세안센터"]),
    ("공장 안에 연구개발센터가 들어선다.", None),
    # a federation (…중앙회) and an exchange (…거래소)
    ("시는 중소기업중앙회와 함께 설명회를 열었다. 한국거래소도 참여했다.",
     ["중소기업중앙회", "한국거래소"]),
    # a provincial hall's own hall as where; a session of a committee, the sides joined to it
    ("경북도는 안동 경북도청 동락관에서 기념식을 열었다.", None),
    ("제8차 한-베트남 농업협력위원회는 내년 서울에서 열린다.", None),
    # no city inside a word before it ("이후에도": 후에도 is no province)
    ("행사 이후에도 하노이무역관이 후속 상담을 지원한다.", "하노이무역관"),
    ("정보통신산업진흥원(NIPA)과 과학기술정보통신부가 공동 주최했다.",
     ["정보통신산업진흥원(NIPA)", "과학기술정보통신부"]),
    ("한국대학교육협의회(대교협)와 교육훈련부가 공동 주최했다.", ["한국대학교육협의회(대교협)", "교육훈련부"]),
    ("동진그룹 계열 조선사인 동진중공업이 협약을 맺었다.", ["동진그룹", "동진중공업"]),
    # a city hall as where, not who
    ("거제시는 2일 거제시청 대회의실에서 협약식을 열었다.", None),
    ("주베트남 한국대사관은 행사를 후원했다.", "주베트남 한국대사관"),
    # someone's post in it says it is one: "… 대표"
    ("한상우 한성메탈 대표는 공장을 짓는다고 밝혔다.", "한성메탈"),
    ("[인터뷰] 박상철 / 동진해운 대표", "동진해운"),
    ("이수진 한결투자증권 연구원은 변수가 있다고 말했다.", "한결투자증권"),
    ("한빛투자증권 금융팀 오지훈 연구위원은 비중이 커질 것으로 본다.", "한빛투자증권"),
    ("대명케미칼이 동나이성에 배터리 소재 공장을 짓는다.", "대명케미칼"),
    ("다낭한인상공회가 회원 가족들한테 사진을 받았다.", "다낭한인상공회"),
    ("베트남 전역 34개 세종학당에서 예선을 통과한 80명이 본선에 올랐다.", None),
    # a fund as money, a facility, an address to the audience: none
    ("지난 25년간 폐광지역 개발기금 2조3천억 원을 투입했다.", None),
    ("홍수 방어 사업에 대외경제협력기금(EDCF) 2억 달러를 지원한다.", None),  # the fund's money
    ("현지 파트너사는 신선식품 물류센터 운영을 맡는다.", None),
    ("존경하는 차관님, 그리고 양국 기업인 여러분.", None),
    ("정부는 일부 계획을 바꿨다.", None),
    ("하노이시 산업무역국과 전국 당국이 참여했다.", "하노이시 산업무역국"),
    ("현지 협력기관은 베트남 나짱대학교다.", "나짱대학교"),
    ("김은주 청주시의회 의장이 참석했다.", "청주시의회"),
    ("협약식은 10일 청주시청에서 열렸다.", None),
    # a parent written with its branch or department is part of that name, no mention of its own
    ("대한무역투자진흥공사(KOTRA) 하노이지사는 상담회를 열었다.",
     "대한무역투자진흥공사(KOTRA) 하노이지사"),
    ("제품을 베트남 보건부 의약품관리국에 등록한다.", "베트남 보건부 의약품관리국"),
    ("양사는 현지에 합작법인을 세운다.", None),
    ("제3차 한-베 과학기술공동위원회에서 양국이 합의했다.", None),
    ("하노이의 민간 종합병원인 떰안 종합병원(Tam An General Hospital)과 협약했다.", "떰안 종합병원"),
    ("현지 종합병원 의료진이 참석했다.", None),
    ("내년 초 까마우성에 현지 협력사무소를 열고 교류한다.", None),
    # an office named only in its head's post: to check; its owner is read
    ("베트남 중앙은행(SBV) 호찌민지점 부지점장이 말했다.", ["베트남 중앙은행(SBV)", "? 베트남 중앙은행(SBV) 호찌민지점"]),
)  # fmt: skip
def ending(segment: Segment) -> Iterator[Found]:
    """A word that ends like an organisation (ko/organisation-endings: …부, …진흥원,
    …대사관), with the prefix that belongs to it, a parent written before it
    (`베트남 산업무역부 무역진흥청`, `전남대학교 한국어교육센터`) and an acronym in brackets; a
    venue (…컨벤션센터, …호텔) or a department (…학부, …학과) is none; an office named only in
    its head's post (`… 호찌민지점 부지점장`) is to check, and leaves its owner read."""
    text = segment.text
    found: list[Found] = []
    for m in ORG_WORD.finditer(text):
        name = m.group("name")
        if name.endswith(VENUE_ENDINGS) or name.endswith(("학부", "학과")):
            continue
        if name.endswith(("시청", "군청", "도청", "구청")) and _HALL_AS_PLACE.match(text, m.end()):
            continue  # "거제시청 대회의실에서", "24일 천안시청에서": the city hall as a place
        syllables = len(re.sub(r"[^가-힣]", "", name))
        end = next(e for e in ORG_ENDINGS if name.endswith(e))
        if name in NOT_ORGS or name in ROLES or name.endswith(ROLES[:3]):
            continue
        if end == "국" and _COUNTRY_BY_ROLE.search(name):
            continue  # "EDCF 수원국", "KOICA 중점협력국": a country, by what it is to another
        if end in {"부", "청", "처"} and syllables < 3:
            continue
        if end in {"대학", "공사", "은행", "그룹"} and syllables < 4 and name not in COMPANIES:
            continue
        if re.search(ROLE + r"$", name) and not name.endswith(
            ("총영사관", "대사관", "영사관", "과의원", "한의원")  # "수성빛안과의원": a clinic
        ):
            continue
        prefix = m.group("prefix") or ""
        state = end in _STATE_ENDINGS or name.startswith(("국가", "국립", "중앙"))
        if prefix in {"베트남", "한국"} and not state:
            prefix = ""  # "베트남 사이공뉴포트": the country says where, the name is the company's
        # it acts, or someone holds a post in it ("박상철 / 동진해운 대표", "한성메탈 대표는")
        acts = (
            text[m.end() : m.end() + 1] in {"은", "는", "이", "가"}
            or bool(_POST_IN.match(text, m.end()))
            or text.startswith((" 계열", " 산하"), m.end())  # "동진그룹 계열 조선사": its group
            or bool(m.group("latin"))
        )  # "비나한식품(VinaHan Foods)": a name with its Latin form is one body's
        if end in _COMPANY_ENDINGS and not prefix and not acts and common_words_only(name):
            continue  # "대형마트 입점": a kind of business, not one; "한빛세미콘은 …" acts
        if (
            end == "식품"
            and not prefix
            and not m.group("acronym")
            and not m.group("latin")
            and name not in COMPANIES
            and common_words_only(name)
        ):
            continue  # "건강기능식품은": a kind of food, whatever it does
        if end == "기금" and not m.group("acronym") and common_words_only(name):
            continue  # "폐광지역 개발기금 2조3천억 원", "장학기금을 조성": money, not a body
        if end == "기금" and _FUND_AS_MONEY.match(text, m.end()):
            continue  # "대외경제협력기금(EDCF) 2억 달러를", "… 차관으로": the fund's money
        named = None
        if name in _HOSPITAL_KINDS and not prefix:
            # "떰안 종합병원": a hospital's own name in Hangul before the kind; "민간
            # 종합병원인": the kind alone, no body
            named = re.search(r"(?<![가-힣A-Za-z])([가-힣]{2,6})\s$", text[: m.start("name")])
            if named is None or not unknown_word(named.group(1)):
                continue
        if re.search(
            r"(?:㈜|\(주\))\s?$", text[: m.start("prefix") if prefix else m.start("name")]
        ):
            continue  # "㈜세원정밀 비나": a marked company, read whole by its mark
        full = (f"{prefix} " if prefix else "") + name + (m.group("acronym") or "")
        if prefix in _JOINED_PREFIXES:
            full = full.replace(" ", "", 1)
        start = m.start("prefix") if prefix else m.start("name")
        parent = None if prefix else _PARENT.search(text[:start])
        stem = parent.group(0).strip() if parent and not parent.group("parent") else ""
        if stem in CITY_STEMS and (stem not in VIETNAMESE_CITIES or end in {"센터", "공단"}):
            parent = None  # "서울 국립국제교육원", "하이퐁 물류센터": where, not whose
        branch = end in {"지부", "지사", "지점", "법인"}
        owner = (
            _OWNER.search(text[:start])
            if branch and (parent is None or parent.group("parent"))
            else None
        )
        owned = owner is not None and (
            names_a_body(owner.group(1))
            or owner.group(1).endswith(tuple(_COMPANY_ENDINGS))  # "신흥은행 베트남법인"
        )
        if owner and owned and not re.fullmatch(KOREAN_NAME, owner.group(1)):
            parent = None  # the owner is read with the branch, once
            # "누리마트 베트남법인": whose branch; "정은영 한국수출입은행 …": a person's
            full, start = f"{owner.group(1)} {full}", owner.start(1)
            if found and found[-1].start == start:
                found.pop()  # "대성은행 하노이지점": the bank read on its own just before
        elif (
            end in {"센터", "지부", "지사", "지점", "법인"}
            and parent is None
            and not _CITYS.match(name)
            and "-" not in name  # "한-아세안센터": the sides it joins, a body's own name
        ):
            continue  # "연구개발센터", "합작법인": a facility or a branch, unless whose it is is
            # said, in its own name too ("안산시글로벌다문화센터": the city's)
        elif end == "사무소" and parent is None and not prefix and common_words_only(name):
            continue  # "현지 협력사무소를 열고": a kind of office, no body of its own name
        if end == "국" and (parent is None or syllables < 3):
            continue  # "하노이시 산업무역국", "국방부 군의국": a city's or a ministry's department;
            # "전국", "당국" alone are none
        if _SESSION.search(text[: m.start("prefix") if prefix else m.start("name")]):
            continue  # "제3차 한-베 과학기술공동위원회에서": one of the committee's meetings, an event
        if re.match(r"\s*(?:청사|사옥|본관|강당|회의실)", text[m.end() :]):
            continue  # "호찌민시 인민위원회 청사": its building, where, not who
        # "베트남 중앙은행(SBV) 호찌민지점 부지점장": an office named only in its head's post
        in_post = end in _OFFICE_ENDINGS and bool(_HEADS_POST.match(text, m.end()))
        if found and parent and found[-1].end == start - 1:  # the parent was read: one name
            # "베트남 재무부 관세국": the ministry is part of its department's name here, not
            # a mention of its own (read where the article names it alone); an office in its
            # head's post leaves its owner read
            previous = found[-1] if in_post else found.pop()
            full = f"{next(iter(previous.fact.name.values()))} {full}"  # type: ignore[union-attr]
            start = previous.start
        elif parent and not parent.group("parent"):  # a city or an acronym before it
            start = parent.start()
            full = text[start : m.start("name")] + full
            country = re.search(r"(?:베트남|한국)\s$", text[:start])
            if country:  # "베트남 안장성 문화체육관광국": a province's body, with its country
                start = country.start()
                full = text[start : m.start("name")] + name + (m.group("acronym") or "")
        if named is not None:
            full, start = f"{named.group(1)} {full}", named.start(1)
        mark = re.search(r"\((?:재|사|주)\)$|㈜$", text[:start])
        if (
            mark
        ):  # "(재)수원산업진흥원", "(사)한베교류협회": a foundation's or an association's mark
            full, start = mark.group(0) + full, mark.start()
        end_at = m.end()
        short = _SHORT_IN_BRACKETS.match(text, end_at)
        if short and not m.group("acronym") and _in_order(short.group(1), name):
            # "한국대학교육협의회(대교협)": its Hangul short form, as an acronym in brackets
            full, end_at = full + short.group(0), short.end()
        item = _found(full, start, end_at)
        if full in GENERIC_ORGS:  # "실무협의회", "인민위원회" with no owner named before it
            item.doubt = "a body every city or ministry has, with no owner named"
        elif in_post:  # the person's role says it; the owner read before it stays
            item.doubt = "named only in its head's post"
        found.append(item)
    for m in _UNIVERSITY.finditer(text):  # "서울대", "부산대": a university by its short name
        if not any(f.start <= m.start() < f.end for f in found):
            yield _found(m.group("name"), m.start(), m.end("name"))
    yield from found


# An edition before a body's name: "제3차 (한-베) …위원회" is a meeting, not who acts.
_SESSION = re.compile(
    r"제\s?\d+\s?[차회]\s+(?:[가-힣]{1,2}[-·](?:[가-힣]{1,2}\s+)?)?[「『'\"‘“]?$"
)  # "제8차 한-베트남 농업협력위원회": the sides joined to the name too


_UNIVERSITY = re.compile(
    r"(?<![가-힣])(?P<name>(?:" + alternation(CITY_STEMS) + r")대)(?=[은는이가의와과를을도]|\s)"
)


VIETNAMESE_CITIES = tuple(words("ko/vietnamese-cities"))
# What is said of a place, not done by a body: merged, joined to, located, next to.
_PLACED = re.compile(
    r"(?:통합|편입|합병|병합)(?:되|됐|된|돼)|합쳐(?:지|졌|진|져)|위치(?:한|해|하)|인접|맞닿"
)


@rule(
    "ko.organisation.city-government",
    "organisation",
    ("부산시는 다낭시와 협약을 맺었다.", ["부산시", "? 다낭시"]),
    ("부산시에서 열린 행사", None),
    ("충남도는 베트남 박닌성과 협약을 맺었다.", ["충남도", "? 박닌성"]),
    ("센터는 대구시, 유학생협회 대구지부와 함께 간담회를 열었다.", "대구시"),
    ("다낭시가 투자 3억 달러를 유치했다.", "다낭시"),
    ("빈롱성은 지난해 벤째성과 통합됐다.", None),
    ("롱안성이 떠이닌성에 편입되면서 인허가 주체가 바뀌었다.", None),
    ("떠이닌성은 작년에 롱안성이랑 합쳐지면서 산업 거점이 됐다.", None),
)
def city_government(segment: Segment) -> Iterator[Found]:
    """A city or province that acts (`부산시는 … 개최했다`, `다낭시 인민위원장`): a
    particle of a subject, object or partner, or a title after it; `부산시에서` is a place,
    and so is one the clause merges or locates (`빈롱성은 … 통합됐다`)."""
    for m in CITY_ORG.finditer(segment.text):
        clause = re.split(r"[,.]", segment.text[m.end() : m.end() + 60], maxsplit=1)[0]
        if _PLACED.search(clause):
            continue
        found = _found(m.group("name"), m.start(), m.end())
        acts = segment.text[m.end() : m.end() + 1] in {"은", "는", "이", "가"}
        if m.group("name").startswith(VIETNAMESE_CITIES) and not acts:
            # "박닌성과 협약", "하이퐁시 인민위원회 위원장": the province's committee is who
            # acts; "다낭시가 … 유치했다" is the city itself
            found.doubt = "a Vietnamese place named bare: its people's committee is who acts"
        yield found


@rule(
    "ko.organisation.company-name",
    "organisation",
    ("삼성전자는 하노이에 연구개발센터를 열었다.", "삼성전자"),
)
def company_name(segment: Segment) -> Iterator[Found]:
    """A company or agency by name (ko/companies), with an acronym in brackets."""
    text = segment.text
    for m in COMPANY_RE.finditer(text):
        acronym = re.match(r"\(([A-Z][A-Z0-9&]{1,9})\)", text[m.end() :])
        yield _found(m.group(1) + (f"({acronym.group(1)})" if acronym else ""), m.start(), m.end())


@rule(
    "ko.organisation.acronym",
    "organisation",
    ("HMM과 CJ대한통운이 참여했다.", "HMM"),
    ("대원건설은 한성E&C와 컨소시엄을 꾸렸다.", "한성E&C"),
    ("물동량은 48만TEU로 늘었다.", None),
    ("양국은 FTA를 활용해야 한다.", None),
    ("포럼은 부산시와 BPA, 다낭시 인민위원회가 공동 주최한다.", ["BPA"]),
    ("관세는 철강과 FTA, 원산지 규정을 다룬다.", None),
    ("15일 호찌민 SECC에서 열린 개막식에서 소비자들이 시식했다.", None),  # a venue
)
def acronym(segment: Segment) -> Iterator[Found]:
    """An acronym in capitals with a particle attached (`HMM과`, `KEPCO는`), or listed
    after 와/과 before a comma (`부산시와 BPA, …`): an organisation, unless it names an
    agreement, a technology or a measure (data/acronyms-not-organisations.txt)."""
    for m in [*ACRONYM.finditer(segment.text), *_ACRONYM_LISTED.finditer(segment.text)]:
        if _HELD_AT.match(segment.text, m.end("name")):
            continue  # "호찌민 SECC에서 열린 개막식": where an event is held, a venue
        if m.group("name") not in NOT_ACRONYMS:
            yield _found(m.group("name"), m.start(), m.end())


# "…에서 열린", "…에서 개최된": the place before it is where an event is held
_HELD_AT = re.compile(r"에서\s(?:열린|열리는|열렸|열릴|개최|진행)")


@rule(
    "ko.organisation.short-form",
    "organisation",
    ("한국수력원자력(한수원)은 워크숍을 열었다.", "한국수력원자력(한수원)"),
    ("호찌민(호치민)에서", None),
)
def short_form(segment: Segment) -> Iterator[Found]:
    """A name followed by its own short form in brackets (`한국수력원자력(한수원)`): people
    and places are not shortened so, organisations are."""
    for m in SHORT_FORM.finditer(segment.text):
        name, short = m.group("name"), m.group("short")
        if abbreviates(short, name) or (
            short[0] == name[0] and len(short) < len(name) - 1 and all(c in name for c in short)
        ):
            yield _found(f"{name}({short})", m.start(), m.end())


# "대원정밀(대표 강동욱)": a body with its head's position and name in brackets after it
_HEADED = re.compile(
    r"(?<![가-힣A-Za-z])(?P<name>[가-힣A-Za-z]{2,15})\((?:[가-힣]+\s){0,3}?[가-힣]*?(?:"
    + ROLE
    + r")\s+[가-힣]{2,4}\)"
)


@rule(
    "ko.organisation.headed",
    "organisation",
    ("김해의 자동차부품 기업 대원정밀(대표 강동욱)을 방문했다.", "대원정밀"),
    ("하노이(왼쪽 두번째) 시내에서 열렸다.", None),
)  # fmt: skip
def headed(segment: Segment) -> Iterator[Found]:
    """A name with its head in brackets after it (`대원정밀(대표 강동욱)`): a body that has a
    head is an organisation (a city's is its government: the city rule reads those)."""
    for m in _HEADED.finditer(segment.text):
        name = m.group("name")
        if name in CITY_STEMS or re.fullmatch(CITY, name) or name in NOT_ORGS:
            continue
        yield _found(name, m.start("name"), m.end("name"))


@rule(
    "ko.organisation.listed",
    "organisation",
    ("부산시·부산항만공사·사이공뉴포트·HMM 등 6개 기관이 참여했다.", "부산시"),
    ("서울·부산·대구 등에서 열린다.", None),
)  # fmt: skip
def listed(segment: Segment) -> Iterator[Found]:
    """The names of a list closed by 등 (`A·B·C 등 6개 기관`), when at least one of them is
    an organisation the other rules read and the others are proper nouns or acronyms."""
    text = segment.text
    known = {
        next(iter(f.fact.name.values())).split("(")[0]
        for rule_ in (ending, city_government, company_name, acronym)
        for f in rule_(segment)
    }
    for m in LIST.finditer(text):
        items = [
            (i.group(0), m.start("items") + i.start())
            for i in re.finditer(r"[^,·\s]+", m.group("items"))
        ]
        names = [
            (re.sub(r"(?:은|는|이|가|과|와|을|를|의|도)$", "", w), start) for w, start in items
        ]
        bare_names = [n.split("(")[0] for n, _ in names]
        if not any(n in known for n in bare_names):
            continue
        for (name, start), plain in zip(names, bare_names, strict=True):
            if plain in known or plain in NOT_NAMES or plain in NOT_ACRONYMS:
                continue
            tags = [t for _, t, _, _ in morphemes(plain)]
            if (
                tags
                and all(t in {"NNP", "SL", "NNG"} for t in tags)
                and ("NNP" in tags or "SL" in tags)
            ):
                yield _found(name, start, start + len(name))


def abbreviates(short: str, long: str) -> bool:
    """'과기정통부' abbreviates '과학기술정보통신부': shorter, the same first and last
    syllable, and its syllables in the long name's order; or the last syllable the first of
    the long name's last word of two (`중진공`: 중소벤처기업진흥공단, `부산상의`:
    부산상공회의소), not the start of a longer name (`한국전력기술` is not `한국전력`'s)."""
    if not (2 < len(short) < len(long)) or short[0] != long[0]:
        return False
    kind = next((e for e in ORG_ENDINGS if len(e) >= 2 and short.endswith(e)), "")
    if kind and not long.endswith(kind):
        return False  # "베트남항공" is an airline, no short form of "베트남 하이퐁항만공사"
    if short[-1] != long[-1] and (short[-1] not in long[-3:-1] or long.startswith(short)):
        return False
    for cut in range(2, len(short) - 1):
        dropped = long[cut : len(long) - (len(short) - cut)]
        if (
            " " not in short
            and long.startswith(short[:cut])
            and long.endswith(short[cut:])
            and dropped != "학교"  # "한결대병원": 대학교 shortened to 대
        ):
            return False  # "세진바이오" in "세진송홍바이오": two whole words, another's name
    return _in_order(short, long)


_BRACKETS = re.compile(r"\s*\([^()]*\)$")


def _under_a_body(longer: str, name: str) -> bool:
    """`longer` is `name` under its parent body (`베트남 재무부 외국인투자청`), not under a
    place (`베트남 하이퐁시 하이퐁항만공사`: the place says where, the name is the body's)."""
    before = _BRACKETS.sub("", longer)[: -len(name)].split()
    last = _BRACKETS.sub("", before[-1]) if before else ""
    return bool(last) and (
        bool(_ACRONYM_OWNER.fullmatch(last))
        or (last.endswith(tuple(ORG_ENDINGS)) and not re.fullmatch(CITY, last))
    )


def canonical(name: str, names: list[str]) -> str:
    """ "과기정통부" is "과학기술정보통신부" when both appear, "전남대" is "전남대학교", a
    Vietnamese city that acts ("하이퐁시는 …") is its people's committee when that is named."""
    if name.endswith("대") and name + "학교" in names:
        return name + "학교"
    # "한결식품" after "(주)한결식품", "㈜한결식품", "한결식품㈜": the company by its legal mark
    # ("(사)…협회", "(재)…재단": an association's, a foundation's)
    marked = [
        o for o in names if o != name and re.sub(r"㈜|\((?:주|사|재)\)", "", o).strip() == name
    ]
    if len(marked) == 1:
        return marked[0]
    # "부산시" and "부산광역시", "경북도" and "경상북도"…: one city or province, its full name
    full = _FULL_CITY.get(name) or next(
        (
            f"{name[:-1]}{suffix}"
            for suffix in ("광역시", "특별시", "특별자치시")
            if name.endswith("시")
        ),
        "",
    )
    if full and full in names:
        return full
    if name.startswith(VIETNAMESE_CITIES) and f"{name} 인민위원회" in names:
        return f"{name} 인민위원회"
    # "산업무역부" after "베트남 산업무역부": the same ministry; "국방부" alone is Korea's
    if f"베트남 {name}" in names and name not in KOREAN_MINISTRIES:
        return f"베트남 {name}"
    for other in names:  # "관광공사는" after "부산관광공사": the city's body, named again
        prefix = other[: -len(name)] if other.endswith(name) else ""  # joined: 부산+관광공사
        if len(name) >= 3 and prefix and (prefix in CITY_STEMS or re.fullmatch(CITY, prefix)):
            return other
    # "한빛푸드비나" after "Hanbit Foods Vina Co., Ltd.(한빛푸드비나)": its Korean name
    named = [o for o in names if o != name and o.endswith(f"({name})") and re.match(r"[A-Za-z]", o)]
    if len(named) == 1:
        return named[0]
    # "호찌민지부는" after "한국무역협회(KITA) 호찌민지부": a branch by its own last word, when
    # one body of the article ends so (two city committees leave "인민위원회" alone); a
    # department too ("외국인투자청" after "베트남 재무부 외국인투자청(FIA)")
    branches = [o for o in names if _BRACKETS.sub("", o).endswith(f" {name}")]
    if len(branches) == 1 and (
        name.endswith(_BRANCH_ENDINGS) or (len(name) >= 4 and _under_a_body(branches[0], name))
    ):
        return branches[0]
    if re.search(r"\([A-Z][A-Za-z0-9&]{1,9}\)$", name):
        return name  # "베트남상공연합회(VCCI)": a full name with its own acronym, no short form
    target = name
    for other in names:
        if name in KOREAN_MINISTRIES and other not in KOREAN_MINISTRIES:
            continue  # "교육부" is Korea's own, not "(베트남) 교육훈련부" shortened
        if other != name and abbreviates(bare(name), bare(other)):
            target = other
    return target


# Provinces by their short names (경북도 → 경상북도)
_FULL_CITY = {
    "경북도": "경상북도", "경남도": "경상남도", "전남도": "전라남도", "전북도": "전북특별자치도",
    "충북도": "충청북도", "충남도": "충청남도", "강원도": "강원특별자치도", "제주도": "제주특별자치도",
}  # fmt: skip


# An office's head's post right after its name ("호찌민지점 부지점장", "하노이사무소 소장")
_HEADS_POST = re.compile(
    r"\s(?:부|수석)?(?:지점장|지사장|법인장|사무소장|소장|관장|무역관장|지부장)(?:[은는이가의와과을를도,.\s]|$)"
)
# The last word of a branch's, an office's or a division's name
_BRANCH_ENDINGS = ("지부", "지사", "지점", "사무소", "무역관", "본부", "지회", "센터", "법인")
# "㈜대원모빌리티는", "(주)한빛테크와", "한빛테크㈜": a company by its legal mark.
# "(사)한-베교육협력포럼", "(재)한베문화재단": an association's and a foundation's marks too
_MARKED = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<name>(?:㈜|\((?:주|사|재)\))\s?[가-힣A-Za-z0-9&](?:[가-힣A-Za-z0-9&]|-(?=[가-힣])){1,20}"
    r"|[가-힣A-Za-z0-9&]{2,20}(?:㈜|\(주\)))"
)
# "핀테크 기업 하나로페이와", "자동차부품 업체 대원정밀은": a name after the kind of business.
# The word right before a branch's name, with no particle: whose branch it may be.
_OWNER = re.compile(r"(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]{2,12})\s$")


# A country named by what it is to another: a recipient, a partner, a trading partner
_COUNTRY_BY_ROLE = re.compile(
    r"(?:수원|협력|교역|(?<!기획)투자|당사|회원|참가|선진|개도|개발도상|수출|수입|상대|동반|원조|공여|대상)국$"
)


def names_a_body(word: str) -> bool:
    """`word` names a body: a city or province (경남도, 창원시), a word in capitals (LG), or
    a proper noun or a word Kiwi does not know (에이스셀, 누리마트); not a common word."""
    if word in NOT_NAMES or re.search(ROLE + "$", word):
        return False
    if re.fullmatch(CITY, word) and word[-1] in "시도성군구":
        return True
    return (
        bool(re.fullmatch(r"[A-Z][A-Za-z0-9&]+", word))
        or is_proper_noun(word)
        or unknown_word(word)
    )


# "… 비나": a Korean company's Vietnamese arm (Vina), part of its name.
_VINA = re.compile(r" 비나(?=[은는이가의와과을를도에\s,.]|$)")


# A position right after a word: the word is the person who holds it.
_POSITION_AFTER = re.compile(r"\s+(?:" + ROLE + r")(?:[은는이가과와의을를도]|\s|$)")
# Kinds of business a name may follow ("핀테크 기업 하나로페이", "국영 발전사 메콩파워"), for
# `_KIND_BEFORE` and `_KIND_WORD`, each of which adds its own.
_COMPANY_KINDS = ("기업", "업체", "회사", "법인", "개발사", "제조사", "운영사", "증권사", "항공사",
                  "선사", "건설사", "유통사", "발전사", "해운사", "물류사", "제약사", "벤처캐피털",
                  "투자사")  # fmt: skip
_KIND_BEFORE = re.compile(
    r"(?:"
    + alternation((*_COMPANY_KINDS, "스타트업", "제조업체", "체인", "액셀러레이터", "운용사"))
    + r")(?:인|이자)?\s(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,19}"
    r"(?:\([A-Z][A-Za-z0-9&]{1,9}\)(?:[은는이가의와과을를도에]|에서|로)?)?)(?=[\s,.(]|$)"
)

# "창원에 본사를 둔 대한정공 등": a company by where its head office is
_HEADQUARTERED = re.compile(
    r"본사를\s둔\s(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,19})(?=[\s,.(]|$)"
)


def unknown_word(name: str) -> bool:
    """Kiwi knows no word `name`: it reads it as one noun, at a cost (log-probability) no
    word of its dictionary that long has (`탄롱테크` -37.8, `비엣페이` -32.6; `관계자` -19.7,
    `상담회` -23.2, `공급망` -22.7, measured with kiwipiepy 0.21)."""
    from briefing.reading.sentences import kiwi

    tokens, score = kiwi().analyze(name, top_n=1)[0][:2]
    return len(tokens) == 1 and tokens[0].tag in {"NNG", "NNP"} and score < -26


@rule(
    "ko.organisation.company-mark",
    "organisation",
    ("자동차부품 업체 ㈜대원모빌리티는 공장을 세웠다.", "㈜대원모빌리티"),
    ("이 사업은 (주)한빛테크가 맡는다.", "(주)한빛테크"),
    ("행사는 (사)한-베교육협력포럼이 공동 주최했다.", "(사)한-베교육협력포럼"),
    ("동해에너지가 베트남 국영 발전사 메콩파워와 손잡았다.", "메콩파워"),
    ("한국계 부품업체 ㈜세원정밀 비나 공장을 둘러봤다.", "㈜세원정밀 비나"),
    ("핀테크 기업 하나로페이와 협약을 맺었다.", "하나로페이"),
    # common words, and the company's head named after it
    ("생활용품 기업 누리홈의 최정우 대표는 말했다.", "누리홈"),
    ("현지 부품업체 탄롱테크와 합의했다.", "탄롱테크"),
    ("나머지는 국비와 참여 기업 자부담으로 충당한다.", None),
    ("현지 항만 운영사인 남부항만물류(SPL)의 부사장도 나선다.", "남부항만물류(SPL)"),
    ("현지 유통 체인 마트원과 계약을 맺었다.", "마트원"),
    # a legal form that opens the firm's name
    ("법무법인 세온의 정다은 변호사는 노무 분야 변화를 짚었다.", "법무법인 세온"),
    ("현지 협력 업체 관계자들이 참석했다.", None),
    ("참가 기업 관계자들이 상담했다.", None),
    ("현지 진출 기업 대표 20명이 참석했다.", None),
    ("경기도 소재 화장품 기업 A사는 계약했다.", None),
    ("한빛케미칼 베트남법인 이수진 법인장은 말했다.", None),
    ("국내 배터리 소재 기업 다섯 곳과 함께 얼라이언스를 꾸렸다.", None),
    # where its head office is
    ("창원에 본사를 둔 대한정공 등 4개사가 계약을 맺었다.", "대한정공"),
    ("경기도에 본사를 둔 기업 23개사가 참가했다.", None),
    # a name right before its Latin form keeps its last syllable; an agreement or an event
    # after the kind of business is no company
    ("공장 운영은 현지 법인인 해담비나(Haedam Vina Co., Ltd.)가 맡는다.", "해담비나"),
    ("한·베 기업 MOU 32건을 체결했다.", None),
    ("호찌민 한국기업 잡페어에 다녀왔어요.", None),
)  # fmt: skip
def company_mark(segment: Segment) -> Iterator[Found]:
    """A company by its legal mark (`㈜`, `(주)`), or a name written right after the kind
    of business it is (`핀테크 기업 하나로페이와`) or where its head office is (`본사를 둔
    대한정공`) that Kiwi does not read as common words."""
    text = segment.text
    for m in _MARKED.finditer(text):
        written = m.group("name")
        josa = strip_josa(written)[1]  # Kiwi writes ㈜ as (주): cut the particle off as written
        name = written[: len(written) - len(josa)] if josa and written.endswith(josa) else written
        if len(re.sub(r"㈜|\(주\)|\s", "", name)) >= 2:
            vina = _VINA.match(text, m.start("name") + len(name)) if not josa else None
            if vina:  # "㈜세원정밀 비나 공장": its Vietnamese company, 비나 (Vina) in its name
                name += vina.group(0)
            yield _found(name, m.start("name"), m.start("name") + len(name))
    for m in [*_KIND_BEFORE.finditer(text), *_HEADQUARTERED.finditer(text)]:
        bracket = text.startswith("(", m.end("name"))  # "해담비나(Haedam Vina …)": no particle
        name = m.group("name") if bracket else strip_josa(m.group("name"))[0]
        start = m.start("name")
        form = _LEGAL_FORM.search(text, 0, start)
        if form and m.re is _KIND_BEFORE:  # "법무법인 세온": the legal form is the name's
            start = form.start()
        core = re.sub(r"\([A-Za-z0-9&]+\)$", "", name)  # "남부항만물류(SPL)"
        if (
            len(name) < 2
            # common words name a company with its acronym after them: 남부항만물류(SPL),
            # or with its head after them: "생활용품 기업 누리홈의 최정우 대표"
            or (
                core == name
                and common_words_only(core)
                and not unknown_word(core)
                and not _HEAD_AFTER.match(text, m.start("name") + len(name))
            )
            or name in NOT_NAMES
            or name in NOT_ORGS
            or name in NOT_ACRONYMS  # "한·베 기업 MOU 32건": an agreement
            or name.endswith(EVENT_NOUNS)  # "한국기업 잡페어": an event
            or name in ROLES
            or re.fullmatch(CITY, name)
            or name in CITY_STEMS
            or re.fullmatch(r"[A-Z]{1,2}사", name)  # "기업 A사": a company the paper keeps unnamed
            # "기업 다섯 곳과": how many companies, a number and its counter
            or bool(
                re.match(
                    r"\s?(?:곳|개사|개|군데|가지)(?:[은는이가의와과을를도에]|에서)?(?![가-힣])",
                    text[m.end("name") :],
                )
            )
            # "베트남법인 이수진 법인장": a bare word before a position is the person
            or (name == m.group("name") and _POSITION_AFTER.match(text, m.end("name")))
        ):
            continue
        name = text[start : m.start("name")] + name
        yield _found(name, start, start + len(name))


# A legal form that opens a firm's name ("법무법인 세온", "회계법인 한결"), 법인 its last word
_LEGAL_FORM = re.compile(r"(?<![가-힣])(?:법무|회계|세무|특허|사단|재단|학교|의료)법인\s$")


# "…의 최정우 대표": the company's head, named after it
_HEAD_AFTER = re.compile(
    r"의\s[가-힣]{2,4}(?:\([^()]{2,30}\))?\s(?:대표|대표이사|사장|부사장|회장|법인장|지사장)"
    r"(?:[은는이가의도]|$|\s)"
)


# A company named in Latin letters inside Korean text: capitalised words, perhaps a legal
# form ("Co., Ltd.", "JSC"), a particle or a bracket right after ("Saigon Noodle JSC에",
# "Haedam Vina Co., Ltd.를", "Asia Consumer Insight에").
_LATIN_COMPANY_WORDS = words("vi/company-words")
_LEGAL = r"(?:,?\s?Co\.,?\s?Ltd\.?|,?\s?Ltd\.|\sJSC|\sCorp\.|,?\sInc\.|\sLLC|\sPLC)"
_LATIN_NAME = re.compile(
    # not from inside another Latin run ("(Da Nang Water JSC)": not from "Nang")
    r"(?<![A-Za-z0-9&.\-(])(?<![A-Za-z0-9&.,]\s)"
    r"(?P<name>[A-Z][A-Za-z0-9&\-]*(?:\s(?!Co\.|Ltd\.|JSC\b|Corp\.|Inc\.)[A-Z][A-Za-z0-9&\-]*){0,5}"
    + _LEGAL
    + r"?)(?=(?:"
    + _PARTICLE
    + r"|과|와)?(?:[\s,.(')’]|$))"
)
# The kind of body just before a name (`시장조사업체 Asia Consumer Insight에`, `벤처캐피털
# Lotus Ridge Ventures와`): what it is, whatever its words.
_KIND_WORD = re.compile(
    r"(?:"
    + alternation((*_COMPANY_KINDS, "시공사", "여행사", "재단", "협력기관", "기관", "단체"))
    + r")(?:인|이자)?\s$"
)


@rule(
    "ko.organisation.latin-name",
    "organisation",
    ("현지 업체 Saigon Noodle JSC에 생산을 맡긴다.", "Saigon Noodle JSC"),
    ("현지 법인 Haedam Vina Co., Ltd.를 세웠다.", "Haedam Vina Co., Ltd."),
    ("시장조사업체 Asia Consumer Insight에 따르면 수요가 늘었다.", "Asia Consumer Insight"),
    ("벤처캐피털 Lotus Ridge Ventures와 손잡았다.", "Lotus Ridge Ventures"),
    ("시공은 현지 기업 Vinh Long Biogas JSC가 맡는다.", "Vinh Long Biogas JSC"),
    ("행사는 Hanoi Grand Plaza에서 열렸다.", None),
    ("응우옌 반 토(Nguyen Van Tho) 차관이 참석했다.", None),
    ("베트남 법인 Hanbit Foods Vina Co., Ltd.(한빛푸드비나) 공장을 세웠다.", "Hanbit Foods Vina Co., Ltd.(한빛푸드비나)"),
    ("다낭급수주식회사(Da Nang Water JSC)와 계약했다.", None),
    ("베트남 의약품 유통기업 메디코 사이공(Medico Saigon JSC)과 합작법인을 세운다.",
     "메디코 사이공(Medico Saigon JSC)"),
    ("베트남 사이공뉴포트(Tân Cảng Sài Gòn)와 함께", None),
)  # fmt: skip
def latin_name(segment: Segment) -> Iterator[Found]:
    """A company named in Latin letters in Korean text: two or more capitalised words
    ending in a legal form (`JSC`, `Co., Ltd.`) or a company word (`Group`, `Ventures`,
    `Securities` …: data/vi/company-words.txt), or written right after the kind of body it
    is (`시장조사업체 Asia Consumer Insight`). A Latin name in brackets after a Korean one is
    that name's own form, not another body: the Korean one is read with it, where the
    Latin one says it is a company (`메디코 사이공(Medico Saigon JSC)`)."""
    text = segment.text
    for m in _LATIN_NAME.finditer(text):
        name = (
            m.group("name").rstrip(".") if not m.group("name").endswith("Ltd.") else m.group("name")
        )
        words_ = name.replace(",", " ").split()
        if len(words_) < 2 or text[: m.start()].endswith("("):
            continue
        legal = bool(re.search(_LEGAL + r"$", name))
        company = words_[-1] in _LATIN_COMPANY_WORDS
        kind = bool(_KIND_WORD.search(text[: m.start()]))
        if legal or company or kind:
            # "Hanbit Foods Vina Co., Ltd.(한빛푸드비나)": its Korean name in brackets, one body
            korean = re.match(r"\(([가-힣]{2,15})\)", text[m.start() + len(name) :])
            end = m.start() + len(name) + (korean.end() if korean else 0)
            yield _found(name + (korean.group(0) if korean else ""), m.start(), end)
    yield from _korean_then_latin(text)


# "메디코 사이공(Medico Saigon JSC)": a company's Korean name, its Latin one in brackets
_KOREAN_THEN_LATIN = re.compile(
    r"(?<![가-힣])(?P<korean>[가-힣]{2,12}(?: [가-힣]{2,12}){0,2})\("
    r"(?P<latin>[A-Z][A-Za-z0-9&\-]*(?:\s[A-Z][A-Za-z0-9&\-]*){0,5}" + _LEGAL + r"?)\)"
)


def _korean_then_latin(text: str) -> Iterator[Found]:
    """A Korean name before its Latin form in brackets, when the Latin one ends in a legal
    form or a company word: as many Korean words as the Latin name has (legal form
    apart), a kind of body before them left out (`유통기업 메디코 사이공`)."""
    for m in _KOREAN_THEN_LATIN.finditer(text):
        latin = m.group("latin")
        legal = re.search(_LEGAL + r"$", latin)
        bare_latin = latin[: legal.start()] if legal else latin
        if not legal and bare_latin.split()[-1] not in _LATIN_COMPANY_WORDS:
            continue
        words_ = m.group("korean").split()[-len(bare_latin.split()) :]
        # "가운데 하나인 탕롱리테일(Thang Long Retail)": what it is, said before the name
        said = [i for i, w in enumerate(words_[:-1]) if w.endswith("인")]
        words_ = words_[said[-1] + 1 :] if said else words_
        while words_ and (
            _KIND_WORD.search(words_[0] + " ")
            or re.search(r"(?:은|는|이|가|을|를|의|와|과)$", words_[0])
        ):
            words_.pop(0)
        korean = " ".join(words_)
        if not korean or any(words_[-1].endswith(e) and words_[-1] != e for e in ORG_ENDINGS):
            continue  # "다낭급수주식회사(Da Nang Water JSC)": its ending reads it (not "… 비나")
        start = m.end("korean") - len(korean)
        yield _found(f"{korean}({latin})", start, m.end())


# "합작법인 '세림메디코 베트남'": a body's name in quotes after its kind
_QUOTED = re.compile(
    r"(?P<kind>(?:합작법인|합작회사|법인|자회사|현지법인|협의체|연합체)\s)"
    r"['‘\"“](?P<name>[가-힣A-Za-z0-9&\-][가-힣A-Za-z0-9&\- ]{1,28}[가-힣A-Za-z])"
    r"(?:\((?P<latin>[A-Z][A-Za-z0-9&\- ]{2,40})\))?['’\"”]"
    r"(?=[은는이가을를의와과도에\s,.)]|에서|$)"
)


@rule(
    "ko.organisation.quoted",
    "organisation",
    ("현성중공업이 세운 '현성 하띤 조선기술훈련센터'가 문을 열었다.", None),
    ("메디코 사이공과 합작법인 '세림메디코 베트남(Serim Medico Vietnam)'을 세운다.",
     "세림메디코 베트남(Serim Medico Vietnam)"),
    ("'2026 한-베 투자포럼'이 열렸다.", None),
    ("'K-푸드 체험관'을 꾸렸다.", None),
    ("'하노이 스마트시티 센터'에서 열렸다.", None),
)  # fmt: skip
def quoted(segment: Segment) -> Iterator[Found]:
    """A name in quotes after the kind of body it is (`합작법인 '…'`). A quoted name that
    only ends like an organisation's is not read: on the tuned set, 2 of 12 such were bodies
    (the others a centre as a facility, a meeting `제5차 … 공동위원회`, a headline's words)."""
    text = segment.text
    for m in _QUOTED.finditer(text):
        name = m.group("name")
        if name in NOT_ORGS or name in GENERIC_ORGS:
            continue
        latin = m.group("latin")
        yield _found(name + (f"({latin})" if latin else ""), m.start("name") - 1, m.end())


# "한울건설 컨소시엄", "'KWTC 컨소시엄'": companies bidding together, under a member's name
_CONSORTIUM = re.compile(
    r"(?<![가-힣A-Za-z0-9&])(?P<name>(?P<owner>[가-힣A-Za-z0-9&]{2,15})\s컨소시엄)"
    r"(?=[은는이가을를의와과도에\s,.'’)]|에서|$)"
)


@rule(
    "ko.organisation.consortium",
    "organisation",
    ("사업은 한울건설 컨소시엄이 맡는다.", "한울건설"),
    ("공사는 현지 시공사와 'KWTC 컨소시엄'을 꾸렸다.", "KWTC"),
    ("입찰에는 여러 컨소시엄이 참여했다.", None),
)  # fmt: skip
def consortium(segment: Segment) -> Iterator[Found]:
    """Companies bidding together under a member's name: the member (a company's or an
    acronym's name before `컨소시엄`) is the organisation read. The consortium is a grouping
    for one bid, not a body: 7 of 9 consortia the tuned set's keys meet are keyed by their
    leading company alone."""
    for m in _CONSORTIUM.finditer(segment.text):
        owner = m.group("owner")
        if owner.isupper() or owner.endswith(tuple(_COMPANY_ENDINGS)) or names_a_body(owner):
            yield _found(owner, m.start("owner"), m.end("owner"))


# The words that end an office's, a branch's or a subsidiary's name
_OFFICES = "대표사무소|사무소|법인|지사|지점|무역관|지부|지원단|비즈니스센터"
# The endings of an office's, a branch's or a subsidiary's own name (the ending rule's `end`:
# 대표사무소 ends in 사무소; a 지원단 has no head's post of its own)
_OFFICE_ENDINGS = frozenset(_OFFICES.split("|")) - {"대표사무소", "지원단"}
# An owner in capitals (KOTRA) or an acronym in mixed case (aT)
_ACRONYM_OWNER = re.compile(r"[A-Z][A-Z0-9&]{1,9}|[a-z][A-Z]{1,5}")
# "세진테크 베트남 법인", "한국산업인력공단 호찌민 사무소": a body's office or subsidiary in a
# country or city, written apart; the ending rule reads the joined "누리마트 베트남법인"
_BRANCH = re.compile(
    r"(?<![가-힣A-Za-z0-9&])(?P<name>(?:(?P<mark>㈜|\(주\))\s?)?(?P<owner>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14})"
    r"\s(?:베트남|한국|(?:"
    + alternation(CITY_STEMS)
    + r")(?:시|성)?)\s?(?:"
    + _OFFICES
    + r"))(?:장|님)*"
    r"(?=[은는이가을를의와과도에\s,.)(·]|에서|$)"
)


@rule(
    "ko.organisation.branch",
    "organisation",
    ("세진테크는 세진테크 베트남 법인(Sejin Tech Vina)을 통해 투자한다.", "세진테크 베트남 법인"),
    ("한국산업인력공단 호찌민 사무소의 윤지호 소장은 말했다.", "한국산업인력공단 호찌민 사무소"),
    ("줄이 길었던 곳은 ㈜대성전자 베트남 법인 부스였다.", "㈜대성전자 베트남 법인"),
    ("김민수 베트남 법인장은 말했다.", None),
    ("현지 협력 베트남 법인을 세웠다.", None),
    ("한국계 은행 베트남 법인 순이익이 늘었다.", None),
    ("도가 주최하고 경남테크노파크와 KOTRA 경남지원단이 공동 주관한다.", "KOTRA 경남지원단"),
    ("한국농수산식품유통공사(aT)가 주최하고 aT 호찌민지사가 주관했다.", "aT 호찌민지사"),
    ("행사 주관은 콘진원 베트남 비즈니스센터가 맡았다.", "콘진원 베트남 비즈니스센터"),
    # named only in its head's post: the person's role says it, to check
    ("서민규 KOTRA 하노이무역관장은 말했다.", "? KOTRA 하노이무역관"),
)  # fmt: skip
def branch(segment: Segment) -> Iterator[Found]:
    """A body's office, subsidiary or branch in a country or a city, written as three words
    (`… 베트남 법인`, `… 호찌민 사무소`), owned by a name in capitals, a company (marked, or by
    its ending) or a word that names a body; `장` after it is its head, not its name. The
    joined form (`… 베트남법인`) is the ending rule's, which reads it the same way.

    An office named only in its head's post (`KOTRA 하노이무역관장`) is the person's role, and
    goes to the translators: the tuned set's keys hold 8 of the 23 offices named that way as
    organisations of their own, and 23 of the 26 named otherwise."""
    for m in _BRANCH.finditer(segment.text):
        owner = m.group("owner")
        joined = m.group("name")[-5:].count(" ") == 0 and not re.search(
            r"\s(?:" + _OFFICES + r")$", m.group("name")
        )
        if joined and not _ACRONYM_OWNER.fullmatch(owner):
            continue  # "누리마트 베트남법인": the ending rule's; an agency's office joined: ours
        if owner in ORG_ENDINGS or owner in _COMPANY_ENDINGS:
            continue  # "한국계 은행 베트남 법인": a kind of body, not whose office
        if not (
            m.group("mark")
            or _ACRONYM_OWNER.fullmatch(owner)
            or owner.endswith((*ORG_ENDINGS, *_COMPANY_ENDINGS))
            or (names_a_body(owner) and not re.fullmatch(KOREAN_NAME, owner))
        ):
            continue
        found = _found(m.group("name"), m.start("name"), m.end("name"))
        if m.group(0).endswith("장"):
            found.doubt = "named only in its head's post"
        yield found


# "주호찌민 대한민국 총영사관", "주한 베트남 대사관": a mission by its host city and country
_MISSION = re.compile(
    r"(?<![가-힣A-Za-z])(?P<name>(?:주[가-힣]{1,6}\s)?(?:대한민국|한국|베트남)\s(?:총영사관|대사관|영사관))"
    r"(?=[은는이가을를의와과도에\s,.)·]|에서|$)"
)


@rule(
    "ko.organisation.mission",
    "organisation",
    ("주호찌민 대한민국 총영사관이 공동 주최했다.", "주호찌민 대한민국 총영사관"),
    ("행사는 주한 베트남 대사관에서 열렸다.", "주한 베트남 대사관"),
)  # fmt: skip
def mission(segment: Segment) -> Iterator[Found]:
    """An embassy or consulate named by its host and its country as two words
    (`주호찌민 대한민국 총영사관`); the ending rule reads the joined form (`주베트남
    한국대사관`)."""
    for m in _MISSION.finditer(segment.text):
        yield _found(m.group("name"), m.start("name"), m.end("name"))


# A company's post, perhaps with where or what it covers: "대표", "구매총괄이사", "베트남법인장"
_COMPANY_POST = (
    r" (?:베트남|현지|해외|구매|영업|총괄|구매총괄|수석|상임)?"
    r"(?:대표이사|공동대표|대표|부사장|사장|부회장|회장|법인장|지사장|본부장|이사장|이사)"
    r"(?=[은는이가의와과을를도,]|\s|$)"
)
# A person, then one word, then a company's post: the word is the company the person works
# for ("정하늘 한결뷰티 대표는", "쩐 티 마이(Tran Thi Mai) 탕롱리테일 구매총괄이사는").
_HOLDER = re.compile(
    r"(?<![가-힣])(?P<person>"
    + KOREAN_NAME
    + r"|[가-힣]{1,2}(?: [가-힣]{1,2}){1,3}\([\p{L} .\-]{3,40}\))"
    r" (?P<name>[가-힣][가-힣A-Za-z0-9&]{2,11})" + _COMPANY_POST
)


# A word, then a person, then a company's post: the word is the company ("한울발전 김태민
# 사장은", the Korean order of body, name and post).
_HOLDER_AFTER = re.compile(
    r"(?<![가-힣A-Za-z0-9&])(?P<name>[가-힣][가-힣A-Za-z0-9&]{2,11}) (?P<person>"
    + KOREAN_NAME
    + r")"
    + _COMPANY_POST
)


@rule(
    "ko.organisation.post-holder",
    "organisation",
    ("정하늘 한결뷰티 대표는 라인을 따로 개발했다고 밝혔다.", "한결뷰티"),
    ("쩐 티 마이(Tran Thi Mai) 탕롱리테일 구매총괄이사는 가격이 부담이라고 했다.", "탕롱리테일"),
    ("박상철 우진산업 베트남법인장은 말했다.", "우진산업"),
    ("김민수 베트남 법인장은 말했다.", None),  # where, no company
    ("이영희 현지법인 대표는 말했다.", None),  # a kind of body, no name
    ("최윤호 신임 대표는 취임했다.", None),
    # the body, then the person and the post
    ("한울발전 김태민 사장은 연간 발전량을 밝혔다.", "한울발전"),
    ("당시 김태민 사장은 말했다.", None),
    ("준공식에는 김태민 사장이 참석했다.", None),  # a word with its particle
)  # fmt: skip
def post_holder(segment: Segment) -> Iterator[Found]:
    """The word between a person's name and a company's post (`대표`, `법인장`, `구매총괄이사`)
    is the company they work for, when it is a name (no common words, no place)."""
    for m in [*_HOLDER.finditer(segment.text), *_HOLDER_AFTER.finditer(segment.text)]:
        name, person = m.group("name"), m.group("person")
        if (
            strip_josa(name)[1]  # "체결식에는 김 대표", "대목에서": a word with its particle
            or name.endswith(("인", "의"))
            or re.fullmatch(KOREAN_NAME, name)  # "이 공장 김도윤 법인장": the person's name
            # "명의 시민이 행사장을", "주도한 최윤희 이사장": no person before it
            or (
                "(" not in person
                and common_words_only(person, frozenset({"VV", "XSV", "ETM"}))
                and (len(person) == 2 or not common_words_only(person))
            )
            or name in NOT_ORGS
            or name in NOT_NAMES
            or name in ROLES
            or name in CITY_STEMS
            or re.fullmatch(CITY, name)
            or any(name.endswith(e) for e in ORG_ENDINGS)  # read by its ending
            or not (names_a_body(name) or not (common_words_only(name) or is_proper_noun(name)))
        ):
            continue
        yield _found(name, m.start("name"), m.end("name"))
