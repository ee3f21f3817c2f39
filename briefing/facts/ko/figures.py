"""Figures in Korean text, each with what it measures.

`ko.figure.quantity` reads every count, sum, share, target year and rank (`5일`, `1~9월`,
`5년간`, `1인당` are times and rates, no figures); the label is read word by word (eojeol,
particles off) by the first label rule that applies: `AI 엔지니어 3,000명` (the noun before),
`총 1,200만 달러를 지원` (the verb after), `교역액이 655억 달러로` (the subject), `6.1% 증가`
(subject and change), `관광객의 25%` (the whole it is a share of), `2027년까지` (a target
year), `3대 교역국`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

import regex as re

from briefing.document import Evidence, Figure, Organisation, Segment
from briefing.facts.base import (
    LIST_MARKS,
    Found,
    bare,
    before_colon,
    figure_label,
    figure_run,
    label_each,
    label_rule,
    label_rule_of,
    names_an_organisation,
    restated,
    rule,
    table_column,
)
from briefing.facts.ko.lexicon import (
    ADNOMINAL,
    ALLOCATING,
    BARE_DEEDS,
    BOUNDARY,
    CITY_STEMS,
    COUNTERS,
    EVENT_NOUNS,
    GENERIC,
    HOLLOW,
    KOREAN_NAME,
    LOCATION,
    REACHING,
    REGION_WORDS,
    ROLE,
    SKIP,
    SUBJECT,
    TIME_UNITS,
    TIME_WORDS,
    UNIT_WORDS,
    VAGUE_OBJECTS,
    Word,
    morphemes,
    words_of,
)
from briefing.numbers import Quantity, duration_words, ko_quantities
from briefing.numbers.ko import CURRENCY_NAMES

CHANGE = {"증가": "증가", "늘": "증가", "감소": "감소", "줄": "감소", "성장": "성장",
          "상승": "상승", "하락": "하락", "확대": "확대", "축소": "축소", "끌어올": "상향",
          # native verbs of rising and falling, in their merged forms: 낮추다 → 낮출, 낮춰
          "낮추": "인하", "낮출": "인하", "낮춘": "인하", "낮춰": "인하", "낮췄": "인하",
          "높이": "상향", "높일": "상향", "높인": "상향", "높여": "상향", "높였": "상향",
          "높아": "상승", "오르": "상승", "오른": "상승", "올라": "상승", "올랐": "상승", "오를": "상승",
          "떨어": "하락", "내려": "하락", "내렸": "하락", "내린": "하락",
          "올리": "인상", "올린": "인상", "올려": "인상", "올렸": "인상", "올릴": "인상",
          "낮아": "하락", "깎": "인하"}  # fmt: skip
# Verbs that say a figure is a level, near or short of another, not a change of it
# "97% 가까이 됩니다": 되다 after a degree word is being that much, no change
_LEVEL_VERBS = (
    "가까",
    "가깝",
    "그쳐",
    "그쳤",
    "그친",
    "그칠",
    "머물",
    "머무",
    "머문",
    "됩니",
    "된다",
    "됐다",
    "되었",
)
VERB_ENDINGS = re.compile(
    r"(?:하기|하고|하는|한다|했다|했으며|할|한|해|하며|하여|된다|됐다|되는|되며|될|된|했고|"
    r"함|하겠다|하기로|받는|받아|한다고|했다고|하겠다고|"
    # the formal and broadcast forms: "참석하였다", "참석했습니다", "개최됩니다"
    r"하였다|하였으며|하였고|하였습니다|했습니다|합니다|했으나|하였으나|되었다|되었으며|됐습니다|"
    r"됩니다|되었습니다)$"
)
# "터빈 80기가", "LNG 탱크 2기를": 기 counts machines and plants where a particle or nothing
# follows it (not 기업, 기관, nor 1기당, a rate's base)
_COUNTER = "|".join(COUNTERS) + r"|기(?=(?:가|를|는|의|와|씩|에|로|도)?(?![가-힣]))"
# A time or a rate right after a number; "시" only as an hour ("3시에"), not "시대", "시장".
_TIME_AFTER = re.compile(
    r"\s*(?:"
    + "|".join(u for u in TIME_UNITS if u != "시")
    + r"|시(?![가-힣]|\s*\d)|시(?=부터|까지|에|경|반|께|쯤))"
)
Words = tuple[Word, ...]


# Nouns that say only how a deed is measured: "취업하는 비율", "지원하는 금액"
_MEASURE_HEADS = {"비율", "비중", "금액", "건수", "인원", "규모"}
# Bound nouns that end a clause, no part of a noun phrase: "7천여 명에 이를 만큼 인적 교류도"
_BOUND_NOUNS = {"만큼", "때문", "뿐", "대로"}


def is_noun(word: Word) -> bool:
    """The word may be part of a noun phrase a label is made of: no verb form, adverb,
    adnominal, unit word or number alone."""
    stem = word.stem
    if word.verbal or word.adverb:
        return False  # "또 현지 유소년 선수": an adverb is no part of what is counted
    if not stem or not re.search(r"[가-힣A-Za-z]", stem):
        return False
    if word.text.rstrip(",.") in ADNOMINAL or (
        len(stem) == 1 and word.josa in {"은", "는"} and stem not in {"수", "양", "율", "액"}
    ):
        return False  # "같은 기간": an adjective before a noun; "지점 수는": the number of
    if stem in UNIT_WORDS or stem in _BOUND_NOUNS:
        return False
    if VERB_ENDINGS.search(stem) or stem.endswith(("고", "며", "면", "서", "지만", "위해")):
        tokens = morphemes(stem)  # "호위함": a noun Kiwi knows, whatever its end; not "올해"
        # "상한을": with its particle Kiwi reads the noun (alone, 상하+ㄴ)
        said = morphemes(word.text.strip("'\",.")) if word.josa else ()
        particled = (
            len(said) > 1
            and said[0][:2] == (stem, "NNG")
            and all(t[1].startswith("J") for t in said[1:])
        )
        # "인플루언서": a loanword Kiwi cuts into nouns only, still one noun
        alone = bool(tokens) and all(token[1] in {"NNG", "NNP"} for token in tokens)
        if not (alone or particled) or stem in TIME_WORDS:
            return False
    return not word.text.endswith((",", "."))


# Words that link a sentence to the one before: "한편", "또한", "특히"
_CONNECTIVES = {"한편", "또한", "특히", "아울러", "이에", "다만", "그러나", "하지만", "반면", "또"}


def _sized_by_figure(words: Words, index: int) -> bool:
    """A figure (with its counter: `200만 개`) right before words[index]."""
    before = words[index - 1].text if index > 0 else ""
    if re.search(r"\d", before):
        return True
    return len(before) <= 2 and index > 1 and bool(re.search(r"\d", words[index - 2].text))


# The mark that opens an item of a list written in one line: "▲학점 교류 …", "□ …"
_BULLET = re.compile(r"^[▲△■□◆◇●○※]+")


# A project's phase or unit by its number: "1단계", "제2공장", "3호기"
_PHASE = re.compile(r"제?\d{1,2}(?:단계|공장|호기|차\s?사업)")


# Per whom or what a measure is reckoned, before it: "1인당", "기업당", "기당", "1㎏당"
_PER_WHOM = re.compile(
    r"(?:\d+\s?)?(?:인|명|가구|세대|기업|업체|사|개사|곳|개|기|대|건|ha|㏊|헥타르|㎏|kg|톤|t|MW|㎡|m²|평)당"
)


def _per_whom(word: Word) -> str:
    """The word as a per word (`1인당`, after an opening quote too), or ""."""
    said = word.text.lstrip("\"“'‘")
    return said if not word.josa and _PER_WHOM.fullmatch(said) else ""


def phrase_before(words: Words, index: int, limit: int = 5) -> list[str]:
    """The noun phrase that ends at words[index], walking back over bare nouns and
    genitives (…의); a word with another particle ends the phrase before it."""
    out: list[str] = []
    i = index
    while i >= 0 and len(out) < limit:
        word = words[i]
        if word.stem in SKIP and not out:
            i -= 1
            continue
        if out and word.text in _SIZE_SAID:
            break  # "7천 명 수준인 반도체 설계 인력": the size said of the phrase, not in it
        joined = (
            out
            and i > 0
            and len(out) <= 2
            and (
                (word.stem == "및" and is_noun(words[i - 1]) and not words[i - 1].josa)
                or (
                    word.josa in {"과", "와"}
                    and is_noun(word)
                    and word.stem not in TIME_WORDS
                    and not re.search(r"[\d()]", word.text)  # "(약 2,500만 달러)와"
                    and not re.search(r"\d", words[i - 1].text)  # "1만 가구와": a count
                )
            )
        )
        if joined and word.stem == "및":
            # "현장 계약 및 업무협약(MOU)은 37건": both, joined
            out.insert(0, "및")
            i -= 1
            continue
        if joined:  # "수출 계약과 업무협약은 9건": both, joined by 과/와
            out.insert(0, word.text.rstrip(","))
            i -= 1
            continue
        opened = word.stem.rfind("(")
        if opened > 0 and ")" not in word.stem[opened:] and not any(")" in w for w in out):
            # "물류센터(창고 면적 5천㎡)": the bracket the figure stands in opens in this word
            inner = replace(word, text=word.text[opened + 1 :], stem=word.stem[opened + 1 :])
            if is_noun(inner) and not re.search(r"\d", inner.stem):
                out.insert(0, inner.stem)
            break
        per_whom = _per_whom(word)
        if per_whom and out and any(w not in TIME_WORDS | _RATES | {"월", "연"} for w in out):
            out.insert(0, per_whom)  # "1인당 국내총생산(GDP)": per whom it is reckoned
            i -= 1
            continue
        if not is_noun(word) or (re.search(r"\d", word.stem) and not _PHASE.fullmatch(word.stem)):
            break  # a number is no part of what is measured, but a phase's is ("2단계에")
        if (
            i > 0
            and re.search(r"\d[\d.,]*(?:만|천|백|억)?$", words[i - 1].text)
            and re.fullmatch(r"[A-Za-z²³㎡㎢㎞]{1,4}", word.stem)
        ):
            break  # "8만 m² 부지": the unit of the figure before, no part of the phrase
        if word.stem in GENERIC and word.josa == "의" and (not out or _sized_by_figure(words, i)):
            break  # "12만㎡ 규모의 공동물류센터": the size word is no part of what is measured
        if out and (word.josa in BOUNDARY or word.stem in TIME_WORDS):
            break  # "이날 내년 상반기 중 공무원 20명": when, no part of who
        if out and word.stem in _CONNECTIVES:
            break  # "한편 수출입은행은": how the sentence links to the last, no part of who
        if out and word.text.endswith(","):
            break
        if out and word.text.endswith(":") and not all(w in TIME_WORDS for w in out):
            break  # "- 지분 구조: 동해에너지 40%": the colon ends what is counted (not
            # "처리 용량: 하루 3만t", a rate's time)
        if _BULLET.match(word.text):  # "▲대학생 교환연수 연 50명": a list item opens here
            stem = _BULLET.sub("", word.stem)
            if stem:
                out.insert(0, stem + ("의" if word.josa == "의" else ""))
            break
        out.insert(0, word.stem + ("의" if word.josa == "의" else ""))
        i -= 1
    while len(out) > 1 and out[0] in {"중", "내", "가운데"}:
        out.pop(0)  # "상반기 중 공무원": the time's end; "이 가운데 베트남 비중": of which
    if len(out) == 1 and out[0] in _SHARE_NOUNS and i > 0 and words[i].text.startswith("차지"):
        return _occupied(words, i) + out
    return out


def _occupied(words: Words, verb: int) -> list[str]:
    """Whose share and of what, in the clause of `차지하는` before a share noun: `매출에서
    베트남이 차지하는 비중` -> 매출 중 베트남; `첨단산업이 FDI에서 차지하는` -> FDI 중 첨단산업."""
    part: list[str] = []
    whole: list[str] = []
    for j in range(verb - 1, max(verb - 3, -1), -1):
        word = words[j]
        if word.josa in {"이", "가"} and not part and is_noun(word):
            part = phrase_before(words, j)
        elif word.text.endswith("에서") and not whole and is_noun(word):
            whole = phrase_before(words, j)
        else:
            break
    return [*whole, "중", *part] if whole and part else part


# Words that only say "the amount" or "the size", of the subject of the clause before
_AMOUNT_WORDS = {"금액", "액수", "총액", "규모"}


def _figure_clause_end(words: Words, k: int) -> bool:
    """words[k] ends a figure's clause with `…로,`: `3건으로,`, `98만 TEU로,`."""
    return words[k].text.endswith(("로,", "으로,")) and bool(
        re.search(r"\d", words[k].text) or (k > 0 and re.search(r"\d", words[k - 1].text))
    )


def _clause_subject_before(words: Words, index: int) -> list[str]:
    """The subject of the figure's clause that ends with `…로,` right before words[index]
    (`업무협약(MOU)은 3건으로,`), or []."""
    k = index
    while k >= 0 and not words[k].text.endswith(("로,", "으로,")):
        if words[k].josa or words[k].text.endswith((",", ".")):
            return []
        k -= 1
    return subject_of(words, k - 1) if k > 0 and _figure_clause_end(words, k) else []


def subject_of(words: Words, index: int) -> list[str]:
    """The subject of the clause that the figure at words[index] belongs to: the nearest
    word before it with 이/가/은/는, and its noun phrase."""
    for i in range(index, -1, -1):
        counted = i > 0 and re.search(r"\d", words[i - 1].text) and words[i].stem in COUNTERS
        if words[i].text.endswith(",") and not re.search(r"\d", words[i].text) and not counted:
            # "(MOU)은 14건, 4천500만 달러", "투자는 10,200여 건, 927억 달러로": another
            # figure of the same subject
            break
        # "정시 운항률도 올해 92%로": 도 (also) marks the subject as 은/는 would
        subject = words[i].josa in SUBJECT or words[i].josa == "도"
        if subject and words[i].stem == "곳" and (clause := _relative_clause(words, i)):
            return [clause]  # "한국 기업과 거래해 본 곳은 5%도": the places the clause says
        if subject and is_noun(words[i]) and words[i].stem not in TIME_WORDS:
            if words[i].stem.endswith(")") and "(" not in words[i].stem:
                # "유수율(생산량 대비 … 수량의 비율)은": the noun before the bracket
                opener = next((j for j in range(i, -1, -1) if "(" in words[j].text), None)
                if opener is not None and words[opener].text.split("(")[0]:
                    return [words[opener].text.split("(")[0]]
            phrase = phrase_before(words, i)
            if phrase == ["규모"] and i > 0 and _bare_noun(words[i - 1]):
                # "투자의향서 규모는 총 1800만 달러": the size of what
                phrase = [*phrase_before(words, i - 1), "규모"]
            if len(phrase) == 1 and phrase[0] in _AMOUNT_WORDS:
                # "업무협약(MOU)은 3건으로, 금액은 160만 달러다": the amount of the clause
                # before's subject
                phrase = [*_clause_subject_before(words, i - 1), *phrase]
            measure_head = len(phrase) == 1 and phrase[0] in GENERIC | _MEASURE_HEADS
            if measure_head and i > 0 and words[i - 1].adnominal:
                # "국내에 취업하는 비율도": a general noun with the deed it is of
                deed = _deed_noun(words[i - 1])
                # "국내 취업에 성공한 비율은": what the deed is in, before it
                aim = words[i - 2] if i > 1 and words[i - 2].josa in {"에", "을", "를"} else None
                aimed = [aim.stem] if aim is not None and is_noun(aim) else []
                return [*aimed, deed, *phrase] if deed else phrase
            clause = _relative_clause(words, i) if len(phrase) == 1 else ""
            if clause:  # "실습해 본 학생은 10%도": the students the clause says, not all
                return [clause]
            whole = _share_topic(words, i) if words[i].josa in {"이", "가"} and phrase else []
            if whole:
                # "컨소시엄 지분은 한울건설이 40%로 가장 많고, 푸홍그룹이 25%": whose share
                # (as `지분은 동해에너지 40%, …` is shared out)
                return [*whole, f"({' '.join(phrase)})"]
            return phrase
    return []


def _relative_clause(words: Words, head: int) -> str:
    """The subject at words[head] with the clause that modifies it, as written (`한국 기업과
    거래해 본 곳`, `반도체 공정을 직접 가르칠 수 있는 인력`): the words back from the verb
    before the noun, within six, to another subject, a comma, a figure or a clause's end;
    "" where no verb modifies the noun."""
    if head < 1 or not (words[head - 1].verbal and words[head - 1].adnominal):
        return ""
    start = head - 1
    for k in range(head - 2, max(-1, head - 8), -1):
        word = words[k]
        inside = word.josa in _IN_A_CLAUSE and not re.search(r"\d|,$", word.text)
        if word.verbal and not word.adnominal:
            # "거래해 본": a verb before its helper; "이르지만": another clause
            inside = words[k + 1].stem.startswith(_HELPERS) and words[k + 1].verbal
        elif word.stem in SKIP or word.stem in TIME_WORDS:
            inside = False  # "85명 가운데": the whole it is of, said before
        if not inside:
            break
        start = k
    if start == head - 1:
        return ""
    said = " ".join([*(w.text for w in words[start:head]), words[head].stem])
    return re.sub(r"['\"‘’“”]", "", said)


# Particles a word takes inside a clause that modifies a noun ("" for a bare word)
_IN_A_CLAUSE = {"", "을", "를", "과", "와", "의", "에", "에서", "로", "으로", "에게", "만"}
# Helper verbs after a verb ("거래해 본", "해 온", "가르칠 수 있는")
_HELPERS = ("본", "온", "둔", "놓은", "있는", "주는", "준")


# Nouns of a share that a sentence's topic may be, each part's given after it
_SHARE_NOUNS = {"지분", "비중", "점유율", "비율", "구성비", "지분율"}


def _share_topic(words: Words, subject: int) -> list[str]:
    """The topic before `subject`, in its sentence, when it names a share (`컨소시엄 지분은`):
    what each part's figure is a share of."""
    for j in range(subject - 1, -1, -1):
        if words[j].josa in {"은", "는"}:
            topic = phrase_before(words, j)
            return topic if topic and topic[-1] in _SHARE_NOUNS else []
        if words[j].text.endswith((".", "?", "!")):
            break
    return []


def verb_noun(word: Word) -> str:
    """'지원할' -> '지원', '증가했다' -> '증가', '줄었다' -> '감소'."""
    core = word.text.strip("'\",.")
    for stem, noun in CHANGE.items():
        if core.startswith(stem):
            return noun
    stem = VERB_ENDINGS.sub("", core)
    if stem == core:
        stem = _verbal_noun(core)  # "채용했는데", "고용하게": Kiwi's noun before 하/되
    if not stem:  # no verb ending: a particle may end it; "참가했습니다": 가 is the stem's
        stem = re.sub(r"(?:에|을|를|이|가|은|는)$", "", core)
    return stem if len(stem) >= 2 and re.fullmatch(r"[가-힣]+", stem) else ""


def _deed_noun(word: Word) -> str:
    """The noun of a `noun + 하다` verb as written (`투자해` -> 투자, `조성한다` -> 조성); ''."""
    return _verbal_noun(word.text.strip("'\",."), suffixes=("XSV",))


def _verbal_noun(word: str, suffixes: tuple[str, ...] = ("XSV", "XSA")) -> str:
    """The nouns of a `noun + 하다/되다` verb as Kiwi reads it (`선발하기로` -> 선발); ''.
    `suffixes`: the verb-making suffixes read (XSV only: no adjective, `필요하다`)."""
    tokens = morphemes(word)
    for index, (_form, tag, start, _end) in enumerate(tokens):
        if tag in suffixes:
            nouns = tokens[:index]
            return word[:start] if nouns and all(t[1] == "NNG" for t in nouns) else ""
        if tag != "NNG":
            return ""
    return ""


# A kind written with digits, no figure: "1대1 상담", "B2B 상담", "5G 통신"
_KIND_CODE = re.compile(r"\d대\d|\d:\d|[A-Z]\d[A-Z]|\dG")


def phrase_after(words: Words, index: int, limit: int = 3) -> list[str]:
    """The noun phrase that starts at words[index]: bare nouns, up to the one that
    carries a particle (a number ends it: "24개사 관계자 200여 명")."""
    out: list[str] = []
    while (
        index < len(words)
        and len(out) < limit
        and (
            (is_noun(words[index]) and not re.search(r"\d", words[index].text))
            or (not out and bool(_KIND_CODE.fullmatch(words[index].text)))
        )
    ):
        if _BULLET.match(words[index].text):
            break  # "… 연 50명 ▲다낭 내 …": the list's next item
        out.append(_BULLET.sub("", words[index].stem))
        if words[index].josa:
            break
        index += 1
    return [word for word in out if word]


_PARTITIVE = {"중", "가운데"}


def _whole_of_part(words: Words, index: int) -> int:
    """The index of `중`/`가운데` where it follows a count at once or after one bare noun
    (`1천200명 중`, `22개 시군 가운데`) and another count comes within three words after
    it: the count is a whole that a part is taken from. -1 where not."""
    at = index
    if at < len(words) and words[at].stem not in _PARTITIVE:
        if words[at].josa or not is_noun(words[at]) or re.search(r"\d", words[at].text):
            return -1
        at += 1
    if at >= len(words) or words[at].stem not in _PARTITIVE or words[at].text != words[at].stem:
        return -1
    if not any(re.match(r"\d", w.text) for w in words[at + 1 : at + 4]):
        return -1
    return at


def _past_skipped(words: Words, index: int) -> int:
    """`index`, moved back past skip words (`약`, `총` …): the word before a figure that says
    something; -1 where none is left."""
    while index >= 0 and words[index].stem in SKIP:
        index -= 1
    return index


def _agent(words: Words, index: int) -> bool:
    """The word before the sum (skip words passed over) is a subject: the one who pays."""
    index = _past_skipped(words, index)
    return index >= 0 and words[index].josa in SUBJECT


def _payer(words: Words, index: int) -> list[str]:
    """The subject right before a sum (`해솔대가`, `BPA가`) when it is one or two bare nouns
    naming a body: not a person's post (`대표는`), a pointing word or a general noun."""
    index = _past_skipped(words, index)
    acronym = re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,9}", words[index].stem) if index >= 0 else None
    if index < 0 or words[index].josa not in {"이", "가"} or not (acronym or is_noun(words[index])):
        return []
    phrase = phrase_before(words, index, limit=2)
    if (
        not phrase
        or " ".join(phrase).count("(") != " ".join(phrase).count(")")  # "(… Vina)가": cut
        or re.fullmatch(ROLE, phrase[-1])
        or phrase[-1] in GENERIC | HOLLOW | TIME_WORDS
        or phrase[0] in {"이", "그", "저", "해당", "양측", "양국", "회사", "정부", "당사"}
    ):
        return []
    return phrase


def word_index(words: Words, position: int) -> int:
    """The index of the word that holds character `position` (the last word past the end)."""
    for i, word in enumerate(words):
        if word.end > position:
            return i
    return len(words) - 1


# ----------------------------------------------------------------------------- label rules


# Particles of where something is done or from whom: a noun with one is not what an object
# count after it counts.
_WHERE_FROM = {"에서", "에서는", "에서도", "에게", "으로부터", "로부터"}
# An approximation after a counter: "1만4천 명가량", "1만5천 명쯤", "300명 남짓".
_ABOUT = r"(?:가량|쯤|정도|남짓|안팎|내외)?"


def count_label(words: Words, first: int, last: int) -> tuple[list[str], str]:
    """ "10개 대학의 학생": the noun after the counter; "엔지니어 3,000명": the noun before;
    "투자자 등 250여 명이 참석했다": who came."""
    word = words[last]
    counter = re.match(r"[\d,.]+\s*(?:만|천|백|억)?\s*(?:여\s*)?(" + _COUNTER + ")", word.text)
    nxt = last + 1
    counter_word = word
    if (
        not counter
        and nxt < len(words)
        and re.match(
            r"(?:"
            + _COUNTER
            + r")(?:여)?"
            + _ABOUT
            # "80여 개사·베트남 12개 기관": the next item of a list after a middle dot
            + r"(?:[은는이가을를의에도와과로]|에서|으로)?(?:[,.]|·\S+)?$",
            words[nxt].text,
        )
    ):
        counter_word = words[nxt]
        nxt += 1  # "3,000 명"; not "500명을 채용한다" (채, a counter of houses)
    if (
        nxt + 1 < len(words)
        and words[nxt].text in _SIZE_SAID
        and (named := phrase_after(words, nxt + 1))
    ):  # "현재 7천 명 수준인 반도체 설계 인력을": what is counted, its size said first
        return named, "ko.label.noun-after"
    if counter_word.josa in {"였던", "이었던", "이던", "던", "인"} and nxt < len(words):
        named = phrase_after(words, nxt)  # "주 22항차인 베트남 항로": what the count is of
        if named:
            return named, "ko.label.noun-after"
    bare = re.fullmatch(
        r"[\d,.만천백억여\s]*(?:" + _COUNTER + r")?" + _ABOUT + r"(?:·\S+)?", counter_word.text
    )
    pointing = first - 1
    if pointing >= 1 and words[pointing].text in _HOW_OFTEN:
        pointing -= 1  # "이를 주 40회로": how often, then the figure
    if pointing >= 0 and words[pointing].stem in _POINTING and words[pointing].josa in {"을", "를"}:
        # "연말까지 이를 주 40회로 늘리겠다": what 이를 points back to, in the sentence; else
        # none here (the sentence before may say it)
        return _subject_said_before(words, pointing), "ko.label.object-sized"
    before = _with_deed(words, phrase_before(words, first - 1), first - 1)
    if before and before[-1] in _INSIDE:
        before = []  # "다낭 하이테크파크 내 15ha를": where it lies, not what it is
    raised = first - 1
    while raised > 0 and re.fullmatch(
        r"(?:\d{4}년|내년|올해|연말|[가-힣]*말)까지", words[raised].text
    ):
        raised -= 1  # "반도체 설계 인력을 2030년까지 5만 명으로 늘린다": the object, by when
    if (
        raised < first - 1
        and counter_word.josa in {"로", "으로"}
        and nxt < len(words)
        and verb_noun(words[nxt]) in CHANGE.values()
        and words[raised].josa in {"을", "를"}
        and is_noun(words[raised])
    ):
        object_words = phrase_before(words, raised, limit=4)
        while object_words[:1] and object_words[0] in _SIZE_OF:
            object_words = object_words[1:]  # "7천 명 수준인 반도체 설계 인력을": its size before
        return object_words, "ko.label.object-sized"
    if (
        counter_word.josa in {"로", "으로"}
        and nxt < len(words)
        and verb_noun(words[nxt]) in CHANGE.values()
        and (not before or before[-1] in TIME_WORDS)
        and (subject := subject_of(words, first - 1))
    ):  # "직원은 현재 34명으로, 내년 말까지 70명으로 늘린다": the topic, raised to so many
        return subject, "ko.label.subject"
    topic = first >= 1 and words[first - 1].josa in {"은", "는", "이", "가"}
    if len(before) == 1 and topic and (clause := _relative_clause(words, first - 1)):
        before = [clause]  # "반도체 공정을 직접 가르칠 수 있는 인력은 11명뿐": those it says
    ahead = _past_skipped(words, first - 1)
    named_before = ahead >= 0 and _bare_noun(words[ahead])  # "베트남 관광객 10만 명"
    named_before = named_before and words[ahead].stem not in _INSIDE
    whole = _whole_of_part(words, nxt) if bare else -1
    if whole >= 0 and (named_before or whole > nxt):
        # "현지 엔지니어 1천200명 중 석사급 인력 650명", "도내 22개 시군 가운데 17개 시군": a
        # whole a part of it is taken from; what it counts is named before, after, or both
        counted = (before or phrase_before(words, ahead)) if named_before else []
        return [*counted, *(w.stem for w in words[nxt:whole])], "ko.label.noun-before"
    if (
        nxt < len(words)
        and bare
        and named_before
        and words[nxt].text.endswith(",")
        and words[nxt].text.rstrip(",") == words[nxt].stem
        and words[nxt].stem in _DONE_NOUNS
    ):  # "현지 공무원·기술자 240명 연수, …": a list item's count, then what is done to them
        return [*phrase_before(words, ahead), words[nxt].stem], "ko.label.noun-before"
    if (
        re.fullmatch(r"[\d,.]+\s*개국", counter_word.text)
        and nxt < len(words)
        and re.match(r"\d", words[nxt].text)
        and (came := _came_after(words, nxt))
    ):  # "20개국 350개 기관·기업이 참가해": the countries those who came are from
        return [came, "국가"], "ko.label.who-came"
    if (
        nxt + 1 < len(words)
        and bare
        and words[nxt].text in {"이상의", "이하의", "미만의", "남짓의"}
        and (more := phrase_after(words, nxt + 1))
    ):  # "연간 100명 이상의 현지 농업인을": those counted, named after the degree
        return more, "ko.label.noun-after"
    if (
        nxt < len(words)
        and is_noun(words[nxt])
        and bare
        and not words[nxt].stem.startswith(("이상", "("))  # "40명 (만 15~18세)": an aside
        and words[nxt].stem not in SKIP  # "선수 260여 명 등 420여 명": 등 ends the list
    ):
        # "기업 32개사 관계자 200여 명이": the noun after heads another count
        counted_again = (
            words[nxt].josa == "" and nxt + 1 < len(words) and re.match(r"\d", words[nxt + 1].text)
        )
        # "업무협약(MOU) 5건 체결", "현지 고용 1,200명 창출": a headline's or a list's bare
        # verbal noun after the count says what is done to what is counted before it
        done = words[nxt].josa == "" and words[nxt].stem in _DONE_NOUNS
        # "도내 기업 18개사 관계자 등": the bodies counted, then their people
        people = words[nxt].stem in {"관계자", "임직원", "직원", "담당자", "대표", "대표단"}
        if (
            (words[nxt].josa not in {"", "의"} or counted_again or done or people)
            and named_before
            and words[nxt].stem not in GENERIC
        ):
            # "관광객 10만 명 유치를", "여행사 35곳 관계자들이": the noun before is counted,
            # the one after is what is done to it or who comes of it
            return [*phrase_before(words, ahead), words[nxt].stem], "ko.label.noun-before"
        if words[nxt].stem in GENERIC and words[nxt].josa in {"로", "으로"}:
            sized = _object_sized(words, first, nxt + 1)  # "근로자를 300명 규모로 도입"
            if sized:
                return sized, "ko.label.object-sized"
            subject = subject_of(words, first - 1)
            said = " ".join(w.text for w in words[:first])
            quoted = said.count("“") > said.count("”") or said.count('"') % 2 == 1
            if subject and not named_before and not quoted:
                # "베트남 자동차 시장은 올해 55만 대 규모로 커질": the topic is that size (not
                # a speaker's: "정 국장은 "… 연간 3천 명 규모로 확대해 …"")
                return subject, "ko.label.subject"
        if (
            words[nxt].stem in GENERIC
            and words[nxt].josa == "의"
            and nxt + 1 < len(words)
            and not named_before
        ):
            sized = phrase_after(words, nxt + 1)
            if sized:  # "80여 명 규모의 경제사절단": what is that size
                return sized, "ko.label.noun-after"
        if words[nxt].stem in GENERIC and named_before:
            # "냉동 컨테이너 1만 2천 개 분량의 수요": what is counted is before, its size after
            return phrase_before(words, ahead), "ko.label.noun-before"
        # "10개 대학의", "50개 부산 중소기업의": no particle on the counter
        after = phrase_after(words, nxt)
        if (
            len(after) == 1
            and words[nxt].stem == after[0]
            and re.match(r"[\d,.만천]+\s*(?:회|편)$", counter_word.text)
            and verb_noun(words[nxt]) == after[0]
        ):
            # "직항 노선은 현재 주 84회 운항 중이다": how often what the clause's subject does
            subject = subject_of(words, first - 1)
            if subject:
                return [*subject, after[0]], "ko.label.subject"
        return after, "ko.label.noun-after"
    if counter_word.josa == "의" and nxt < len(words) and is_noun(words[nxt]):
        # "1억 8천만 건의 진료비 청구"; "스타트업 100곳의 상호 진출": what is counted, then its
        counted = phrase_before(words, ahead) if named_before else []
        after = phrase_after(words, nxt)
        end = nxt + len(after) - 1
        got = _received(words, end + 1) if after and words[end].josa in {"이", "가"} else []
        # "86명의 베트남 의료진이 우리 병원에서 연수를 받았다": who, and what they received
        rest = after[1:] if counted and after and counted[-1] == after[0] else after
        # ("관상동맥 스텐트 시술 등 4건의 시술": the noun once)
        return [*counted, *rest, *got], "ko.label.noun-after"
    if counter_word.josa in {"이", "가"} and nxt < len(words):
        verb = verb_noun(words[nxt])
        if verb in {
            "참석",
            "참가",
            "방문",
            "참여",
            "출연",
            "등록",
            "수료",
            "졸업",
            "입국",
            "출전",
            "관람",
            "참관",
            "응시",
            "수강",
            "방한",
            "몰렸",
            "찾았",
        }:
            # "세미나에는 … 90여 명이 참석했다": and what they came to, when the clause says
            attended = _attended(words, first)
            return [*before, *attended, verb], "ko.label.who-came"
        # "한국 기업 1만여 개사가 진출해 있다", "학생 80명이 채용됐다": what the counted do,
        # or what is done to them, right after them
        did = _done_by_noun(words, nxt)
        said_of = before[-1] if before else ""  # "이후 3천200명이": a time, nobody counted
        if did and said_of and did not in GENERIC and not {said_of} & (TIME_WORDS | HOLLOW):
            return [*before, did], "ko.label.noun-before"
        got = _received(words, nxt)
        if got and said_of and not {said_of} & (TIME_WORDS | HOLLOW):
            # "공무원 620명이 양식 기술 교육을 받았다": who, and what they received
            return [*before, *got], "ko.label.noun-before"
        if got and not (said_of and not {said_of} & (TIME_WORDS | HOLLOW)):
            # "사흘 동안 8천여 명이 상담을 받았다": no one named, what they received
            return got, "ko.label.who-came"
    if (
        counter_word.josa in {"을", "를"}
        and nxt < len(words)
        and words[nxt].text.startswith("대상으로")
        and before
    ):  # "농민 200명을 대상으로 재배 교육을 실시": who, and what is given them
        got = _received(words, nxt + 1)
        if got:
            return [*before, *got], "ko.label.noun-before"
        held = words[nxt + 1] if nxt + 1 < len(words) else None
        if (
            held is not None
            and held.adnominal
            and held.text.startswith(_RECEIVING)
            and nxt + 2 < len(words)
            and is_noun(words[nxt + 2])
        ):  # "기업 312개사를 대상으로 실시한 설문조사에서는": who, and what was done with them
            return [*before, words[nxt + 2].stem], "ko.label.noun-before"
    if counter_word.josa in {"을", "를"} and ahead >= 0 and words[ahead].josa in _WHERE_FROM:
        before = []  # "이 센터에서 모두 3천 명을 길러낼": where they are trained, not who
    if counter_word.josa in {"을", "를"} and nxt < len(words):
        # "3,000명을 양성한다", "연간 48척을 건조할", "250명을 공동 선발하기로"
        verb = _verb_after(words, nxt)
        if verb and not any(verb.endswith(w.text.strip("'\",.")) for w in words[nxt : nxt + 3]):
            return [*before, verb], ("ko.label.noun-before" if before else "ko.label.verb-after")
    if before:
        return before, "ko.label.noun-before"
    return subject_of(words, first - 1), "ko.label.subject"


def _with_deed(words: Words, phrase: list[str], end: int) -> list[str]:
    """The counted noun phrase that ends at words[end] with the deed of the clause that
    says which they are, right before it (`새로 입국한 베트남 근로자는 1만1,200명`, `다낭에
    진출한 인천 기업은 43개사`): a `noun + 하다` verb in its adnominal form, as written."""
    if not phrase or (len(phrase) == 1 and phrase[0] in TIME_WORDS):
        return phrase  # "시작한 이후 3천200명": when, and the deed no part of who
    start = end
    while start > 0 and words[start].stem != phrase[0]:
        start -= 1
    deed = words[start - 1] if start > 0 else None
    if deed is None or not (deed.adnominal or re.search(r"(?:한|하는|된|되는)$", deed.text)):
        return phrase
    held = words[start - 2] if start > 1 else None
    if (
        len(phrase) == 1
        and held is not None
        and deed.verbal
        and deed.adnominal
        and held.josa in {"을", "를", "이", "가"}
        and _bare_noun(replace(held, josa=""))
    ):
        # "한국어를 배우는 사람이 4만5천 명", "한국어학과가 있는 대학은 54곳": a common noun
        # says which only with its clause's object or subject (a name needs none: "창원에
        # 본사를 둔 대한정공")
        clause = [held.text.strip(_QUOTES), deed.text.strip(_QUOTES)]
        said = " ".join(clause)
        tags = [t[1] for t in morphemes(f"{said} {phrase[0]}") if t[2] > len(said)]
        return [*clause, *phrase] if tags and set(tags) == {"NNG"} else phrase
    if (len(phrase) == 1 and phrase[0] in HOLLOW | GENERIC) or not _deed_noun(deed):
        return phrase
    return [deed.text.strip(_QUOTES), *phrase]


# Quotation marks around a word of a clause
_QUOTES = "'\"“”‘’"


def _object_sized(words: Words, first: int, after: int) -> list[str]:
    """ "계절근로자를 연간 300명 규모로 도입": the object before the figure (skip words passed
    over) and the verb after its size, as nouns; [] when there is no such object."""
    index = _past_skipped(words, first - 1)
    if index < 0 or words[index].josa not in {"을", "를"} or not is_noun(words[index]):
        return []
    verb = _verb_after(words, after)
    return [*phrase_before(words, index, limit=3), *([verb] if verb else [])]


# How often, said between an object that points back (`이를`, `_POINTING`) and its figure
# (`이를 주 40회로`)
_HOW_OFTEN = ("주", "월", "연", "연간", "매주", "매월", "매년")


# Nouns that say a figure is a size or level (`7천 명 수준인 …`, `300억 원 규모인 …`), and
# the word that says it of what follows
_SIZE_OF = {"수준", "규모", "정도"}
_SIZE_SAID = {f"{noun}인" for noun in _SIZE_OF}


# Nouns that with 로 say how something is done: "추가로", "무료로", "공동으로"
_MANNER = {"추가", "별도", "무료", "공동", "직접", "우선", "단독", "정식", "최종"}


def _verb_after(words: Words, start: int) -> str:
    """The verb after a figure, as a noun, with a bare noun before it: `투자할` -> 투자,
    `추가 투자한다고` -> 추가 투자; '' when no verb follows within three words."""
    for index in range(
        start, min(len(words), start + 3 + (start < len(words) and words[start].adverb))
    ):
        word = words[index]
        if word.verbal:
            noun = verb_noun(word)
            if not noun:
                return ""
            if index > start and _bare_noun(words[index - 1]):
                return f"{words[index - 1].stem} {noun}"
            return noun
        if word.adverb and word.stem != "각각":
            continue  # "2천300명을 새로 채용할": how it is done (각각: by whom, each)
        if word.josa in {"로", "으로"} and word.stem in _MANNER:
            continue  # "150명을 추가로 채용해", "200명을 무료로 초청해": how, no object
        if not _bare_noun(word):
            return ""
    return ""


# Verbs of receiving or holding what is named as their object: "교육을 받았다", "협약을 맺었다"
_RECEIVING = ("받", "맺", "진행", "실시", "이수", "수료", "마쳤", "마친", "체결")


def _received(words: Words, start: int) -> list[str]:
    """The object right before a verb of receiving or holding, within the clause from
    `start` (`양식 기술 교육을 받았다` -> 양식 기술 교육); []."""
    for index in range(start, min(len(words) - 1, start + 5)):
        word = words[index]
        if word.josa in {"을", "를"} and is_noun(word):
            if words[index + 1].verbal and words[index + 1].text.startswith(_RECEIVING):
                return phrase_before(words, index, limit=3)
            return []
        if word.text.endswith((",", ".")) or word.verbal:
            return []
    return []


def _done_by_noun(words: Words, start: int) -> str:
    """The noun of a `…하다`/`…되다` verb within two words from `start` (`진출해` -> 진출,
    `채용됐다` -> 채용), '' for any other verb (`넘는다`, `찾았다`) or none."""
    verb = next((word for word in words[start : start + 2] if word.verbal), None)
    return _verbal_noun(verb.text, suffixes=("XSV",)) if verb is not None else ""


# Words that point back to what was said: "이를 50%로"
_POINTING = {"이", "이것", "그", "그것"}


# Bound nouns that stand for a clause said before them: "… 걸리던 것이", "… 할 때"
_FOR_A_CLAUSE = ("것", "수", "때", "데", "바")


def _subject_said_before(words: Words, index: int) -> list[str]:
    """The subject of the last figure before words[index] in the sentence (what `이를` points
    back to); [] where none is said."""
    stated = next((i for i in range(index - 1, -1, -1) if re.search(r"\d", words[i].text)), -1)
    return subject_of(words, stated - 1) if stated > 0 else []


def _came_after(words: Words, start: int) -> str:
    """The verb of coming (참가, 참여 …) after the subject that follows `start` within four
    words; ""."""
    for index in range(start, min(len(words) - 1, start + 4)):
        if words[index].josa in {"이", "가"}:
            came = verb_noun(words[index + 1])
            return came if came in {"참가", "참여", "참석", "방문", "출품"} else ""
    return ""


def _attended(words: Words, first: int) -> list[str]:
    """The event a count came to, said with 에/에는 before it in its clause (`세미나에는`, `이번
    포럼에`): its noun, else []."""
    for index in range(first - 1, max(-1, first - 8), -1):
        word = words[index]
        if word.text.endswith((",", ".")) or word.verbal:
            return []
        if word.josa in {"에", "에는"} and any(word.stem.endswith(n) for n in EVENT_NOUNS):
            return [word.stem]
    return []


def _within_a_span(words: Sequence[Word], at: int) -> bool:
    """`words[at]` says within a length of time: "최근 3년 새", "5년 사이"."""
    return (
        words[at].stem in {"새", "사이"}
        and at > 0
        and bool(re.fullmatch(r"[\d,.]+(?:년|개월|주|일)", words[at - 1].text))
    )


def _bare_noun(word: Word) -> bool:
    """A noun with no particle, no comma and no digits: part of a noun phrase."""
    return (
        is_noun(word)
        and not word.josa
        and not word.text.endswith((",", "."))
        and not re.search(r"\d", word.text)
        and word.stem not in SKIP
    )


def _purpose(words: Words, target: int, spend: int) -> str:
    """What the money pays for, with what is done to it and how the money is spent:
    `2천만 달러를 투자해 진단키트 공장을 세웠다` -> 진단키트 공장에 투자, `45억 원을 투입해 공동
    프로그램을 운영할` -> 공동 프로그램 운영에 투입, `2천800만 달러를 들여 신규 라인을 증설할`
    -> 신규 라인 증설."""
    label = " ".join(phrase_before(words, target, limit=4))
    done = words[target + 1] if target + 1 < len(words) else None
    if label and done is not None and done.verbal:
        noun = _deed_noun(done)
        label += f" {noun}" if noun else ""
    spent = _deed_noun(words[spend])
    return f"{label}에 {spent}" if label and spent else label


def _object_ahead(words: Words, start: int, limit: int = 8) -> int | None:
    """The index of the first object (…을/를) within `limit` words from `start` whose
    noun has no digits (`300명을 대상으로` is no object of the sum), before a clause ends."""
    for index in range(start, min(len(words), start + limit)):
        word = words[index]
        if word.josa in {"을", "를"} and is_noun(word) and not re.search(r"\d", word.text):
            return index
        if word.text.endswith((",", ".")):
            return None
    return None


# "개당", "ha당", "1인당", "㎏당": per one of what
_PER_UNIT = re.compile(r"[가-힣A-Za-z0-9㎏㎡㎥]{1,4}당")


# Verbs of foreseeing a figure: they say nothing of what it measures
_FORESEEN = {"예상", "전망", "기대", "추산", "추정", "예측"}


def _what_it_is(words: Words, last: int) -> list[str]:
    """The noun phrase a figure is said to be by an adnominal copula (`현재 4.2GW인 해외 발전
    설비를`, `15% 수준인 광물의 현지 가공 비율을`, `33%인 누수율을`): its words, a 의 kept
    inside; [] when the figure is no such predicate."""
    word = words[last]
    said = word.josa == "인" or bool(re.search(r"[\d%A-Za-z²³㎡㎥]인$", word.text))
    start = last + 1
    if not said and start < len(words) and words[start].stem in GENERIC:
        said, start = words[start].josa == "인", start + 1  # "15% 수준인", "3억 달러 규모인"
    if not said:
        return []
    out: list[str] = []
    for said_word in words[start : start + 5]:
        if not is_noun(said_word) or re.search(r"\d", said_word.text):
            break
        out.append(f"{said_word.stem}의" if said_word.josa == "의" else said_word.stem)
        if said_word.josa not in {"", "의"}:
            break
    while out and out[-1].endswith("의"):
        out.pop()
    return out


# Words after a place that say a figure lies in it (`경제구역 내 45ha 부지`): where, not what
_INSIDE = {"내", "안", "일대", "인근", "주변"}
# The last word of a place's phrase before a size: "롱안성 껀죽 지역 48ha", "득호아 일대"
_AREA_WORDS = {"지역", "일대", "일원", "인근"}


def _site_after(words: Words, last: int) -> list[str]:
    """The noun right after a size, past a bracket of its equivalent (`198ha(약 60만 평)
    부지다`): `부지`; [] where no noun follows."""
    at = last + 1
    if ")" not in words[last].text and "(" in words[last].text:
        while at < len(words) and ")" not in words[at - 1].text:
            at += 1
    if at >= len(words) or re.search(r"[\d()]", words[at].text):
        return []
    # "… 부지다": the noun with its copula
    noun = is_noun(words[at]) or (words[at].josa in {"다", "이다"} and bool(words[at].stem))
    return [words[at].stem] if noun else []


# A length of time standing between where a sum goes and the sum: "2년간", "3년 동안"
_PERIOD_WORD = re.compile(r"\d+(?:년|개월|주)간|(?:19|20)\d\d년(?:까지|부터)")


# Nouns of a rate: a figure right after one is that rate, whatever noun follows it
_RATE_NOUNS = ("율", "률", "금리", "비중", "비율")


def money_label(words: Words, first: int, last: int) -> tuple[list[str] | str, str]:
    """What a sum (or a measure with its unit) is of: `4,000달러의 연수비`, `교역액 1,500억
    달러`, `… 달러 규모의 수출 계약`, `45억 원을 투입해 … 프로그램을 운영`, `설비를 2만2천400MW
    규모로 늘릴`, the subject of the clause; an amount with the deed it is of (`지원한 금액은
    약 9,800만 달러`: `지원 금액`)."""
    label, name = _money_label(words, first, last)
    if isinstance(label, list) and len(label) == 1 and label[0] in _AMOUNT_WORDS:
        at = next(
            (k for k in range(first - 1, max(0, first - 4), -1) if words[k].stem == label[0]), 0
        )
        deed = (
            verb_noun(words[at - 1])
            if at and words[at - 1].verbal and words[at - 1].adnominal
            else ""
        )
        if deed and deed != words[at - 1].text.strip("'\",."):
            label = [deed, label[0]]
    return label, name


def _money_label(words: Words, first: int, last: int) -> tuple[list[str] | str, str]:
    word = words[last]
    said = _what_it_is(words, last)
    if said:  # "현재 4.2GW인 해외 발전 설비를": what the sum or measure is
        return said, "ko.label.noun-after"
    if (
        word.josa == "의"
        and last + 1 < len(words)
        and words[last + 1].stem not in SKIP
        and not words[last + 1].verbal  # "평균 연령 33세의 젊은 시장": the noun before it
    ):
        # "4,000달러의 연수비", "1,200억 원의 관세 절감 효과": the noun phrase after it
        return phrase_after(words, last + 1) or [words[last + 1].stem], "ko.label.noun-after"
    if "(" in word.text[word.text.find(words[last].text[:1]) :] and ")" not in word.text:
        while last + 1 < len(words) and ")" not in words[last].text:
            last += 1  # "2천450만 달러(약 350억 원)을": what follows the bracket
        word = words[last]
    following = words[last + 1] if last + 1 < len(words) else None
    ahead = first - 1
    while ahead > 0 and words[ahead].stem in SKIP and words[ahead - 1].josa == "":
        ahead -= 1  # "벼 재배면적 약 380만ha"
    per = ahead >= 0 and bool(_PER_UNIT.fullmatch(words[ahead].text))
    if per and ahead > 0:
        # "복구 비용이 ha당 1만8천 달러", "물류비를 개당 0.4달러에서": the unit it is per
        # says nothing of what; the subject or the object before it does
        whose = words[ahead - 1]
        if whose.josa in {"은", "는", "이", "가", "을", "를"} and is_noun(whose):
            return [*phrase_before(words, ahead - 1), f"({words[ahead].text})"], "ko.label.per-unit"
    if per and word.text.endswith("씩"):
        # "1인당 100만 원씩 모두 2천만 원의 장학금이": each one's part of the sum named after
        total = next(
            (i for i in range(last + 1, min(len(words), last + 4)) if words[i].josa == "의"),
            -1,
        )
        named = phrase_after(words, total + 1) if total > 0 else []
        if named and re.search(r"\d", words[total].text + words[total - 1].text):
            return [*named, f"({words[ahead].text})"], "ko.label.per-unit"
    if (
        ahead >= 1
        and words[ahead].stem in TIME_WORDS
        and not words[ahead].josa
        and word.josa in {"로", "으로", "까지"}
        and words[ahead - 1].josa in {"을", "를"}
        and is_noun(words[ahead - 1])
    ):  # "예산을 내년 140억 원으로": the object brought to that size, when
        return phrase_before(words, ahead - 1), "ko.label.object-sized"
    inside = ahead >= 0 and words[ahead].stem in _INSIDE  # "… 하이테크파크 내 8만㎡ 부지"
    if ahead >= 0 and _bare_noun(words[ahead]) and not _agent(words, ahead) and not inside:
        before = phrase_before(words, ahead)
        site = _site_after(words, last) if before[-1] in _AREA_WORDS else []
        if site:  # "롱안성 껀죽 지역 48ha 부지에": where, then what is that size
            return [*site, f"({' '.join(before)})"], "ko.label.noun-after"
        if following is not None and following.stem in GENERIC and following.josa == "의":
            # "연면적 1만2천㎡ 규모의 공동물류센터": the measure, of what is that size
            of_size = phrase_after(words, last + 2, limit=4)
            measure = before[0] if len(before) == 1 else ""
            if of_size and of_size[0] not in SKIP and measure:
                if measure in TIME_WORDS | HOLLOW:  # "향후 1천150만 달러 규모의 추가 계약"
                    return of_size, "ko.label.noun-after"
                return [*of_size, measure], "ko.label.noun-before"
            if of_size and of_size[0] not in SKIP and before[-1].endswith(("과", "와")):
                # "현지 유통사 사오비엣유통과 120만 달러 규모의 … 공급 계약": a partner Kiwi
                # reads as one noun, with whom; what is that size comes after
                return of_size, "ko.label.noun-after"
        if (
            following is not None
            and last + 2 == len(words)
            and any(
                w not in TIME_WORDS | HOLLOW | _RATES and "당" not in w for w in before
            )  # not "월"
            and _bare_noun(following)
            and following.stem not in SKIP | UNIT_WORDS | GENERIC
            and not re.search(r"[()]", following.text)
            and not following.stem.startswith(COUNTERS)
            and not re.search(r"\d", following.text)
        ):
            # "- 한국수출입은행 1억5천만 달러 대출": a list item's sum between who gives it and
            # what it is
            return [*before, following.stem], "ko.label.noun-before"
        done = _verb_after(words, last + 1) if word.josa in {"을", "를"} else ""
        if (
            done
            and all(done != w.text.strip("'\",.") for w in words[last + 1 : last + 4])
            and before[-1] not in done
            and not set(before) <= TIME_WORDS | HOLLOW | _RATES  # "월 25만 원을 지원"
        ):
            # "코코넛 가공품 등 1천500만 달러어치를 수출했다", "희토류 3천400t을 수입": what,
            # and what is done with it
            return [*before, done], "ko.label.noun-before"
        return before, "ko.label.noun-before"  # "교역액 1,500억 달러"
    if following is not None and following.stem in GENERIC and following.josa in {"의", ""}:
        # "… 달러 규모의 수출 계약", "20만TEU 이상의 물동량", "500MW 규모 태양광 단지와"
        after = phrase_after(words, last + 2, limit=4)  # "… 규모의 합작 창고 건립 계약"
        if after and after[0] not in SKIP:  # "총 2,750만 달러 규모 가운데": of the whole
            return after, "ko.label.noun-after"
    if following is not None and following.stem in GENERIC and following.josa in {"을", "를"}:
        verb = _verb_after(words, last + 2)  # "약 300억 원 규모를 투자해": what is done
        if verb:
            return verb, "ko.label.verb-after"
    sized = (
        (following is not None and following.stem in GENERIC and following.josa in {"로", "으로"})
        or (word.josa in {"로", "으로"} and verb_noun(following or word) in CHANGE.values())
        # "송출비용 상한을 630달러로 유지해": the object is set at the sum; "해상풍력을
        # 6GW까지 확충할", and the list's item before it: "LNG 발전 설비를 22.4GW, …"
        or (word.josa in {"로", "으로", "까지"} and bool(_object_before(words, first - 1)))
        or (
            word.josa == ""
            and word.text.endswith(",")
            and bool(_object_before(words, first - 1))
            and any(
                w.josa == "까지" or w.josa in {"로", "으로"} for w in words[last + 1 : last + 4]
            )
        )
    )
    if sized:  # "설비를 2만2천400MW 규모로 늘릴", "교역액을 2030년까지 100억 달러로 늘리겠다"
        for index in range(first - 1, max(-1, first - 4), -1):
            if words[index].josa in {"을", "를"} and is_noun(words[index]):
                return phrase_before(words, index), "ko.label.object-sized"
            if not re.search(r"\d", words[index].text) and words[index].stem not in SKIP:
                break
    if (
        word.josa == ""
        and following
        and following.text.endswith(",")
        and following.text.rstrip(",") in ALLOCATING
    ):  # "- 총 1억2천만 달러 투입, 생산라인 8개": a bullet's sum and what is done with it
        return [following.stem], "ko.label.noun-after"
    if (
        word.josa == ""
        and not word.text.endswith(",")
        and following
        and is_noun(following)
        and following.stem not in SKIP  # "1만2000㎡이고 연간 48척": another clause's word
    ):
        if following.stem not in GENERIC:
            # "1,500억 달러 목표를", "900t급 골리앗 크레인": the noun phrase after it
            return phrase_after(words, last + 1) or [following.stem], "ko.label.noun-after"
        subject = subject_of(words, first - 1)
        return (
            (subject, "ko.label.subject") if subject else ([following.stem], "ko.label.noun-after")
        )
    reached = following is not None and following.verbal and following.text.startswith(REACHING)
    if reached and word.josa in {"을", "를", "에"}:  # "매출이 2천억 원을 넘었고": the subject
        subject = subject_of(words, first - 1) or _carried_subject(words, first - 1, grown=True)
        # "호 반 중 사장은 '수돗물 값만 … 동에 이른다'": who speaks is no subject of the quote
        if subject and not re.fullmatch(ROLE, subject[-1]):
            return subject, "ko.label.reached"
    verb = _verb_after(words, last + 1)
    if verb in _FORESEEN and word.josa in {"을", "를", "로", "으로"}:
        # "계약 추진액은 3억 달러를 예상한다": what is foreseen is the topic, not the verb
        subject = subject_of(words, first - 1)
        if subject:
            return subject, "ko.label.subject"
    if verb and word.josa in {"을", "를"} and last + 2 < len(words):
        connective = words[last + 1].text.rstrip(",.").endswith(("해", "하여", "해서", "들여"))
        # "45억 원을 투입해 … 교육 프로그램을 운영할": what the money pays for
        target = _object_ahead(words, last + 2) if connective else None
        if target is not None:
            return _purpose(words, target, last + 1), "ko.label.purpose"
    before = phrase_before(words, first - 1)
    if before and before[-1] in _INSIDE:
        before = []  # "다낭 하이테크파크 내 15ha를 … 검토": where it lies, not what it is
    # "… 달러를 투입해", and said of the sum: "이번 증설에는 2억8천만 달러가 투입된다"
    paid = (
        verb.split()[-1:]
        and verb.split()[-1] in ALLOCATING
        and word.josa in {"을", "를", "이", "가"}
    )
    where = first - 1
    while where > 0 and (words[where].stem in SKIP or _PERIOD_WORD.fullmatch(words[where].text)):
        # "8만 m² 부지에 총 1억2천만 달러를 투입해": where it goes, past 총; "마케팅에 2년간
        # 50만 달러를": past how long
        where -= 1
    if (
        paid
        and where >= 0
        and words[where].josa in {"에", "에는", "에만", "에도", "에서", "로", "으로"}
        and not _agent(words, first - 1)
    ):  # "대회 운영비로 5천 달러를 지원": what it pays for
        # "베트남 세종학당 운영에 약 15억 원을 지원": what it goes to, and what is done
        return [*phrase_before(words, where, limit=4), verb], "ko.label.verb-after"
    if (
        word.text.endswith(",")
        and word.josa == ""
        and where >= 0
        and words[where].josa in {"로", "으로"}
        and is_noun(words[where])
        and words[where].stem not in CITY_STEMS
        and not _agent(words, first - 1)
    ):  # "숙소 운영비로 2억4천만 원, 통역사 인건비로 …을 배정했다": a list of what each pays for
        return phrase_before(words, where, limit=4), "ko.label.purpose"
    if paid and _agent(words, first - 1):
        # "정부는 1,200만 달러를 지원", "베트남에 5억 달러를 추가 투자": where it goes is no
        # label; what is done is, with who pays where a body's name says it ("해솔대가 720만
        # 달러를 부담": 해솔대 부담), not a person's post or a pronoun
        payer = _payer(words, first - 1)
        return ([*payer, verb] if payer and verb else verb), "ko.label.verb-after"
    if before and not all(w in SKIP for w in before) and words[first - 1].josa in {"", "의"}:
        noun_of_verb = verb and all(
            verb != w.text.strip("'\",.") for w in words[last + 1 : last + 4]
        )  # "처리했는데" -> 처리; not "벌었다", a verb with no noun of its own
        if (
            noun_of_verb
            and word.josa in {"을", "를"}
            and before[-1] not in verb
            and not re.fullmatch(ROLE, before[-1])  # "배 대표는 … 50억원을": a person
        ):
            # "하이퐁항은 지난해 연간 700만 TEU를 처리했는데": what, and what is done with it
            return [*before, verb], "ko.label.noun-before"
        return before, "ko.label.noun-before"
    if verb and word.josa in {"을", "를", "가", "이"}:  # "… 달러를 지원할"
        payer = _payer(words, first - 1) if word.josa in {"을", "를"} else []
        return [*payer, verb], "ko.label.verb-after"
    return subject_of(words, first - 1), "ko.label.subject"


# Adjectives of an unequal pair: higher, lower, more, fewer, cheaper, dearer, bigger …
_UNEQUAL = (
    "높",
    "낮",
    "많",
    "적",
    "저렴",
    "비싸",
    "싸",
    "크",
    "작",
    "길",
    "짧",
    "빠르",
    "빨",
    "느리",
)


def _compared(words: Words, first: int, last: int) -> str:
    """ "스마트팜의 생산성은 기존 농가보다 40% 높았다": what differs by the share, and from
    what (`스마트팜의 생산성 (기존 농가 대비)`); "" without both, or where a change follows
    (`전년보다 12% 늘었다` is the change-of rule's)."""
    after = words[last + 1].text if last + 1 < len(words) else ""
    if not after.startswith(_UNEQUAL):
        return ""
    index = first - 1
    while index >= 0 and words[index].stem in {"약", "평균", "최대", "최소"}:
        index -= 1
    if index < 0 or not words[index].text.endswith("보다"):
        return ""
    own = words[index].text.removesuffix("보다")
    base = (
        [*phrase_before(words, index - 1, limit=2), own]
        if index and not words[index - 1].josa
        else [own]
    )
    subject = subject_of(words, index - len(base))
    return f"{' '.join(subject)} ({' '.join(base)} 대비)" if subject and own else ""


# What is done to what is counted, said as a bare noun after the count in a headline or a
# list: "업무협약 5건 체결", "고용 1,200명 창출", "투자상담 180건 진행"
_DONE_NOUNS = {
    "체결", "창출", "진행", "양성", "유치", "추진", "운항", "개최", "지원", "조성", "건립",
    "설립", "채용", "선발", "파견", "배출", "달성", "돌파", "확보", "구축", "배정", "수출",
    "생산", "판매", "교육", "연수", "초청", "방문", "참가", "참석", "모집", "상담", "계약",
}  # fmt: skip
# Rates of change a label keeps: "연평균 11% 성장", "매년 5% 증가"
_RATES = {"연평균", "매년", "연간", "해마다", "월평균"}


def percent_label(words: Words, first: int, last: int) -> tuple[list[str] | str, str]:
    """What a percentage measures (`연 0.05%의 금리`, `수출이 6.1% 증가`, `관광객의 25%`), and
    the rule that read it."""
    word = words[last]
    said = _what_it_is(words, last)
    if said:  # "현재 15% 수준인 광물의 현지 가공 비율을": what the share is
        return said, "ko.label.noun-after"
    after_rate = (
        first > 0 and _bare_noun(words[first - 1]) and words[first - 1].stem.endswith(_RATE_NOUNS)
    )
    if after_rate and word.josa == "의":  # "연 이자율 0.05%의 초장기 저리": the rate before it
        return phrase_before(words, first - 1), "ko.label.noun-before"
    if word.josa == "의" and last + 1 < len(words) and is_noun(words[last + 1]):
        # "연 0.05%의 금리", "연 4.5%의 우대 금리로": the noun phrase after it
        return phrase_after(words, last + 1) or [words[last + 1].stem], "ko.label.noun-after"
    compared = _compared(words, first, last)
    if compared:
        return compared, "ko.label.compared"
    level = level_word(words, last) and not word.josa
    was = words[last + 1] if level else word  # "현재 35% 수준인 현지 부품 조달률도"
    if was.josa in {"였던", "이었던", "이던", "던", "인"}:
        named = phrase_after(words, last + 1 + level, limit=5)  # "31%였던 해외 매출 비중은"
        if named:
            return named, "ko.label.noun-after"
    then = words[last + 1].text if last + 1 < len(words) else ""
    occupies = then.startswith("차지")
    whose = first - 1
    while whose > 0 and words[whose].stem in SKIP and not words[whose].josa:
        if words[whose].text in {"가운데", "중"} and occupies:
            among = phrase_before(words, whose - 1)  # "외국인 발전 투자 가운데 약 25%를 차지"
            part = subject_of(words, whose - 1 - len(among)) if among else []
            if part:  # "누적 투자액은 …, 외국인 발전 투자 가운데 약 25%를 차지한다"
                return [*among, "중", *part], "ko.label.share-of"
            if among:
                return among, "ko.label.whole-of"
        if words[whose].text in {"가운데", "중"} and not occupies:
            # "신규 채용 인원 2천500명 가운데 96%는 현지 인력이다", "한도 20억 달러 가운데
            # 45%를 교통 분야에 배정": the whole, and what the share is or what is done with it
            ahead = whose - 1  # "인원 2천500명 가운데", "한도 20억 달러 가운데": the whole,
            while ahead > 0 and (  # not its size
                re.search(r"\d", words[ahead].stem)
                or (words[ahead].stem in UNIT_WORDS and re.search(r"\d", words[ahead - 1].stem))
            ):
                ahead -= 1
            among = phrase_before(words, ahead)
            part = _share_part(words, last)
            if among and part:
                return [*among, "중", *part], "ko.label.share-of"
        whose -= 1  # "처리량 2천480만TEU의 약 5.7%"
    if whose >= 0 and words[whose].josa == "의":  # "관광객의 25%"
        of_figure = whose
        # "처리량 2천480만TEU의 약 5.7%", "유학생 25만 8천여 명의 36.4%": of the figure
        while whose > 0 and (
            re.search(r"\d", words[whose].stem)
            or (words[whose].stem in UNIT_WORDS and re.search(r"\d", words[whose - 1].stem))
        ):
            whose -= 1
        whole = phrase_before(words, whose)
        whole = [*whole[:-1], whole[-1].removesuffix("의")] if whole else []
        opened = words[whose].text.split("(")[0] if whose >= 0 else ""
        if opened and "(" in words[whose].text and whose < of_figure and is_noun(words[whose]):
            # "한국(약 260달러)의 7% 수준": what the bracket's figure is of
            ahead = whose > 0 and not words[whose - 1].josa and is_noun(words[whose - 1])
            whole = [*(phrase_before(words, whose - 1, limit=2) if ahead else []), opened]
        reaches = word.josa == "에" and then.startswith(REACHING)  # "판매가의 18%에 달한다"
        level = then.startswith("수준")  # "인건비가 중국의 60% 수준이고": the subject's level
        # "물류비가 매출의 16~18%로 …": the subject's share, said with 로
        shared = word.josa in {"인", "로", "으로"}
        part = (
            subject_of(words, whose - len(whole))
            if (occupies or reaches or level or shared) and whole
            else []
        )
        if part and level:
            return f"{' '.join(part)} ({' '.join(whole)} 대비)", "ko.label.compared"
        if part and (word.josa in {"을", "를"} or shared or reaches):
            # "화장품이 전체 상담액의 42%를 차지했다", "물류비가 판매가의 18%에 달한다",
            # "화장품이 상담액의 46%인 2천590만달러로": the part's share of the whole
            return [*whole, "중", *part], "ko.label.share-of"
        if occupies and word.josa in {"을", "를"} and whole:
            # "전체 외국인 유학생 25만 8천여 명의 36.4%를 차지하며": the part not said in it
            return [*whole, "중", "차지하는", "비중"], "ko.label.share-of"
        # "90% 이상을", "70% 이상은": the level word carries the particle
        carrier = last + 1 if not word.josa and level_word(words, last) else last
        does = (
            _share_does(words, carrier, topic=True)
            if whole and words[carrier].josa in {"은", "는"}
            else []
        )
        if whole and not does and words[carrier].josa in {"을", "를", "은", "는"}:
            # "생산량의 80%를 유럽 완성차 업체에 공급할", "교육과정의 30%를 현장 실습으로
            # 채우고", "물량의 70%는 유럽 업체로 수출된다": the share supplied, or filled
            does = _done_with(words, carrier, gone=True)
        if does:
            return [*whole, "중", *does], "ko.label.share-of"
        does = _share_does(words, last) if whole else []
        if does:  # "생산직의 40%가 외국인이고": what the share is, or does
            return [*whole, "중", *does], "ko.label.share-of"
        if words[carrier].josa in {"은", "는"}:
            # "사업비의 30%는 자기자본으로 … 조달": the share is the topic, and what it is
            # comes later in the sentence; the whole alone would say the budget is 30%
            return whole, "ko.label.whole-as-topic"
        return whole, "ko.label.whole-of"
    following = words[last + 1] if last + 1 < len(words) else None
    brought = word.josa in {"로", "으로", "까지"} or (
        following is not None
        and following.stem in GENERIC
        and following.josa in {"로", "으로", "까지"}  # "비율을 30% 수준까지 높이는"
    )
    held = first - 1
    while (
        held > 0
        and first - held <= 2
        and (
            (
                (words[held].stem in TIME_WORDS or words[held].stem in {"평균", "약", "최대"})
                and not words[held].josa
            )
            # "비중을 2030년까지 60%로 높일": the year it is to be reached by
            or bool(re.fullmatch(r"\d{4}년까지", words[held].text))
        )
    ):
        held -= 1  # "예산을 내년 140억 원으로", "한도를 평균 15%로": when or how, between
    if (
        brought
        and held >= 0
        # "조달률도 50%까지 끌어올릴"; past a time, an object only ("운항률도 올해 92%로")
        and words[held].josa in ({"을", "를", "도"} if held == first - 1 else {"을", "를"})
        and is_noun(words[held])
    ):
        if words[held].stem in _POINTING:
            # "조달률은 평균 36% 수준인데, 이를 50%까지 끌어올리는": the subject of the figure
            # said before in the sentence, else no one says what
            return _subject_said_before(words, held), "ko.label.object-sized"
        sized = phrase_before(words, held)  # "비중을 50% 이상으로"
        while len(sized) > 1 and sized[0] in GENERIC:
            sized.pop(0)  # "35% 수준인 현지 부품 조달률도": the other figure's size word
        return sized, "ko.label.object-sized"
    ahead = first - 1
    if ahead > 0 and words[ahead].stem in {"약", "최대", "최소", "총", "연"}:
        ahead -= 1  # "지분 약 15%"; not "기존 대비 70%", a comparison
    if (
        ahead >= 0
        and _bare_noun(words[ahead])
        and words[ahead].stem not in CITY_STEMS
        and words[ahead].stem
        not in {"베트남", "한국", "양국", "기존", "종전", "당초", "현재", "목표"}
        and not _within_a_span(words, ahead)
    ):
        named = phrase_before(words, ahead)
        whole = _list_topic(words, ahead - len(named))
        if whole:  # "지분은 동해에너지 40%, 메콩파워 35%": each one's share of the topic
            return f"{' '.join(whole)} ({' '.join(named)})", "ko.label.shared-out"
        since = named.index("대비") if "대비" in named[1:-1] else 0
        grown = verb_noun(words[last + 1]) if since and last + 1 < len(words) else ""
        if grown:  # "전년 대비 상담액 45.7% 증가": what grew, and since when
            said = [*named[since + 1 :], grown, f"({' '.join(named[:since])} 대비)"]
            return " ".join(said), "ko.label.change-of"
        return named, "ko.label.noun-before"  # "은행 지분 15%를 인수"
    subject = subject_of(words, first - 1)
    after = last + 1
    while after < len(words) and words[after].stem in GENERIC:
        if words[after].text.endswith(","):
            after = len(words)  # "68% 수준으로, 한국 평균…": the clause ends with no change
            break
        after += 1  # "10% 이상 성장"
    # "LH가 20%, 대성엔지니어링이 15%를": the clause ends at the figure's comma
    change = verb_noun(words[after]) if after < len(words) and not word.text.endswith(",") else ""
    if change and words[after].text.startswith(_LEVEL_VERBS):
        # "비중이 97%에 가까웠다", "36%에 머물러", "12%에 그쳐": a level, no change
        change = ""
    if word.josa == "" and change:
        # "연평균 11% 성장": a yearly rate of change, which the label keeps
        rate = [words[first - 1].stem] if first > 0 and words[first - 1].stem in _RATES else []
        changed = _object_changed(words, first - 1)
        if changed:  # "정부가 최저임금을 지역별로 평균 7.2% 인상": the wage rises, not the state
            return " ".join([*changed, *rate, change]), "ko.label.change-of"
        subject = subject or _carried_subject(words, first - 1, grown=True)
        return " ".join([*subject, *rate, change]).strip(), "ko.label.change-of"
    if word.josa in {"을", "를"} and change and not subject:
        # "이후 9년간은 50%를 감면한다": no subject says whose share; what is done with it does
        return change, "ko.label.verb-after"
    return subject, "ko.label.subject"


def _hollow_relabelled(words: Words, found: Found, listed: Found | None) -> bool:
    """A figure labelled only by a hollow word (`성과`) takes the bare noun right before it
    (`수출계약 780만 달러의 성과`), or, right after another figure and its comma, that
    figure's label (`업무협약(MOU) 4건, 3억 2천만 달러 규모의 성과`); whether it did."""
    figure = found.fact
    assert isinstance(figure, Figure)
    ahead = _past_skipped(words, word_index(words, found.start) - 1)
    if ahead < 0:
        return False
    text = words[ahead].text
    if (
        is_noun(words[ahead])
        and not words[ahead].josa
        and not re.search(r"[\d,…]", text)  # "230만 달러…향후 1천150만 달러": another's
        and text.count("(") == text.count(")")  # "(총 3천여 석)": a bracket opened before
    ):
        said = " ".join(phrase_before(words, ahead))
        rule_ = "ko.label.noun-before"
    elif (
        listed is not None
        and words[ahead].text.endswith(",")
        and word_index(words, listed.start) <= ahead
        and figure_label(listed.fact) not in HOLLOW  # type: ignore[arg-type]
    ):
        said, rule_ = figure_label(listed.fact), label_rule_of(listed.fact)  # type: ignore[arg-type]
    else:
        return False
    if not said or said in HOLLOW:
        return False
    _relabel(found, said, rule_, figure.segment_id)
    return True


def _per_before(words: Words, index: int) -> str:
    """The per word before a figure, past how it is reckoned (최대, 약, 연, 평균): "1인당";
    ""."""
    while index > 0 and words[index].stem in {"최대", "최고", "약", "연", "평균", "월", "연간"}:
        index -= 1
    return _per_whom(words[index]) if index >= 0 else ""


def _topic_before(words: Words, index: int) -> list[str]:
    """The sentence's topic (…은/는) before words[index], a noun phrase with no figure, or
    []."""
    for k in range(index, -1, -1):
        if words[k].josa in {"은", "는"} and is_noun(words[k]) and words[k].stem not in TIME_WORDS:
            phrase = phrase_before(words, k)
            return phrase if phrase and not re.search(r"\d", " ".join(phrase)) else []
    return []


def _baseline(words: Words, first: int) -> tuple[list[str], int]:
    """What a change right after it is measured from (`전년 대비 18.3% 증가`, `지난해
    같은 기간보다 6.4% 늘었다`): the base's words and the index of its first word, or
    ([], first) where none is said."""
    k = first - 1
    while k >= 0 and words[k].stem in {"약", "평균", "무려", "각각"}:
        k -= 1
    if k < 1 or words[k].text.endswith(","):
        return [], first
    if words[k].text == "대비":
        own, k = [], k - 1
    elif re.fullmatch(r"(?:[가-힣]+|\d{4}년)보다", words[k].text) and len(words[k].text) > 2:
        own, k = [words[k].text.removesuffix("보다")], k - 1
    else:
        return [], first
    base: list[str] = []
    while k >= 0 and len(base) < 4:
        text = words[k].text
        if "(" in text:  # "120억 달러(전년 대비 50% 증가)": the bracket opens the base
            opened = text.rsplit("(", 1)[1]
            return ([opened, *base, *own], k) if re.fullmatch(r"[가-힣]+", opened) else ([], first)
        year = re.fullmatch(r"\d{4}년", text)
        if not (re.fullmatch(r"[가-힣]+", text) or year) or (words[k].josa and text != "같은"):
            break
        base.insert(0, text)
        k -= 1
    return [*base, *own], k + 1


def _carried_subject(words: Words, index: int, grown: bool = False) -> list[str]:
    """`물동량은 98만 TEU로, 지난해 같은 기간보다 11% 늘었다`: a change compared (…보다,
    … 대비) right after a figure's clause that ends with `…로,`, is that figure's subject's;
    so is a change or a level reached (`grown`: `규모는 2천420억 달러로, 연평균 9~11% 성장해
    2030년에는 3천500억 달러에 이를 것`)."""
    compared = grown
    for k in range(index, -1, -1):
        text = words[k].text
        if text.endswith(("로,", "으로,")):
            figure = _figure_clause_end(words, k)
            return subject_of(words, k - 1) if figure and compared and k > 0 else []
        if grown and text.endswith(("며,", "고,")) and verb_noun(words[k]) in CHANGE.values():
            # "매출은 … 12.7% 증가했으며, 앞으로도 연평균 5∼7% 성장할": the same subject's
            return subject_of(words, k - 1)
        if text.endswith((",", ".")) or words[k].josa in SUBJECT:
            return []
        # "1992년 5억 달러에서 170배 늘었다": grown from another figure, compared with it
        grown_from = text.endswith("에서") and (
            re.search(r"\d", text) or (k > 0 and re.search(r"\d", words[k - 1].text))
        )
        compared = compared or text.endswith("보다") or words[k].stem == "대비" or bool(grown_from)
    return []


def _list_topic(words: Words, index: int) -> list[str]:
    """The topic a list of `name N%` items shares out, where words[index] ends what comes
    before one of them: `지분은 동해에너지 40%, …`, `- 지분 구조: 동해에너지 40%, …`; []."""
    listed = False  # an item before this one, or one after it: a list
    following = index + 1
    while following < len(words) and not re.search(r"\d", words[following].text):
        following += 1
    if following < len(words) and words[following].text.endswith(","):
        listed = True
    while index >= 0:
        word = words[index]
        if (word.text.endswith(":") or word.josa in {"은", "는"}) and listed:
            stem = word.text.rstrip(":") if word.text.endswith(":") else word.stem
            if not stem or re.search(r"\d", stem):
                return []
            return [*phrase_before(words, index - 1, limit=3), stem] if index else [stem]
        # an item before: its name and its share ("동해에너지 40%,")
        if re.fullmatch(r"[\d.,]+%,", word.text):
            listed = True
        elif not _bare_noun(word):
            return []
        index -= 1
    return []


def _object_changed(words: Words, index: int) -> list[str]:
    """The object right before a change's figure (`최저임금을 지역별로 평균 7.2% 인상`), over
    the adverbs between them (…별로, 평균, 약, 각각); [] when there is none."""
    while index >= 0 and (
        words[index].stem in {"평균", "약", "각각", "연평균", "최대", "최소", "모두"}
        or (words[index].josa in {"로", "으로"} and words[index].stem.endswith("별"))
    ):
        index -= 1
    # "정비 인력을 지난해보다 20% 늘렸고": past the base it is compared with
    base, start = _baseline(words, index + 1)
    index = start - 1 if base else index
    sized = index >= 1 and words[index].josa in {"로", "으로"}
    if sized and (re.search(r"\d", words[index].text) or re.search(r"\d", words[index - 1].text)):
        # "예산을 내년 140억 원으로 올해보다 20% 늘릴": past the level it is raised to, and
        # when
        index -= 1
        while index >= 0 and re.search(r"\d", words[index].text):
            index -= 1
        while index >= 0 and words[index].stem in TIME_WORDS:
            index -= 1
    if index >= 0 and words[index].josa in {"을", "를"} and is_noun(words[index]):
        return phrase_before(words, index)
    return []


_COPULA = {"이고", "이다", "이며", "였다", "였고", "이었다", "이었고", "인", "다", "고", "며"}


def _share_part(words: Words, last: int) -> list[str]:
    """What a share of a whole said before it is or has done to it, by the particle on
    words[last]: an object's (`45%를 교통 분야에 배정`: `_done_with`), a subject's or a
    topic's (`96%는 현지 인력이다`: `_share_does`); [] for any other."""
    josa = words[last].josa
    if josa in {"을", "를"}:
        return _done_with(words, last)
    if josa in {"은", "는", "이", "가"}:
        return _share_does(words, last, topic=True)
    return []


def _the_rest(words: Words, first: int, last: int) -> list[str]:
    """`나머지 400억 원은 비엣선은행과 현지 기관투자가가 출자한다`: the rest of a whole, what
    its clause says becomes of it, up to the verb (as a noun), in brackets; []."""
    if first < 1 or words[first - 1].text != "나머지" or words[last].josa not in {"은", "는"}:
        return []
    said: list[str] = []
    for word in words[last + 1 : last + 8]:
        if word.verbal:
            done = verb_noun(word)
            return ["나머지", f"({' '.join([*said, done])})"] if said and done else []
        if re.search(r"\d", word.text) or word.text.endswith((",", ".")) or not is_noun(word):
            return []
        said.append(word.text if word.josa in {"과", "와", "의"} else word.stem)
    return []


# A time within which something is done: "향후 3년 안에", "2년 내", "앞으로"
_WITHIN = re.compile(
    r"(?:향후|앞으로|[\d,.]+(?:년|개월|주|일)(?:간|내|내에|안에|이내에|동안|까지)?|안에|내에|이내에|이내)"
)


def _share_does(words: Words, last: int, topic: bool = False) -> list[str]:
    """What a share that is the subject (`…의 40%가`, `…의 90% 이상이`; with `topic`, also
    `… 가운데 96%는`) is or does: the noun before a copula (`외국인이고`), or an object and
    its verb as a noun (`은행 계좌를 보유하고`: 은행 계좌 보유); [] for anything else."""
    index = last
    if words[index].josa not in ({"이", "가", "은", "는"} if topic else {"이", "가"}):
        index += 1  # "90% 이상이": the level word carries the particle
        if (
            index >= len(words)
            or words[index].stem not in GENERIC
            or words[index].josa not in {"이", "가"}
        ):
            return []
    nouns: list[str] = []
    start = index + 1
    while start < len(words) and _WITHIN.fullmatch(words[start].text):
        start += 1  # "62.4%가 향후 3년 안에 현지 투자를 확대하겠다고": when, then what it does
    for at, word in enumerate(words[start : start + 5], start=start):
        if word.verbal:
            return []  # a verb with no object before it (an object's goes to _object_and_verb)
        if word.josa in _COPULA and not word.adverb and re.fullmatch(r"[가-힣A-Za-z]+", word.stem):
            return [*nouns, word.stem]  # "외국인이고": what the share is
        if not is_noun(word) or re.search(r"\d", word.text):
            return []
        if word.josa in {"과", "와"}:  # "전자제품과 부품이다": a list keeps its 과/와
            nouns.append(word.text)
            continue
        nouns.append(word.stem)
        if word.josa in {"을", "를"}:
            return _object_and_verb(words, at, nouns)
        if word.josa:
            return []
    return []


def _object_and_verb(words: Words, at: int, nouns: list[str]) -> list[str]:
    """An object (`nouns`, its 을/를 on word `at`) and the verb it leads to a few words on,
    past how and where (`'인건비 상승'을 가장 큰 경영 애로로 꼽았다`): the object, with the verb
    as a noun where it has one; [] where another subject or clause comes first."""
    for word in words[at + 1 : at + 6]:
        if word.verbal:
            if word.text.endswith("지"):
                return []  # "받지 못한": what is not done
            verb = verb_noun(word)
            return [*nouns, verb] if verb and verb != word.text.strip("'\",.") else nouns
        if word.josa in {"이", "가", "은", "는", "을", "를"} or word.text.endswith(","):
            return []
    return []


def _done_with(words: Words, last: int, gone: bool = False) -> list[str]:
    """What is done with a share (`…의 40%를 한국 기업에서 조달할`, `…의 70%를 한국과 유럽
    배터리 업체에 수출할`): where it goes or who takes it (`한국 기업이 수주할`; a noun phrase,
    a list joined by 과/와 or commas, before 에, 에서, 로 or a subject's 이/가) and the verb as a
    noun; [] when no such verb follows. With `gone`, where it goes alone before a native verb
    (`후속 미팅으로 이어졌고`, `현장 실습으로 채우고`)."""
    where: list[str] = []
    for at, word in enumerate(words[last + 1 : last + 9], start=last + 1):
        if word.verbal:
            verb = verb_noun(word)
            if verb and verb != word.text.strip("'\",."):
                return [*where[-4:], verb]
            went = (
                words[at - 1].josa in {"로", "으로", "에"}
                and not any(w.josa in _GOES for w in words[last + 1 : at - 1])  # one phrase
                and not word.adnominal
            )
            return where[-4:] if gone and where and went else []
        listed = word.text.endswith(",") and is_noun(replace(word, text=word.text.rstrip(",")))
        if not (is_noun(word) or listed) or re.search(r"\d", word.text):
            return []  # "인도, 튀르키예, 방글라데시 등으로": a list's item keeps its comma
        if at > last + 1 and words[at - 1].josa in _GOES and not words[at - 1].text.endswith(","):
            return []  # "… 업체에 공장을": the place is not followed by the deed
        if at > last + 1 and words[at - 1].text.endswith(",") and words[at - 1].josa:
            return []  # "자기자본으로, 나머지 …": another clause
        # "한국과 유럽 업체에": a list keeps its 과/와
        where.append(word.text if word.josa in {"과", "와"} else word.stem)
        if word.josa and word.josa not in {*_GOES, "과", "와", "의"} and not listed:
            return []
    return []


def level_word(words: Words, index: int) -> bool:
    """Whether the word after words[index] is a level word (`이상`, `수준`) that carries the
    figure's particle."""
    return index + 1 < len(words) and words[index + 1].stem in GENERIC


# The particles of where a share goes, or who takes it
_GOES = {"에", "에서", "로", "으로", "이", "가"}


def year_label(words: Words, first: int, last: int) -> tuple[list[str] | str, str]:
    """What is to be done by a target year: the object after it and its verb (`2030년까지 …
    공동물류센터를 조성`), else the noun before it, else the first noun after it."""
    nouns: list[str] = []
    for index in range(last + 1, min(len(words), last + 12)):
        word = words[index]
        if word.text.endswith((",", ".")) or re.search(r"[”\"]|라며$|라고$", word.text):
            break  # a quotation's end: what follows is another sentence's
        if word.verbal:  # a relative clause (필요한) or a means (투입해) before what is done
            if word.adnominal or word.text.endswith(("해", "하여", "해서")):
                nouns = []
                continue
            break
        if (
            re.search(r"\d", word.text)
            or word.stem in UNIT_WORDS
            or word.stem in SKIP
            or word.stem in GENERIC
        ):
            continue  # "교역액 1천500억 달러 달성 목표를", "90% 이상이": another figure's
        if word.josa in {"이", "가"} and is_noun(word):
            return [*nouns[-3:], word.stem], "ko.label.object-by"  # "… 전문 인력이 … 이를 것"
        if word.josa in {"을", "를"} and is_noun(word):
            done_to = [word.stem]
            if word.stem in _POINTING:
                # "비중은 4%에 불과하다 … 2028년까지 이를 15%로": the subject of the figure
                # said before it in the sentence, else nothing to say
                done_to = _subject_said_before(words, first)
                if not done_to:
                    break
            after = next((w for w in words[index + 1 : index + 5] if w.verbal), None)
            verb = verb_noun(after) if after else ""
            if verb and after is not None and verb != after.text.strip("'\",."):
                # "… 늘리는 것이 목표다": the year is the target's
                at = words.index(after)
                aim = ["목표"] if any(_AIM.match(w.text) for w in words[at + 1 : at + 3]) else []
                return [*nouns[-3:], *done_to, verb, *aim], "ko.label.object-by"
            break
        if _bare_noun(word):
            nouns.append(word.stem)
        elif word.josa:
            nouns = []  # "배후단지에": where, not what
    before = phrase_before(words, first - 1)
    grows = any(verb_noun(w) in CHANGE.values() for w in words[last + 1 : last + 10] if w.verbal)
    # a subject is what is measured when it grows ("시장은 2030년까지 … 성장할"), else who acts
    allowed = {"을", "를", ""} | ({"은", "는", "이", "가"} if grows else set())
    if before and words[first - 1].josa in allowed:
        return before, "ko.label.noun-before"
    for index in range(last + 1, min(len(words), last + 6)):
        word = words[index]
        if re.search(r"\d", word.text) or word.stem in SKIP or word.stem in UNIT_WORDS:
            continue
        if is_noun(word) and _PLACE_ONLY.fullmatch(word.stem):
            break  # "2030년까지 베트남에서 …": where, not what happens by then
        if is_noun(word) and word.josa in {"에서", "에게"}:
            continue  # "2029년까지 이 센터에서 … 길러낼": where, not what is done
        if is_noun(word):  # "2030년까지 반도체 엔지니어 5만 명": the noun phrase after it
            return phrase_after(words, index, limit=4) or [word.stem], "ko.label.noun-after"
        verb = verb_noun(word)
        if verb:
            return verb, "ko.label.verb-after"
    return subject_of(words, first - 1), "ko.label.subject"


# The word that says a year is a target's, after what is to be done by then.
_AIM = re.compile(r"[\"'“”‘’]?목표(?:[다이로를는]|라고|라며|이다|입니다)?[\"'“”‘’,.]*")

# A country or city alone: never what a target year is for.
_PLACE_ONLY = re.compile(
    r"(?:베트남|한국|" + "|".join(sorted(CITY_STEMS, key=len, reverse=True)) + r")"
)


# After a figure in brackets, compared (…보다), the measure the clause says next with its
# particle: "지난해 사절단(1,270만 달러)보다 상담액이 45.7% 증가"
_MEASURED_AFTER = re.compile(r"[^)]{0,6}\)\s*보다\s+(?P<what>[가-힣]{2,10})(?:이|가|은|는)\s")


# A quoted answer and the share of it in brackets: "'축소하거나 철수하겠다'(9%)"
_QUOTED_BRACKET = re.compile(r"['‘\"“]([^'’\"”()]{2,40})['’\"”]\(\s*$")


# "…로, 5년 전 18%에서": a level, then when the level it rose or fell from was
_LEVEL_THEN = re.compile(
    r"(?:로|으로),\s((?:[가-힣0-9]+\s){0,2}?(?:전|당시|지난해|작년))\s(?:약\s)?"
)


@rule(
    "ko.figure.quantity",
    "figure",
    ("AI 엔지니어 3,000명을 양성한다.", "3,000 = 3000 → AI 엔지니어 양성"),
    ("양국 교역액이 655억 달러로 늘었다.", "655억 달러 = 6.55e+10 USD → 양국 교역액"),
    # an age bracket (20대 고객, 20~30대가) is no count of vehicles (버스 20대)
    ("20대 고객과 30~40대 소비자가 늘었다.", None),
    ("버스 20대를 투입했다.", "20 = 20 → 버스 투입"),
    # this one's edition (as 제5차 is) is no rank and no figure
    ("병원은 이번이 11번째 베트남 의료봉사다.", None),
    ("앞서 2회 포럼은 호찌민시에서 열렸다.", None),  # that forum's edition, no count
    ("피칭 데이(벡스코 컨벤션홀 201호)", None),  # a room
    ("장학생 가정에 연 1회 무료 건강검진을 제공한다.", "1 = 1 → 무료 건강검진"),
    ("운반선 3척, 냉동 트럭 20대 등 저온 유통망에 쓰인다.", ["3 = 3 → 운반선", "20 = 20 → 냉동 트럭"]),
    # a counter of its own (병상, 그루): the number is a count
    ("병원은 650개 병상을 갖췄다.", "650 = 650 → 병상"),
    ("나무 500그루를 심었다.", "500 = 500 → 나무"),
    # a year the rest of its clause plans something for; not a year something was done
    ("공사는 2028년부터 운영에 들어갈 예정이다.", "2028년 = 2028 → 운영"),
    ("2024년 문을 닫은 광업소 부지는 공원으로 바꾸는 계획이 추진되고 있다.", None),
    ("2030년까지 교역액 1,500억 달러 목표를 세웠다.",
     ["2030년까지 = 2030 → 교역액 목표", "1,500억 달러 = 1.5e+11 USD → 교역액 목표"]),
    # an aim still to be reached ("… 목표를 달성하려면"); reached ("… 목표를 달성했다"), a result
    ("교역 1천500억 달러라는 목표를 달성하려면 협력이 필수다.", "1천500억 달러 = 1.5e+11 USD → 교역 목표"),
    ("올해 수출 100억 달러 목표를 달성했다.", "100억 달러 = 1e+10 USD → 수출"),
    # what a rate is per, said inside the label, goes to its end as the others say it
    ("해상풍력의 MW당 건설비는 약 360만 달러 수준이다.", "360만 달러 = 3.6e+06 USD → 해상풍력의 건설비 (MW당)"),
    ("구내식당 운영비는 3억 원이다.", "3억 원 = 3e+08 KRW → 구내식당 운영비"),
    # one of what a rate is per (1개에, 1곳당) is no figure
    ("선크림 평균 판매가는 1개에 32만 동 정도입니다.", "32만 동 = 320000 VND → 선크림 평균 판매가"),
    # a price per unit: what costs so much, the topic before the …당 word
    ("공단의 임대료는 ㎡당 120~160달러 수준이다.", "120~160달러 = 120 USD → 공단의 임대료 (㎡당)"),
    ("행사는 5일 열린다.", None),
    ("'2026 한-베트남 포럼'이 열렸다.", None),
    # a counter with its approximation (명가량, 명쯤) is no noun after the count
    ("국내 조선소 용접 인력이 1만4천 명가량 부족하다.", "1만4천 = 14000 → 국내 조선소 용접 인력"),
    # 기 counts machines and plants where a particle follows it, not in 기업 or a rate's 1기당
    ("단지에는 15MW급 터빈 80기가 설치된다.", ["15MW급 = 15 MW → 터빈", "80 = 80 → 터빈 설치"]),
    ("설비 1기당 보급 단가는 약 1천900달러다.", "1천900달러 = 1900 USD → 설비 1기당 보급 단가"),
    ("다낭에 사는 한국인이 1만5천 명쯤 된다.", "1만5천 = 15000 → 다낭에 사는 한국인"),
    ("서울 롯데호텔에서 '2026 호찌민시 투자설명회'를 열었다.", None),
    ("앞으로 5년간 스마트항만 분야에서 공동 프로젝트를 발굴하겠다.", "5년간 = 5 year → 공동 프로젝트 발굴"),
    ("연수는 총 60시간의 강의로 구성됐다.", "60시간 = 60 hour → 강의"),
    ("매장 면적은 1만2000㎡이고 연간 48척을 건조한다.", ["1만2000㎡ = 12000 m² → 매장 면적", "48 = 48 → 건조"]),
    ("스타트업 100곳의 상호 진출을 돕는다.", "100 = 100 → 스타트업 상호 진출"),
    ("호찌민 도시철도 5호선에 3억 달러를 지원한다.", "3억 달러 = 3e+08 USD → 지원"),
    ("지난 5년간 교역이 늘었다. 5일 개막했고 3년 연속 늘었다.", None),
    ("현재 주 22항차인 베트남 항로를 늘리겠다.", "22 = 22 → 베트남 항로"),
    ("투자액은 외국인 발전 투자 가운데 약 25%를 차지한다.", "25% = 25 → 외국인 발전 투자 중 투자액"),
    ("해상풍력 투자비는 1MW당 약 300만 달러다.", "300만 달러 = 3e+06 USD → 해상풍력 투자비 (1MW당)"),
    ("대표단은 2천500t급 호위함 공장을 살펴봤다.", "2천500t급 = 2500 t → 호위함 공장"),
    ("공장 생산량의 80%를 유럽 완성차 업체에 공급한다.", "80% = 80 → 공장 생산량 중 유럽 완성차 업체 공급"),
    ("물류비가 판매가의 18%에 달한다.", "18% = 18 → 판매가 중 물류비"),
    ('"설비용량을 2030년까지 6GW로 늘릴 계획"이라며 "기술과 금융이 필요하다"고 했다.',
     ["2030년까지 = 2030 → 설비용량", "6GW = 6 GW → 설비용량"]),
    ("교환 대상 품목을 현재 1천200개에서 3천개로 확대하기로 했다.",
     ["1천200 = 1200 → 교환 대상 품목 (이전)", "3천 = 3000 → 교환 대상 품목"]),
    ("회사는 연간 생산량을 12만t에서 20만t으로 늘린다.",
     ["12만t = 120000 t → 연간 생산량 (이전)", "20만t = 200000 t → 연간 생산량"]),
    ("지역내총생산(GRDP)은 8천500달러로 전국 평균의 1.7배에 이른다.",
     ["8천500달러 = 8500 USD → 지역내총생산(GRDP)", "1.7배 = 1.7 배 → 지역내총생산(GRDP) (전국 평균 대비)"]),
    ("현지 생산 비율을 30% 수준까지 높이는 방안이다.", "30% = 30 → 현지 생산 비율"),
    ("라면 소비량이 한국의 3배에 이른다.", "3배 = 3 배 → 라면 소비량 (한국 대비)"),
    ("◆오민재 법인장=온라인 판매 비중이 3년 전 30%에서 지금은 58%까지 올라왔다.",
     ["30% = 30 → 온라인 판매 비중 (이전)", "58% = 58 → 온라인 판매 비중"]),
    ("시는 의료관광 홈페이지(조회 12만5천 회)를 선보였다.", None),
    ("생산능력은 제1공장(4억 개)의 1.5배다.", ["4억 = 4e+08 → 제1공장", "1.5배 = 1.5 배 → 생산능력 (제1공장 대비)"]),
    ("선두와의 격차는 2년 전 14%포인트에서 6%포인트로 좁혀졌다.",
     ["14%포인트 = 14 pp → 선두 격차 (이전)", "6%포인트 = 6 pp → 선두 격차"]),
    ("센터는 KOICA가 2025~2029년 2천만 달러를 지원하는 사업이다.",
     ["2025~2029년 = 2025 → 지원 기간", "2천만 달러 = 2e+07 USD → 지원"]),
)  # fmt: skip
def quantity(segment: Segment) -> Iterator[Found]:
    """Every figure of the sentence, labelled by the first label rule that applies."""
    text = segment.text
    words = words_of(text)
    before: Found | None = None
    out: list[Found] = []
    for q in ko_quantities(text):
        if q.kind not in {"number", "percent", "money"} or q.loose:
            continue
        aside = _ASIDE.match(text, q.end) if q.kind == "money" else None
        if aside:  # "1조2천억 동(약 4,600만 달러)의 피해": read as if the bracket were not there
            said = text[: q.end] + text[aside.end() :]
            found = _figure(segment, said, words_of(said), q)
        else:
            found = _figure(segment, text, words, q)
        if found is None:
            continue
        figure = found.fact
        assert isinstance(figure, Figure)
        column = table_column(text, q.start)
        # "가공식품(1천380만달러·24.5%)": the second figure of the bracket is the noun's too
        bracketed = _BRACKETED.search(text[: q.start]) or _BRACKETED_SECOND.search(text[: q.start])
        named = before_colon(text, q.start)
        # "□ 참가 기업: 45개사"; a length with no label of its own: "▲ 체류 기간: 최장 8개월"
        if named and not column and (figure.kind != "period" or not figure.measure):
            _relabel(found, named, "ko.label.before-colon", segment.id)
        elif column:  # "구분 | 상담액" over "2026년 | 8,350만 달러": the column's heading
            _relabel(found, column, "ko.label.table-column", segment.id)
        elif figure.kind == "percent" and (share := _share_in_whole(text, q.start)):
            _relabel(found, share, "ko.label.share-in-whole", segment.id)
        elif (quoted := _QUOTED_BRACKET.search(text[: q.start])) and re.match(
            r"\s*\)", text[q.end :]
        ):  # "'축소하거나 철수하겠다'(9%)": what was answered, in quotes before the bracket
            _relabel(found, quoted.group(1).strip(), "ko.label.bracketed", segment.id)
        elif not figure.measure and (inside := _BRACKET_LABEL.search(text[: q.start])):
            # "기숙사 2곳(수용 인원 각 60명)": the words inside the bracket before the figure
            if re.match(r"(?:\s*여)?(?:\s*(?:" + _COUNTER + r"))?\s*\)", text[q.end :]):
                said = re.sub(r"(?:\s" + _BRACKET_WORDS + r")+$", "", inside["label"])
                _relabel(found, said, "ko.label.bracketed", segment.id)
        elif (
            bracketed
            # "제1공장(4억 개)의": a counter may close the bracket's figure; "(2027~2029년)"
            and re.match(
                r"(?:\s*여)?(?:\s*(?:" + _COUNTER + r"|년))?\s*(?:·\s*[\d.,]+\s?[%가-힣]{0,4})?\)",
                text[q.end :],
            )
            and bracketed.group("noun") not in UNIT_WORDS
            and not re.search(r"\d\s*$", text[: bracketed.start()])  # "2천450만 달러(약 …)"
        ):  # "가공식품(23%)과", "화장품·뷰티 제품(38%)과": the noun, with bare nouns before it
            ahead = word_index(words, bracketed.start()) - 1
            # "생산능력은 제1공장(4억 개)의": a word with its particle is no part of the noun
            bare_ahead = ahead >= 0 and words[ahead].josa in {"", "의"}
            before_noun = phrase_before(words, ahead) if bare_ahead else []
            label = " ".join([*before_noun, bracketed.group("noun")])
            then = bracketed.group("noun") in TIME_WORDS | {"기간"}
            compared = re.match(r"[^)]{0,6}\)\s*보다", text[q.end :])
            if then and compared and before is not None and figure_label(before.fact):  # type: ignore[arg-type]
                # "수주액은 21억 달러로, 작년 같은 기간(14억 달러)보다": the same measure then
                said_then = [bracketed.group("noun")]
                back = ahead
                while (
                    back >= 0
                    and len(said_then) < 4
                    and (words[back].stem in TIME_WORDS or words[back].text in {"같은", "동"})
                ):
                    said_then.insert(0, words[back].text)
                    back -= 1
                label = f"{figure_label(before.fact)} ({' '.join(said_then)})"  # type: ignore[arg-type]
            measured = _MEASURED_AFTER.match(text, q.end) if compared and not then else None
            if measured:
                # "지난해 사절단(1,270만 달러)보다 상담액이 45.7% 증가": the measure said after,
                # of the thing in the bracket's place, then
                back = ahead - len(before_noun)
                while back >= 0 and len(before_noun) < 4 and words[back].stem in TIME_WORDS:
                    before_noun.insert(0, words[back].text)
                    back -= 1
                label = f"{measured['what']} ({' '.join([*before_noun, bracketed.group('noun')])})"
            elif (
                not then
                and before is not None
                and isinstance(before.fact, Figure)
                and (before.fact.kind, before.fact.unit) == (figure.kind, figure.unit)
                and figure_label(before.fact)
                and re.match(r"[^)]{0,6}\)\s*(?:의\s*(?:절반|[\d.]+\s*배)|보다)", text[q.end :])
            ):  # "이직률도 8%로, 다른 국적 근로자(15%)의 절반": the same measure, of them
                # ("지난해 행사(9만 명)보다": of that, then)
                back, then_words = ahead - len(before_noun), list[str]()
                while back >= 0 and len(then_words) < 3 and words[back].stem in TIME_WORDS:
                    then_words.insert(0, words[back].text)
                    back -= 1
                label = f"{figure_label(before.fact)} ({' '.join([*then_words, label])})"
            _relabel(found, label, "ko.label.bracketed", segment.id)
        elif (
            before is not None
            and (figure.kind == "money" or (figure.unit and before.fact.unit))  # type: ignore[union-attr]
            and figure.kind == before.fact.kind  # type: ignore[union-attr]
            and _EQUIVALENT.fullmatch(text[before.end : found.start])
        ):  # "2천450만 달러(약 350억 원)", "12만㎡(약 3만6천 평)": the same in other units
            figure.measure = dict(before.fact.measure)  # type: ignore[union-attr]
            figure.evidence = [Evidence("ko.label.equivalent", segment.id)]
            found.doubt = before.doubt
        elif (
            before is not None
            and figure.kind == "percent"
            and figure_label(before.fact)  # type: ignore[arg-type]
            and _SIGNED_ASIDE.fullmatch(text[before.end : found.end + 1])
        ):  # "디스플레이 38억 달러(+4.8%)": the change of the figure before, its sign said
            said = f"{figure_label(before.fact)} 증감률"  # type: ignore[arg-type]
            _relabel(found, said, "ko.label.change-of", segment.id)
        elif (
            before is not None
            and figure_label(before.fact)  # type: ignore[arg-type]
            and (then := _LEVEL_THEN.fullmatch(text[before.end : found.start]))
            and re.match(r"\s*에서\s", text[found.end :])
        ):  # "비중은 42%로, 5년 전 18%에서 크게 높아졌다": the same measure, then
            said = f"{figure_label(before.fact)} ({then.group(1)})"  # type: ignore[arg-type]
            _relabel(found, said, "ko.label.from-to", segment.id)
        elif before is not None and (about := _of_the_one_before(text, before, found)):
            _relabel(found, *about, segment.id)
        elif (start := _change_start(text, out, found)) is not None:
            # "생산량을 12만t에서 20만t으로": one measure before and after the change; "품목을
            # 현재 1천200개에서 3천개로": the object before the first says what it is
            earlier = start.fact
            assert isinstance(earlier, Figure)
            changed = _object_before(words, word_index(words, start.start) - 1)
            if changed and (
                label_rule_of(figure) in {"", "ko.label.verb-after", "ko.label.subject"}
                # "… 인원도 올해 120명에서 내년 150명으로": a time read as the second's label
                or _says_nothing(figure_label(figure))
                # "누수율을 32%에서 15% 수준으로 낮출": the change alone (인하), not what changes
                or (
                    label_rule_of(figure) == "ko.label.change-of"
                    and len(figure_label(figure).split()) == 1
                )
            ):
                # "사전 직무교육을 45시간에서 60시간으로 늘려": what changes is the object
                figure.measure = {"ko": " ".join(changed)}
                figure.evidence = [Evidence("ko.label.from-to", segment.id)]
                found.doubt = ""
            first_rule = label_rule_of(earlier)
            said = earlier.measure.get("ko", "")
            if said in {"기존", "종전", "당초", "현재"} or said.split()[-1:] in (
                ["전"],
                ["후"],
                ["이전"],
                ["직전"],
            ):
                said = ""  # "기존 주 2회에서", "2년 전 14%포인트에서": when, not what
            hollow = _says_nothing(figure_label(figure))
            if (
                said
                and (
                    first_rule.endswith(("noun-before", "object-sized", "per-unit"))
                    # "인구는 1980년대 30만 명에서 지금은 12만 명 수준으로": the topic
                    or (first_rule == "ko.label.subject" and hollow and bool(figure.measure))
                )
                and (not figure.measure or label_rule_of(figure) == "ko.label.subject" or hollow)
            ):
                figure.measure = dict(earlier.measure)
                figure.evidence = [Evidence("ko.label.from-to", segment.id)]
                found.doubt = ""
            if figure.measure and (not said or label_rule_of(figure) != "ko.label.subject"):
                # the second's label, unless it is only the clause's subject (who acts)
                # "기존 20억 달러에서": the text's own word for the former level
                ahead = word_index(words, start.start) - 1
                former = words[ahead].text.removesuffix("의") if ahead >= 0 else ""
                former = former if former in _FORMER else "이전"
                earlier.measure = {"ko": f"{figure.measure['ko']} ({former})"}
                earlier.evidence = [Evidence("ko.label.from-to", segment.id)]
                start.doubt = ""
            year = out[-1] if out[-1] is not start else None
            if year is not None and year.fact.kind == "year" and figure.measure:  # type: ignore[union-attr]
                # "현재 350명에서 2028년 800명으로": the year the change comes by is of it
                _relabel(year, figure.measure["ko"], "ko.label.from-to", segment.id)
        elif (
            figure.kind == "percent"
            and (part := _PART_SAID.search(text[: q.start]))
            and (whole := _last_labelled(out))
        ):  # "이 가운데 EDCF가 71%를", "총사업비 … 가운데 BPA가 60%인": whose share of it
            said = f"{figure_label(whole)} 중 {part.group('part')}"
            _relabel(found, said, "ko.label.share-of", segment.id)
        elif (figure.kind == "percent" and _OF_THAT.search(text[: q.start])) or (
            figure.kind in {"count", "number", "money"} and _PART_OF.search(text[: q.start])
        ):
            _share_of_that(found, out, words, segment.id)
        before = found
        out.append(found)
    listed: Found | None = None
    for found in out:  # "전년 대비 18.3% 증가": a change keeps the base it is measured from
        figure = found.fact
        assert isinstance(figure, Figure)
        said = figure_label(figure)
        at = word_index(words, found.start)
        if said in HOLLOW and _hollow_relabelled(words, found, listed):
            said = figure_label(figure)  # "수출계약 780만 달러의 성과": the noun before
        listed = found
        if (
            figure.kind == "count"
            and re.search(r"등\s+(?:모두|총)\s*$", text[: found.start])
            # not "등 모두 620명의 계절근로자를": what the total is of, after it
            and re.match(
                r"\s?(?:여\s*)?(?:" + _COUNTER + r")?\s*(?:으로|로|이다|다)", text[found.end :]
            )
        ):
            # "대표단은 … 관계자 등 모두 45명으로": the list's total is the topic's size
            topic = _topic_before(words, at - 1)
            if topic:
                said = " ".join(topic)
                _relabel(found, said, "ko.label.subject", segment.id)
        given_per = _per_before(words, at - 1)
        if given_per and said and "당" not in said and figure.kind in {"money", "count"}:
            # "기업당 최대 500만 원의 항공료": what the sum is per
            said = f"{said} ({given_per})"
            figure.measure = {**figure.measure, "ko": said}
        if said == "목표" and label_rule_of(figure) == "ko.label.noun-after":
            # "양국 교역액은 … 2030년 1,500억 달러 목표를 향해": the aim of the topic
            topic = _topic_before(words, at - 1)
            if topic:
                said = f"{' '.join(topic)} 목표"
                figure.measure = {**figure.measure, "ko": said}
        if label_rule_of(figure) == "ko.label.change-of" and said and "대비" not in said:
            base, _ = _baseline(words, at)
            if base:
                figure.measure = {**figure.measure, "ko": f"{said} ({' '.join(base)} 대비)"}
    out += _years_of_figures(segment, text, out)
    out.sort(key=lambda f: f.start)
    _spans_of_figures(text, out, segment.id)
    _each_of_two(text, words, out, segment.id)
    for found, following in pairwise(out):
        by_when, counted = found.fact, following.fact
        assert isinstance(by_when, Figure) and isinstance(counted, Figure)
        said, more = figure_label(by_when), figure_label(counted)
        if by_when.kind == "year" and said and more.startswith(said + " "):
            # "2030년까지 반도체 인력 5만 명을 양성할": by when, what is done
            by_when.measure = dict(counted.measure)
        elif (
            by_when.kind == "count"
            and counted.kind == "money"
            and more
            and re.fullmatch(r"(?:건|개)?,\s", text[found.end : following.start])
            and _SIZED_OF.match(text, following.end)
        ):
            # "7건, 260만 달러 규모의 수출 계약이 성사됐고": the count and the sum of one thing
            _relabel(found, more, "ko.label.count-and-sum", segment.id)
    for found in out:
        figure = found.fact
        assert isinstance(figure, Figure)
        label = figure.measure.get("ko", "")
        # "국내 스타트업 30개사·베트남 스타트업 25개사": a word read twice, once
        label = re.sub(r"(?<!\S)(\S+)(?: \1)+(?!\S)", r"\1", label)
        # "때 수수료 인하": a bound noun that opened the clause before is no part of it
        label = re.sub(
            rf"^(?:(?:{'|'.join(_FOR_A_CLAUSE)}) (?=\S+ \S)|앞 (?=\S))", "", label
        )  # 앞(으로)
        if label:
            figure.measure = {"ko": label}
        if (
            label
            and "목표" not in label
            # "누수율 (이전)": where a change starts, no aim
            and not re.search(r"\((?:이전|기존|종전|당초|현재|현행)\)$", label)
            and figure.kind in {"money", "count", "percent", "number"}
            and _aimed_at(text, found)
        ):
            figure.measure = {"ko": f"{label} 목표"}  # "관광객 10만 명 유치 목표"
        field = _line_field(text, words, found)
        field = "" if field in HOLLOW | GENERIC else field  # "■ 분위기: 참석자 300여 명"
        label = figure.measure.get("ko", "")
        if field and set(label.split()) <= TIME_WORDS | HOLLOW | REGION_WORDS | SKIP:
            # "- 참가 대학: 중부 지역 9곳", "▲ 임금: 월 240만 원": what the line's field says
            _relabel(found, field, "ko.label.before-colon", segment.id)
        elif field and field not in label:  # "· 할인: 학생 및 다문화가족 30%": 할인 (…)
            figure.measure = {"ko": f"{field}: {label}" if "(" in label else f"{field} ({label})"}
        per = _per_subject(words, found) if re.fullmatch(r"\S+당", label) else []
        if per:  # "임대료는 ㎡당 120~160달러": what costs so much per unit, the topic
            figure.measure = {"ko": f"{' '.join(per)} ({label})"}
        parts = figure.measure.get("ko", "").split()
        at = next((i for i, w in enumerate(parts[:-1]) if _PER_WORD.fullmatch(w)), -1)
        if at >= 0 and "(" not in label:
            # "해상풍력의 MW당 건설비": what it is, then what it is per, as the others say it
            rest = parts[:at] + parts[at + 1 :]
            figure.measure = {"ko": f"{' '.join(rest)} ({parts[at]})"}
    _respectively(segment, words, out)
    yield from out


# A list's line that names a field before a colon, and what the line says after it
_FIELD = re.compile(
    r"(?:^|\n)\s*[-–•·□○▪*ㅇ◦▲△■◆●▶►]?\s*(?P<field>[^\d\s:;.()\[\]<>\n\"“”][^\d:;.()\[\]<>\n\"“”]{0,30}?)"
    r"\s*:\s*(?P<rest>[^:;\n\"“”'‘’]+)$"
)


def _line_field(text: str, words: Words, found: Found) -> str:
    """The field a list's line names before its colon when words stand between the colon
    and the figure (`- 지분 구조: 동해에너지 40%`, `▲ 임금: 월 240만 원`); "" when the line
    is no such list item, or the words after the colon make a clause (`사진: 부스에 하루
    60명이 들렀다`)."""
    m = _FIELD.search(text[: found.start])
    if not m or not m.group("rest").strip() or "(" in m.group("rest").rsplit(")", 1)[-1]:
        return ""  # "▲ 고용 인원: 1,200명(한국인 80명 포함)": a bracket's figure is its own
    figure_before = False
    for word in words:
        if word.start < m.start("rest") or word.end > found.start:
            continue
        if re.search(r"\d", word.text) or (figure_before and word.text.endswith(",")):
            # an earlier figure of the line: "동해에너지 40%, 메콩파워 35%", "15만 원, S석"
            figure_before = True
            continue
        figure_before = False
        if word.josa or word.verbal or word.adnominal or word.text.endswith((".", ",")):
            return ""  # "- 한울발전: 사업 총괄, 준공 후 25년간 운영": a clause, no field
    return m.group("field").strip(LIST_MARKS)


# What a rate is per, inside a label: a unit or a counter and 당 ("MW당", "㎡당", "가구당")
_PER_WORD = re.compile(r"(?:[A-Za-z²³㎡㎥㎾㎿]+|" + _COUNTER + r")당")


def _per_subject(words: Words, found: Found) -> list[str]:
    """The subject or topic right before a figure's `…당` word (`임대료는 ㎡당 120달러`), []."""
    at = word_index(words, found.start) - 1
    while at >= 1 and (
        words[at].stem in SKIP or words[at].stem in {"평균", "최대", "최저", "최고"}
    ):
        at -= 1  # "㎡당 평균 135달러": how it is reckoned, between
    if at < 1 or not words[at].text.endswith("당"):
        return []
    if words[at - 1].josa not in {"은", "는", "이", "가", "도"} or not is_noun(words[at - 1]):
        return []
    return phrase_before(words, at - 1)


# After a figure, in its clause, the words that make it an aim: "10만 명 유치 목표", "50%까지
# 끌어올리는 것이 목표다", "1천500억 달러로 늘린다는 목표"; before it, "목표는 … 10억 달러"
_AIM_AFTER = re.compile(
    # "… 달러라는 목표를 달성하려면": still an aim; "목표를 달성했다": a result
    r"[^\d.,;:!?\n]{0,24}?(?<![가-힣])목표(?!\s*(?:대비|치를|를 (?:달성(?:했|한\s|하였)|넘|초과|웃)))"
)
_AIM_BEFORE = re.compile(r"목표(?:는|로는)\s[^\d.,;:!?\n]{0,20}$")


def _aimed_at(text: str, found: Found) -> bool:
    """The figure is said as an aim: `목표` after it in its clause, no other figure between
    (not "목표 대비 120%", "목표를 넘었다": a result), or `목표는` right before it."""
    return bool(_AIM_AFTER.match(text, found.end) or _AIM_BEFORE.search(text[: found.start]))


# A year right before a figure, the year that figure is aimed at or foreseen for: "2030년 3조
# 원 규모에 이를 것", "2030년에는 600억 달러", "현재 30%에서 2029년 50%로 높이겠다"
_YEAR_OF = re.compile(
    r"(?<![\d~∼'’.-])(?P<year>20\d\d)\s*년(?:에는|에|엔|이면|께|까지는)?\s"
    r"(?P<between>(?:[가-힣A-Za-z()·]+\s){0,3}?)(?=\d|약\s|연\s|총\s)"
)
# What makes a clause say what is to come: a plan or aim, or a verb's future (-겠-, -ㄹ 것)
_FUTURE = re.compile(r"예정|전망|예상|가능성|될 것|할 것")


def _foreseen(clause: str) -> str:
    """How `clause` says what is to come: "목표" (a plan or aim), "전망" (a forecast: `이를
    것`, `늘어날 것`, `커질 거래요`), or "" (what was)."""
    if re.search(r"목표|계획|방침|하기로|겠|추진|잡았|잡고|정했", clause):
        return "목표"
    future = any(
        (ord(c) - 0xAC00) % 28 == 8 and clause[i + 1 : i + 3] in {" 것", " 거"}
        for i, c in enumerate(clause)
        if "가" <= c <= "힣"
    )
    return "전망" if future or _FUTURE.search(clause) else ""


def _years_of_figures(segment: Segment, text: str, out: list[Found]) -> list[Found]:
    """Each year (not read as a figure) said right before a labelled figure of the same
    clause that is aimed at or foreseen for it: a figure of kind `year`, labelled by that
    figure's label and whether it is an aim or a forecast (`국내 스페셜티 커피 시장 전망
    연도`); a past year's figure (`2015년 376억 달러`) gives none."""
    years: list[Found] = []
    for m in _YEAR_OF.finditer(text):
        if any(f.start <= m.start() < f.end for f in out) or re.search(r"[,.]", m["between"]):
            continue
        after = next((f for f in out if f.start >= m.end("between")), None)
        if after is None or after.start - m.end("between") > 4:
            continue
        figure = after.fact
        assert isinstance(figure, Figure)
        label = figure_label(figure)
        if after.doubt or not label or figure.kind not in {"money", "count", "percent", "number"}:
            continue
        clause = re.split(r"[.!?]|(?<=다)\s", text[after.end :], maxsplit=1)[0]
        how = _foreseen(clause)
        if not how:
            continue
        year = Figure(
            segment.id,
            text[m.start() : m.end("year") + 1],
            float(m["year"]),
            "year",
            measure={"ko": f"{label} {how} 연도"},
        )
        year.evidence.append(Evidence("ko.label.year-of-figure", segment.id))
        years.append(Found(year, m.start(), m.end("year") + 1))
    return years


# "2026∼2030년", "2025~2029년": a span of years
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s?[~∼〜–-]\s?(?:19|20)?\d{2}년")


def _says_nothing(label: str) -> bool:
    """Every word of `label` is a time or a general word (`내년`, `수준`; none at all): it
    says nothing of what the figure measures."""
    return set(label.split()) <= TIME_WORDS | HOLLOW | GENERIC


# After a sum: of what it is the size ("260만 달러 규모의 수출 계약")
_SIZED_OF = re.compile(r"\s?규모의\s")


# "국적별로는", "품목별로 보면": a breakdown by a kind of thing
_BY_KIND = re.compile(r"(?P<kind>[가-힣]{1,6})별로(?:는|도)?,?")


def _spans_of_figures(text: str, out: list[Found], segment_id: str) -> None:
    """A span of years or a length of time with no label of its own, before a labelled sum,
    count or share of its clause (`2021∼2025년 승인액은 11억 달러`, `3년간 11억 달러가
    투입됐다`): the span that figure is of, `… 기간`; a length after a span is passed over,
    a length stops at another length or a share."""
    from briefing.facts.ko.organisations import names_a_body

    for index, found in enumerate(out):
        figure = found.fact
        assert isinstance(figure, Figure)
        if figure.kind != "period" or figure_label(figure):
            continue
        span = bool(_YEAR_SPAN.fullmatch(figure.text))
        last = out[index - 1].fact if index else None
        if (
            isinstance(last, Figure)
            and last.kind == "period"
            and figure_label(last)
            and span
            and re.fullmatch(r"\s?\(", text[out[index - 1].end : found.start])
        ):  # "사업기간은 5년(2026~2030년)": the years of the length before
            _relabel(found, figure_label(last), "ko.label.equivalent", segment_id)
            continue
        for later in out[index + 1 :]:
            between = text[found.end : later.start].removeprefix("년")
            between = re.sub(r"\([A-Za-z0-9&]{2,10}\)", "", between)  # "기금(EDCF)": a short form
            if len(between) > 40 or re.search(r"[,.!?;:()]|다\s", between):
                break
            fact = later.fact
            assert isinstance(fact, Figure)
            if fact.kind == "period" and span:
                continue  # "2026∼2030년 5년간 1200만 달러를": the span's length
            if fact.kind == "period" or (not span and fact.kind == "percent"):
                break  # a length before another, or before a share: not a sum's length
            label = re.sub(r"\s\([^()]*\)$", "", figure_label(fact))  # "… 한도 (기존)": then
            if (
                label
                and not later.doubt
                and fact.kind in {"money", "count", "percent", "number"}
                # not "들여", a verb alone ("경제성장률": 률 is a noun's suffix)
                and morphemes(label)[-1][1].startswith(("N", "XSN"))
                # not "한울에프앤비", who buys it, nor "규모": a body's name or a general word
                # says nothing of what lasts
                and not (" " not in label and (names_a_body(label) or label in GENERIC))
            ):
                _relabel(found, f"{label} 기간", "ko.label.span-of-figure", segment_id)
            break


# "각각" (respectively): figures after it, each of one item of a list said before
_EACH = re.compile(r"(?<![가-힣])각각(?![가-힣])")
# What joins the figures of a run: "12%, 18%, 24%", "3천억 원과 2천억 원"
_RUN_JOINT = re.compile(r"\s*(?:,|과|와)\s*")
# A list's items: "참가 기업, 상담 건수, 상담액이", "일본과 유럽계 경쟁사들이"
_ITEM_JOINT = re.compile(r"\s*,\s*|(?<=[가-힣])(?:과|와)\s+|·")


def _respectively(segment: Segment, words: Words, out: list[Found]) -> None:
    """`참가 기업, 상담 건수, 상담액이 각각 12%, 18%, 24% 늘었다`: each figure of a run after
    각각 is of the list's item in its place (the list the subject before 각각), with what the
    run's last figure says of them (`… 규모의 사업계획`) or the verb after it (`늘었다`:
    증가); `누적 투자액은 944억 달러, 투자 프로젝트는 1만 250건으로 각각 … FDI의 18.6%,
    22.4%`: a share of each figure before in its place. A run whose list is not found keeps
    its labels."""
    text = segment.text
    m = _EACH.search(text)
    figures = [f for f in out if isinstance(f.fact, Figure)]
    after = [f for f in figures if f.start >= m.end()] if m else []
    if m is None or len(after) < 2:
        return
    run = figure_run(text, after, _RUN_JOINT.fullmatch)
    if not run:
        return
    last = run[-1].fact
    assert isinstance(last, Figure)
    items = _listed_before(text[: m.start()], len(run))
    labels: list[str] = []
    if items:
        shared = figure_label(last) if label_rule_of(last) == "ko.label.noun-after" else ""
        at = word_index(words, run[-1].end - 1)
        verb = next((w for w in words[at + 1 : at + 4] if w.verbal), None)
        deed = verb_noun(verb) if verb is not None and not shared else ""
        labels = [" ".join(x for x in (item, shared or deed) if x) for item in items]
    else:
        paired = [f.fact for f in figures if f.end <= m.start()][-len(run) :]
        whole = next(
            (figure_label(x.fact) for x in run if label_rule_of(x.fact) == "ko.label.whole-of"),  # type: ignore[arg-type]
            "",
        )
        if (
            whole
            and len(paired) == len(run)
            and all(x.fact.kind == "percent" for x in run)  # type: ignore[union-attr]
            and all(figure_label(f) for f in paired)  # type: ignore[arg-type]
        ):
            labels = [f"{whole} 중 {figure_label(f)}" for f in paired]  # type: ignore[arg-type]
        elif (
            label_rule_of(last) == "ko.label.noun-after"
            and all(
                not figure_label(x.fact) or label_rule_of(x.fact) == "ko.label.subject"  # type: ignore[arg-type]
                for x in run[:-1]
            )
        ):  # "두 회사가 각각 60%, 40%의 지분을 갖는다": each a share of what the last names
            # (the subject before 각각 holds them; it is no measure)
            labels = [figure_label(last)] * len(run)
    label_each(run, labels, "ko.label.respectively", "ko")


# "베트남 평균(4,700달러)의 1.7배": what a multiple is of, its figure in brackets
_TIMES_OF_BRACKETED = re.compile(r"(?<!\w)((?:[가-힣]+\s)?[가-힣]+)\(([^()]*)\)의\s*$")


def times_of_the_one_before(segment: Segment, found: list[Found], before: list[Found]) -> None:
    """`박닌성은 1인당 지역총생산(GRDP)이 약 8,100달러에 이른다.` then `이는 베트남
    평균(4,700달러)의 1.7배 수준이다.`: a multiple with no subject of its own, of a figure
    in brackets, is of the last figure before in that figure's unit, compared with what
    the bracket belongs to: `지역총생산(GRDP) (베트남 평균 대비)`."""
    for times in found:
        figure = times.fact
        if not isinstance(figure, Figure) or figure.unit != "배" or figure_label(figure):
            continue
        said = _TIMES_OF_BRACKETED.search(segment.text[: times.start])
        inside = [
            f.fact
            for f in found
            if isinstance(f.fact, Figure) and said and said.start(2) <= f.start < said.end(2)
        ]
        if not said or len(inside) != 1:
            continue
        shape = (inside[0].unit, inside[0].kind)
        same = [f for f in _labelled_before(before) if (f.unit, f.kind) == shape]
        if same:
            compared = said.group(1)
            figure.measure = {"ko": f"{figure_label(same[-1])} ({compared} 대비)"}
            figure.evidence = [figure.evidence[0], Evidence("ko.label.times-of", segment.id)]
            times.doubt = ""


def _labelled_before(before: list[Found]) -> list[Figure]:
    """The figures of the sentence before that it states with a label."""
    return [
        f.fact
        for f in before
        if isinstance(f.fact, Figure) and not f.doubt and figure_label(f.fact)
    ]


def after_the_sentence_before(segment: Segment, found: list[Found], before: list[Found]) -> None:
    """What a sentence's figures take from the sentence before: a run said 각각, a multiple
    of a figure in brackets, the share `이 비중` points back to, a change the sentence opens
    with, the figure `이를` (this) stands for."""
    respectively_after(segment, found, before)
    times_of_the_one_before(segment, found, before)
    this_share_before(segment, found, before)
    change_of_the_one_before(segment, found, before)
    this_one_before(segment, found, before)


# 이를 (this) as the object right before a figure, how often between them: "이를 주 40회로"
_THIS_BEFORE = re.compile(
    rf"(?<![가-힣])(?:{'|'.join(_POINTING)})(?:을|를)\s*(?:{'|'.join(_HOW_OFTEN)})?\s*$"
)


def this_one_before(segment: Segment, found: list[Found], before: list[Found]) -> None:
    """`… 직항편은 주 24회 운항한다.` then `비엣스카이는 연말까지 이를 주 40회로 늘리겠다`: a
    figure with no label whose object is 이를 (this), nothing before it in its sentence, is
    the last figure of the sentence before of its kind and unit: `직항편`."""
    for item in found:
        figure = item.fact
        if not isinstance(figure, Figure) or figure_label(figure):
            continue
        if not _THIS_BEFORE.search(segment.text[: item.start]):
            continue
        if any(isinstance(f.fact, Figure) and f.end <= item.start for f in found):
            continue  # a figure before it in the sentence is what 이를 points to
        counts = {"count", "number"}  # "주 40회로" with no label is read as a bare number
        same = [
            f
            for f in _labelled_before(before)
            if f.unit == figure.unit and (f.kind == figure.kind or {f.kind, figure.kind} <= counts)
        ]
        if same:
            figure.kind = same[-1].kind
            figure.measure = {"ko": figure_label(same[-1])}
            figure.evidence = [figure.evidence[0], Evidence("ko.label.object-sized", segment.id)]
            item.doubt = ""


# A sentence that opens with the base of a change and the change ("전년 같은 기간보다 14.2%
# 늘어난 규모로"), and the verb of the change after the figure
_CHANGE_OPENS = re.compile(r"^\s*(?P<base>(?:전년|지난해|작년)[^.,\d]{0,12}?)\s?(?:보다|대비)\s+")
_CHANGE_AFTER = re.compile(r"\s*(?:이상\s|넘게\s|가까이\s)?(?P<verb>늘|증가|줄|감소)")


def change_of_the_one_before(segment: Segment, found: list[Found], before: list[Found]) -> None:
    """`… 누적 순이익 1,870억 원을 기록했다.` then `전년 같은 기간보다 14.2% 늘어난 규모로, …`:
    a change the sentence opens with, no subject of its own, is of the last sum or count
    the sentence before labelled: `누적 순이익 증가 (전년 같은 기간 대비)`."""
    opens = _CHANGE_OPENS.match(segment.text)
    if opens is None:
        return
    for item in found:
        figure = item.fact
        change = _CHANGE_AFTER.match(segment.text, item.end)
        if not isinstance(figure, Figure) or figure.kind != "percent" or item.start != opens.end():
            continue
        earlier = [f for f in _labelled_before(before) if f.kind in {"money", "count"}]
        if change is None or not earlier:
            continue
        what = re.sub(r"\s(?:기록|달성|집계)$", "", figure_label(earlier[-1]))
        way = "증가" if change["verb"] in {"늘", "증가"} else "감소"
        figure.measure = {"ko": f"{what} {way} ({opens['base'].strip()} 대비)"}
        figure.evidence = [figure.evidence[0], Evidence("ko.label.change-of", segment.id)]
        item.doubt = ""


def this_share_before(segment: Segment, found: list[Found], before: list[Found]) -> None:
    """`베트남 현지 기업 비중은 42%로 …` then `한성은 2028년까지 이 비중을 50%로
    끌어올린다`: a label that is a share's noun said as `이 비중` (this share) is the share
    the sentence before labelled: `베트남 현지 기업 비중`."""
    for item in found:
        figure = item.fact
        label = figure_label(figure) if isinstance(figure, Figure) else ""
        noun = label.split()[0] if label else ""
        if noun not in _SHARE_NOUNS or not re.search(rf"(?:이|그|해당)\s{noun}", segment.text):
            continue
        named = [
            figure_label(f)
            for f in _labelled_before(before)
            if figure_label(f).split()[-1:] == [noun] and len(figure_label(f).split()) > 1
        ]
        if named:
            assert isinstance(figure, Figure)
            figure.measure = {"ko": named[-1] + label[len(noun) :]}


def respectively_after(segment: Segment, found: list[Found], before: list[Found]) -> None:
    """`품목별로는 라면이 1억 2,300만 달러로 …, 딸기(2,100만 달러)가 뒤를 이었다.` then `전년
    대비 증가율은 각각 24.6%, 9.8%, 13.1%, 41.5%로`: a run after 각각 whose sentence lists
    nothing is of the figures of the sentence before, in their order, when they are as many
    and each labelled: `라면 전년 대비 증가율`."""
    m = _EACH.search(segment.text)
    if m is None:
        return
    after = [f for f in found if isinstance(f.fact, Figure) and f.start >= m.end()]
    if len(after) < 2 or _listed_before(segment.text[: m.start()], len(after)):
        return
    if any(f.end <= m.start() for f in found if isinstance(f.fact, Figure)):
        return  # figures before 각각 in its own sentence are what it pairs with
    run = figure_run(segment.text, after, _RUN_JOINT.fullmatch)
    items = [f.fact for f in before if isinstance(f.fact, Figure) and not f.doubt]
    if len(run) < 2 or len(items) != len(run) or not all(figure_label(i) for i in items):
        return
    shared = figure_label(run[0].fact)  # type: ignore[arg-type]
    if any(figure_label(f.fact) != shared for f in run):  # type: ignore[arg-type]
        return
    labels = [" ".join(x for x in (figure_label(i), shared) if x) for i in items]
    read = [f.fact.evidence[0] for f in run]  # type: ignore[union-attr]
    label_each(run, labels, "ko.label.respectively", "ko")
    for f, value in zip(run, read, strict=True):
        f.fact.evidence.insert(0, value)  # type: ignore[union-attr]  # where the value was read


def _listed_before(text: str, count: int) -> list[str]:
    """The `count` items of the list that is the subject right before `text`'s end (`참가
    기업, 상담 건수, 상담액이`, `일본과 유럽계 경쟁사들이`), each a noun phrase; []."""
    said = text.rstrip()
    # "물 사용량과 에너지 사용량을 각각 35%, 20% 줄인다": a list that is the object, too
    ending = re.search(r"(?:이|가|은|는|을|를)$", said)
    if not ending:
        return []
    said = said[: ending.start()]
    pieces = _ITEM_JOINT.split(said)
    if len(pieces) < count:
        return []
    items = pieces[-count:]
    head = words_of(items[0])  # "… 비교하면 참가 기업": the first item's own nouns
    first = phrase_before(head, len(head) - 1, limit=3) if head else []
    items[0] = " ".join(first)
    if not all(items) or any(re.search(r"\d", i) or len(i.split()) > 4 for i in items):
        return []
    return items


def _of_the_one_before(text: str, before: Found, found: Found) -> tuple[str, str] | None:
    """A share said right after another figure, and of it: its change in a bracket or after
    a comma (`반도체: 168억 달러(전년 대비 14.5% 증가)`, `수출은 7억 달러, 전년 대비 9.6%
    증가`), its share of the whole in a bare bracket (`교통 인프라: 12억 달러(40%)`; not after
    a deed alone, `720만 달러(60%)를 부담하고`), the change of a change's two ends (`한도를
    기존 20억 달러에서 30억 달러로 50% 확대`): the label and its rule, or None."""
    figure, last = found.fact, before.fact
    assert isinstance(figure, Figure) and isinstance(last, Figure)
    said = figure_label(last)
    if figure.kind != "percent" or not said:
        return None
    between, after = text[before.end : found.start], text[found.end :]
    change = re.match(r"\s*(?:이상\s*)?(" + "|".join(CHANGE) + ")", after)
    if (
        last.kind != "percent"
        and figure_label(figure) in {"", *CHANGE.values()}
        and _CHANGE_ASIDE.fullmatch(between)
        and change
    ):
        return f"{said} {CHANGE[change.group(1)]}", "ko.label.change-of"
    if (
        last.kind in {"money", "count", "number"}
        and label_rule_of(last) != "ko.label.verb-after"
        and _SHARE_ASIDE.fullmatch(text[before.end : found.end + 1])
    ):
        return f"{said} 비중", "ko.label.share-aside"
    if (
        label_rule_of(last) == "ko.label.from-to"
        and label_rule_of(figure) == "ko.label.change-of"
        and not between.strip(" 로으")
        and change
    ):
        return f"{said} {CHANGE[change.group(1)]}", "ko.label.change-of"
    return None


# What stands between a figure and the change of it said in a bracket or after a comma:
# "(전년 대비 ", "(", ", 전년 동기 대비 "
_CHANGE_ASIDE = re.compile(
    r"\s?\(\s*(?:(?:전년|작년|지난해)(?:\s?(?:동기|같은 기간))?\s*대비\s*)?"
    r"|,\s*(?:(?:전년|작년|지난해)(?:\s?(?:동기|같은 기간))?\s*대비\s*)"
)
# "(+4.8%)", "(-7.3%)", "(▲2.1%)": a signed change in brackets right after a figure
_SIGNED_ASIDE = re.compile(r"\s?\(\s?[-+−▲▼△▽]\s?\d[\d.,]*\s?%\s?\)?")


# "(40%)" right after a sum or a count: that figure's share of the whole
_SHARE_ASIDE = re.compile(r"\s?\(\s?\d[\d.,]*\s?%\s?\)")

# "이 가운데 EDCF가 71%를", "4천200만 달러 가운데 BPA가 60%인": whose share of the figure
# said before
_PART_SAID = re.compile(
    r"(?:(?:이|그)\s*|\d\S*\s+(?:[가-힣]{1,2}\s+)?)(?:가운데|중)(?:에서)?\s+"
    r"(?P<part>[^\s,]{2,20}?)(?:이|가)\s+(?:약\s*)?$"
)


def _last_labelled(out: list[Found]) -> Figure | None:
    """The last figure read before that has a label, or None."""
    return next(
        (f.fact for f in reversed(out) if isinstance(f.fact, Figure) and figure_label(f.fact)),
        None,
    )


# "이 가운데 60%는", "그중 30%를": a share of the figure said before
_OF_THAT = re.compile(r"(?:이|그)\s*(?:가운데|중)(?:에서)?\s*(?:약\s*)?$")
# "이 가운데 3개사는", "상담 120건 가운데 45건은": a part of the count or sum said before
_PART_OF = re.compile(r"(?:(?:이|그)\s*|\d\S*\s+)(?:가운데|중)(?:에서)?\s*(?:약\s*)?$")


def _share_of_that(found: Found, out: list[Found], words: Words, segment_id: str) -> None:
    """`총사업비는 약 1,200억 원으로, 이 가운데 60%는 …으로 조달`, `2천t의 산화희토류를 생산해 이
    가운데 60% 이상을 한국으로 들여올`: the share is of the last labelled figure before it;
    with what the share is or what is done with it, it is said whole."""
    figure = found.fact
    assert isinstance(figure, Figure)
    whole = _last_labelled(out)
    last = word_index(words, found.end - 1)
    if not words[last].josa and level_word(words, last):
        last += 1  # "60% 이상을": the level word carries the particle
    josa = words[last].josa
    part = _share_part(words, last)
    verb = next((w for w in words[last + 1 : last + 7] if w.verbal), None)
    if not part and josa in {"이", "가"} and verb is not None and not verb.adnominal:
        # "이 가운데 82%가 한국계 기업에 취업했다": where the share goes, and what it does
        # (not "… 지역에서 채용한 여성 근로자다": a clause that says which workers)
        part = _done_with(words, last)
    if (
        not part
        and figure.kind != "percent"
        and josa in {"은", "는"}
        and verb is not None
        and not verb.adnominal
    ):
        # "상담 120건 가운데 45건은 후속 미팅으로 이어졌고": where the part goes
        part = _done_with(words, last, gone=True)
    counted = {"count", "number"}
    alike = whole is not None and (
        whole.kind == figure.kind or {whole.kind, figure.kind} <= counted
    )
    if whole is None or not part or (figure.kind != "percent" and not alike):
        return
    figure.measure = {"ko": f"{figure_label(whole)} 중 {' '.join(part)}"}
    kept = [e for e in figure.evidence if ".label." not in e.rule]
    figure.evidence = [*kept, Evidence("ko.label.share-of", segment_id)]
    found.doubt = ""


# Words that say a change's first end was the former level: no part of what changed
_FORMER = {"기존", "종전", "당초", "기존의", "종전의"}


def _object_before(words: Words, index: int) -> list[str]:
    """The object (…을/를) that ends at words[index], times passed over (`직무교육을 현재`),
    or the subject that changes (`세계 시장 점유율도 9%에서 15%로 높아질`)."""
    while index >= 0 and (
        words[index].stem in SKIP
        or words[index].stem in TIME_WORDS
        or words[index].text in _FORMER  # "한도를 기존 20억 달러에서"
    ):
        index -= 1
    if (
        index < 0
        or words[index].josa not in {"을", "를", "은", "는", "이", "가", "도"}
        or not is_noun(words[index])
    ):
        return []
    return phrase_before(words, index, limit=4)


def _change_start(text: str, out: list[Found], then: Found) -> Found | None:
    """The figure a change to `then` starts from: the one before it (`22%에서 50%로`), or
    the one before a target year between them (`현재 22%에서 2030년까지 50%로`)."""
    if out and _from_to(text, out[-1], then):
        return out[-1]
    if len(out) < 2:
        return None
    first, year = out[-2], out[-1]
    return (
        first
        if isinstance(year.fact, Figure)
        and year.fact.kind == "year"
        # "현재 350명에서 2028년 800명으로": the counter after the first
        and re.fullmatch(
            r"\s?(?:여\s*)?(?:" + _COUNTER + r")?\s*에서\s+", text[first.end : year.start]
        )
        and re.fullmatch(r"년?(?:까지)?\s+", text[year.end : then.start])
        and _from_to(
            text[: first.end] + "에서 " + text[then.start :], first, _moved(then, first.end + 3)
        )
        else None
    )


def _moved(found: Found, start: int) -> Found:
    """`found` as if it began at `start`."""
    return Found(found.fact, start, start + found.end - found.start)


def _from_to(text: str, first: Found, then: Found) -> bool:
    """`first` and `then` are one measure before and after a change: `12만t에서 20만t으로`,
    `지난해 35%에서 올해 52%로`, in one unit."""
    a, b = first.fact, then.fact
    assert isinstance(a, Figure) and isinstance(b, Figure)
    return (
        a.unit == b.unit
        and (a.kind == b.kind or {a.kind, b.kind} == {"count", "number"})  # one unlabelled
        and bool(
            re.fullmatch(
                # "현재 33%에서 2030년 15%로": when it is to come, between
                r"\s?(?:여\s*)?(?:" + _COUNTER + r")?\s*에서\s+"
                r"(?:[가-힣]{1,4}\s+|(?:19|20)\d{2}년(?:까지|에는|에)?\s+)?",
                text[first.end : then.start],
            )
        )  # "1천200개에서 3천개로": the counter after each
        # "12만t으로", "58%까지": where the change ends
        # "지금은 12만 명 수준으로": the level it comes to
        and bool(
            re.match(
                r"\s?(?:여\s*)?(?:" + _COUNTER + r")?\s*(?:수준)?(?:으로|로|까지)", text[then.end :]
            )
        )
    )


# A length of time: "5년간", "2주간", "3개월", "60시간의", "3년 안에", "10일 동안"; a day, a
# month or a year alone ("5일", "10월", "3년 연속") is none.
# The units a length of time is counted in after its number: "5년", "3개월", "90분"
_TIME_UNIT = r"년|개월|주|일|시간|분"
_DURATION = re.compile(
    r"\s*(?:(?P<unit>"
    + _TIME_UNIT
    # "평균 8주가 걸리는", "3일이 소요된다": how long something takes
    + r")\s*(?:간|동안|\s안에|\s이내|\s내|(?P<takes>(?:이|가|은|는|도)?\s(?=걸리|걸린|걸렸|걸려|소요)))"
    + r"|(?P<bare>개월|시간)(?!대))"
)
_DURATION_UNITS = duration_words("ko")
# So many years before a noun, which lasts them: "25년 장기 전력구매계약"; not a time or a
# count of years ("2년 연속", "10년 전", "5년 새", "30년 넘게", "4년째")
_YEARS_OF = re.compile(r"\s*(?P<unit>년)\s(?=[가-힣])")
_NOT_LASTING = {"연속", "전", "후", "새", "동안", "넘게", "이상", "이내", "가까이", "째", "만", "만에",
                "간", "내", "반", "차", "뒤", "사이", "만기", "임기", "이후", "이전", "안", "치"}  # fmt: skip
# A length of time's unit after its number, and the particle or copula that may close it:
# "40년(", "90분에서", "2년이다"
_LENGTH_AFTER = re.compile(
    r"\s*(?P<unit>" + _TIME_UNIT + r")"
    r"(?:에서|으로|로|까지|을|를|이|가|은|는|이다|이며|이고|인|간|동안|입니다|이었다|였다|에)?"
    r"(?![가-힣])"
)
# A noun that is a length of time, right before its figure: "상환기간 40년", "(거치기간 15년",
# "이동 시간은 현재 약 90분"
_LASTING = re.compile(
    r"(?<![가-힣])(?P<noun>[가-힣]{0,6}(?:기간|기한|만기|임기|시간|납기))"
    r"(?:은|는|이|가|도|을|를)?\s*(?:(?:현재|기존|평균|최장|최대|총|약)\s*)*"
    # "이동 시간은 현재 약 90분에서 25분으로": the change's second end, of the same length
    r"(?:\d[\d.,]*\s*(?:" + _TIME_UNIT + r")에서\s*)?$"
)


def _names_event(words: Words, start: int, limit: int = 12) -> bool:
    """The first object ahead is a named event (quoted, or held: `개최`, `열`): a length of
    time before it is the event's own dates."""
    for index in range(start, min(len(words), start + limit)):
        word = words[index]
        if word.josa not in {"을", "를"}:
            continue
        stem = word.stem.strip("'\"‘’“”")
        after = next((w for w in words[index + 1 : index + 5] if w.verbal), None)
        held = after is not None and verb_noun(after) in {"개최", "열"}
        quoted = bool(re.search(r"['\"‘’“”」』]", word.text))
        return any(stem.endswith(n) for n in EVENT_NOUNS) and (quoted or held)
    return False


def _measure_of(label: list[str] | str) -> str:
    """A label's words as one string, without a round-table's speaker tag before them
    (`◆오민재 법인장=온라인 판매 비중`: who speaks), and from inside a bracket the figure
    stands in (`(연간 송금액 15억 달러)`)."""
    measure = re.sub(r"^.*=\s*", "", label if isinstance(label, str) else " ".join(label))
    opened = measure.rfind("(")
    if opened >= 0 and ")" not in measure[opened:] and measure[opened + 1 :].strip():
        # "방안 공동 연구 (연간 송금액", "한울건설(지분": the words inside the open bracket
        return measure[opened + 1 :].strip()
    return measure


# A copula that ends the clause a figure is the predicate of: "3개월이며", "6개월이다"
_COPULA_END = re.compile(r"(?:이며|이고|이다|였고|였으며|였다|입니다|이지만|인데|이었다)$")


def _duration(
    segment: Segment, text: str, words: Words, q: Quantity, m: re.Match[str]
) -> Found | None:
    """A length of time as a figure of kind `period`: what is done in it (the object ahead
    and its verb, as for a target year), or what it is of (`60시간의 강의`)."""
    written = m.group("unit") or m.group("bare")
    end = q.end + len(m.group(0).rstrip())  # "8주가 걸리는": up to the particle
    shown = text[q.start : end].strip()
    shown = re.sub(r"\s*(?:안에|이내|내)$", "", shown)
    takes = m.group("takes") is not None  # "평균 8주가 걸리는": how long it takes
    if takes:
        shown = re.sub(r"(?:이|가|은|는|도)$", "", shown)
    last = word_index(words, end - 1)
    label: list[str] | str
    topic = word_index(words, q.start) - 1
    while topic > 0 and (words[topic].stem in SKIP or _PER_UNIT.fullmatch(words[topic].text)):
        topic -= 1  # "연수 기간은 1인당 3개월이며": past what it is per
    while takes and topic > 0 and words[topic].text in {"통상", "보통", "대개", "평균"}:
        topic -= 1  # "최종 투자 결정까지는 통상 2∼3년이 걸리는": how usual, not what takes it
    if (
        takes
        and topic >= 0
        and re.search(r"(?:에|에는|까지|까지는)$", words[topic].text)
        and is_noun(words[topic])
    ):  # "비자 발급에 평균 8주가 걸리는", "결정까지는 통상 2∼3년이": what takes that long
        label, name = phrase_before(words, topic), "ko.label.noun-before"
    elif words[last].josa == "의" and last + 1 < len(words) and is_noun(words[last + 1]):
        label, name = phrase_after(words, last + 1), "ko.label.noun-after"  # "60시간의 강의"
    elif (
        _COPULA_END.search(words[last].text.rstrip(",."))
        and topic >= 0
        and words[topic].josa in {"은", "는", "이", "가"}
        and is_noun(words[topic])
    ):
        # "연수 기간은 1인당 3개월이며, 항공료는 병원이 부담한다": the topic lasts that long;
        # the next clause's verb is another matter
        label, name = phrase_before(words, topic), "ko.label.subject"
    elif sent := _sent_for(words, word_index(words, q.start) - 1, last + 1):
        label, name = sent, "ko.label.verb-after"
    else:
        label, name = _done_in(words, last + 1), "ko.label.object-by"
        if _names_event(words, last + 1):
            return None  # "3일간 … '… 워크숍'을 개최": the event's own dates, no figure
        verb = verb_noun(words[last + 1]) if last + 1 < len(words) else ""
        if not label and verb and words[last + 1].verbal:
            # "본사에 보내 6개월간 교육했다": what is done that long, with what it is done to
            before = phrase_before(words, word_index(words, q.start) - 1)
            if not before or re.search(r"\d", " ".join(before)):
                # "사업은 2026년부터 2030년까지 5년간 진행되며": the clause's subject does it
                before = subject_of(words, word_index(words, q.start) - 1)
            label, name = [*before[-2:], verb], "ko.label.verb-after"
        topic = word_index(words, q.start) - 1
        sums = any(re.search(r"\d", w.text) for w in words[last + 1 : last + 4])
        if (
            not label
            and sums
            and topic >= 0
            and words[topic].josa in {"은", "는"}
            and is_noun(words[topic])
        ):
            # "연구비는 5년간 총 35억 원이며": what it is the length of, the sentence's topic
            label, name = phrase_before(words, topic), "ko.label.subject"
        ahead = next((k for k in range(last + 1, min(len(words), last + 4)) if words[k].verbal), 0)
        if (
            not label
            and words[last].josa in {"은", "는"}
            and ahead
            and all(re.search(r"\d", w.text) for w in words[last + 1 : ahead])
        ):
            # "이후 9년간은 50%를 감면한다": a length of time as the topic, what is done in it
            # (to a figure) the verb's
            label, name = verb_noun(words[ahead]), "ko.label.verb-after"
    if (
        not label
        and written in {"시간", "분"}
        and topic >= 0
        and not words[topic].josa
        and is_noun(words[topic])
        and words[topic].stem not in TIME_WORDS
        and not re.search(r"\d", words[topic].text)
    ):  # "한국어 교육 300시간도 따로 이수": the noun right before it lasts that long
        label, name = phrase_before(words, topic), "ko.label.noun-before"
    measure = _measure_of(label)
    figure = Figure(
        segment_id=segment.id,
        text=shown,
        value=q.value,
        kind="period",
        unit=_DURATION_UNITS[written],
        measure={"ko": measure} if measure else {},
        high=q.high,
    )
    if measure:
        figure.evidence.append(Evidence(name, segment.id))
    return Found(figure, q.start, end, doubt="" if measure else "no words say what lasts that long")


# Bare nouns said as adverbs between a length of time and its verb: "6개월간 상호 파견해"
_MANNER_NOUNS = {"상호", "공동", "직접", "현지", "집중"}


def _sent_for(words: Words, before: int, after: int) -> list[str]:
    """`공무원 10명씩을 6개월간 상호 파견해 …`: the object counted right before a length of
    time and the verb right after it, a means on the way (…해, …하여) the later clause's
    verb does not own: `공무원 파견`; [] otherwise."""
    if after < len(words) and words[after].stem in _MANNER_NOUNS and not words[after].josa:
        after += 1
    if after >= len(words) or not words[after].verbal:
        return []
    if not words[after].text.rstrip(",").endswith(("해", "하여", "해서")):
        return []
    if (
        before < 1
        or words[before].josa not in {"을", "를"}
        or not re.search(r"\d", words[before].text)
    ):
        return []  # "공무원 10명씩을": the object's count, the object right before it
    counted = phrase_before(words, before - 1, limit=2)
    verb = verb_noun(words[after])
    return [*counted, verb] if counted and verb else []


def _done_in(words: Words, start: int, limit: int = 12) -> list[str]:
    """What is done in a length of time: the first object ahead (…을/를, quotes off) and the
    verb after it, before the sentence's verb ends it; [] when there is none."""
    counted: list[str] = []  # "엔지니어 2,000명을": who the figure object counts
    spent: list[str] = []  # "90억 원을 투입해 … 개선": what the sum is spent on, if no more
    for index in range(start, min(len(words), start + limit)):
        word = words[index]
        # "1천800만 달러를 들여 … 사업을 진행했습니다": a means on the way, not the clause's verb
        connective = word.text.rstrip(",").endswith(("해", "하여", "해서", "들여", "써", "써서"))
        if word.verbal and not word.adnominal and not connective:
            verb = verb_noun(word)
            if counted and verb and verb != word.text.strip("'\",."):
                # "5년간 반도체 설계 엔지니어 2,000명을 공동으로 양성하고": who, and what;
                # "학생 40명씩을 교환 연수하기로": the bare noun the verb goes with
                with_noun = index > start and _bare_noun(words[index - 1])
                return [*counted, *([words[index - 1].stem] if with_noun else []), verb]
            before = words[index - 1] if index > start else None
            if (
                verb
                and verb != word.text.strip("'\",.")
                and before is not None
                and before.josa in {"이", "가"}
                and is_noun(before)
                and not re.search(r"\d", before.text)
            ):
                # "4년간 전액 장학금이 지급된다": no object; what the clause's deed (a verbal
                # noun) is done to, its subject right before it
                return [*phrase_before(words, index - 1, limit=2), verb]
            return spent  # the clause's verb came first: nothing is done in the time (or
            # only the sum spent)
        if (
            word.josa in {"을", "를"}
            and re.search(r"\d", word.text)
            and index > start
            and _bare_noun(words[index - 1])
        ):
            counted = phrase_before(words, index - 1, limit=3)
        stem = word.stem.strip("'\"‘’“”")
        figure_word = stem in UNIT_WORDS or stem.startswith(COUNTERS)  # "45억 원을"
        if (
            figure_word
            and word.josa in {"을", "를"}
            and index > start + 1
            and re.search(r"\d", words[index - 1].text)
            and _bare_noun(words[index - 2])
        ):  # "베트남 환자 1만 명을": the counter written apart from its number
            counted = phrase_before(words, index - 2, limit=3)
        nxt = words[index + 1] if index + 1 < len(words) else None
        if not spent:
            spent, going_on = _spent_in(words, start, index)
            if spent and not going_on:
                return spent
        if (
            word.josa in {"을", "를"}
            and re.search(r"\d", word.text)
            and index > start
            and words[index - 1].josa == "의"
            and nxt is not None
            and nxt.verbal
        ):  # "3년간 사무실 임차료의 80%를 지원한다": what the share is of, and what is done
            verb = verb_noun(nxt)
            whose = [*phrase_before(words, index - 2, limit=1), words[index - 1].stem]
            return [w for w in whose if w] + ([verb] if verb and verb != nxt.text else [])
        also = word.josa == "도" and nxt is not None and nxt.verbal  # "비용도 지원한다"
        if (
            (word.josa in {"을", "를"} or also)
            and stem
            and not figure_word
            and not re.search(r"\d", word.text)
        ):
            after = next((w for w in words[index + 1 : index + 4] if w.verbal), None)
            verb = verb_noun(after) if after is not None else ""
            if after is not None and verb == after.text.strip("'\",."):
                verb = ""  # "열겠다": no noun of its own
            nouns = phrase_before(words, index - 1, limit=2) if index > start else []
            return [*nouns, stem, *([verb] if verb else [])]
    return spent


# The currencies Korean figures are read in (briefing.numbers.ko), and a sum's unit written
# with its scale
_MONEY_UNITS = {*CURRENCY_NAMES.values(), "위안", "만원", "억원"}


def _spent_in(words: Words, start: int, index: int) -> tuple[list[str], bool]:
    """What a length of time is when a sum is spent in it, the first object ahead: its verb
    ("3년간 90억 원을 투입해" -> 투입 기간; the sum is another figure, no part of the label),
    and the nouns between them, on what ("3년간 공동 마케팅에 15억 원을 투입" -> 공동
    마케팅 투입 기간); [] when words[index] is no such sum; and whether the clause goes on
    after the verb ("투입해 …": the deed ahead says more)."""
    word = words[index]
    nxt = words[index + 1] if index + 1 < len(words) else None
    money = word.stem in _MONEY_UNITS or bool(
        re.fullmatch(r"[\d.,]+(?:만|억|조)?(?:원|달러)", word.stem)
    )
    if word.josa not in {"을", "를"} or not money or nxt is None or not nxt.verbal:
        return [], False
    verb = verb_noun(nxt)
    if not verb or verb == nxt.text.strip("'\",."):
        return [], False
    first = index
    while first > start and re.search(r"\d", words[first - 1].text) and not words[first - 1].josa:
        first -= 1
    if not re.search(r"\d", words[first].text):
        return [], False  # "비용을 투입": no sum
    between = words[start:first]
    if len(between) > 3 or any(w.verbal or not (is_noun(w) or w.stem in SKIP) for w in between):
        between = ()
    on_what = [w.stem.rstrip(",") for w in between if w.stem not in SKIP]
    if not between and start >= 2 and words[start - 2].josa == "에" and is_noun(words[start - 2]):
        on_what = phrase_before(words, start - 2, limit=3)  # "공동 마케팅에 2년간 … 투입"
    # "투입해 공동 프로그램을 운영할": a means on the way; what is done in the time may follow
    going_on = nxt.text.rstrip(",").endswith(("해", "하여", "해서", "들여"))
    return [*on_what, verb, "기간"], going_on


# A year said with what is planned for it: "2028년부터 운영에 들어갈 예정", "2027년 상반기에
# 시작해 … 계획됐다", "2028년 연 40척 건조" then "목표" … in the rest of its clause.
_YEAR_THEN = re.compile(
    r"\s*년\s*(?:(?:상반기|하반기|초|말|중)\s*)?(?:부터|에는|에|께|으로|로)?(?=\s)"
)
_PLANNED = re.compile(r"예정|계획|목표|방침|하기로|할 것|될 것|전망|추진한다|추진할|잡았|잡고|정했")


def _clause_after(text: str, start: int) -> str:
    """The rest of the clause from `start`, up to its comma or stop or a quote's end (80
    characters at most): what a year's clause says of it."""
    return re.split(r"[.,;]\s|[\"”]", text[start : start + 80])[0]


def _year_ahead(text: str, q: Quantity) -> re.Match[str] | None:
    """`q` is a year the rest of its clause plans something for (not a past year's figure)."""
    if q.kind != "number" or q.high is not None or not 2000 <= q.value <= 2100:
        return None
    then = _YEAR_THEN.match(text, q.end)
    if then is None:
        return None
    clause = _clause_after(text, then.end())
    planned = _PLANNED.search(clause)
    if planned is None:
        return None
    for word in re.findall(r"\S+", clause[: planned.start()]):
        tags = [(form, tag) for form, tag, _, _ in morphemes(word.strip("'\",."))]
        if any(t == "EP" and f in {"었", "았", "였"} for f, t in tags) or (
            any(t.startswith("VV") for _, t in tags) and tags[-1] in {("ᆫ", "ETM"), ("은", "ETM")}
        ):
            return None  # "2024년 문을 닫은 … 부지는 … 계획": what was done that year
    return then


def _length(
    segment: Segment, text: str, q: Quantity, end: int, unit: str, label: str, rule: str
) -> Found:
    """A length of time written `text[q.start:end]`, in `unit`, labelled by `rule`."""
    period = Figure(
        segment.id,
        text[q.start : end].strip(),
        q.value,
        "period",
        unit=_DURATION_UNITS[unit],
        measure={"ko": label},
    )
    period.evidence.append(Evidence(rule, segment.id))
    return Found(period, q.start, end)


def _a_length(
    q: Quantity,
    text: str,
    since: str = "",
    before: str = "지난|최근|과거|이후|만에",
    most: int = 100,
) -> bool:
    """`q` may count a length of time: a whole number below `most` (100; hours and minutes
    run higher) with no unit, not a time before now (`지난 5년간`, `최근 3년간`, `5년 만에`;
    `since` adds words as `|향후`; `before` are the words that make it one)."""
    return (
        q.kind == "number"
        and q.unit is None
        and q.value == int(q.value)
        and 0 < q.value < most
        and not re.search(r"(?:" + before + since + r")\s*$", text[: q.start])
    )


# The same sum in another currency in brackets right after a sum: "(약 4,600만 달러)"
_ASIDE = re.compile(r"\s?\((?:약\s?)?\d[\d,.]*\s?[만천백억조]*[\d,.]*\s?[^()\s]{0,6}\)")


# "다문화 가정 2세", "재일동포 3세": a generation, not an age
_GENERATION = re.compile(r"(?:가정|동포|교포|이민자?|고려인|한인|이주민|입양인)\s*$")


# "20대 고객", "20~30대가", "30~40대 소비자": an age bracket (the twenties), no count of
# vehicles: tens before 대, a range of them or people after
_BRACKET_PEOPLE = (
    "고객",
    "소비자",
    "여성",
    "남성",
    "청년",
    "직장인",
    "관광객",
    "주부",
    "세대",
    "이용자",
    "구매자",
    "근로자",
    "학생",
)


# "20대 고객": the tens of an age bracket with people after it; "20~30대가": a range of them
_BRACKET_OF_PEOPLE = re.compile(r"\s*대\s*(?:" + "|".join(_BRACKET_PEOPLE) + r")")
_BRACKET_ALONE = re.compile(r"\s*대(?![가-힣])|\s*대[가이는은의]")


def _age_bracket(q: Quantity, after: str) -> bool:
    """`q` is the tens of an age bracket: `20대 고객`, `20~30대가 60%`."""
    tens = q.value in range(10, 100, 10) and (q.high is None or q.high in range(10, 100, 10))
    if not tens or not re.match(r"\s*대", after):
        return False
    return bool(_BRACKET_OF_PEOPLE.match(after)) or (
        q.high is not None and bool(_BRACKET_ALONE.match(after))
    )


def _figure(segment: Segment, text: str, words: Words, q: Quantity) -> Found | None:
    after = text[q.end : q.end + 12]
    if q.unit == "age" and _GENERATION.search(text[: q.start]):
        return None
    if _age_bracket(q, after):
        return None
    # "2030년까지", "2028년 완공 예정", "2031년 개통": a year something is to be done by
    target_year = re.match(
        r"\s*년\s*(?:까지|말까지|에?\s*(?:완공|준공|개통|완료|가동|개장|상업운전|목표))", after
    ) or _year_ahead(text, q)
    if q.high is not None and 1900 <= q.value <= 2100 and re.match(r"\s*년", after):
        period = Figure(segment.id, text[q.start : q.end] + "년", q.value, "period", high=q.high)
        dated = phrase_before(words, word_index(words, q.start) - 1)
        if dated and words[word_index(words, q.start) - 1].josa in {"은", "는", "이", "가"}:
            dated = []  # "KOICA가 2025~2029년 … 지원하는": who acts, not what the years are of
        if dated:  # "▲ 사업 기간: 2027~2031년": the field's name, without its marks
            period.measure = {"ko": " ".join(dated).strip(" ▲△■◆●□○-–•·:：")}
            period.evidence.append(Evidence("ko.label.noun-before", segment.id))
        return Found(period, q.start, q.end, doubt="" if dated else "no words say what it measures")
    bare = _LENGTH_AFTER.match(after)
    lasting = (
        _LASTING.search(text[: q.start])
        if bare and q.kind == "number" and q.unit is None and 0 < q.value < 100
        else None
    )
    if lasting and bare:
        # "상환기간 40년(거치기간 15년 포함)", "이동 시간은 현재 약 90분": the length of what
        end = q.end + bare.end("unit")
        noun = lasting.group("noun")
        at = word_index(words, lasting.start("noun"))
        if noun in {"시간", "기간", "기한"} and at > 0:  # "이동 시간", "공사 기간": not bare
            noun = " ".join([*phrase_before(words, at - 1, limit=2), noun])
        return _length(segment, text, q, end, bare.group("unit"), noun, "ko.label.noun-before")
    modifying = _YEARS_OF.match(after)
    if modifying and _a_length(q, text, "|향후"):
        # "25년 장기 전력구매계약", "30년 임대 계약": what lasts that many years, after it
        end = q.end + modifying.end("unit")
        at = word_index(words, end)
        lasting_words: list[str] = []
        for word in phrase_after(words, at):  # "3년 계약(연간 …)": up to the bracket
            part = re.split(r"[()]", word)[0]
            lasting_words += [part] if part else []
            if part != word:
                break
        # "최대 15년 적용": a verb's noun at the clause's end says nothing of what lasts
        predicate = (
            len(lasting_words) == 1
            and not words[at].josa
            and (at + 1 >= len(words) or words[at + 1].verbal)
        )
        if (
            lasting_words
            and lasting_words[0] not in _NOT_LASTING
            and lasting_words[0] not in TIME_WORDS
            and not predicate
            and not re.search(r"['’‘]\s*$", text[: q.start])  # "'27년 상반기": the year 2027
        ):
            what = " ".join(lasting_words)
            return _length(segment, text, q, end, modifying["unit"], what, "ko.label.noun-after")
    duration = _DURATION.match(after)
    # "준공 이후 3년간 운영", "이후 9년간 50% 감면": a length of time from then on, unlike a
    # time before now
    small = duration and (duration.group("unit") or duration.group("bare")) in {"시간", "분"}
    if duration and _a_length(q, text, before="지난|최근|과거|만에", most=10000 if small else 100):
        return _duration(segment, text, words, q, duration)
    if q.kind != "money" and _TIME_AFTER.match(after) and not target_year:
        return None  # "5일", "1~9월", "1인당", "3시": times and rates, not figures
    first = word_index(words, q.start)
    last = word_index(words, q.end - 1)
    # "2026": four digits and no unit ("2천t", "2,000명" are no years)
    year_like = (
        q.value == int(q.value)
        and 1900 <= q.value <= 2100
        and q.unit is None
        and bool(re.fullmatch(r"\d{4}", q.text.strip()))
    )
    kind: str
    label: list[str] | str
    shown = q.text
    if re.match(r"\s*대\s*\d", after) or re.search(r"\d\s*대\s*$", text[: q.start]):
        return None  # "1대1 상담": one-to-one, no figure
    if q.unit and q.kind != "money" and re.match(r"대\s", after):
        return None  # "30평대 아파트": a size class, no figure
    if re.search(r"제\s*$", text[: q.start]):
        return None  # "제2회", "제5차": an edition, no figure
    if re.search(r"조회수?\s*$", text[: q.start]):
        return None  # "홈페이지(조회 12만5천 회)": how often a page was read, no fact
    if re.match(r"\s*당(?![가-힣])|\s*당\s", after) and q.kind != "money":
        return None  # "1MW당 약 300만 달러", "1TEU당": the unit a rate is given per, no figure
    if q.value == 1 and re.match(r"\s*(?:" + _COUNTER + r")(?:당|에\s)", after):
        return None  # "1곳당 최대 5천만 원", "1인당", "1개에 32만 동": what a rate is per
    if re.match(r"\s*호(?:선|기|점|실|관)", after):
        return None  # "도시철도 5호선", "3호기", "21호점": a number that names, no count
    if re.match(r"\s*호(?![가-힣])", after) and re.search(
        r"(?:홀|룸|실|관|동|센터|빌딩|타워|\))\s*$", text[: q.start]
    ):
        return None  # "벡스코 컨벤션홀 201호", "컨퍼런스룸(남) 307호": a room, an address
    edition = re.match(r"\s*회\s+(?P<noun>[가-힣]+)", after)
    if edition and _EVENT_WORD.fullmatch(edition["noun"]):
        return None  # "앞서 2회 포럼은", "1회 교류전에서는": that event's edition, no count
    if q.kind == "number" and q.unit is None and _TIMES.match(after):
        # "발전단가는 … 육상풍력의 1.5배 수준이다": what is so many times another
        index = word_index(words, q.start) - 1
        base = []  # "전국 평균의 1.7배": what it is so many times
        if index >= 0 and words[index].josa == "의" and ")" in words[index].text:
            # "제1공장(4억 개)의 1.5배": what is compared, its bracket left out
            opener = next((i for i in range(index, -1, -1) if "(" in words[i].text), index)
            base = [words[opener].text.split("(")[0]]
            index = opener - 1
        elif index >= 0 and words[index].josa == "의" and is_noun(words[index]):
            # "전국 평균의 1.7배"; "소비량이 한국의 3배": the subject is no part of it
            ahead = index - 1 >= 0 and words[index - 1].josa in {"", "의"}
            base = [*(phrase_before(words, index - 1, limit=2) if ahead else []), words[index].stem]
            index -= len(base)
        # "진료비는 420만 원으로, … 평균보다 1.3배 높았다": the figure before's subject
        subject = subject_of(words, index) or _carried_subject(words, index)
        last = word_index(words, q.end)
        raised = (  # "생산성을 1.8배로 높이고": the object raised so many times
            index >= 0
            and words[index].josa in {"을", "를"}
            and is_noun(words[index])
            and words[last].josa in {"로", "으로"}
            and last + 1 < len(words)
            and verb_noun(words[last + 1]) in CHANGE.values()
        )
        if raised:
            subject = phrase_before(words, index, limit=3)
            if "대비" in subject[:-1]:  # "시설농업 대비 생산성": compared with, said apart
                cut = subject.index("대비")
                base, subject = subject[:cut] or base, subject[cut + 1 :]
        compared = re.sub(r"\([^()]*\)", "", " ".join(base)).strip()  # "육상풍력(…)의"
        said = " ".join(subject) + (f" ({compared} 대비)" if subject and compared else "")
        figure = Figure(
            segment.id, text[q.start : q.end] + "배", q.value, "number", unit="배",
            measure={"ko": said} if subject else {},
        )  # fmt: skip
        if subject:
            figure.evidence.append(Evidence("ko.label.times-of", segment.id))
        return Found(
            figure, q.start, q.end, doubt="" if subject else "no words say what it measures"
        )
    bare = (
        q.kind == "number"
        and q.unit is None
        and not re.search(r"[만억조천]", q.text)
        and not re.match(r"\s*(?:여\s*)?(?:" + _COUNTER + r")", after)
        and not target_year
        and not re.match(r"대\s|위|번째", after)
    )
    if bare and not table_column(text, q.start):
        return None  # "닌투언 2원전", "5·18": a number with no counter is no figure here
    if target_year:
        kind = "year"
        label, name = year_label(words, first, last)
        said = label if isinstance(label, str) else " ".join(label)
        if said and all(word in TIME_WORDS for word in said.split()):
            said = label = ""  # "2028년 상반기로": when in the year, no part of what is planned
        aimed = "목표" in _clause_after(text, q.end)  # "… 교역 규모 …를 목표로"
        if len(said) > 1 and aimed and "목표" not in said:
            label = f"{said} 목표"
        elif not said and aimed:
            # "2030년까지 베트남 누적 수주 50억 달러가 목표": what is aimed at, before its figure
            aimed_at = phrase_after(words, last + 1, limit=4)
            if aimed_at:
                label, name = f"{' '.join(aimed_at)} 목표", "ko.label.goal-of"
        elif not said and first > 0 and words[first - 1].josa in {"은", "는"}:
            # "양산 시점은 2028년 상반기로 잡았다": the topic the year is set for
            set_for = phrase_before(words, first - 1)
            if set_for:
                label, name = set_for, "ko.label.subject"
        shown = text[q.start : q.end] + "년" + ("까지" if "까지" in target_year.group(0) else "")
    elif (
        year_like
        and q.kind == "number"
        # a counter written on to the year ("2026명"); "2026 호찌민시 …" opens a name
        and not re.match(r"(?:여\s*)?(?:" + _COUNTER + ")", after)
    ):
        return None  # "2026 한-베트남 포럼", "'2026 호찌민시 투자설명회'": a year in a name
    elif (
        re.match(r"대\s", after)
        # "냉동 트럭 20대 등", "20대 이상": vehicles counted, no top twenty
        and not re.match(r"대\s+(?:등|이상|이하|정도|가량|규모|분량|안팎)(?![가-힣])", after)
        and q.value < 100
        and not q.unit
    ):
        kind = "rank"
        label, name = ([words[last + 1].stem] if last + 1 < len(words) else []), "ko.label.rank"
        shown = text[q.start : q.end] + "대"
    elif re.match(r"번째", after) and re.search(
        r"(?:이번이|이번|올해로|이후)\s*$", text[: q.start]
    ):
        return None  # "이번이 11번째 베트남 의료봉사로": this one's edition, no figure
    elif (
        # "국적별 1위입니다", "1위이며": a rank, then the copula
        re.match(r"(?:위(?!안)|번째)(?:(?![가-힣]{2})|(?=입니|이다|였|이며|이고|인\s))", after)
        # "QS 아시아 대학평가에서 180위를 기록한": a ranking's place may pass a hundred
        and q.value < (1000 if after.startswith("위") else 100)
        and q.kind == "number"
    ):
        kind = "rank"  # "자산 규모 2위", "4번째로 큰 수출 시장"
        label, name = phrase_before(words, first - 1), "ko.label.rank"
        after_rank = _phrase_after_rank(words, last) if last + 1 < len(words) else []
        placed = _noun_right_after(words, last)
        ranking = _ranking_before(words, first)
        following = first > 0 and words[first - 1].text in {"이어", "다음으로", "뒤를"}
        if ranking:  # "한국 투자 순위에서 흥옌성은 7위다": the ranking named before
            label = ranking
        elif following:
            # "한국산 점유율은 22.5%로 일본(24.1%)에 이어 2위다", "한국인은 460만 명으로, …
            # 중국인에 이어 2위를 기록했다": who is ranked, the sentence's topic
            topic = next(
                (i for i in range(first - 2, -1, -1) if words[i].josa in {"은", "는"}), None
            )
            label = phrase_before(words, topic) if topic is not None else []
            among = next(
                (i for i in range((topic or 0) + 1, first) if words[i].text in {"가운데", "중"}),
                None,
            )  # "외국인 관광객 가운데 중국인에 이어": the ranking's field
            if label and among:
                label = [*phrase_before(words, among - 1), "중", *label]
            if label and after_rank and after_rank[0] == words[last + 1].stem:
                # "한국은 중국에 이어 2위 시장이고": what it ranks as, right after the rank
                label = [*label, f"({' '.join(after_rank)})"]
        elif not label and first > 0 and re.search(r"\d", words[first - 1].text):
            # "한국산 화장품은 … 점유율 22%로 1위를 지키고": a level, then the rank it gives;
            # who is ranked is the topic
            topic = next(
                (i for i in range(first - 2, -1, -1) if words[i].josa in {"은", "는"}), None
            )
            label = phrase_before(words, topic) if topic is not None else []
            level = first - 1  # the level's own words, in which it ranks
            while level > 0 and re.search(r"\d", words[level - 1].text):
                level -= 1
            measured = phrase_before(words, level - 1) if level - 1 > (topic or 0) else []
            start = topic - len(label) + 1 if topic is not None else 0
            if not measured and start > 0 and words[start - 1].josa == "에서":
                # "베트남 화장품 수입 시장에서 한국산 점유율은 31%로 1위다": where it ranks
                measured = [*phrase_before(words, start - 2), words[start - 1].stem]
            if label and measured:
                label = [*label, f"({' '.join(measured)})"]
        elif label and (field := _field_of_rank(words, first, label)):
            # "수출액은 28억 달러로 전국 광역시·도 가운데 4위", "… 98억 달러 규모로 국가·지역별
            # 3위": the field it ranks in, and who ranks in it, the clause's subject
            label = field
        elif not label or label[-1].endswith("의"):
            # "한국의 3위 교역국", "베트남 농수산물의 4번째로 큰 수출 시장": whose, then what
            label = label + after_rank
        elif placed:  # "부산항 환적 화물 기준 4위 교역국": by what, then what
            # "세계 3위 새우 수출국": the whole noun phrase the rank places
            label = label + (after_rank if after_rank[:1] == placed else placed)
        elif all(w in _SCOPES for w in label):
            # "희토류 매장량이 세계 2위": whose rank, in the world
            label = subject_of(words, first - 2) + label
        by = next(
            (m for w in words[max(0, first - 6) : first] if (m := _BY_KIND.fullmatch(w.text))),
            None,
        )
        if not label and by:  # "국적별로는 중국, 미국에 이어 3위다": the ranking by kind
            label = [f"{by['kind']}별 순위"]
        shown = text[q.start : q.end] + re.match(r"위|번째", after).group(0)
    elif re.match(r"급(?:\s|$)", after) and q.unit and last + 1 < len(words):
        kind = "count"  # "2천500t급 호위함": the size class of what follows
        label, name = phrase_after(words, last + 1), "ko.label.noun-after"
        shown = text[q.start : q.end] + "급"
    elif q.kind == "percent":
        kind = "percent"
        label, name = percent_label(words, first, last)
    elif q.kind == "money" or q.unit:
        kind = "money" if q.kind == "money" else "count"
        label, name = money_label(words, first, last)
    else:
        kind = "count"
        label, name = count_label(words, first, last)
    rest = _the_rest(words, first, last)
    if rest:  # "나머지 400억 원은 비엣선은행과 … 출자한다": the rest, and what becomes of it
        label, name = rest, "ko.label.the-rest"
    measure = _measure_of(label)
    while measure.split() and measure.split()[0].count(")") > measure.split()[0].count("("):
        measure = " ".join(measure.split()[1:])  # "(10만2천여 명) 중 …": a bracket's end
    if "…" in measure:  # "230만 달러…향후 1천150만 달러": a headline's break ends the label
        parts = [part.strip() for part in measure.split("…")]
        measure = parts[-1] if name in _LABELS_BEFORE else parts[0]
    if measure.split()[-1:] and measure.split()[-1] in _AS_OF:
        # "고객은 9월 말 기준 180만명", "주최 측 추산 6천여 명": as of when, or by whose
        # count; what is counted is the clause's subject, if any
        label, name = subject_of(words, first - 1), "ko.label.subject"
        measure = " ".join(label)
    if kind == "count" and not measure:
        kind = "number"
    figure = Figure(
        segment_id=segment.id,
        text=shown.strip(),
        value=q.value,
        kind=kind,  # type: ignore[arg-type]
        unit=q.unit,
        measure={"ko": measure} if measure else {},
        high=q.high,
    )
    if measure:
        figure.evidence.append(Evidence(name, segment.id))
    doubt = "" if measure else "no words say what it measures"
    if measure and re.search(r"(?:이|그)\s*(?:가운데|중)(?:에서)?\s*$", text[: q.start]):
        doubt = "a part of the figure before it: the label may name the whole"
    acts = words[last].josa in {"이", "가"} or (
        last + 1 < len(words) and level_word(words, last) and words[last + 1].josa in {"이", "가"}
    )  # "성인 인구의 90% 이상이 은행 계좌를 보유": what the share does is the point
    being = _share_being(words, last + 1) if name == "ko.label.whole-of" and acts else []
    if being:  # "베트남 관광객의 62%가 … 개별 관광객이었고": the whole, and what that share is
        figure.measure = {"ko": f"{measure} 중 {' '.join(being)}"}
    elif name == "ko.label.whole-of" and acts:
        doubt = "the label names the whole, not what the share of it does"
    return Found(figure, q.start, q.end, doubt=doubt)


# A copula that closes a clause on a noun: "관광객이었고", "출신이다"
_BEING = {"이었고", "이었다", "이었으며", "이다", "였다", "였고", "이며", "이고", "입니다"}


def _share_being(words: Words, start: int) -> list[str]:
    """`베트남 관광객의 62%가 단체가 아닌 개별 관광객이었고`: the noun phrase a share is, said
    with a copula within four words (`개별 관광객`); [] when a verb comes first."""
    for index in range(start, min(len(words), start + 4)):
        word = words[index]
        if word.verbal:
            return []
        if word.josa in _BEING and re.fullmatch(r"[가-힣]+", word.stem):
            phrase = [*phrase_before(words, index - 1, limit=2), word.stem]
            while "아닌" in phrase:  # "단체가 아닌 개별 관광객": what it is, not what it is not
                phrase = phrase[phrase.index("아닌") + 1 :]
            return phrase
    return []


# A word that ends in an event's noun, its particle after it: "포럼은", "교류전에서는", "캠프"
_EVENT_WORD = re.compile(
    r"[가-힣]*?(?:"
    + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
    + r")(?:은|는|이|가|을|를|의|에|에서|에서는|도|와|과)?"
)

# "1.5배", "1.6배에", "2.1배 수준": so many times another figure.
_TIMES = re.compile(r"\s*배(?=[\s이가를는은의로에도까,.]|다|였|인\s|$)")


# Label rules that read words before the figure (the rest read words after it).
_LABELS_BEFORE = {
    "ko.label.noun-before",
    "ko.label.subject",
    "ko.label.rank",
    "ko.label.whole-of",
    "ko.label.whole-as-topic",
    "ko.label.share-of",
    "ko.label.object-sized",
    "ko.label.reached",
    "ko.label.who-came",
}


# "전체 수출에서 차지하는 비중은 8.1%", "전체 은행권 자산에서 한국계 은행 9곳이 차지하는 비중은
# 1.6%": the whole, the part when said, and that it is a share
_SHARE_IN_WHOLE = re.compile(
    r"(?P<whole>[^,.;:()]{2,40}?)에서\s+(?:(?P<part>[^,.;:()\s]+(?:\s[^,.;:()\s]+){0,2}?)(?:이|가)\s+)?"
    r"차지하는\s+(?P<noun>비중|비율|점유율)(?:은|는|이|가|도)?\s*(?:약\s*)?$"
)


def _share_in_whole(text: str, start: int) -> str:
    """The label of a share said as what part of a whole it takes (`A에서 B가 차지하는 비중은
    N%`): `A 중 B 비중`, the whole's last four words."""
    m = _SHARE_IN_WHOLE.search(text[:start])
    if m is None:
        return ""
    said = m["whole"].split()
    # "대베트남 수출은 전체 수출에서 …": the topic before the whole is the part
    topic = max((i for i, w in enumerate(said) if w.endswith(("은", "는"))), default=-1)
    whole = said[topic + 1 :][-4:]
    part = m["part"] or (
        " ".join([*said[max(0, topic - 2) : topic], said[topic][:-1]]) if topic >= 0 else ""
    )
    if not whole:
        return ""
    return f"{' '.join(whole)}{' 중 ' + part if part else ''} {m['noun']}"


def _each_of_two(text: str, words: Words, out: list[Found], segment_id: str) -> None:
    """`농식품 수출과 수입은 지난해 각각 6억 5천만 달러, 11억 2천만 달러를 기록했다`: two
    things joined by 과/와 as the topic, then 각각 and two figures: each figure is of its
    thing, in order, with the words before both (`농식품 수출`, `농식품 수입`)."""
    each = next((i for i, w in enumerate(words) if w.text == "각각"), -1)
    topic = each - 1
    while topic > 0 and (words[topic].stem in TIME_WORDS or words[topic].stem in SKIP):
        topic -= 1
    if topic < 1 or words[topic].josa not in {"은", "는", "이", "가"}:
        return
    first = words[topic - 1]
    if first.josa not in {"과", "와"} or not is_noun(replace(first, text=first.stem)):
        return
    shared = phrase_before(words, topic - 2) if topic >= 2 else []
    after = [f for f in out if f.start > words[each].start]
    if len(after) < 2 or not re.fullmatch(
        r"\s*(?:,|와|과)\s*", text[after[0].end : after[1].start]
    ):
        return
    for found, thing in zip(after[:2], (first.stem, words[topic].stem), strict=True):
        _relabel(found, " ".join([*shared, thing]), "ko.label.each-of", segment_id)


def _relabel(found: Found, label: str, name: str, segment_id: str) -> None:
    """Give the figure of `found` the label a layout rule read (a list's line, a table's
    column, a bracket): sure, and a count once it says what it counts."""
    figure = found.fact
    assert isinstance(figure, Figure)
    figure.measure = {"ko": label}
    figure.evidence = [Evidence(name, segment_id)]
    figure.kind = "count" if figure.kind == "number" else figure.kind
    found.doubt = ""


# Words that end a phrase saying as of when or by whose count a figure is given.
_AS_OF = {"기준", "현재", "추산", "집계"}

# "화장품·뷰티 제품(38%)과 가공식품(23%)이": a figure in brackets right after its noun
_BRACKETED = re.compile(
    # "노후 관로 교체(총 64km)": a word of about or of all may open the bracket
    # "1단계(2027~2029년)": a phase by its number
    r"(?<![가-힣A-Za-z0-9·])(?P<noun>[가-힣][가-힣A-Za-z0-9·]{1,15}|\d{1,2}(?:단계|차|공구))"
    r"\(\s*(?:(?:약|총|모두|최대)\s*)?$"
)
_BRACKETED_SECOND = re.compile(
    r"(?<![가-힣A-Za-z0-9·])(?P<noun>[가-힣][가-힣A-Za-z0-9]{1,15})\(\s*\d[\d.,만억천백]*\s?[가-힣%]{0,4}·\s*$"
)
# Words of each, about or all that open a bracket's figure: "(수용 인원 각 60명)"
_BRACKET_WORDS = r"(?:각|약|총|최대|모두)"

# "(수용 인원 각 60명)", "(참가자 약 300명)": a label inside the bracket, then its figure
_BRACKET_LABEL = re.compile(
    r"\((?P<label>[가-힣A-Za-z][가-힣A-Za-z·]*(?:\s[가-힣A-Za-z·]+){0,2})\s+"
    r"(?:" + _BRACKET_WORDS + r"\s+)?$"
)
_EQUIVALENT = re.compile(r"\s*[(（]\s*(?:한화\s*)?(?:약|약\s*)?\s*")


# Where a rank is held, which says nothing of what is ranked
_SCOPES = {"세계", "국내", "아시아", "동남아", "업계", "전국", "아세안"}


def _field_of_rank(words: Words, first: int, field: list[str]) -> list[str]:
    """A rank's phrase before it that only names the field it ranks in (`전국 광역시·도
    가운데`, `국가·지역별`): the clause's subject, with the field in brackets; []."""
    among = words[first - 1].text in {"가운데", "중", "중에서"}
    if not among and not (len(field) == 1 and field[0].endswith("별")):
        return []
    who = subject_of(words, first - 1 - among - len(field))
    if not who or who == field:
        return []
    return [*who, f"({' '.join(field)}{' 가운데' if among else ''})"]


def _noun_right_after(words: Words, last: int) -> list[str]:
    """The noun the rank stands before (`4위 교역국으로,`), not a general one (`수준`)."""
    if last + 1 >= len(words):
        return []
    word = words[last + 1]
    stem = word.stem.split("(")[0].rstrip(",.")  # "5위 수입국(점유율 6.8%)": before the bracket
    if word.verbal or word.adverb or not re.fullmatch(r"[가-힣A-Za-z]{2,}", stem):
        return []
    if word.josa in SUBJECT:
        return []  # "라면시장 2위 한빛식품이": who holds the rank, not what it ranks
    return [] if stem in GENERIC or stem in SKIP else [stem]


def _ranking_before(words: Words, first: int) -> list[str]:
    """ "한국 투자 순위에서 흥옌성은 7위다", "수소 클러스터 평가에서 전국 2위": the ranking a
    clause names before its rank."""
    for index in range(first - 1, max(-1, first - 5), -1):
        word = words[index]
        # "정부의 수소 클러스터 평가에서 전국 2위": an evaluation, a survey or an index, too
        ranking = word.stem.endswith(("순위", "평가", "랭킹", "지수", "설문조사"))
        if ranking and word.josa in {"에서", "에서는", "로는", "으로는"}:
            return phrase_before(words, index)
        if word.verbal:
            break
    return []


def _phrase_after_rank(words: Words, last: int) -> list[str]:
    """ "4번째로 큰 수출 시장": the noun phrase the rank places."""
    nouns: list[str] = []
    for word in words[last + 1 : last + 5]:
        # "교역국이다.", "교역국이며,": the copula, closing or joining
        copula = (
            word.josa in {"이다", "다", "였다", "이었다", "이며", "이고", "이자"}
            and not word.verbal
        )
        if _bare_noun(word) or (is_noun(word) and word.josa) or copula:
            nouns.append(word.stem)
            if word.josa:
                break
        elif nouns:
            break
    return nouns


def hollow_label(figure: Figure, organisations: list[Organisation]) -> str:
    """Why `figure`'s label says nothing of what it measures, else "": a person (`배 대표`),
    or its one word a place (`베트남` for `약 14%`), a time or basis (`내년`, `기준`), a general noun (`규모`),
    the subject that is only who acts (`부산시는 … 56회`), a bare verb (`넘었고`), or a
    change with nothing that changes (`46.3% 증가`)."""
    from briefing.facts.ko.organisations import canonical

    # "강 사장 (이전)", "발전단가 (육상풍력 대비)": judged without what it is compared with
    # … and "월 (1인당)": judged without what it is per
    label = re.sub(
        r"(?: \((?:이전|[^()]* 대비|[^()\s]+당)\))+$", "", figure.measure.get("ko", "").strip()
    )
    # "이 목표", "해담식품 목표": that it is an aim says nothing of what is aimed at
    aimed = re.search(r"(?<=\S) 목표$", label) is not None
    label = re.sub(r"(?<=\S) 목표$", "", label)
    if aimed and _only_whose(label.split(), also=HOLLOW):
        # "베트남 정부 목표", "사업의 목표": whose aim, not what is aimed at
        return f"the label “{label} 목표” only says whose aim it is, not what is aimed at"
    # "연평균 성장": how often it changes says no more of what changes
    rated = " ".join(word for word in label.split() if word not in _RATES)
    if label and not rated:
        return f"the label “{label}” only says how often, not what the figure measures"
    label = rated
    rule_ = label_rule_of(figure)
    if rule_ == "ko.label.whole-as-topic":
        return f"the label “{label}” names the whole, not the share's part"
    said = label.split()
    if said and said[0] in _FOR_A_CLAUSE:
        # "… 걸리던 것이 16시간으로 줄었다": 것 stands for a clause said before
        return f"the label “{label}” opens with a word that stands for something said elsewhere"
    if (
        rule_ == "ko.label.change-of"
        and len(said) > 1
        and not said[-1].endswith(("률", "율"))  # "베트남 정부 경제성장률": a rate, itself measured
    ):  # "수출 증가": the subject's words
        changed = morphemes(said[-1])
        if changed and changed[0][1].startswith(("VV", "VA", "VX")):
            return f"the label “{label}” ends in a verb, not what changed"
        said = said[:-1]
        if _only_whose(said) or names_an_organisation(" ".join(said), organisations, canonical):
            # "베트남 정부 인상", "중기부 증가": who changed it, not what changed
            return f"the label “{label}” names who changed it, not what changed"
    last = said[-1] if said else ""
    if label.count("(") != label.count(")"):  # "Thị Thủy) 베트남 내무부 해외노동관리국장"
        return f"the label “{label}” is cut out of a bracket, not what the figure measures"
    if (
        figure.kind in {"money", "percent", "year", "period"}  # "기업 대표 25명" counts people
        and re.fullmatch(ROLE, last)
        and last not in {"시장", "차관"}  # a market, a loan as often as a mayor, a minister
    ):
        return f"the label “{label}” names a person, not what the figure measures"
    if last in LOCATION:  # "기존 야드 옆 45만㎡", "하노이 북동쪽 30㎞"
        return f"the label “{label}” only says where, not what the figure measures"
    if figure.kind in {"year", "period"} and label in BARE_DEEDS:  # "2030년 — 확대"
        return f"the label “{label}” says what is to happen, not to what"
    if said and said[0] in VAGUE_OBJECTS and len(said) <= 2:  # "방안 추진", "혜택 부여"
        return f"the label “{label}” names a kind of thing, not what the figure measures"
    if figure.kind != "rank" and last in REGION_WORDS and all(map(_a_place, said[:-1])):
        return f"the label “{label}” only says where, not what the figure measures"
    if any(_NUMBER_WORD.fullmatch(word) or re.match(r"\d[\d,.]*(?:%|배)", word) for word in said):
        # "230만 달러 — 1천150만": a headline's other figure
        return f"the label “{label}” holds another figure, not what this one measures"
    who = _who_only(label, organisations)
    # "KOTRA 1위": in what it ranks can be its name; "EDCF 3억5천만 달러": whose money;
    # "메디코 사이공 40%": whose share (not "세진테크 민팟테크놀로지 51%": two partners)
    whose = figure.kind in {"rank", "money"} or (
        figure.kind == "percent" and who == "only names a body"
    )
    if who == "names a person" or (who and not whose):
        return f"the label “{label}” {who}, not what the figure measures"
    if not label or " " in label:
        return ""
    if label in COUNTERS and label not in {"병상"}:  # "128건 — 개사": another figure's counter
        return f"the label “{label}” is a counter, not what the figure measures"
    if figure.kind == "rank" and label in {"탈환", "달성", "기록", "유지", "차지", "도약"}:
        return f"the label “{label}” says what is done with the rank, not in what"  # "1위 탈환"
    where = _PLACE_ONLY.fullmatch(label) or label in HOLLOW
    if (where and figure.kind != "rank") or label in TIME_WORDS:  # "세계 3위": where it ranks
        return f"the label “{label}” only says where, when or whose, not what the figure measures"
    if label in GENERIC:
        return f"the label “{label}” is too general to say what the figure measures"
    if rule_ == "ko.label.subject" and names_an_organisation(label, organisations, canonical):
        return f"the label “{label}” names who acts, not what the figure measures"
    if rule_ == "ko.label.change-of":
        return f"the label “{label}” says how it changed, not what changed"
    tags = [tag for _, tag, _, _ in morphemes(label)]
    if tags and tags[0].startswith(("VV", "VA", "VX")):
        return f"the label “{label}” is only a verb"
    if tags and tags[0] in {"MAG", "MAJ"}:  # "실제로 105만 원": how it is said, not what
        return f"the label “{label}” is only an adverb"
    return ""


# Who holds an aim, in a label that says no more than whose aim a figure is
_AIM_OWNERS = {
    "정부",
    "당국",
    "사업",
    "우리",
    "회사",
    "당사",
    "양국",
    "양측",
    "국가",
    "기업",
    "공사",
}


def _only_whose(said: list[str], also: set[str] | frozenset[str] = frozenset()) -> bool:
    """Every word of `said` (its 의 off) only says whose: an owner of an aim, a place, or a
    word of `also` (`베트남 정부`, `사업의`)."""
    return all(w in _AIM_OWNERS | also or _a_place(w) for w in (x.removesuffix("의") for x in said))


def _a_place(word: str) -> bool:
    """`word` names a place or part of one: `하이퐁`, `박닌성`, `하노이·호찌민`, `중부`."""
    return all(
        part in REGION_WORDS
        or _PLACE_ONLY.fullmatch(part) is not None
        or _PLACE_UNIT.fullmatch(part) is not None
        for part in word.split("·")
    )


# A place and its unit of government: "박닌성", "하이퐁시"
_PLACE_UNIT = re.compile(r"(?:" + _PLACE_ONLY.pattern + r")(?:성|시|도|군)")


# What is left of a label when its bodies' names are taken out, that says nothing of what
# is measured: particles and punctuation between names ("세진테크 민팟테크놀로지", "A와 B").
_BETWEEN_NAMES = re.compile(r"(?:[\s,·()]|(?<![가-힣])(?:의|과|와|및)(?![가-힣]))*")
# A person by name and position, 님 after it: "… 윤지호 소장님", "김영호 경상북도
# 투자통상과장" (a body's name or two between)
_NAMED_HOLDER = re.compile(
    r"(?:^|\s)" + KOREAN_NAME + r"(?:\s+[가-힣A-Za-z]+){0,2}?\s+[가-힣]*" + ROLE + r"님?$"
)


def _who_only(label: str, organisations: list[Organisation]) -> str:
    """How `label` says only who (its bodies' names, or a person's name and position), or
    "": `9개사 — (주)청원정밀`, `51% — 세진테크 민팟테크놀로지`, `500명 — … 윤지호 소장님`."""
    if not label:
        return ""
    names = sorted(
        {
            form
            for o in organisations
            for n in o.name.values()
            if n
            # "베트남 민팟테크놀로지(Minh Phat Technology JSC)" is "민팟테크놀로지" too
            for unbracketed in (re.sub(r"\s?\([^()]*\)", "", n).strip(),)
            for form in (n, bare(n), unbracketed, re.sub(r"^(?:베트남|한국)\s", "", unbracketed))
            if len(form) >= 2
        },
        key=len,
        reverse=True,
    )
    rest, bodies = label, 0
    for name in names:
        bodies += rest.count(name)
        rest = rest.replace(name, " ")
    rest = re.sub(r"(?:^|(?<=\s))(?:\(주\)|㈜)\s?", " ", rest)
    if bodies and _BETWEEN_NAMES.fullmatch(rest):
        return "only names bodies" if bodies > 1 else "only names a body"
    from briefing.facts.ko.people import not_a_name

    holder = _NAMED_HOLDER.search(rest)
    if (
        holder
        and _BETWEEN_NAMES.fullmatch(rest[: holder.start()])
        and not not_a_name(holder.group(0).split()[0])
    ):
        return "names a person"
    return ""


# A word that is a number alone ("1천150만", "2,000"): another figure, never a label.
_NUMBER_WORD = re.compile(r"[\d][\d,.]*(?:[만천백억조][\d,.]*)*")


def restates(figure: Figure, known: list[Figure]) -> Figure | None:
    """The figure already read that this one states again (see base.restated)."""
    return restated(figure, known, "ko", years_once=True)


for _name, _doc, *_examples in (
    ("ko.label.noun-after", "The noun phrase right after the figure: `10개 대학의 학생`, `50개 부산 중소기업의`, `4,000달러의 연수비`, `1,500억 달러 목표를` (an aim alone: the sentence's topic's), `31%였던 해외 매출 비중`.",
     # past a degree of the count (이상의)
     ("단지마다 연간 [100명] 이상의 현지 농업인을 교육할 것이다.", "현지 농업인"),
     # a count said as the size (수준인) of what comes after it
     ("베트남 정부는 현재 [7천] 명 수준인 반도체 설계 인력을 늘린다.", "반도체 설계 인력"),
     # a partner Kiwi reads as one noun with its 과 before the sum: what is that size follows
     ("라온코스메틱은 현지 유통사 사오비엣유통과 [120만 달러] 규모의 기초화장품 공급 계약을 맺었다.", "기초화장품 공급 계약"),
     # what a sum is given per, right before it (past 최대, 연)
     ("참가 기업에는 기업당 최대 [500만 원]의 항공료를 지원했다.", "항공료 (기업당)"),
     ("석사 과정 학생에게는 1인당 연 [1천200만 원]의 장학금이 지원된다.", "장학금 (1인당)"),
     # a place before the size (…지역, …일대), what is that size after it
     ("발전사업은 롱안성 껀죽 지역 [48ha] 부지에 발전소를 짓는 사업이다.", "부지 (롱안성 껀죽 지역)"),
     ("사업지는 박닌성 뜨선 지역 [198ha](약 60만 평) 부지다.", "부지 (박닌성 뜨선 지역)"),
     # an aim alone is the sentence's topic's
     ("양국 교역액은 지난해 868억 달러를 기록했고, 정상이 합의한 [1,500억 달러] 목표를 향해 가고 있다.", "양국 교역액 목표"),
     # a place with 내 (inside) before it says where the figure lies, not what it is
     ("발전소는 응에안성 동남경제구역 내 [45ha] 부지에 건설된다.", "부지"),
     ("합작법인은 하이테크파크 내 [8만㎡] 부지에 공장을 짓는다.", "부지"),
     # the noun before the count and after it the same: once
     ("교수팀이 관상동맥 스텐트 시술 등 [4건]의 시술을 시연했다.", "관상동맥 스텐트 시술"),
     # the counted as the subject of receiving: who, and what they received
     ("지금까지 [86명]의 베트남 의료진이 우리 병원에서 연수를 받았다.", "베트남 의료진 연수"),
     # a year by which what the figure after it counts is done: what is done, from that one
     ("정부는 [2030년]까지 반도체 인력 5만 명을 양성할 계획이다.", "반도체 인력 양성"),
     # the whole noun phrase after a sum with 의, and after 규모의
     ("기업은 연간 약 [1,200억 원]의 관세 절감 효과를 볼 것으로 기대된다.", "관세 절감 효과"),
     ("투자 기업에는 연 [4.5%]의 우대 금리로 대출이 제공된다.", "우대 금리"),
     # what the figure is said to be (…인): the noun phrase after it, 의 kept inside
     ("박 사장은 “현재 [4.2GW]인 해외 발전 설비를 더 늘려 나가겠다”고 말했다.", "해외 발전 설비"),
     ("“현재 [15%] 수준인 광물의 현지 가공 비율을 끌어올리겠다”고 말했다.", "광물의 현지 가공 비율"),
     ("(주)한결중공업은 [450만 달러] 규모의 합작 창고 건립 계약을 맺었다.", "합작 창고 건립 계약"),
     ("대한상의는 [80여 명] 규모의 경제사절단을 꾸렸다.", "경제사절단"),  # the size of what
     # a time word before the sum is no measure of it
     ("향후 [1천150만 달러] 규모의 추가 계약이 기대된다.", "추가 계약"),
     ("[10개] 대학의 학생들이 참여한다.", "대학"), ("[4,000달러]의 연수비를 지원한다.", "연수비"),
     ("양사는 [500MW] 규모 태양광 단지를 조성한다.", "태양광 단지"),
     # so many years before what lasts them
     ("전력은 EVN과 체결할 [25년] 장기 전력구매계약(PPA)에 따라 판매한다.", "장기 전력구매계약"),
     ("편의점 체인에 김밥을 공급하는 [3년] 계약(연간 250만 달러)을 맺었다.", "계약"),
     # a kind written with digits is no figure: "1대1 상담", "B2B 상담"
     ("바이어가 참가해 [410건]의 1대1 상담을 진행했다.", "1대1 상담"),
     ("현장에서는 [150건]의 B2B 상담이 이뤄졌다.", "B2B 상담"),
     # a figure of a thousand and more with its unit is no year in a name
     ("공장은 연간 [2천t]의 산화희토류를 생산한다.", "산화희토류"),
     ("정부는 [2030]년까지 반도체 엔지니어 5만 명 양성에 나선다.", "반도체 엔지니어 양성"),
     ("양국은 [2030]년 교역 규모 1천500억 달러를 목표로 한다.", "교역 규모 목표"),
     ("연간 [50개] 부산 중소기업의 진출을 지원한다.", "부산 중소기업"),
     ("지난해 [31%]였던 해외 매출 비중은 40%로 높아진다.", "해외 매출 비중"),
     ("현재 [35%] 수준인 현지 부품 조달률도 50%까지 끌어올릴 계획이다.", "현지 부품 조달률")),
    ("ko.label.noun-before", "The noun phrase right before the figure (`AI 엔지니어 3,000명`, `벼 재배면적 약 380만ha`), with the noun after it that says what is done to it or who comes of it (`관광객 10만 명 유치를`, `여행사 35곳 관계자들이`); past a hollow noun after it (`… 달러의 성과`), and after another figure and its comma, that figure's.",
     # "처음으로" (for the first time) says when, not what is counted
     ("한국인 관광객이 올해 처음으로 연간 [100만 명]을 넘어설 것이다.", "한국인 관광객"),
     # a loanword Kiwi cuts into nouns only (인플루언서) is a noun
     ("제주도는 베트남 인플루언서 [25명]을 초청해 팸투어를 진행했다.", "베트남 인플루언서 초청"),
     # lengths of time: hours of a course, what takes weeks (…에 … 걸리는), a length noun's
     ("한국어 교육 [300시간]도 따로 이수해야 합니다.", "한국어 교육"),
     ("비자 발급에 평균 [8주]가 걸리는 점은 개선이 필요하다.", "비자 발급"),
     ("최종 투자 결정까지는 통상 [2∼3년]이 걸리는 만큼 기다려야 한다.", "최종 투자 결정"),
     ("연간 양성 인원은 600명이고, 훈련기간은 [16주]입니다.", "훈련기간"),
     ("외래 대기시간이 평균 [15분]에 불과했다.", "대기시간"),
     # the bodies counted, then their people after the count
     ("대표단은 도내 기업 [18]개사 관계자 등 모두 45명으로 꾸려졌다.", "도내 기업 관계자"),
     # a topic with the clause that says which of them
     ("교수진 85명 가운데 반도체 공정을 직접 가르칠 수 있는 인력은 [11]명뿐이다.", "반도체 공정을 직접 가르칠 수 있는 인력"),
     # an amount with the deed it is of
     ("KOICA가 베트남 농업 분야에 지원한 금액은 약 [9,800만 달러]다.", "지원 금액"),
     # a hollow noun after it (성과) says nothing: the noun before, or the figure before's
     ("대구시는 수출상담회를 열어 수출계약 [780만 달러]의 성과를 거뒀다.", "수출계약"),
     ("도는 투자유치 업무협약(MOU) 4건, [3억 2천만 달러] 규모의 성과를 거뒀다.", "투자유치 업무협약(MOU)"),
     # what costs so much per unit: the topic before the 당 word, past how it is reckoned
     ("산업단지의 임대료는 m²당 평균 [135달러]로 올랐다.", "산업단지의 임대료 (m²당)"),
     # a whole that a part is taken from (중, 가운데, another count after it)
     ("연구센터는 현지 엔지니어 [1천200명] 중 석사급 인력 650명을 채용한다.", "현지 엔지니어"),
     ("근로자들은 도내 [22개] 시군 가운데 17개 시군에 배치된다.", "도내 시군"),
     # a measure noun before it, then 규모의: of what is that size, then the measure
     ("공사는 하이퐁에 연면적 [1만2천㎡] 규모의 공동물류센터를 짓는다.", "공동물류센터 연면적"),
     # a length set for a noun of time, as its object: the days are a length, no date
     ("내년부터 처리 기간을 [15일]로 줄일 계획입니다.", "처리 기간"),
     ("정부는 비자 발급 기간을 10일에서 [5일]로 줄였습니다.", "비자 발급 기간"),
     # said as an aim: 목표 after it in its clause
     ("- 올해 베트남 관광객 [10만 명] 유치 목표", "베트남 관광객 유치 목표"),
     # a list item's sum between who gives it and what it is
     ("- 아시아개발은행(ADB) [1억 달러] 협조융자", "아시아개발은행(ADB) 협조융자"),
     # those a survey was done with
     ("무역협회가 현지 진출 기업 [312]개사를 대상으로 실시한 설문조사에서는 매출 증가를 예상했다.", "현지 진출 기업 설문조사"),
     # the object of a verb after it: what, and what is done with it
     ("하이퐁항은 지난해 연간 [700만 TEU]를 처리했는데, 화물이 늘고 있다.", "하이퐁항 처리"),
     # a list item: the count, then what is done to them before the comma
     ("- 역량강화: 현지 공무원·기술자 [240]명 연수, 이 가운데 36명은 초청연수", "역량강화 (현지 공무원·기술자 연수)"),
     # how it is done (추가로) stands between the count and its verb
     ("내년에 현지 인력 [150]명을 추가로 채용해 직원 수를 늘리겠다.", "현지 인력 채용"),
     # a bound noun ends the clause before it: "… 이를 만큼 인적 교류"
     ("근로자가 7천여 명에 이를 만큼 인적 교류도 [1만 명]에 이른다.", "인적 교류"),
     ("AI 엔지니어 [3,000명]을 양성한다.", "AI 엔지니어 양성"),
     # who, and what they receive or hold
     ("현지 어업인과 공무원 [620명]이 양식 기술 교육을 받았다.", "현지 어업인과 공무원 양식 기술 교육"),
     ("매년 농민 [200명]을 대상으로 재배 교육을 실시한다.", "농민 재배 교육"),
     ("생산직과 엔지니어 [2천300명]을 새로 채용할 계획이다.", "엔지니어 채용"),
     # a size word after the count: what is counted is before it
     ("업계는 냉동 컨테이너 [1만 2천 개] 분량의 수요가 생길 것으로 본다.", "냉동 컨테이너"),
     # the deed of the clause that says which are counted
     ("올해 새로 입국한 베트남 근로자는 [1만1,200명]으로 늘었다.", "입국한 베트남 근로자"),
     ("다낭에 진출한 인천 기업은 [43개사]이다.", "진출한 인천 기업"),
     # two nouns joined (및, 과/와): both are counted
     ("이 가운데 현장 계약 및 업무협약(MOU)은 [37건]이다.", "현장 계약 및 업무협약(MOU)"),
     ("현장에서는 계약과 업무협약(MOU) [27건]이 체결됐다.", "계약과 업무협약(MOU) 체결"),
     # a list's line: the field before its colon, then the noun before the figure
     ("· 할인: 학생 및 다문화가족 [30%]", "할인 (학생 및 다문화가족)"),
     ("- 관람료: R석 [15만 원], S석 10만 원", "관람료 (R석)"),
     # a rate noun right before a percentage with 의: the rate, whatever follows
     ("차관 조건은 연 이자율 [0.05%]의 초장기 저리다.", "연 이자율"),
     # a bracket the figure stands in that opens inside a word
     ("지난 5월 문을 연 냉장 물류센터(창고 면적 [5천㎡])를 통해 문제를 풀었다.", "창고 면적"),
     # a list then 등, the sum, and what is done with it
     ("안푸식품은 건조 망고와 코코넛 가공품 등 [1천500만 달러]어치를 수출했다.", "건조 망고와 코코넛 가공품 수출"),
     # a common noun alone, with its clause's object or subject; a name needs none
     ("하노이에서 한국어를 배우는 사람이 [4만5천 명]을 넘었다.", "한국어를 배우는 사람"),
     ("한국어학과가 있는 대학은 [54곳]에 이른다.", "한국어학과가 있는 대학"),
     # inside a bracket the figure stands in, the words in it: "(연간 송금액 약 15억 달러 규모)"
     ("수수료를 낮추는 방안 공동 연구 (연간 송금액 약 [15억 달러] 규모)", "연간 송금액"), ("올해 베트남 관광객 [10만 명] 유치를 목표로 한다.", "베트남 관광객 유치 목표"),
     ("현지 여행사 [35곳] 관계자들이 참석했다.", "현지 여행사 관계자들"),
     # a headline's or a list's bare verbal noun after the count: what is done to the counted
     ("- 기관·기업 간 업무협약 [5건] 체결", "기관·기업 간 업무협약 체결"),
     # a length of time after the noun that it is the length of
     ("차관 조건은 상환기간 [40년](거치기간 15년 포함)이다.", "상환기간"),
     ("차관 조건은 상환기간 40년(거치기간 [15년] 포함)이다.", "거치기간"),
     ("교량이 개통되면 이동 시간은 현재 약 90분에서 [25분]으로 줄어든다.", "이동 시간"),
     ("공사 기간 [4년]이 걸린다.", "공사 기간"),
     ("양해각서의 유효기간은 [2년]이다.", "유효기간"),
     ("두 대학은 5년간 학생 [250명]을 공동 선발하기로 했다.", "학생 공동 선발"),
     ("베트남 유학생 [14명]을 채용했는데 이직률이 낮았다.", "베트남 유학생 채용"),
     # the counted as the subject of a 하다/되다 verb: what they do, or what is done to them
     ("현지에는 한국 기업 [1만여 개사]가 진출해 있다.", "한국 기업 진출"),
     ("학생 [80명]이 정규직으로 채용됐다.", "학생 채용"),
     ("지역 대학 [12곳] 관계자 80여 명이 참석했다.", "지역 대학 관계자"), ("벼 재배면적 약 [380만ha] 가운데 일부다.", "벼 재배면적"),
     ("또 현지 유소년 선수 [50명]에게 도복을 지원한다.", "현지 유소년 선수"),
     ("회사는 현지 은행 지분 약 [20%]를 인수한다.", "현지 은행 지분"),
     ("현지 인력은 [2천500명]을 채용한다.", "현지 인력 채용"),
     ("한국 선수 160여 명과 베트남 선수 [260여 명] 등 420여 명이 출전한다.", "베트남 선수"),
     # "수는": the number of, a noun of one syllable
     ("이로써 베트남 내 지점 수는 [9]곳으로 늘었다.", "베트남 내 지점 수")),
    ("ko.label.who-came", "Who came: `투자자 등 250여 명이 참석했다` (the counted noun and the verb), with the event they came to where the clause names it (`세미나에는 …`); what they received where no one is named (`사흘 동안 8천여 명이 상담을 받았다`).",
     ("이날 세미나에는 진출 예정 기업 관계자와 유학생 등 [90여 명]이 참석했다.", "진출 예정 기업 관계자와 유학생 세미나 참석"),
     ("지사는 상담 창구를 운영했는데, 사흘 동안 [8천여 명]이 상담을 받았다.", "상담"),
     # countries, then how many from them came
     ("박람회에는 [20개국] 350개 기관·기업이 참가했다.", "참가 국가"),
     ("기업인과 투자자 [250여 명]이 참석했다.", "투자자 참석"),
     ("금융회사 24개사 관계자 [200여 명]이 참석하였다.", "관계자 참석"),
     ("훈련에는 의무병 등 [120여 명]이 참가했습니다.", "의무병 훈련 참가")),
    ("ko.label.subject", "The subject of the clause (…이/가/은/는): `교역액이 655억 달러로`; also where the words before the figure only say as of when or by whose count (`9월 말 기준`, `주최 측 추산`).",
     # a count it is raised to, past when
     ("하이퐁지사 직원은 현재 34명으로, 내년 말까지 [70명]으로 늘린다.", "하이퐁지사 직원"),
     # a degree word, then being that much: a level, no change
     ("베트남 인력 비중이 [97%] 가까이 됩니다.", "베트남 인력 비중"),
     # how often the subject does what the verbal noun after the count says
     ("인천공항과 다낭 간 직항 노선은 현재 주 [84회] 운항 중이다.", "직항 노선 운항"),
     # a subject with the clause that says which of them, as written
     ("회원 기업은 18만여 개이지만 한국 기업과 거래해 본 곳은 [5%]도 되지 않는다.", "한국 기업과 거래해 본 곳"),
     ("재학생은 2,300명이지만 실제 팹에서 실습해 본 학생은 [10%]도 안 된다.", "실제 팹에서 실습해 본 학생"),
     # past another figure of the same subject, its counter apart before the comma
     ("한국의 대베트남 누적 투자는 10,200여 건, [927억 달러]로 전체의 17.8%를 차지한다.", "한국의 대베트남 누적 투자"),
     # per whom it is reckoned, before the measure; not before a time alone
     ("박닌성의 1인당 지역총생산(GRDP)은 [8,100달러]다.", "박닌성의 1인당 지역총생산(GRDP)"),
     # a list's total (등 모두 N명으로): the topic's size
     ("대표단은 공무원과 도내 기업 관계자 등 모두 [45]명으로 꾸려졌다.", "대표단"),
     # only "the amount": of the subject of the figure's clause before
     ("현장에서 체결된 업무협약(MOU)은 3건으로, 금액은 [160만 달러]다.", "현장에서 체결된 업무협약(MOU) 금액"),
     # a length the topic's predicate (…이며): the topic lasts that long, past what it is
     # per; the next clause's verb is another matter
     ("연수 기간은 1인당 [3개월]이며, 항공료와 체재비는 병원이 부담한다.", "연수 기간"),
     # a share noun after 차지하는: whose share it is
     ("골프를 목적으로 한 관광객이 차지하는 비중도 [15%]에 이른다.", "관광객 비중"),
     # a level, near or short of another, is no change: the subject alone
     ("대기업 협력사의 현지 조달 비율은 [36%]에 머물러 있다.", "대기업 협력사의 현지 조달 비율"),
     ("교역액은 전년보다 6% 늘어난 [655억 달러]였다.", "교역액"),
     ("베트남법인의 고객은 9월 말 기준 [180만명]이다.", "베트남법인의 고객"),
     ("한편 고객은 9월 말 기준 [180만명]이다.", "고객"),  # how it links to the last sentence, no part
     # the topic names a share, each part's subject whose: as a list's items are shared out
     ("컨소시엄 지분은 한울건설이 40%로 가장 많고, 푸홍그룹이 [25%], LH가 20%를 보유한다.",
      "컨소시엄 지분 (푸홍그룹)"),
     ("컨소시엄 지분은 한울건설이 40%로 가장 많고, 푸홍그룹이 25%, LH가 [20%]를 보유한다.",
      "컨소시엄 지분 (LH)"),
     # a length of time before the sum it is spread over: the topic's
     ("연구비는 [5년간] 총 35억 원이며, 연구진 24명이 참여한다.", "연구비"),
     # a year set for the topic
     ("양산 시점은 [2028년] 상반기로 잡았다.", "양산 시점"),
     # 도 (also) marks the subject; a general noun with the deed it measures
     ("정시 운항률도 올해 [92%]로 좋아졌다.", "정시 운항률"),
     ("졸업생 가운데 국내 취업에 성공한 비율은 [18%]에 불과하다.", "취업 성공 비율"),
     ("유수율(생산량 대비 수량의 비율)은 [68%] 수준으로, 한국 평균보다 낮다.", "유수율"),
     # a figure foreseen: the topic is what it measures
     ("상담을 잡았고, 계약 추진액은 [3억 달러]를 예상한다.", "계약 추진액")),
    ("ko.label.goal-of", "A year a figure is the target for (`2030년까지 … 50억 달러가 목표`): what is aimed at, before its figure, and that it is the target.",
     ("회사 차원에서는 [2030년]까지 베트남 누적 수주 50억 달러가 목표입니다.", "베트남 누적 수주 목표")),
    ("ko.label.year-of-figure", "A year right before a figure of its clause that is aimed at (목표: `하겠다`, `계획`) or foreseen (전망: `이를 것`, `전망`) for it: that figure's label, and which; a past year's figure gives no year.",
     ("시장은 연평균 12%씩 성장해 [2030년] 3조 원 규모에 이를 것이라고 말했다.", "시장 전망 연도"),
     ("배 사장은 [2030년] 베트남 법인 매출 2조원을 달성하겠다고 말했다.", "베트남 법인 매출 달성 목표 연도")),
    ("ko.label.reached", "What reaches or passes the sum (ko/reaching-verbs): the subject, `매출이 2천억 원을 넘었고`.",
     ("올해 현지 매출이 [2천억 원]을 넘었고 직원은 1천200명이다.", "현지 매출"),
     ("양국 교역액은 지난해 [800억 달러]를 돌파했다.", "양국 교역액"),
     ("누적 투자액이 [90억 달러]에 달한다.", "누적 투자액"),
     # a level reached after the clause of another figure of the same subject
     ("소매시장 규모는 지난해 2천420억 달러로, 연평균 9% 성장해 2030년에는 [3천500억 달러]에 이를 것이다.", "소매시장 규모")),
    ("ko.label.purpose", "What the money pays for, what is done to it and how the money is spent: `45억 원을 투입해 공동 프로그램을 운영할` -> 공동 프로그램 운영에 투입.",
     ("시는 [45억 원]을 투입해 공동 프로그램을 운영할 계획이다.", "공동 프로그램 운영에 투입"),
     ("한수원은 총 [120억원]을 투입해 기술인력 300명을 대상으로 한 교육 프로그램을 운영한다.", "교육 프로그램 운영에 투입"),
     ("법인은 지난해 [2천만 달러]를 투자해 진단키트 공장을 세웠다.", "진단키트 공장에 투자"),
     ("이번에 [2천800만 달러]를 들여 신규 라인을 증설할 계획이다.", "신규 라인 증설"),
     # a list of sums, each after what it pays for
     ("이 가운데 숙소 운영비로 [2억4천만 원], 통역사 인건비로 1억1천만 원을 배정했다.", "숙소 운영비"),
     # the size of what is built is no part of it
     ("공사는 약 [1천200억 원]을 투입해 12만㎡ 규모의 공동물류센터를 조성한다.", "공동물류센터 조성에 투입")),
    ("ko.label.verb-after", "The verb the sum is the object of: `1,200만 달러를 지원할`; after a subject that pays (ko/allocating-verbs), the verb, with the payer where it is a body's name right before the sum (`해솔대가 720만 달러를 부담`: 해솔대 부담), not a person's post or a pointing word; after what it goes to (`…에`), that and the verb; what is done for a length of time (`보내 6개월간 교육했다`).",
     # who pays, a body's name as the subject right before the sum, with the deed
     ("총사업비 1,200만 달러 중 해솔대가 [720만 달러]를 부담하고, 탕롱공대는 부지를 낸다.", "해솔대 부담"),
     # a length after a span of years: the clause's subject does it
     ("사업은 2026년부터 2030년까지 [5년간] 진행되며, 정부가 비용을 낸다.", "사업 진행"),
     # where it goes said with 에는/에만, past how long; the sum as the subject of 투입된다
     ("이번 증설에는 [2억8천만 달러]가 투입된다.", "증설 투입"),
     ("공사는 공동 마케팅에 2년간 [50만 달러]를 투입할 계획이다.", "공동 마케팅 투입"),
     ("정부는 총 [1,200만 달러]를 지원할 예정이다.", "지원"),
     ("재단은 올해 베트남 세종학당 운영에 약 [15억 원]을 지원했다.", "베트남 세종학당 운영 지원"),
     ("KF도 대회 운영비로 [5천 달러]를 지원했다고 들었어요.", "대회 운영비 지원"),
     ("공장은 8만 m² 부지에 총 [1억2천만 달러]를 투입해 지어졌다.", "부지 투입"),
     # a phase by its number is what the sum goes to; past the year it runs to
     ("투자는 1단계에 2억7천만 달러, 2단계에 [1억8천만 달러]가 투입된다.", "2단계 투입"),
     ("회사는 1단계로 2027년까지 [1억2천만 달러]를 투자한다.", "1단계 투자"),
     ("군은 내년 계절근로자 사업 예산으로 [6억8천만 원]을 편성했다.", "계절근로자 사업 예산 편성"),
     ("엔지니어를 본사에 보내 [6]개월간 교육했다.", "교육"),
     # the object counted before the length and the means right after it (…해), not the later clause's
     ("매년 공무원 10명씩을 [6개월간] 상호 파견해 수소 정책과 노하우를 공유한다.", "공무원 파견"),
     # a share that is the object and no subject: what is done with it; a length of time
     # as the topic, with a figure then the verb
     ("이후 9년간은 [50%]를 감면한다.", "감면"),
     ("법인세를 4년간 면제하고, 이후 [9]년간은 50%를 감면한다.", "감면")),
    ("ko.label.share-of", "A part's share of a whole (`A가 B의 N%를 차지`): the whole, `중`, the part; a share that is the subject (`생산직의 40%가 외국인이고`): the whole, `중`, what it is or does; a share of a whole said with 가운데 or 중 (`인원 2천500명 가운데 96%는 현지 인력이다`).",
     # a part of a count said before it, and what the part does or where it goes
     ("현장 상담 120건 가운데 [45건]은 후속 미팅으로 이어졌다.", "현장 상담 중 후속 미팅"),
     ("물류기업 8개사 가운데 [3개사]는 입주 의향서를 제출했다.", "물류기업 중 입주 의향서 제출"),
     # when it is done stands between the share and what it does
     ("응답 기업의 [62.4%]가 향후 3년 안에 현지 투자를 확대하겠다고 답했다.", "응답 기업 중 현지 투자 확대"),
     # the subject's share of a whole, said with 로
     ("현지 물류비가 매출의 [16~18%]로 한국의 2배 수준에 달한다.", "매출 중 현지 물류비"),
     ("화장품이 전체 상담액의 [42%]를 차지했다.", "전체 상담액 중 화장품"),
     ("총사업비 4천200만 달러 가운데 BPA가 [60%]인 2천520만 달러를 투자한다.", "총사업비 중 BPA"),
     # the part not said in the sentence: the whole and that it is its share
     ("전체 외국인 유학생 25만 8천여 명의 [36.4%]를 차지하며 1위에 올랐다.", "전체 외국인 유학생 중 차지하는 비중"),
     ("이미 생산직의 [40%]가 외국인이고, 지난해에만 1천900명이 입국했다.", "생산직 중 외국인"),
     ("외국인 관광객의 [25%]가 베트남인이다.", "외국인 관광객 중 베트남인"),
     # what it is, a list joined by 과; what it does, past how and where
     ("한국행 수출 화물의 [68%]가 전자제품과 부품이다.", "한국행 수출 화물 중 전자제품과 부품"),
     ("응답 기업의 [68.3%]가 인건비 상승을 가장 큰 경영 애로로 꼽았다.", "응답 기업 중 인건비 상승"),
     ("회사는 생산량의 [70%]를 한국과 유럽 배터리 업체에 수출할 계획이다.", "생산량 중 한국과 유럽 배터리 업체 수출"),
     ("전체 계약 금액의 [60%] 이상을 한국 기업이 수주할 것으로 보인다.", "전체 계약 금액 중 한국 기업 수주"),
     ("교육과정의 [30%]를 현장 실습으로 채운다.", "교육과정 중 현장 실습"),
     ("생산 물량의 [70%]는 미국의 양극재 고객사로 수출된다.", "생산 물량 중 미국 양극재 고객사 수출"),
     ("원사의 [70%] 이상을 인도, 튀르키예 등으로 수출한다.", "원사 중 인도 튀르키예 등 수출"),
     ("화장품이 상담액의 [46%]인 2천590만달러로 가장 많았다.", "상담액 중 화장품"),
     ("성인 인구의 [90%] 이상이 은행 계좌를 보유하고 있다.", "성인 인구 중 은행 계좌 보유"),
     ("신규 채용 인원 2천500명 가운데 [96%]는 현지 인력이다.", "신규 채용 인원 중 현지 인력"),
     ("기본약정 한도 20억 달러 가운데 [45%]를 교통 분야에 배정한다.", "기본약정 한도 중 교통 분야 배정"),
     # a share of the figure before it ("이 가운데", "그중"): that figure's label is the whole
     ("참가 기업은 120곳으로, 이 가운데 [40%]는 중소기업이다.", "참가 기업 중 중소기업"),
     ("지금까지 수료생이 6,200명이고 이 가운데 [82%]가 한국계 기업에 취업했다.", "수료생 중 한국계 기업 취업"),),
    ("ko.label.respectively", "Figures said 각각 (respectively): each of the item in its place of the list that is the subject (or the object) before 각각, with what the last figure says of them or the verb after the run; a share of each figure before it in its place.",
     ("참가 기업, 상담 건수, 상담액이 각각 12%, [18%], 24% 늘었다.", "상담 건수 증가"),
     # a list that is the object of the change; no list, what the last figure's noun names
     ("물 사용량과 에너지 사용량을 각각 35%, [20%] 줄인다는 목표다.", "에너지 사용량 감소"),
     ("총투자액은 4억5천만 달러이며, 두 회사가 각각 [60%], 40%의 지분을 갖는다.", "지분"),
     ("일본과 유럽계 경쟁사들이 각각 [2,800억 엔], 19억 유로 규모의 사업계획을 제출했다.", "일본 사업계획"),
     ("누적 투자액은 944억 달러, 투자 프로젝트는 1만 250건으로 각각 베트남 전체 FDI의 18.6%, [22.4%]를 차지한다.", "베트남 전체 FDI 중 투자 프로젝트"),),
    ("ko.label.whole-as-topic", "The whole a share is of, when the share is the sentence's topic and what it is comes later (`사업비의 30%는 자기자본으로 … 조달`): stated without a label, the whole shown to the translators.",
     ("사업비의 [30%]는 자기자본으로, 나머지는 금융기관 대출로 조달할 계획이다.", "사업비"),
     ("정 대표는 제2공장 물량의 [30%]는 인근 국가 수출용이라고 말했다.", "제2공장 물량")),
    ("ko.label.whole-of", "The whole a share is of: `관광객의 25%`, `처리량 2천480만TEU의 약 5.7%`; and what that share is, when a copula says it (`관광객의 62%가 개별 관광객이었고`: `관광객 중 개별 관광객`).",
     ("특히 베트남 관광객의 [62%]가 단체가 아닌 개별 관광객이었고, 재방문율은 18%다.", "베트남 관광객 중 개별 관광객"),
     ("정부 지원금은 총사업비의 [25%] 이내로 정해진다.", "총사업비"),
     ("이는 부산항 전체 처리량 2천480만TEU의 약 [5.7%]에 해당한다.", "부산항 전체 처리량"),
     ("지난해 응시자 8천여 명의 [12%]에 해당한다.", "응시자")),
    ("ko.label.change-of", "The subject and its change: `수출이 6.1% 증가`; the object when one stands before the figure: `최저임금을 평균 7.2% 인상`; a change compared right after another figure's clause (`물동량은 98만 TEU로, 지난해 같은 기간보다 11% 늘었다`) is of that figure's subject; the base it is measured from is kept (`전년 대비 9.6% 증가`: `… 증가 (전년 대비)`); a change a sentence opens with, no subject of its own (`전년 같은 기간보다 14.2% 늘어난 규모로`), is of the last sum or count the sentence before labelled.",
     # a change in a bracket or after a comma right after a labelled figure: that figure's
     ("▲반도체: 168억 달러(전년 대비 [14.5%] 증가), 전체 대베트남 수출의 33.8%", "반도체 증가 (전년 대비)"),
     ("▲디스플레이: 61억 달러([4.1%] 감소)", "디스플레이 감소"),
     # the object, past the level it is raised to and its base; not the speaker
     ("관계자는 \"공급망 사업 예산을 내년 140억 원으로 올해보다 [20%] 늘릴 계획\"이라고 말했다.",
      "공급망 사업 예산 증가 (올해 대비)"),
     ("- 상담 94건… 전년 대비 상담액 [45.7%] 증가", "상담액 증가 (전년 대비)"),
     # the object before the base it is compared with
     ("회사는 정비 인력을 지난해보다 [20%] 늘렸다.", "정비 인력 증가 (지난해 대비)"),
     # the next clause after a change with 며/고: the same subject's
     ("산업 매출은 182억 달러로 12.7% 증가했으며, 앞으로도 연평균 [5∼7%] 성장할 것으로 전망된다.", "산업 매출 연평균 성장"),
     ("소매시장 규모는 지난해 2천420억 달러로, 연평균 [9~11%] 성장해 3천500억 달러에 이를 것이다.", "소매시장 규모 연평균 성장"),
     ("- 작년 대베트남 농식품 수출은 7억 8천만 달러, 전년 대비 [9.6%] 증가", "대베트남 농식품 수출 증가 (전년 대비)"),
     # compared right after a figure's clause that ends with 로: that figure's subject's change
     ("컨테이너 물동량은 98만 TEU로, 지난해 같은 기간보다 [11%] 늘었습니다.", "컨테이너 물동량 증가 (지난해 같은 기간 대비)"),
     # right after a change's two ends: the change of what changed
     ("양측은 한도를 기존 20억 달러에서 30억 달러로 [50%] 확대하기로 합의했다.", "한도 확대"),
     ("대베트남 수출이 [6.1%] 증가했다.", "대베트남 수출 증가"),
     # past a span of time it grew within ("3년 새") and a degree word after it ("넘게")
     ("임원은 \"최저임금도 최근 3년 새 [20%] 넘게 올랐다\"고 말했다.", "최저임금 상승"),
     ("디스플레이 수출은 38억 달러(+[4.8%])를 기록했다.", "디스플레이 수출 증감률"),
     ("지역별 최저임금은 평균 [6.8%] 올렸고, 내년에도 오른다.", "지역별 최저임금 인상"),
     ("베트남 정부가 최저임금을 지역별로 평균 [7.2%] 인상한다.", "최저임금 인상"),
     ("베트남 화장품 수입시장은 연평균 [11%] 성장하고 있다.", "베트남 화장품 수입시장 연평균 성장"),),
    ("ko.label.per-unit", "A sum per one of something (`ha당`, `개당`): the subject or object before it, with what it is per.",
     ("베트남에서는 폐광 부지 복구 비용이 ha당 [1만8천 달러] 안팎이다.", "폐광 부지 복구 비용 (ha당)"),
     # each one's part of a total named after it
     ("자녀 20명에게 1인당 [100만 원]씩 모두 2천만 원의 장학금이 전달됐다.", "장학금 (1인당)"),),
    ("ko.label.compared", "By how much one thing differs from another (`기존 농가보다 40% 높았다`), or its level against another (`중국의 60% 수준`): the subject, and what it is compared with.",
     ("스마트팜의 생산성은 기존 농가보다 [40%] 높았다.", "스마트팜의 생산성 (기존 농가 대비)"),
     ("인건비가 중국의 [60%] 수준이고, 관세 부담도 적다.", "인건비 (중국 대비)"),
     # what the bracket's figure is of
     ("지출액은 약 18달러로 한국(약 260달러)의 [7%] 수준에 불과하다.", "지출액 (한국 대비)"),),
    ("ko.label.each-of", "Two things joined by 과/와 as the topic, then 각각 and two figures: each figure is of its thing, in order, with the words before both.",
     ("농식품 수출과 수입은 지난해 각각 6억 5천만 달러, [11억 2천만 달러]를 기록했다.", "농식품 수입"),
     ("농식품 수출과 수입은 지난해 각각 [6억 5천만 달러], 11억 2천만 달러를 기록했다.", "농식품 수출"),),
    ("ko.label.shared-out", "A list of `name N%` items after a topic (…은/는) or a colon: the topic, with whose share each is.",
     ("지분은 동해에너지 40%, 메콩파워 [35%], 재무적 투자자 25%로 나눈다.", "지분 (메콩파워)"),
     ("- 지분 구조: 동해에너지 [40%], 메콩파워 35%", "지분 구조 (동해에너지)"),),
    ("ko.label.the-rest", "The rest of a whole, `나머지 N은/는`, with what its clause says becomes of it up to the verb: `나머지 400억 원은 비엣선은행이 출자한다`.",
     ("펀드 가운데 600억 원은 미래온캐피탈이, 나머지 [400억 원]은 비엣선은행과 현지 기관투자가가 출자한다.",
      "나머지 (비엣선은행과 현지 기관투자가 출자)"),
     ("도입 인원 1천800명 가운데 1천200명은 과수 농가에, 나머지 [600명]은 마늘 농가에 배치된다.",
      "나머지 (마늘 농가 배치)")),
    ("ko.label.from-to", "The first end of a change `12만t에서 20만t으로` in one unit (a target year may stand between: `22%에서 2030년까지 50%로`, and is the change's too): the second's label, `(이전)`; the second takes the first's where only the first has one; a level then what it rose from, later in its clause (`42%로, 5년 전 18%에서`): the level's label, then when.",
     ("베트남 현지 기업 비중은 42%로, 5년 전 [18%]에서 크게 높아졌다.", "베트남 현지 기업 비중 (5년 전)"),
     ("공동물류센터를 마련해 납기를 [45일]에서 25일로 줄일 계획이다.", "납기 (이전)"),
     # whose share and of what, in the clause of 차지하는
     ("회사 전체 매출에서 베트남이 차지하는 비중을 현재 [12%]에서 25%로 끌어올리겠다.", "회사 전체 매출 중 베트남 비중 (이전)"),
     ("첨단산업이 FDI에서 차지하는 비중을 현재 15%에서 [30%]로 끌어올릴 계획이다.", "FDI 중 첨단산업 비중"),
     # a counter after the first end, a year between: the year is the change's too
     ("현지 인력 채용을 현재 350명에서 2028년 [800]명으로 늘릴 계획이다.", "현지 인력 채용"),
     ("현지 인력 채용을 현재 350명에서 [2028]년 800명으로 늘릴 계획이다.", "현지 인력 채용"),
     ("회사는 연간 생산량을 [12만t]에서 20만t으로 늘린다.", "연간 생산량 (이전)"),
     ("입국 전 사전 직무교육을 [45시간]에서 60시간으로 늘린다.", "사전 직무교육 (이전)"),
     ("회사는 해외 매출 비중을 현재 [22%]에서 2030년까지 50%로 끌어올린다.", "해외 매출 비중 (이전)"),
     ("세계 시장 점유율도 [9%]에서 15%로 높아질 전망이다.", "세계 시장 점유율 (이전)"),
     # a year without 까지 between; a time read as the second's own label gives way
     ("사업의 목표는 상수도 누수율을 현재 33%에서 2030년 [15%]로 낮추는 것이다.", "상수도 누수율"),
     ("선발 인원도 올해 120명에서 내년 [150명]으로 늘린다.", "선발 인원"),
     # a counter apart from its number, the level the change comes to; a bare change word
     ("기업의 생산능력은 기존 1억 개에서 [1억2천만 개] 수준으로 늘었다.", "기업의 생산능력"),
     ("수도관 누수율을 32%에서 [15%] 수준으로 낮출 것으로 기대된다.", "수도관 누수율"),),
    ("ko.label.times-of", "So many times another figure (`2.5배`): the subject, or the object raised so many times (`생산성을 1.8배로 높이고`), and what it is compared with when the text says (`전국 평균의 1.7배`); with no subject, a multiple of a figure in brackets (`이는 베트남 평균(4,700달러)의 1.7배`) is of the sentence before's last figure in that unit.",
     # compared (…보다) right after a figure's clause that ends with 로: that figure's subject
     ("평균 진료비는 420만 원으로, 전체 외국인 환자 평균보다 [1.3]배 높았습니다.", "평균 진료비"),
     ("수출액은 지난해의 [2.5배]에 이른다.", "수출액"),
     # the object raised so many times (…을 1.8배로 높이고), what it is compared with apart
     ("도는 기존 시설농업 대비 생산성을 [1.8]배로 높이고 비용을 줄인다.", "생산성 (시설농업 대비)"),
     # grown from another figure (…에서) after a clause that ends with 로; a copula after 배
     ("교역액은 지난해 874억 달러로, 1992년 5억 달러에서 [170배] 이상 늘었다.", "교역액"),
     ("월 생산능력이 지금의 [2배]인 6천만 개로 늘어난다.", "월 생산능력 (지금 대비)"),),
    ("ko.label.object-by", "What is to be done by a target year, or in a length of time: the object after it and its verb (past a means on the way, `… 달러를 들여`; a share's whole, `임차료의 80%를`; an object with 도).",
     # an object that points back: the subject of the figure said before it in the sentence
     ("해외 공동연구 비중은 4%에 불과한데, [2028년]까지 이를 15%로 끌어올리는 것이 목표다.",
      "해외 공동연구 비중 상향 목표"),
     # the object counted, its counter written apart from its number
     ('이사장은 "[3년] 안에 베트남 환자 1만 명을 유치하겠다"고 밝혔다.', "베트남 환자 유치"),
     ("양측은 앞으로 [3년간] 매년 학생 40명씩을 교환 연수하기로 했다.", "학생 교환 연수"),
     # a sum spent in it, and on what: the sum is no part of the label
     ("정부는 향후 [3년간] 90억 원을 투입하겠다고 밝혔다.", "투입 기간"),
     ("관광공사는 [3년간] 공동 마케팅에 15억 원을 투입할 계획이다.", "공동 마케팅 투입 기간"),
     ("하이퐁항과 공동 마케팅에 [2년간] 50만 달러를 투입한다.", "공동 마케팅 투입 기간"),
     # a length of time from then on
     ("청수엔텍은 준공 이후 [3년간] 정수장 운영을 맡는다.", "정수장 운영"),
     # no object: the subject of the clause's deed
     ("선발된 학생에게는 [4년간] 전액 장학금이 지급된다.", "전액 장학금 지급"),
     ("부산항만공사는 [2030]년까지 배후단지에 공동물류센터를 조성한다.", "공동물류센터 조성"),
     ("[2030]년까지 수료생을 1만 명으로 늘리는 것이 목표다.", "수료생 증가 목표"),
     ("코이카는 [5년간] 1천800만 달러를 들여 '물관리 사업'을 진행했습니다.", "물관리 사업 진행"),
     # the object a figure counts: who, and the verb
     ("양사는 앞으로 [5년간] 반도체 설계 엔지니어 2,000명을 공동으로 양성하기로 했다.", "반도체 설계 엔지니어 양성"),
     ("중진공은 입주기업에 최대 [3년간] 사무실 임차료의 80%를 지원한다.", "사무실 임차료 지원"),
     ("계약으로 이어지도록 [6개월간] 샘플 배송 비용도 지원한다.", "샘플 배송 비용 지원"),),
    ("ko.label.object-sized", "A measure of the object before it: `설비를 2만2천400MW 규모로 늘릴`, `근로자를 300명 규모로 도입` (with the verb, for a count); past the year it is to be reached by (`비중을 2030년까지 60%로`); an object that points back (`이를 50%까지`) is the subject of the figure said before it in the sentence, else none.",
     ("칸호아성은 재생에너지 비중을 2030년까지 [60%]로 높일 계획이다.", "재생에너지 비중"),
     # a count raised by a year: the object, not the clause's subject; its size before it left out
     ("베트남 정부는 현재 7천 명 수준인 반도체 설계 인력을 2030년까지 [5만] 명으로 늘린다는 계획이다.", "반도체 설계 인력"),
     # raised as far as (까지), and the item listed before it with a comma
     ("베트남은 LNG 발전 설비를 22.4GW, 해상풍력을 [6GW]까지 확충할 계획이다.", "해상풍력"),
     ("베트남은 LNG 발전 설비를 [22.4GW], 해상풍력을 6GW까지 확충할 계획이다.", "LNG 발전 설비"),
     ("부품 조달률은 평균 36% 수준인데, 이를 [50%]까지 끌어올리는 것이 목표다.", "부품 조달률 목표"),
     ("베트남은 LNG 발전 설비를 [2만2천400MW] 규모로 늘릴 계획이다.", "LNG 발전 설비"),
     ("농가에 계절근로자를 연간 [300명] 규모로 도입하기로 했다.", "계절근로자 도입"),
     ("현재 35% 수준인 현지 부품 조달률도 [50%]까지 끌어올릴 계획이다.", "현지 부품 조달률"),
     # when, between the object and its size
     ("회사는 현지 조달 비중을 내년 [50%]로 높인다.", "현지 조달 비중"),
     ("중앙은행은 올해 은행별 신용 성장 한도를 평균 [15%]로 정했다.", "은행별 신용 성장 한도"),
     ("관계자는 \"공급망 사업 예산을 내년 [140억 원]으로 올해보다 20% 늘릴 계획\"이라고 말했다.", "공급망 사업 예산"),
     ("근로자 1인당 송출비용 상한을 [630달러]로 유지한다.", "근로자 1인당 송출비용 상한"),
     ("정부는 재생에너지 발전 비중을 [30%] 이상으로 높인다.", "재생에너지 발전 비중")),
    ("ko.label.equivalent", "The same sum in another currency, or measure in another unit, in brackets: the first one's label.",
     ("정부는 무상원조 2천450만 달러(약 [350억 원])를 지원한다.", "무상원조 지원"),
     ("새 공장은 부지 12만㎡(약 [3만6천 평])에 지어졌다.", "부지"),
     # the years of a length said before
     ("사업기간은 5년([2026~2030년])이며, KOICA는 이 기간 총 2,500만 달러를 지원한다.", "사업기간")),
    ("ko.label.count-and-sum", "A count right before a sum, a comma between, the sum the size of a thing (`7건, 260만 달러 규모의 수출 계약`): the count is of that thing too.",
     ("현장에서는 [7건], 260만 달러 규모의 수출 계약이 성사됐다.", "수출 계약"),
     ("첫날 상담회에서는 [12건], 430만 달러 규모의 업무협약(MOU)이 체결됐다.", "업무협약(MOU)"),
    ),
    ("ko.label.span-of-figure", "A span of years or a length of time with no label of its own, before a labelled sum, count or share of its clause: that figure's span (a length after a span is passed over; a length stops at a share; not a label that ends in a verb).",
     # a length of time, before the sum spent in it
     ("제2공장에는 2024년부터 [3년간] 11억 달러가 투입됐다.", "제2공장 투입 기간"),
     ("ㅇ [2021∼2025년] 승인액은 11억 달러였으며, 같은 기간 집행률은 71.3%를 기록하였다.", "승인액 기간"),
     ("센터는 KOICA가 [2025~2029년] 2천450만 달러를 무상 지원하는 사업의 핵심 시설이다.", "무상 지원 기간"),
     # a rate's noun ends in a suffix (률): a noun all the same
     ("베트남 정부는 [2026~2030년] 연평균 10%의 경제성장률을 제시했다.", "경제성장률 기간"),
     # past a short form in brackets; the figure's label without what it was then
     ("양측은 [2026∼2030년] 대외경제협력기금(EDCF) 기본약정 한도를 기존 20억 달러에서 30억 달러로 확대했다.",
      "대외경제협력기금(EDCF) 기본약정 한도 기간")),
    ("ko.label.share-aside", "A bare share in brackets right after a sum or a count with a label: that figure's share of the whole (`교통 인프라: 12억 달러(40%)`); not after a label that is only a deed.",
     ("ㅇ 교통 인프라: 12억 달러([40%])", "교통 인프라 비중"),
     ("ㅇ 스마트시티·환경: 9억 달러([30%])", "스마트시티·환경 비중")),
    ("ko.label.bracketed", "A figure in brackets right after its noun: `가공식품(23%)이`; after an answer in quotes: `'축소하거나 철수하겠다'(9%)`; compared with the figure before (`…의 절반`, `보다`), that figure's measure, of the noun: `이직률 (다른 국적 근로자)`.",
     ("입국 후 첫해 이직률도 8%로, 다른 국적 근로자([15%])의 절반 수준입니다.", "이직률 (국적 근로자)"),
     ("화장품(38%)과 가공식품([23%])이 상담액의 60%를 차지했다.", "가공식품"),
     ("상담은 화장품·뷰티 제품([38%])과 가공식품(23%)에 몰렸다.", "화장품·뷰티 제품"),
     # an answer in quotes before the bracket
     ("확대하겠다는 기업이 54%로, '축소하거나 철수하겠다'([9%])를 크게 웃돌았다.", "축소하거나 철수하겠다"),
     ("- 노후 관로 교체(총 [64km]): 1,000만 달러", "노후 관로 교체"),
     # two figures in one bracket, joined by a middle dot: both the noun's
     ("가장 많았고 가공식품([1천380만달러]·24.5%), 생활용품 순이었다.", "가공식품"),
     ("가장 많았고 가공식품(1천380만달러·[24.5%]), 생활용품 순이었다.", "가공식품"),
     # compared (…보다) with what the clause then measures
     ("이는 지난해 사절단([1,270만 달러])보다 상담액이 45.7% 증가한 수준이다.", "상담액 (지난해 사절단)"),
     # a time then, compared: the same measure as the figure before, then
     ("수주액은 21억 달러로, 작년 같은 기간([14억 달러])보다 50% 늘었다.", "수주액 (작년 같은 기간)"),
     ("올해 계절근로자는 모두 520명으로, 지난해([410명])보다 늘었다.", "계절근로자 (지난해)"),
     # a phase by its number, its years in the bracket
     ("1단계([2027~2029년])에는 총사업비의 35%인 5천600억 원이 투입된다.", "1단계"),
     # the label inside the bracket, before its figure
     ("군은 공공형 기숙사 2곳(수용 인원 각 [60명])을 짓는다.", "수용 인원"),),
    ("ko.label.share-in-whole", "A share said as the part of a whole it takes (`A에서 B가 차지하는 비중은`): the whole, the part, and the share's noun.",
     ("대베트남 수출은 전체 수출에서 차지하는 비중은 [8.1%]를 기록했다.", "전체 수출 중 대베트남 수출 비중"),
     ("수출이 6.8% 늘었고, 전체 수출에서 차지하는 비중은 [8.1%]를 기록했다.", "전체 수출 비중"),
     ("베트남 전체 은행권 자산에서 한국계 은행 9곳이 차지하는 비중은 [1.6%]에 그친다.",
      "베트남 전체 은행권 자산 중 한국계 은행 9곳 비중")),
    ("ko.label.before-colon", "A list's line that names what its figure measures before a colon (a bracket inside it left out).",
     ("- 노후 관로 교체(총 64km): [1,000만 달러]", "노후 관로 교체"),
     ("□ 참가 기업: [45개사]", "참가 기업"), ("ㅇ 수출 상담액: 약 [2천만 달러]", "수출 상담액"),
     ("- 전력 공급 능력: [180MVA]", "전력 공급 능력"),
     # a length with no label of its own; 최장 (at most) before it
     ("▲ 체류 기간: 최장 [8개월]", "체류 기간"),
     # words between the colon and the figure: the field, and what they say when they
     # say more than when or where (a bracket's figure and a clause after a colon are not
     # the field's: "▲ 고용 인원: 1,200명(한국인 80명 포함)", "- 한울발전: 사업 총괄, 준공 후")
     ("▲ 임금: 월 [240만 원]", "임금"), ("- 참가 대학: 중부 지역 [9곳]", "참가 대학")),
    ("ko.label.table-column", "A figure in a flattened table (rows on lines of their own, cells between `|`): its column's heading, after the row's heading when that is words.",
     ("구분 | 참가기업 | 상담액\n2026년 | 132개사 | [8,350만 달러]", "상담액"),
     ("구분 | 2025년 | 2026년\n수출액 | 80억 달러 | [95억 달러]", "수출액 2026년"),
     # a column heading that says nothing (수치, 비고): the row's heading, per head too, and
     # a change said in the cell
     ("구분 | 수치 | 비고\n1인당 GDP | [5,100달러] | 전년 대비 9.6% 증가", "1인당 GDP"),
     ("구분 | 수치 | 비고\n1인당 GDP | 5,100달러 | 전년 대비 [9.6%] 증가", "1인당 GDP 증가 (전년 대비)")),
    ("ko.label.rank", "The noun after a rank (`3대 교역국`), or the phrase before it with the noun after when the phrase before only says whose (`한국의 3위 교역국`) or by what (`… 기준 4위 교역국`); the ranking named before (`투자 순위에서 흥옌성은 7위`); whose rank in the world (`매장량이 세계 2위`); a rank after another's (`일본에 이어 2위다`): the topic, within its field; a rank a level gives (`점유율 22%로 1위`): the topic, and the level's measure; a field alone before it (`전국 광역시·도 가운데`, `국가·지역별`): the clause's subject, in that field.",
     ("베트남은 한국의 [3]대 교역국이다.", "교역국"), ("베트남은 일본의 [4]위 투자국이다.", "일본의 투자국"),
     ("베트남은 한국의 [3]위 교역국이며, 한국의 수출 중 중간재 비중은 72%다.", "한국의 교역국"),
     # a ranking by kind said before, no one ranked in the clause
     ("국적별로는 중국, 미국에 이어 [3]위다.", "국적별 순위"),
     # the evaluation ranked in, said with 에서 before the rank
     ("포항은 지난해 정부의 수소 클러스터 평가에서 전국 [2]위를 차지했다.", "정부의 수소 클러스터 평가"),
     # a ranking's place past a hundred, the ranking named before with 에서
     ("다낭대는 QS 아시아 대학평가에서 [180]위를 기록한 대학이다.", "QS 아시아 대학평가"),
     ("베트남은 부산항 환적 화물 기준 [4]위 교역국으로, 항로는 38개다.", "부산항 환적 화물 기준 교역국"),
     # a level, then the rank it gives: the topic, in what it is measured (the level's words,
     # or where it ranks, …에서); a rank then the copula
     ("한국산 화장품은 베트남 화장품 수입시장 점유율 22%로 [1]위를 지키고 있다.", "한국산 화장품 (베트남 화장품 수입시장 점유율)"),
     ("베트남 화장품 수입 시장에서 한국산 점유율은 31%로 [1]위다.", "한국산 점유율 (베트남 화장품 수입 시장)"),
     ("유학생 가운데 베트남 국적이 36.7%를 차지해 국적별 [1]위입니다.", "유학생 가운데 베트남 국적 (국적별)"),
     # the phrase before only names the field it ranks in: the clause's subject ranks
     ("대구의 자동차부품 수출액은 28억 달러로 전국 광역시·도 가운데 [4]위였다.", "대구의 자동차부품 수출액 (전국 광역시·도 가운데)"),
     ("한국의 누적 투자는 2천150건, 98억 달러 규모로 국가·지역별 [3]위다.", "한국의 누적 투자 (국가·지역별)"),
     # what it ranks as, before a bracket
     ("- 수입 의존도 약 90%, 한국은 [5]위 수입국(점유율 6.8%)", "한국 수입국"),
     # after another's, with what it ranks as right after the rank
     ("지난해 수출액은 7억 달러로 일본·중국·미국에 이어 [4]위 시장 자리를 지켰다.", "수출액 (시장 자리)"),
     ("베트남 내 한국 투자 순위에서 흥옌성은 [7]위다.", "베트남 내 한국 투자 순위"),
     ("베트남은 세계 [3]위 새우 수출국이다.", "세계 새우 수출국"),
     ("베트남은 희토류 매장량이 세계 [2]위 수준으로, 관심이 높다.", "희토류 매장량 세계"),
     # ranked after another: the topic, within its field
     ("한국산 점유율은 22.5%로 일본(24.1%)에 이어 [2]위다.", "한국산 점유율"),
     ("한국인은 460만 명으로, 외국인 관광객 가운데 중국인에 이어 [2]위를 기록했다.", "외국인 관광객 중 한국인")),
):  # fmt: skip
    label_rule(_name, _doc, quantity, *_examples)


# An interview's question: "― 올해 장학생은 몇 명인가.", "Q. 투자 규모는 얼마인가?"
_QUESTION = re.compile(
    # "◇ 윤소라 > 도로 길이가 얼마나 됩니까?": a transcript's host
    r"^(?:[―—–-]+|Q[.:)]?|질문\s*[:)]?|문\)|[◇◆▷▶]\s*[^>]{1,20}>)\s*(?P<asked>.+)$"
)
_HOW_MANY = re.compile(r"몇|얼마|규모|어느 정도")


def asked(text: str) -> str:
    """What an interview's question asks the number of (`― 올해 장학생은 몇 명인가.` ->
    `올해 장학생`): the subject of a question that asks how many or how much; ""
    otherwise."""
    m = _QUESTION.match(text.strip())
    asking = [q for q in re.split(r"(?<=[.?!])\s+", m["asked"]) if _HOW_MANY.search(q)] if m else []
    if not asking:
        return ""
    words = words_of(asking[-1])  # "… 개통했습니다. 도로 길이가 얼마나 됩니까?": the asking one
    subject = next(
        (i for i, w in enumerate(words) if w.josa in {"은", "는", "이", "가"} and is_noun(w)), None
    )
    return " ".join(phrase_before(words, subject)) if subject is not None else ""
