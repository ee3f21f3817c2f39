"""Figures in Vietnamese text, each with what it measures.

`vi.figure.quantity` reads every count, sum, share, target year and period (dates, months
and quarters are no figures); the label comes from the sentence's structure through pyvi's
words and tags, by the first label rule that applies (`vi.label.*`, in `LABEL_RULES`'
order). A label that only a far or weak reading gives (the verb alone, the previous
figure's) makes the figure a doubt: shown to the translators, not stated in the brief.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex as re

from briefing.document import Evidence, Figure, Organisation, Segment
from briefing.facts.base import (
    Found,
    before_colon,
    figure_run,
    label_each,
    label_rule,
    label_rule_of,
    names_an_organisation,
    restated,
    rule,
    table_column,
)
from briefing.facts.vi.lexicon import (
    ADVERBS,
    ALLOCATING,
    APPROXIMATE,
    CLAUSE_STOPS,
    GENERIC_NOUNS,
    HOLLOW_LABELS,
    LABEL_CUT_ENDINGS,
    MEASURE_NOUNS,
    MEASURE_VERBS,
    NOMINAL_VERBS,
    PLACES,
    SIZE_NOUNS,
    SPEECH_VERBS,
    TIME_NOUNS,
    UNIT_WORDS,
    UNITS,
    VALUE_NOUNS,
)
from briefing.facts.vi.tokens import Token, index_at, tokens_of, words
from briefing.layout import ITEM_NUMBER
from briefing.numbers import Quantity, duration_words, ko_quantities, vi_quantities

CHANGE_VERBS = {
    "tăng": "mức tăng của",
    "giảm": "mức giảm của",
    "tăng_trưởng": "mức tăng của",
    "nhích": "mức tăng của",  # "chỉ nhích 2,9%": edged up
}
# what a change's label opens with: "mức tăng", "mức giảm"
_CHANGE_LABELS = tuple(sorted({said.removesuffix(" của") for said in CHANGE_VERBS.values()}))
# "hoàn thành trong năm 2027", "phát điện thương mại sau năm 2032": when it is to be done
_DONE_BY = re.compile(
    r"(?:(?:dự kiến|sẽ|phấn đấu)\s+)?(?P<verb>hoàn thành|hoàn tất|"
    r"(?:đi vào\s+)?vận hành(?:\s+thương mại)?|khánh thành|"
    r"đi vào hoạt động|phát điện thương mại|đưa vào sử dụng)\s+(?:trong|sau|từ|vào)\s+"
    r"(?:(?:cuối|đầu|giữa)\s+)?năm\s+$",
    re.I,
)
_TARGET_YEAR = re.compile(
    r"(?:(?:đến|tới|trước|vào|tầm nhìn đến|cho đến)\s+(?:năm\s+)?$)|"
    # "dự kiến đi vào vận hành từ quý IV/2027": the quarter a plan names
    # ("trong quý II/2027", within it, stays a date, as the first keys have it)
    r"(?:(?:dự kiến|kế hoạch|sẽ|phấn đấu|mục tiêu)\b[^.;]*\b(?:từ|đến|trước)\s+quý\s+"
    r"(?:I{1,3}|IV|[1-4])\s*/\s*$)|"
    # "nâng lên 2,5 triệu USD từ năm 2027", "dự kiến triển khai năm 2027": a year a plan names
    # (a number's thousands dot is no sentence's end: "dự kiến tuyển 3.500 lao động … từ năm")
    r"(?:(?:dự kiến|kế hoạch|sẽ|phấn đấu|mục tiêu)\b(?:[^.;]|(?<=\d)\.(?=\d))*\btừ\s+năm\s+$)|"
    r"(?:(?:dự kiến|sẽ)\s+(?:\S+\s+){1,4}năm\s+$)|"
    # "sẽ vận hành giai đoạn 1 vào cuối năm 2029": the part of a year a plan names
    r"(?:(?:dự kiến|kế hoạch|sẽ|phấn đấu|mục tiêu)\b[^.;]*\bvào\s+(?:cuối|đầu|giữa)\s+năm\s+$)|"
    # "dự kiến đi vào hoạt động năm 2027": a plan's deed, then its year
    r"(?:(?:dự kiến|sẽ|phấn đấu)\s+(?:đi vào hoạt động|hoàn thành|hoàn tất|vận hành|"
    r"khánh thành|đưa vào sử dụng|phát điện thương mại)\s+năm\s+$)|" + _DONE_BY.pattern,
    re.I,
)
# "Năm 2027, chúng tôi sẽ tăng …": a sentence that opens with the year a plan is for
_PLANNED_AFTER = re.compile(r"\s*,\s*[^.;]{0,60}?\b(?:sẽ|dự kiến|kế hoạch|phấn đấu)\b")
_LINKS = {"của", "giữa", "trong", "tại", "từ", "sang", "và", "ở", "ngoài", "vào", "qua"}
_RATIO_NOUNS = {"tỷ_lệ", "tỉ_lệ", "tỷ_trọng", "tỉ_trọng", "tỷ_số", "tỉ_số"}
Tokens = tuple[Token, ...]


# Words that open what something is for, never part of a noun phrase before them.
_PURPOSE_WORDS = {"nhằm", "để", "nhằm_mục_đích"}


# Words of nearness after a figure: where the thing stands, no noun it counts
_NEAR = {"sát", "gần", "cạnh", "kề", "giáp", "sát_cạnh", "gần_kề"}


def noun_phrase_after(tokens: Tokens, i: int, limit: int = 5) -> list[Token]:
    """The noun phrase starting at token i: nouns, proper nouns, adjectives, and verbs
    that name things inside a noun phrase (`biên bản ghi nhớ`); after a counting noun
    (`ca`, `cuộc`, `lượt`), any verb that says what is counted (`ca ghép thận`)."""
    phrase: list[Token] = []
    counting = i < len(tokens) and tokens[i].key in GENERIC_NOUNS
    while i < len(tokens) and len(phrase) < limit:
        token = tokens[i]
        if (token.key in TIME_NOUNS and phrase) or token.key in _PURPOSE_WORDS:
            break  # "dư nợ gốc nhằm giảm chi phí": pyvi may tag nhằm a noun
        if not phrase and token.key in _NEAR:
            break  # "xây kho lạnh 40.000 m² sát cảng": where it stands, not what it is
        if token.tag in {"N", "Nc", "Np", "Ny", "Nu", "A", "L"} or (
            token.tag == "V"
            and (phrase or token.key in NOMINAL_VERBS)  # "36 báo cáo khoa học": a thing
            and (token.key in NOMINAL_VERBS or counting or phrase[-1].key in GENERIC_NOUNS)
        ):  # "tổng số chuyến bay quốc tế": a verb right after a counting noun is counted
            if token.tag == "L" and phrase:
                break
            phrase.append(token)
            i += 1
            continue
        break
    return phrase


def _joined_nouns(tokens: Tokens, i: int) -> list[Token]:
    """The nouns joined to a counted noun that ends before token i, with a comma or và:
    `26 cán bộ, nhân viên`, `45 bác sĩ, điều dưỡng và kỹ thuật viên`; each a short common
    noun phrase, no measure and no figure after it ([] where the comma opens another
    clause: `50 dự án, vốn đăng ký 2 tỷ USD`)."""
    joined: list[Token] = []
    while i + 1 < len(tokens) and tokens[i].key in {",", "và"} and len(joined) < 8:
        item = noun_phrase_after(tokens, i + 1, limit=4)
        end = i + 1 + len(item)
        if (
            not item
            or not _common_noun(item[0])
            or item[0].key in MEASURE_NOUNS | SIZE_NOUNS | TIME_NOUNS
            or any(t.tag in {"Nu", "Np"} for t in item[:1])
            or (end < len(tokens) and tokens[end].tag == "M")
            or (end + 1 < len(tokens) and tokens[end].key == "," and tokens[end + 1].tag == "M")
        ):
            break
        joined += [tokens[i], *item]
        i = end
    return joined


def _common_noun(token: Token) -> bool:
    """A common noun, or a lower-case word pyvi takes for a name (`lâm` of nông, lâm)."""
    return token.tag == "N" or (token.tag == "Np" and token.text[:1].islower())


_LENGTH_WORDS = {"năm", "tháng", "tuần", "ngày", "giờ", "phút"}


def _aside_before(tokens: Tokens, close: int) -> list[Token]:
    """The bracket that ends at token `close` (`(smart farm)`), when it holds one to four
    words and no figure and follows a common noun; []."""
    opener = next(
        (j for j in range(close - 1, max(-1, close - 6), -1) if tokens[j].text == "("), -1
    )
    inside = tokens[opener + 1 : close]
    if opener < 1 or not inside or any(t.tag in {"M", "F"} for t in inside):
        return []
    if tokens[opener - 1].tag not in {"N", "A"}:
        return []
    return list(tokens[opener : close + 1])


def _modified_noun(tokens: Tokens, end: int, phrase: list[Token]) -> list[Token]:
    """`phrase`, one word that ends at token `end`, with the noun a verb before it modifies
    (`thiết bị đo kiểm wafer`, `dây chuyền cà phê hòa tan sấy lạnh`): that noun's phrase,
    its verbs and the word; `phrase` itself where no noun is three verbs before it."""
    start = end - len(phrase) + 1
    if len(phrase) != 1 or start < 1 or tokens[start - 1].tag not in {"V", "A"}:
        return phrase
    head = start - 1
    while head >= 0 and start - head <= 3 and tokens[head].tag in {"V", "A"}:
        head -= 1
    first = head
    while first >= 0 and head - first < 2 and tokens[first].tag == "N":
        first -= 1
    if first == head or tokens[head].key in MEASURE_NOUNS:
        return phrase
    return list(tokens[first + 1 : start + 1])


def subject_before(tokens: Tokens, i: int, limit: int = 12) -> list[Token]:
    """The noun phrase that ends at token i (inclusive), walking back: nouns, adjectives,
    numbers of years and links inside a noun phrase (`của`, `giữa … và …`); a verb only
    where it starts the phrase (`xuất khẩu của Việt Nam …`)."""
    phrase: list[Token] = []
    while i >= 0 and len(phrase) < limit:
        token = tokens[i]
        previous = tokens[i - 1] if i > 0 else None
        between_places = (
            bool(phrase)
            and phrase[0].tag == "Np"
            and previous is not None
            and previous.tag in {"Np", "N"}
            and (token.text in {"–", "-"} or token.key in {"đến", "tới"})
        )  # "thương mại Việt Nam – Hàn Quốc", "lượng khách Việt Nam đến Hàn Quốc"
        # "kim ngạch xuất khẩu nông, lâm, thủy sản", "linh kiện điện tử, bán dẫn": a list of
        # goods inside the phrase, its comma between two common nouns
        listed = (
            token.text == ","
            and bool(phrase)
            and _common_noun(phrase[0])
            and phrase[0].key not in SIZE_NOUNS | MEASURE_NOUNS  # "…, diện tích 500 m²"
            and previous is not None
            and _common_noun(previous)
            and previous.key not in TIME_NOUNS  # "Chín tháng đầu năm, lợi nhuận …": when
            and i >= 2
            and (
                tokens[i - 2].tag == "V" or tokens[i - 2].text == "," or _common_noun(tokens[i - 2])
            )
        )
        if (
            token.key == "và"
            and previous is not None
            and (
                previous.tag in {"M", "Nu"}
                or previous.text == "%"
                or previous.key in UNITS | UNIT_WORDS  # "Nhật Bản 2,7 tỷ đồng và Ấn Độ"
                # "ân hạn 10 năm và thời gian trả nợ 40 năm": a length of time's unit
                or (previous.key in _LENGTH_WORDS and i >= 2 and tokens[i - 2].tag == "M")
            )
        ):
            break  # "… chiếm 35% và Công ty … chiếm 20%": another clause's figure before và
        if (
            token.tag in {"N", "Nc", "Np", "Ny", "Nu", "A", "M", "L"}
            or token.key in _LINKS
            or between_places
            or listed
        ):
            phrase.insert(0, token)
        elif (
            token.tag == "V"
            and token.text[:1].isupper()
            and previous is not None
            and previous.tag in {"N", "Np", "Ny"}
            and bool(phrase)
            and phrase[0].text[:1].isupper()
        ):
            phrase.insert(0, token)  # "Công ty TNHH Xây dựng Hanseong": a verb in a name
        elif (
            token.key == "trên"
            and bool(phrase)
            and any(t.key in _RATIO_NOUNS for t in tokens[max(0, i - 4) : i])
        ):
            phrase.insert(0, token)  # "tỷ lệ chi phí logistics trên GDP": a ratio's "over"
        elif token.key == "mới" and previous is not None and previous.tag in {"N", "Nc"}:
            phrase.insert(0, token)  # "hệ thống … thế hệ mới": pyvi's adverb is the adjective
        elif token.key in {"này", "đó", "ấy"} and previous is not None and previous.tag == "N":
            phrase.insert(0, token)  # "hàng hóa nhập khẩu từ thị trường này": which one
        elif token.text == ")" and bool(phrase) and (aside := _aside_before(tokens, i)):
            # "diện tích nhà kính thông minh (smart farm) ở Hàn Quốc": a name in brackets
            # inside the phrase, after the noun it names
            phrase[:0] = aside
            i -= len(aside)
            continue
        elif token.tag == "V" and (
            token.key in NOMINAL_VERBS
            or (
                previous is not None
                and (
                    previous.tag in {"N", "Nc"}
                    # "lao động Việt Nam cư trú bất hợp pháp": a clause inside the phrase
                    or (previous.tag == "Np" and bool(phrase) and phrase[0].tag == "A")
                    or (
                        not phrase
                        and previous.tag == "V"
                        and i > 1
                        and tokens[i - 2].tag in {"N", "Nc"}
                    )
                )  # "Lệ phí dự thi": pyvi's two verbs after a noun
                and token.key not in {"có", "là"}  # "Dự án có tổng vốn": a clause, not a name
                and token.key not in MEASURE_VERBS
            )
        ):
            phrase.insert(0, token)  # inside the noun phrase: "phòng thí nghiệm chung"
        elif (
            token.tag == "V"
            and previous is not None
            and previous.key == "và"
            and i >= 2
            and tokens[i - 2].tag in {"N", "Nc"}
            and len(phrase) <= 4
        ):
            phrase.insert(0, token)  # "giá trị hợp đồng và thỏa thuận": a deed's noun, listed
        elif token.tag == "V" and (
            previous is None or previous.tag in {"F", "C"} or previous.key in {"còn", "đó"}
        ):
            phrase.insert(0, token)  # a verb that starts the subject: "xuất khẩu của …"
            break
        else:
            break
        i -= 1
    while (
        phrase
        and (
            phrase[0].key in _LINKS
            or phrase[0].key
            in {"khi", "mà", "nhưng", "riêng"}  # "trong khi nhu cầu …": the conjunction
            or phrase[0].tag in {"M", "L"}
            or not phrase[0].text[:1].isalnum()  # "% và doanh thu": another figure's sign
        )
    ):
        phrase.pop(0)
    while phrase and phrase[-1].key in _LINKS:
        phrase.pop()
    return phrase


# Words after a sum that say how or through whom it goes, not what it is for.
_MEANS = {"thông_qua", "qua", "bằng", "theo", "từ", "của", "với"}


def purpose_after(tokens: Tokens, i: int, limit: int = 6, verb: bool = False) -> list[Token]:
    """What a sum is for, from token i: up to the clause's end; none when it says how the
    sum goes (`thông qua KOICA`), or is a lone verb (`mua`), which names no thing."""
    phrase: list[Token] = []
    while i < len(tokens) and len(phrase) < limit:
        token = tokens[i]
        listed = (  # "để biên dịch, in ấn ấn phẩm quảng bá": verbs listed, the last with its thing
            token.text == ","
            and len(phrase) == 1
            and phrase[0].tag == "V"
            and i + 1 < len(tokens)
            and tokens[i + 1].tag == "V"
        )
        if (token.tag in {"F", "M", "C", "R"} and not listed) or token.key in TIME_NOUNS:
            break
        phrase.append(token)
        i += 1
    while len(phrase) > 1 and phrase[-1].tag == "E":  # "… quảng bá bằng": no thing after
        phrase.pop()
    lone_verb = len(phrase) == 1 and phrase[0].tag == "V" and not verb
    if phrase and (phrase[0].key in _MEANS or lone_verb):
        return []
    return phrase


# Prepositions whose noun ends a relative clause inside a subject (`được ký sau sự kiện`).
_AFTER_PREPOSITION = {"sau", "trước", "ở"}

_FORECAST = {"dự_kiến", "ước_tính", "ước", "dự_báo", "kỳ_vọng"}


@dataclass
class Reading:
    """A figure's place in its sentence, as the label rules see it."""

    tokens: Tokens
    text: str
    q: Quantity
    kind: str
    earlier: list[Figure]  # the sentence's figures before this one
    first: int = 0  # the figure's first token
    after: int = 0  # the token after the figure and its unit
    before: int = 0  # the token before it, approximations skipped
    per: str = ""  # "mỗi suất"
    averaged: bool = False  # "tăng bình quân 11%": an average change

    @property
    def verb(self) -> Token | None:
        """The token right before the figure (approximations skipped), or None."""
        return self.tokens[self.before] if self.before >= 0 else None

    straddle: str = ""  # the words of a token the figure ends inside: "đồng tiền mặt"

    @property
    def noun(self) -> list[Token]:
        """The noun phrase right after the figure, in its list item (the next bullet is
        another item: `• … chiếm 37,5% • Thời gian thực hiện`)."""
        phrase = noun_phrase_after(self.tokens, self.after)
        if phrase and re.search(r"[\n•▪■□◦○●➢]", self.text[self.q.end : phrase[-1].end]):
            return []
        if not phrase or self.kind != "count":
            return phrase
        return [*phrase, *_joined_nouns(self.tokens, self.after + len(phrase))]

    def noun_words(self) -> str:
        """The noun phrase after the figure, as written."""
        return " ".join(w for w in (self.straddle, words(self.noun, self.text)) if w)

    @property
    def previous(self) -> str:
        """The label of the last figure read before this one in the sentence, or "" (a
        label too weak to state is none to lend: `đạt 410 triệu USD, tăng 27%`)."""
        return next(
            (
                f.measure["vi"]
                for f in reversed(self.earlier)
                if f.measure.get("vi") and label_rule_of(f) not in WEAK_LABELS
            ),
            "",
        )

    @property
    def last_measure(self) -> str:
        """The label of the figure right before this one in the sentence, when it names a
        measure (not a change of one, nor a verb alone): what a change after it changes
        (`đạt 52,5 tỷ USD, chỉ nhích 2,9%`); "" where that figure has none to lend."""
        if not self.earlier:
            return ""
        last = self.earlier[-1]
        said = last.measure.get("vi", "")
        if not said or label_rule_of(last) in WEAK_LABELS or said.startswith(_CHANGE_LABELS):
            return ""
        return said

    def subject_of(self, index: int) -> str:
        """The subject of the verb at `index`, forecasts and times between them passed over."""
        return words(self._subject(index), self.text)

    def subject_cut(self, index: int) -> bool:
        """The noun phrase before the verb at `index` follows a preposition of time (`hợp
        đồng được ký sau sự kiện có thể đạt …`): it ends a clause inside the subject and is
        not the subject; the subject is not read."""
        phrase = self._subject(index)
        while phrase and phrase[0].key in {"khi", "còn"}:
            phrase = phrase[1:]  # "trong khi ở Hàn Quốc là …": the clause's conjunction
        if phrase and phrase[0].key in _AFTER_PREPOSITION:
            return True  # where, and the subject is not said
        opener = self.tokens.index(phrase[0]) - 1 if phrase else -1
        return opener >= 1 and self.tokens[opener].key in _AFTER_PREPOSITION

    def _subject(self, index: int) -> list[Token]:
        tokens = self.tokens
        while index >= 0 and (
            tokens[index].key in ADVERBS
            or tokens[index].key in MEASURE_VERBS
            or tokens[index].key in _BEFORE_VERB
        ):
            index -= 1
        # "sản lượng dự kiến năm nay đạt": a forecast and a time between the subject and its
        # verb ("năm 2025" stays: it dates the subject)
        while index >= 1 and (
            tokens[index].key in _FORECAST
            or (
                tokens[index].key in {"nay", "này", "ngoái", "tới"}
                and tokens[index - 1].key == "năm"
            )
        ):
            index -= 2 if tokens[index].key not in _FORECAST else 1
            # "Nhu cầu điện được dự báo tiếp tục tăng": forecast, in the passive
            while (
                index >= 1 and tokens[index].key in {"được"} and tokens[index + 1].key in _FORECAST
            ):
                index -= 1
        # "tỉ lệ sống … sau 5 năm đạt 92%": the time after the subject is not the subject
        if (
            index >= 2
            and tokens[index].key in TIME_NOUNS
            and tokens[index - 1].tag == "M"
            and tokens[index - 2].key in {"sau", "trong", "trước", "qua"}
        ):
            index -= 3
        # "Công ty … Hanseong (Hanseong E&C, Hàn Quốc) chiếm 35%": a bracket after the subject
        if index >= 2 and tokens[index].text == ")":
            opening = next(
                (i for i in range(index - 1, max(0, index - 15), -1) if tokens[i].text == "("),
                None,
            )
            if opening is not None:
                index = opening - 1
        # "tổng vốn … – chỉ tiêu được Cục … theo dõi sát vì … – đạt 5,83 tỷ USD": an aside
        # between dashes stands between the subject and its verb
        if index >= 2 and tokens[index].text in _DASHES:
            opening = next((i for i in range(index - 1, 0, -1) if tokens[i].text in _DASHES), None)
            if opening is not None and all(t.key not in {".", ";"} for t in tokens[opening:index]):
                index = opening - 1
        phrase = subject_before(tokens, index, limit=16)
        if phrase and _only_a_year(phrase):
            # "tổng hạn ngạch visa E-9 năm 2027 là …", "nhu cầu đến năm 2030 là …": the year
            # dates what the subject before it is
            before = tokens.index(phrase[0]) - 1
            while before >= 0 and tokens[before].key in {"đến", "tới", "vào", "trong"}:
                before -= 1
            earlier = subject_before(tokens, before) if before >= 0 else []
            if earlier and not _only_a_year(earlier):
                return [*earlier, *tokens[before + 1 : tokens.index(phrase[-1]) + 1]]
            return []
        start = tokens.index(phrase[0]) if phrase else 0
        if (
            start >= 2
            and tokens[start - 1].tag == "V"
            and tokens[start - 2].key in {"sau", "trước"}
        ):
            start -= 1  # "sau ghép thận": after a deed
        if start >= 2 and tokens[start - 1].key in {"sau", "trước"}:
            # "thời gian nằm viện trung bình sau ghép thận đã giảm": the time after
            # something is the subject, not that something
            earlier = subject_before(tokens, start - 2)
            # not "các hợp đồng được ký sau sự kiện": a clause's time, see subject_cut
            if earlier and not any(t.key in {"được", "bị"} for t in earlier):
                return [*earlier, *tokens[start - 1 : tokens.index(phrase[-1]) + 1]]
        # "Lượng kiều hối gửi về địa phương", "sản lượng hàng container thông qua cảng": where
        # it goes or passes is no subject; the noun phrase before the deed is
        sent = (
            start >= 2 and tokens[start - 1].key in {"về", "sang"} and tokens[start - 2].tag == "V"
        )
        passed = start >= 1 and tokens[start - 1].key == "thông_qua"
        if sent or passed:
            head = start - (3 if sent else 2)
            earlier = subject_before(tokens, head, limit=6) if head >= 0 else []
            if earlier and earlier[0].tag in {"N", "Nc"} and earlier[-1].tag in {"N", "V"}:
                return [*earlier, *tokens[head + 1 : tokens.index(phrase[-1]) + 1]]
        return phrase

    def with_per(self, label: str) -> str:
        """`label` with what the figure is per (`mỗi suất`) in brackets, where it says."""
        return f"{label} ({self.per})" if label and self.per else label


_DASHES = {"–", "—", "-"}


def _only_a_year(phrase: list[Token]) -> bool:
    """The phrase is a year or a month alone (`năm 2027`, `cuối tháng 9`), which dates a
    subject and is none."""
    if len(phrase) > 1 and phrase[0].key in {"cuối", "đầu", "giữa"}:
        phrase = phrase[1:]  # "đến cuối tháng 9": when in the month
    return (
        len(phrase) <= 2
        and phrase[0].key in {"năm", "tháng"}
        and all(t.tag == "M" for t in phrase[1:])
    )


def _score(q: Quantity) -> bool:
    """ "thắng 3-2", "3:1": a range whose upper end is below its lower is a match's score
    or a ratio, no figure."""
    pair = re.fullmatch(r"(\d{1,3})\s*[-–:]\s*(\d{1,3})", q.text.strip())
    if q.kind != "number":
        return False
    return (q.high is not None and q.high < q.value) or bool(
        pair and int(pair.group(2)) < int(pair.group(1))
    )


# "/m²", "/người/tháng" right after a sum: what it is paid per.
_PER_SLASH = re.compile(r"(?:/[\p{L}²³]+){1,2}")


def _per_words(slashed: str) -> str:
    """`/người/tháng` as a label says it: `mỗi người mỗi tháng`."""
    return " ".join(f"mỗi {unit}" for unit in slashed.strip("/").split("/"))


def _unit_word(token: Token, q: Quantity) -> bool:
    """A word pyvi tags a unit that is the figure's unit; a plain English word after a
    figure with none is what it counts (`2.000 startup`, which pyvi tags a unit)."""
    if token.tag != "Nu":
        return False
    if q.unit is not None:
        return True
    # "3 nhà máy điện": pyvi's unit that is a compound noun of three words, what is counted
    compound = token.key.count("_") >= 2 and token.key not in UNITS
    return not re.fullmatch(r"[a-z]{4,}", token.text) and not compound


def reading(tokens: Tokens, text: str, q: Quantity, kind: str, earlier: list[Figure]) -> Reading:
    """The figure `q` placed among the sentence's tokens: the tokens before and after it."""
    r = Reading(tokens, text, q, kind, earlier)
    r.first = index_at(tokens, q.start)
    last = index_at(tokens, q.end - 1)
    after = last + 1
    while after < len(tokens) and (
        tokens[after].start < q.end
        or (after == last + 1 and (_unit_word(tokens[after], q) or tokens[after].key in UNITS))
    ):
        after += 1  # the figure's own words, and a unit after it (2.400 MW)
    if after + 1 < len(tokens) and tokens[after].key == "mỗi":  # "25.000 USD mỗi suất"
        r.per = f"mỗi {tokens[after + 1].text}"
        after = len(tokens)
    slashed = _PER_SLASH.match(text, q.end) if q.kind == "money" else None
    if slashed:  # "145 USD/m²", "2.100 USD/người/tháng": a price per unit
        r.per = _per_words(slashed.group(0))
    r.after = after
    inside = tokens[after - 1] if after > 0 else None
    if inside is not None and inside.start < q.end < inside.end:  # pyvi's "đồng_tiền_mặt"
        r.straddle = text[q.end : inside.end].strip()
    before = r.first - 1
    # "từ 1.200 USD/tháng" with no end after it: from that much up, as an approximator
    upward = q.high is not None or not _RANGE_END.match(text, q.end)
    while before >= 0 and (
        tokens[before].key in APPROXIMATE
        or (upward and tokens[before].key == "từ")
        # "mới khoảng 3,5 ngày", "mới chỉ 20%": only so much, before an approximation
        or (tokens[before].key == "mới" and tokens[before + 1].key in APPROXIMATE)
        # "tăng bình quân khoảng 11% mỗi năm": an average change is a change
        or (
            tokens[before].key in _AVERAGED
            and before >= 1
            and tokens[before - 1].key in {"tăng", "giảm"}
        )
    ):
        r.averaged = r.averaged or tokens[before].key in _AVERAGED
        before -= 1
    r.before = before
    return r


_AVERAGED = {"bình_quân", "trung_bình"}
# Between a subject and its verb of measure: a modal ("… phải tăng"), or what is done to it
# ("Học phí … được giảm 50%")
_BEFORE_VERB = {"phải", "cần", "nên", "được", "bị"}


# ----------------------------------------------------------------------------- label rules
# Each returns the label, "" to stop with none, or None when it does not apply.


_HAVING = {"có", "gồm", "bao_gồm"}
# Verbs before a count that do nothing to what is counted: a goal's (`phấn đấu có 500 doanh
# nghiệp`), a total's (`Tổng cộng 45 bác sĩ`), a finding's (`khảo sát cho thấy 72% doanh nghiệp`)
_NOT_DONE = {"phấn_đấu", "cố_gắng", "mong_muốn", "hướng_tới", "tổng_cộng", "thấy", "cho_thấy"}


# Words between a size and its figure that say which size: "công suất thiết kế", "tối đa"
_SIZE_QUALIFIERS = {"thiết_kế", "tối_đa", "dự_kiến", "ban_đầu", "hiện_tại", "hiện_nay"}


def _counted(r: Reading) -> str:
    """The counted noun with what the sentence says the count did or had done to it, from
    the same clause: the verb whose object it is (`tiếp nhận 10.500 lao động` -> "tiếp nhận
    lao động"), the size it is of (`quy mô 600 giường` -> "quy mô giường"), the group it
    makes up (`Đoàn công tác gồm 45 thành viên` -> "thành viên của Đoàn công tác"), and the
    predicate after it (`11 học viên đạt loại xuất sắc`, `chọn ra 20 thí sinh vào chung
    kết`). A bare noun (`11 học viên`) says less than the sentence and can mislead."""
    tokens, label = r.tokens, r.noun_words()
    before = r.before
    verbs: list[Token] = []
    index = before
    # "công suất thiết kế 40.000 tấn": which size, no deed done to what is counted
    sized = (
        before >= 1
        and tokens[before].key in _SIZE_QUALIFIERS
        and tokens[before - 1].key in SIZE_NOUNS
    )
    if (
        index >= 1
        and tokens[index].key == "thêm"
        and tokens[index - 1].tag == "V"
        and tokens[index - 1].key not in MEASURE_VERBS  # "công suất tăng thêm": a change
    ):
        verbs.append(tokens[index])  # "thu hút thêm 10 tỷ USD vốn FDI": more, of the deed
        index -= 1
    while (
        not sized
        and index >= 0
        and len(verbs) < 2
        and tokens[index].tag == "V"
        and tokens[index].key not in MEASURE_VERBS | _HAVING | _NOT_DONE | {"là"}
        # "cho biết 94% sinh viên …": who says it, nothing done to the counted
        and tokens[index].key.replace("_", " ") not in SPEECH_VERBS
        and not (tokens[index].key == "biết" and index and tokens[index - 1].key == "cho")
    ):
        verbs.insert(0, tokens[index])
        index -= 1
    done_for: list[Token] = []  # "hỗ trợ đào tạo cho 60 cán bộ", "tạo việc làm cho 4.500 lao động"
    if not verbs and before >= 1 and tokens[before].key in {"cho", "với"}:
        index = before - 1
        while (
            index >= 0
            and len(done_for) < 3
            and tokens[index].tag in {"V", "N"}
            and tokens[index].key not in _FORECAST | ADVERBS | {"so"}  # "so với": a comparison
        ):
            done_for.insert(0, tokens[index])
            index -= 1
        while done_for and done_for[0].tag != "V":
            done_for.pop(0)  # "Các dự án dự kiến tạo việc làm cho": what is done, not who does it
        if not any(t.tag == "V" and t.key not in MEASURE_VERBS for t in done_for):
            done_for = []
    surveyed = (
        not verbs
        and before >= 1
        and tokens[before].key == "với"
        and any(t.key == "khảo_sát" for t in tokens[max(0, before - 7) : before])
    )
    holder = (  # "Hanul nắm giữ 51% vốn điều lệ": a share held, and by whom
        subject_before(tokens, index, limit=5)
        if verbs and verbs[0].key in _HOLDING and r.kind == "percent"
        else []
    )
    if holder:
        label = f"{words(holder, r.text)} {words(verbs, r.text)} {label}"
    elif verbs:
        label = f"{words(verbs, r.text)} {label}"
    elif surveyed:  # "khảo sát của KOTRA Hà Nội với 230 doanh nghiệp": who were asked
        label = f"{label} được khảo sát"
    elif done_for:
        label = f"{words(done_for, r.text)} {tokens[before].text} {label}"
    elif before >= 0 and tokens[before].key in SIZE_NOUNS:
        label = f"{tokens[before].text} {label}"
    elif sized:  # "công suất thiết kế 40.000 tấn vật liệu": the size, and which
        label = f"{words(tokens[before - 1 : before + 1], r.text)} {label}"
    elif any(f.measure.get("vi", "").startswith(label) for f in r.earlier) and (
        item := _list_item(tokens, before, r.text)
    ):  # "xoài có 81 mã, thanh long 41 mã và chanh leo 24 mã": whose the item's count is
        label = f"{label} {item}"
    elif before >= 1 and tokens[before].key in _HAVING - {"có"}:
        group = words(subject_before(tokens, before - 1), r.text)
        if group:
            return f"{label} của {group}"
    end = r.after + len(r.noun)
    owner = noun_phrase_after(tokens, end + 1, limit=3) if end < len(tokens) else []
    verb_at = end + 1 + len(owner)
    while verb_at < len(tokens) and (
        tokens[verb_at].key in ADVERBS or tokens[verb_at].key in {"được", "bị"}
    ):
        verb_at += 1  # "90% sản phẩm của nhà máy sẽ được xuất khẩu"
    if (
        owner
        and tokens[end].key == "của"
        and (
            (verb_at < len(tokens) and tokens[verb_at].tag == "V")
            # "9 dự án của Hàn Quốc": whose, a name, and the clause ends
            or (owner[0].tag == "Np" and (verb_at >= len(tokens) or tokens[verb_at].tag == "F"))
        )
    ):  # "94% sinh viên của khoa có việc làm": whose, then what they do
        label = f"{label} {words([tokens[end], *owner], r.text)}"
        end += 1 + len(owner)
    # "85% sản lượng sẽ được xuất khẩu", "72% doanh nghiệp ở miền Bắc có kế hoạch …": when
    # and where it is done stand between what is counted and its predicate
    ahead = end
    while ahead < len(tokens) and (
        tokens[ahead].key in ADVERBS or tokens[ahead].key in {"được", "bị"}
    ):
        ahead += 1
    if ahead < len(tokens) - 1 and tokens[ahead].key in {"ở", "tại"}:
        place = ahead + 1
        while place < len(tokens) and place - ahead <= 3 and tokens[place].tag in {"N", "Np"}:
            place += 1
        ahead = place if place > ahead + 1 else ahead
    if (
        label
        and label.lower().replace(" ", "_") not in ADVERBS  # "… mỗi ngày hiện đang đổ": no noun
        and ahead > end
        and ahead < len(tokens)
        # "285 dự án còn hiệu lực": an adjective after an adverb is a predicate too
        and tokens[ahead].tag in {"V", "A"}
        and tokens[ahead].key not in CLAUSE_STOPS
    ):
        label = f"{label} {words(tokens[end:ahead], r.text)}"
        end = ahead
    stated = end < len(tokens) and (
        tokens[end].tag == "V" or (tokens[end].tag == "A" and tokens[end - 1].key in ADVERBS)
    )
    if stated and tokens[end].key not in CLAUSE_STOPS:
        predicate: list[Token] = []
        while end < len(tokens) and len(predicate) < 4:
            token = tokens[end]
            # "dành cho xuất khẩu": the verb's own preposition, before what it is for;
            # "96 doanh nghiệp đến từ Hàn Quốc", "7.500 kỹ sư làm trong lĩnh vực bán dẫn":
            # where they come from or work, a name or a noun after it
            given = (
                (
                    (len(predicate) == 1 and token.key in {"cho", "vào"})
                    or (predicate and token.key in {"từ", "tại", "ở", "trong"})
                )
                and end + 1 < len(tokens)
                and (
                    tokens[end + 1].tag
                    in ({"N", "V"} if token.key in {"cho", "vào"} else {"N", "Np"})
                    or (token.key == "từ" and tokens[end + 1].key in {"các", "những"})
                )
            )
            if not given and (
                token.tag in {"F", "C", "M", "E", "CH"}
                or token.key in CLAUSE_STOPS
                or token.key in TIME_NOUNS
            ):
                break
            predicate.append(token)
            end += 1
        cut = end < len(tokens) and tokens[end].tag in {"E", "M"}
        while cut and predicate and predicate[-1].key in _CUT_MOTION:
            predicate.pop()  # "210 đại biểu đến từ 140 doanh nghiệp": no half of "đến từ"
        if predicate:
            label = f"{label} {words(predicate, r.text)}"
    return label


# Verbs of coming and going that say nothing without where from or to
_CUT_MOTION = {"đến", "tới", "lên", "về", "ra", "sang"}


def _list_item(tokens: Tokens, before: int, text: str) -> str:
    """The noun phrase that opens a list's item right before a count (`…, thanh long 41 mã`,
    `… và chanh leo 24 mã`): after a comma, a semicolon or và, of nouns alone; ''."""
    opener = before
    while opener >= 0 and before - opener < 4 and tokens[opener].tag in {"N", "Np", "Nc", "A"}:
        opener -= 1
    if opener == before or opener < 0 or tokens[opener].key not in {",", ";", "và"}:
        return ""
    return words(tokens[opener + 1 : before + 1], text)


def _clause_before(tokens: Tokens, end: int) -> Tokens:
    """The tokens of the clause that ends before `end`: from the sentence's start, or from
    after the last comma, colon or other punctuation before it."""
    start = end - 1
    while start >= 0 and tokens[start].tag != "F":
        start -= 1
    return tokens[start + 1 : end]


def _clause_subject(tokens: Tokens, verb: int, limit: int = 10) -> list[Token]:
    """The words of the clause before the verb at `verb`, from the clause's start (the
    sentence's, or after a comma or a colon), when they open with a common noun, hold no
    number and are at most `limit` tokens; [] otherwise."""
    clause = _clause_before(tokens, verb)
    while clause and clause[-1].key in ADVERBS:
        clause = clause[:-1]
    if (
        not clause
        or len(clause) > limit
        or clause[0].tag not in {"N", "Nc"}
        or any(t.tag == "M" for t in clause)
    ):
        return []
    return list(clause)


# A count that is a measure's value: "Quy mô tuyển sinh mỗi năm là 450 học viên", "Số người
# tham dự là 300" (pyvi reads quy mô as a verb: the words, not its tags)
_MEASURE_IS = re.compile(
    r"(?:^|[,;:.]\s*)(?P<subject>(?:[Qq]uy mô|[Ss]ố lượng|[Tt]ổng số|[Ss]ố)\s[^,;:.\d]{1,60}?)"
    r"\s+là\s+(?:(?:khoảng|trên|gần|hơn)\s+)?$"
)


def _coordinated_subject(r: Reading) -> str:
    """`Kim ngạch … đạt 80,4 tỷ USD, tăng 7,2% so với cùng kỳ và chiếm 10,5% …`: a verb
    joined by `và` or a comma to the one before shares its subject, which the figure before
    was read with (not the words right before `và`)."""
    index = r.before - 1
    while index >= 0 and r.tokens[index].key in ADVERBS:
        index -= 1
    if index < 0 or r.tokens[index].key not in {"và", ","}:
        return ""
    return next(
        (
            f.measure["vi"]
            for f in reversed(r.earlier)
            if f.measure.get("vi") and label_rule_of(f) in _SUBJECT_LABELS
        ),
        "",
    )


_SUBJECT_LABELS = {"vi.label.subject-of-verb", "vi.label.clause-subject"}


# A subject that points back to a number said before: "con số này", "con số đó"
_THIS_NUMBER = re.compile(r"(?:con số|mức|số liệu) (?:này|đó|trên)$", re.IGNORECASE)
# Verbs of agreeing or deciding: the verb after one is what is agreed, its subject who agrees
_AGREEING = {"thống_nhất", "đồng_ý", "nhất_trí", "cam_kết", "quyết_định", "thỏa_thuận"}


def _agreed_deed(r: Reading) -> str:
    """`hai bên thống nhất tăng thêm 14 chuyến` -> tăng thêm chuyến: the verbs after a verb of
    agreeing, with the counted noun; "" where none comes before them."""
    tokens = r.tokens
    start = r.before
    while start > 0 and tokens[start - 1].tag == "V" and tokens[start - 1].key not in _AGREEING:
        start -= 1
    if start < 1 or tokens[start - 1].key not in _AGREEING:
        return ""
    return f"{words(list(tokens[start : r.before + 1]), r.text)} {r.noun_words()}"


def _given_to(r: Reading) -> str:
    """The deed and its object before `cho` and a count of people (`tạo việc làm mới cho
    2.800 người` -> tạo việc làm mới); "" where no verb is near."""
    tokens = r.tokens
    start = r.before - 1
    while start >= 0 and r.before - start <= 5 and tokens[start].tag in {"N", "A", "R", "V"}:
        if tokens[start].tag == "V":
            return words(list(tokens[start : r.before]), r.text)
        start -= 1
    return ""


def _count_label(r: Reading) -> tuple[str, str]:
    """A count, or a share of a noun: the noun after it (with what the count did, see
    `_counted`), else the subject of the verb before it, else the noun before it."""
    noun, verb = r.noun, r.verb
    raised = _raised_to(r)
    if raised and not noun:  # "nâng tổng diện tích lên 31 ha"
        return raised, "vi.label.raised-to"
    if raised and r.kind == "percent" and noun[0].key in {"gdp", "grdp", "gnp", "gni"}:
        # "giảm chi phí logistics xuống còn 12-14% GDP": the thing lowered, over GDP
        return f"{raised} trên {r.noun_words()}", "vi.label.raised-to"
    raised_key = raised.lower().replace(" ", "_")
    if raised and any(raised_key.endswith(size) for size in SIZE_NOUNS):
        # "nâng công suất lên 60 triệu sản phẩm/năm": the size raised, of what is counted
        return f"{raised} {r.noun_words()}", "vi.label.raised-to"
    if r.kind == "percent" and verb is not None and verb.key == "chiếm":
        # "sinh viên Việt Nam chiếm 35% số sinh viên quốc tế"; with no whole after it
        # ("9 đề tài thuộc lĩnh vực trí tuệ nhân tạo, chiếm 37,5%") the part alone
        # "- Sản xuất chế tạo: 7.960 lao động, chiếm 73,6%": the part is the figure before
        part = _coordinated_subject(r) or r.subject_of(r.before) or r.previous
        whole = r.noun_words() if noun else ""
        if part and (whole or not noun):
            # the verb stays: the figure is a share, not the whole's size or growth
            return (f"{part} chiếm trong {whole}" if whole else part), "vi.label.share-of"
    measured = _MEASURE_IS.search(r.text[: r.q.start])
    if measured:  # "Quy mô tuyển sinh mỗi năm là 450 học viên": the measure the count is
        return measured["subject"], "vi.label.measure-is"
    # "quỹ đất … 1.200 ha sẵn sàng bàn giao", "tàu đến 6.000 TEU đầy tải": a measure in its
    # unit, then how it is, not what is measured
    described = bool(r.q.unit) and bool(noun) and noun[0].tag == "A"
    measured_before = subject_before(r.tokens, r.before, limit=5) if described else []
    verbs = [k for k, t in enumerate(measured_before) if t.tag == "V"]
    measured_before = measured_before[verbs[-1] + 1 :] if verbs else measured_before
    if measured_before and measured_before[-1].tag in {"N", "A"}:
        return words(measured_before, r.text), "vi.label.noun-before"
    if not described and (
        r.straddle or (noun and not (len(noun) == 1 and noun[0].key in GENERIC_NOUNS))
    ):
        return _counted(r), "vi.label.noun-after"
    generic = len(noun) == 1 and noun[0].key in GENERIC_NOUNS
    deed = (
        _generic_with_deed(r, noun[0]) if generic and verb is not None and verb.key == "có" else ""
    )
    if deed:  # "thành phố có 1.350 người đã đăng ký dự tuyển": who did, not who has them
        return deed, "vi.label.noun-after"
    if verb is not None and verb.key in MEASURE_VERBS:
        if r.subject_cut(r.before):
            return "", ""
        agreed = _agreed_deed(r) if noun else ""
        if agreed:  # "hai bên thống nhất tăng thêm 14 chuyến": what is agreed, not who
            return agreed, "vi.label.noun-after"
        reached = _reached_after_comma(r)
        if reached:
            return reached, "vi.label.subject-of-verb"
        subject = _changed_object(r, r.subject_of(r.before))
        if subject.lower().replace(" ", "_") in {"nâng", "đưa", "hạ", "nâng_cao"}:
            # "Công suất …: 300 MW, nâng lên 1.000 MW": raised, of the figure just before
            # (a verb is nobody's subject)
            # (its first phase is the figure before's, not this one's)
            raised = re.sub(r"\s+giai đoạn (?:đầu|1|một)$", "", r.last_measure)
            return raised, "vi.label.previous-figure" if raised else ""
        if _THIS_NUMBER.search(subject):
            # "… đón 9.800 lượt khách, và năm nay … kỳ vọng con số này vượt 12.000 lượt": the
            # number said before in the sentence, else none
            return r.previous, "vi.label.subject-of-verb"
        if subject:
            return subject, "vi.label.subject-of-verb"
    if not noun and _measure_compound(r):  # "sức chứa 180.000 m³"
        return _measure_compound(r), "vi.label.noun-before"
    if (
        not noun
        and verb is not None
        and (verb.tag in {"N", "Np", "Ny", "A"} or _year_dated(r))
        and not _acronym_alone(r)
    ):
        # "công suất 2.400 MW", "Sản lượng nhân xanh năm 2025 khoảng 420 tấn"
        phrase = subject_before(r.tokens, r.before)
        listed = (
            r.before >= 1
            and r.tokens[r.before - 1].text == ","
            and any(f.unit == r.q.unit and f.measure.get("vi") for f in r.earlier)
        )
        if verb.tag == "A" and listed:
            # "gạo đạt 85.000 tấn, cá tra 32.000 tấn": a list's next item (pyvi's adjective)
            return verb.text, "vi.label.noun-before"
        owner = subject_before(r.tokens, r.before - 1) if verb.key in _DIMENSIONS else []
        if (
            verb.tag == "A"
            and owner
            and owner[0].tag in {"N", "Nc", "Np"}
            and owner[-1].key != "độ"
            and not any(t.tag == "Nu" or t.key in _LINKS for t in owner)
        ):  # "khu trưng bày rộng 2.400 m²": what is that wide, long or high; not "ở độ cao"
            return f"{words(owner, r.text)} {verb.text}", "vi.label.noun-before"
        deeds = [k for k, t in enumerate(phrase[:-1]) if t.tag == "V"]
        sized = phrase[deeds[-1] + 1 :] if deeds else []
        if verb.tag == "A" and len(sized) > 1 and sized[0].tag in {"N", "Nc"}:
            # "(Hàn Quốc) công bố kế hoạch đầu tư trung tâm logistics quy mô 35 ha": the
            # nouns after the last verb are what the size is of
            phrase = sized
        if verb.tag == "A" and not (phrase and phrase[0].tag in {"N", "Nc"} and len(phrase) > 1):
            return "", ""  # an adjective alone ("… m/s ở độ cao 100 m"): no noun to count
        subject = words(phrase, r.text)
        linked = linked_owner(subject, "", r.tokens, r.before, r.text)
        return (linked if " của " in linked else subject), "vi.label.noun-before"
    if not noun and verb is not None and verb.tag == "V" and r.kind != "percent":
        done = _done_to(r)
        if done:
            return done, "vi.label.object-of"
    if len(noun) == 1 and noun[0].key in GENERIC_NOUNS:  # "người", "lượt": who, not what
        deed = _generic_with_deed(r, noun[0])
        if deed:
            return deed, "vi.label.noun-after"
        item = _item_of_generic(r)
        if item:
            return item, "vi.label.noun-before"
        whence = _generic_with_complement(r, noun[0])
        if whence:
            return whence, "vi.label.noun-after"
        given = _given_to(r) if verb is not None and verb.key == "cho" else ""
        if given:  # "tạo việc làm mới cho khoảng 2.800 người": what they are given
            return given, "vi.label.noun-after"
        if verb is not None and verb.key in SIZE_NOUNS:
            # "có dân số khoảng 2,5 triệu người": the measure before, of which người are
            # the units
            return words(subject_before(r.tokens, r.before), r.text), "vi.label.noun-before"
        done = _counted(r) if r.kind == "count" else ""
        if done and done != r.noun_words():  # "mở thêm 20 chuyến", "thực hiện 600 ca"
            return done, "vi.label.noun-after"
    return r.noun_words(), "vi.label.noun-after"


def _reached_after_comma(r: Reading) -> str:
    """`duy trì tốc độ tăng trưởng GRDP hai con số, đạt 11,2%`: a verb of reaching right
    after a comma, the noun phrase before the comma the object of a verb: that phrase (up to
    a number word in it) is what reaches the figure; "" otherwise."""
    tokens, before = r.tokens, r.before
    if before < 2 or tokens[before - 1].text != "," or r.earlier:
        return ""
    end = before - 2
    if end >= 2 and tokens[end].tag == "N" and tokens[end - 1].tag == "M":
        end -= 2  # "hai con số": how big, not what
    phrase = _object_of_verb(tokens, end)
    if phrase:
        return words(phrase, r.text)
    # "xuất khẩu thủy sản sang Hàn Quốc cũng đang phục hồi, đạt 610 triệu USD": a clause whose
    # verb takes no object; the clause's subject, from where the clause opens, is what reaches it
    if tokens[end].tag != "V" or tokens[end].key in MEASURE_VERBS:
        return ""
    last = end - 1
    while last >= 0 and (tokens[last].tag == "R" or tokens[last].key in ADVERBS):
        last -= 1
    subject = subject_before(tokens, last, limit=8) if last >= 0 and last < end - 1 else []
    opener = tokens.index(subject[0]) - 1 if subject else -1
    if (
        len(subject) < 2
        or subject[0].tag not in {"N", "V"}
        or (opener >= 0 and tokens[opener].text != ",")
    ):
        return ""
    return words(subject, r.text)


def _object_of_verb(tokens: Tokens, end: int) -> list[Token]:
    """The noun phrase of two words or more that ends at token `end` and that a verb right
    before it takes (`duy trì tốc độ tăng trưởng GRDP`, `có thặng dư thương mại lớn nhất`);
    [] otherwise."""
    phrase = subject_before(tokens, end, limit=8)
    opener = tokens.index(phrase[0]) - 1 if phrase else -1
    if len(phrase) < 2 or phrase[0].tag != "N" or opener < 0 or tokens[opener].tag != "V":
        return []
    return phrase


def _item_of_generic(r: Reading) -> str:
    """`sản xuất chế tạo 7.960 người, xây dựng 1.210 người, nông nghiệp 1.480 người`: a count
    of a general noun (người, lượt) in a list, each item the noun phrase right before it,
    from the separator before it (a comma, và, a colon)."""
    if r.before < 0:
        return ""
    tokens = r.tokens
    start = r.before
    while start > 0 and tokens[start - 1].key not in {",", "và", ":", ";"}:
        start -= 1
    phrase = tokens[start : r.before + 1]
    listed = start > 0 or r.earlier
    if (
        not listed
        or not 1 <= len(phrase) <= 4
        # "nông nghiệp 1.480 người và ngư nghiệp 950 người": pyvi's adjective, an item
        or phrase[0].tag not in ({"N", "Np", "V", "A"} if r.earlier else {"N", "Np", "V"})
        or any(t.tag in {"M", "E", "P", "R", "F"} or t.key in MEASURE_VERBS for t in phrase)
    ):
        return ""
    return words(phrase, r.text)


def _generic_with_complement(r: Reading, counted: Token) -> str:
    """`trong đó 28 chuyến từ Busan`, `1.500 suất cho ngành đóng tàu`: a count of a general
    noun (`counted`: chuyến, suất) with where from or for whom after it, to the clause's end;
    of the figure before it (`84 chuyến bay thẳng …, trong đó 28 chuyến từ Busan`), that
    figure's label with it."""
    tokens = r.tokens
    at = tokens.index(counted) + 1
    if at >= len(tokens) or tokens[at].key not in {"từ", "cho", "đến", "tới", "tại", "ở"}:
        return ""
    end = at + 1
    while end < len(tokens) and tokens[end].tag in {"N", "Np", "Ny"} and end - at <= 4:
        end += 1
    if end == at + 1 or (end < len(tokens) and tokens[end].tag not in {"F", "C"}):
        return ""  # no place or party after it, or a clause that goes on
    said = words(tokens[at:end], r.text)
    whole = r.earlier[-1].measure.get("vi", "") if r.earlier else ""
    part_of = re.search(r"\btrong đó(?:\s+có)?\s*$", r.text[: r.q.start]) is not None
    if part_of and whole.split()[:1] == [counted.text]:
        return f"{whole} {said}"
    return f"{counted.text} {said}"


_DEED_OPENERS = {"đã", "sẽ", "được", "đang", "đều", "vẫn", "cũng"}


def _generic_with_deed(r: Reading, counted: Token) -> str:
    """`1.420 người đã được sơ tuyển hồ sơ`, `2.000 người sẽ làm việc trong ngành đóng tàu`:
    a count of a general noun (`counted`: người, lượt) with what they do or had done after
    it, to the clause's end (a verb right after it, or after đã, sẽ, được …)."""
    tokens = r.tokens
    start = tokens.index(counted) + 1
    index = start
    while index < len(tokens) and tokens[index].key in _DEED_OPENERS:
        index += 1
    if index >= len(tokens) or tokens[index].tag != "V" or tokens[index].key in MEASURE_VERBS:
        return ""
    end = index
    while end < len(tokens) and tokens[end].tag != "F" and end - start < 8:
        if tokens[end].tag == "M":
            return ""  # another figure in what they do: no clean label
        end += 1
    if end < len(tokens) and tokens[end].tag != "F":
        return ""  # a clause too long to carry whole
    return words(tokens[start - 1 : end], r.text)


def _risen_to(r: Reading) -> str:
    """`sầu riêng tăng 96%, lên 312 triệu USD`: after a change and a comma, `lên`/`xuống` a
    figure is what the changed thing came to; the label is the change's subject."""
    tokens, before = r.tokens, r.before
    verb = r.verb
    if verb is None or verb.key not in {"lên", "xuống", "đạt"} or before < 3:
        return ""
    if tokens[before - 1].text != "," or not r.earlier or r.earlier[-1].kind != "percent":
        return ""
    index = before - 2
    while index >= 0 and (tokens[index].tag in {"M", "Nu"} or tokens[index].text == "%"):
        index -= 1  # the change's figure, back to its verb
    while index >= 0 and tokens[index].key in ADVERBS | APPROXIMATE:
        index -= 1
    if index < 1 or tokens[index].key not in {"tăng", "giảm"}:
        return ""
    return r.subject_of(index)


def _acronym_alone(r: Reading) -> bool:
    """An acronym right before the figure with no noun before it in its phrase (`hạn mức
    EDCF khoảng 2 tỷ USD`, pyvi's verb `hạn mức`, read as `EDCF`; `theo EPS`): it says
    whose, not what; `vốn vay EDCF 150 triệu USD` names the loan."""
    verb = r.verb
    return (
        verb is not None
        and verb.tag == "Ny"
        and len([t for t in subject_before(r.tokens, r.before) if t.key not in _LINKS]) < 2
    )


# Who a deed's subject is, when the label would say nothing more than a pronoun
_PRONOUNS = {"chúng_tôi", "chúng_ta", "tôi", "họ", "chúng_em", "mình", "ta"}


def _done_to(r: Reading) -> str:
    """An amount that is the object of a deed and ends its clause (`doanh nghiệp mới sử dụng
    7.600 tấn,`, `dự kiến nhập khoảng 3.000 tấn.`): who does it and the deed (its verbs, a
    forecast kept), or the deed alone after a pronoun; '' when the deed is one of saying,
    having or measuring."""
    ends = r.after >= len(r.tokens) or r.tokens[r.after].text in {",", ".", ";", ")", "…"}
    verb = r.tokens[r.before] if r.before >= 0 else None
    if not ends or verb is None or verb.tag != "V" or _DIMENSION.search(r.text[: r.q.start]):
        return ""  # "đón 610.000 và 540.000 lượt": the noun comes later; "dài 2,3 km": a size
    deed = _counted(r).strip()
    if not deed:
        return ""
    last = index_at(r.tokens, r.q.end - 1)
    counted = r.tokens[last + 1 : r.after]
    if counted and not r.q.unit:  # "thu hút hơn 1.000 đại biểu,": the counter is what is counted
        deed = f"{deed} {words(counted, r.text)}"
    index = r.before
    while index >= 0 and r.tokens[index].tag == "V":
        index -= 1
    while index >= 0 and r.tokens[index].key in _FORECAST:
        deed = f"{r.tokens[index].text} {deed}"
        index -= 1
    subject = r.subject_of(index) if index >= 0 else ""
    # "Năm qua doanh nghiệp …": the time the sentence opens with is not who does it
    subject = re.sub(
        r"^(?:năm|tháng|quý|tuần) (?:qua|nay|ngoái|tới|trước|này) ", "", subject, flags=re.I
    )
    if not subject or r.subject_cut(index) or subject.lower().replace(" ", "_") in _PRONOUNS:
        return deed
    return f"{subject} {deed}"


_RAISE = {"nâng", "đưa", "tăng", "giảm", "hạ", "kéo"}


def _changed_object(r: Reading, subject: str) -> str:
    """A one-word subject that is the object of a change before it (`tăng vốn thêm 85 triệu
    USD`): the change and it, the deed the figure measures; else the subject."""
    opener = r.text.rfind(subject, 0, r.q.start) if subject and " " not in subject else -1
    raised = re.search(r"(?:^|\s)(tăng|giảm)\s+$", r.text[:opener]) if opener > 0 else None
    return f"{raised.group(1)} {subject}" if raised else subject


def _raising(tokens: Tokens, index: int) -> bool:
    """The verb at `index` raises or lowers what follows it: `nâng`, `giảm`, `rút ngắn`."""
    key = tokens[index].key
    return key in _RAISE or (key == "ngắn" and index > 0 and tokens[index - 1].key == "rút")


# Adjectives of size right before a measure: what has that size is before them
_DIMENSIONS = {"rộng", "dài", "cao", "sâu", "nặng"}


def _raised_to(r: Reading) -> str:
    """ "nâng tỷ lệ này lên 40%": the thing raised (or lowered) to the figure."""
    verb, before, tokens = r.verb, r.before, r.tokens
    if verb is not None and verb.key == "còn" and before > 0 and tokens[before - 1].key == "xuống":
        before -= 1  # "rút ngắn thời gian … xuống còn 7 ngày"
        verb = tokens[before]
    # "đưa giá thành hydrogen về 2 USD/kg": brought down (or back) to the figure
    if verb is None or verb.key not in {"lên", "xuống", "tới", "đến", "về"}:
        return ""
    index = before - 1
    while index >= 0 and not _raising(tokens, index):
        if tokens[index].tag in {"F", "C"} or before - index > 10:
            return ""
        index -= 1
    if index < 0:
        return ""
    phrase = [t for t in tokens[index + 1 : before] if t.tag not in {"F"}]
    if phrase and phrase[0].key == "từ":
        # "tỷ lệ điện tái tạo … sẽ tăng từ 8% lên 35%": what rises is the verb's subject
        index -= tokens[index].key == "ngắn"  # "được rút ngắn từ 15 ngày xuống …"
        while index > 0 and tokens[index - 1].key in {"được", "bị"}:
            index -= 1
        return r.subject_of(index - 1) if index > 0 else ""
    cut = next((i for i, t in enumerate(phrase) if t.key == "từ"), len(phrase))
    phrase = phrase[:cut]  # "rút ngắn thời gian cấp phép từ 15 ngày xuống …": what, not from
    while phrase and phrase[-1].tag in {"P", "T"}:  # "tỷ lệ này": the pronoun is no label
        phrase.pop()
    if not phrase and index > 0 and r.tokens[index - 1].key in {"được", "bị"}:
        # "tổng công suất của nhà máy sẽ được nâng lên …": what is raised, before the passive
        index -= 1
        while index >= 0 and r.tokens[index].key in {"được", "sẽ", "đã", "có_thể", "bị"}:
            index -= 1
        phrase = subject_before(r.tokens, index) if index >= 0 else []
    return words(phrase, r.text)


# "thấp hơn 21% so với giá trần": a figure that says by how much one thing differs from
# another, and from what.
_COMPARISON_BEFORE = re.compile(
    r"\b(?P<adj>cao|thấp|lớn|nhỏ|rẻ|đắt|nhiều|ít|nhanh|chậm)\s+hơn\s+(?:khoảng\s+|gần\s+|tới\s+)?$"
)
_COMPARED_WITH = re.compile(
    r"\s*so với\s+(?P<what>[^,.;:()]{2,50}?)(?=[,.;:()]|\s+(?:và|nhưng|khi)\s|$)"
)


# "giá tốt hơn thị trường nội địa khoảng 15%": what it is compared with, before the figure
_COMPARED_BEFORE = re.compile(
    r"\b(?P<adj>cao|thấp|lớn|nhỏ|rẻ|đắt|nhiều|ít|nhanh|chậm|tốt)\s+hơn\s+"
    r"(?P<what>\p{L}[^,.;:()\d“”\"]{1,40}?)\s+(?:khoảng\s+|gần\s+|tới\s+|chừng\s+)?$"
)


def _compared(r: Reading) -> str:
    """ "thấp hơn 21% so với giá trần", "giá tốt hơn thị trường nội địa khoảng 15%": how it
    differs, and from what (said before the figure: only with what differs)."""
    before = _COMPARISON_BEFORE.search(r.text[: r.q.start])
    after = _COMPARED_WITH.match(r.text, r.q.end) if before else None
    if before and after:
        what, alone = after["what"], True
    else:
        before = _COMPARED_BEFORE.search(r.text[: r.q.start])
        if before is None or r.q.kind not in {"percent", "money"}:
            return ""
        what, alone = before["what"], False
    # what differs: the noun phrase before the adjective (`giá cao hơn 15%`), or after a
    # comma the figure before it (`với giá bình quân 4,6 USD/kg, cao hơn khoảng 15%`)
    adj = index_at(r.tokens, before.start("adj"))
    phrase = subject_before(r.tokens, adj - 1, limit=6) if adj > 0 else []
    subject = words(phrase, r.text) if phrase and phrase[-1].tag in {"N", "Np"} else ""
    if not subject and adj > 0 and r.tokens[adj - 1].text == "," and r.earlier:
        subject = _PER_SAID.sub("", r.earlier[-1].measure.get("vi", ""))
    said = f"{before['adj']} hơn {what.strip()}"
    return f"{subject} {said}" if subject else (said if alone else "")


def _each_of(r: Reading) -> str:
    """`120 suất học bổng, mỗi suất trị giá 10 triệu đồng`: a sum for each of a counted
    kind, named with the count before it: `suất học bổng (mỗi suất)`."""
    tokens, i = r.tokens, r.before
    if i >= 1 and tokens[i].key in {"trị_giá", "giá_trị"}:
        i -= 1
    if i < 1 or tokens[i - 1].key != "mỗi" or tokens[i].tag not in {"N", "Nc"}:
        return ""
    kind = tokens[i]
    for j in range(i - 2, 0, -1):
        if tokens[j].key == kind.key and tokens[j - 1].tag == "M":
            end = j + 1
            while end < len(tokens) and tokens[end].tag != "F" and end - j <= 5:
                end += 1
            named = tokens[j + 1 : end]
            if not named or len(named) > 4 or any(t.tag == "M" for t in named):
                return ""
            return f"{kind.text} {words(named, r.text)} (mỗi {kind.text})"
    return ""


def _other_label(r: Reading) -> tuple[str, str]:
    tokens, text, verb, after, before = r.tokens, r.text, r.verb, r.after, r.before
    noun = r.noun
    compared = _compared(r) if r.kind == "percent" else ""
    if compared:
        return compared, "vi.label.compared"
    each = _each_of(r) if r.kind == "money" else ""
    if each:
        return each, "vi.label.each-of"
    raised = _raised_to(r)
    if raised:  # "nâng mức chi tiêu bình quân lên 120 USD/ngày": what it is per stays
        return r.with_per(raised), "vi.label.raised-to"
    if r.kind == "money" and (noun or r.straddle):
        # "thu hút thêm 10 tỷ USD vốn FDI": more, of the deed before
        deed = before - 1 if verb is not None and verb.key == "thêm" else before
        if deed >= 0 and tokens[deed].key in _RAISING | _TRADING:
            # "thu hút 3,9 tỷ USD vốn FDI", "thu mua 280 triệu USD hàng Việt": what is done
            # with the sum, and of what it is
            return f"{words(tokens[deed : before + 1], text)} {r.noun_words()}", (
                "vi.label.noun-after"
            )
        return r.noun_words(), "vi.label.noun-after"
    if (
        r.kind == "money"
        and after < len(tokens)
        and tokens[after].key in {"cho", "để", "nhằm", "vào"}
    ):
        purpose = purpose_after(tokens, after + 1)
        if purpose:
            given = words(tokens[after : after + 1 + len(purpose)], text)
            named = _named_sum(r)
            if named:  # "gói tín dụng 500 triệu USD cho các dự án …": the sum, then its use
                return f"{named} {given}", "vi.label.purpose"
            return _funded(r, given), "vi.label.purpose"
    if verb is not None and verb.key in MEASURE_VERBS:
        if r.subject_cut(before):
            return "", ""
        subject = _changed_object(r, r.subject_of(before))
        group = before
        while (
            group > 0
            and tokens[group].key in MEASURE_VERBS
            and tokens[group].key not in CHANGE_VERBS
        ):
            group -= 1  # "tăng thêm 15%"
        change = tokens[group].key
        if verb.key in {"còn", "xuống", "lên"} and group < before:
            change = ""  # "giảm còn 21%": the level it fell to, no change by that much
        if change in CHANGE_VERBS and r.kind == "percent":
            changed = subject or r.last_measure
            if not changed:  # "con số này tăng thêm 15%": an increase, of what is not said
                return CHANGE_VERBS[change].removesuffix(" của"), "vi.label.change-of"
            return f"{CHANGE_VERBS[change]} {uncut(changed)}", "vi.label.change-of"
        if change in CHANGE_VERBS and subject and r.kind in {"money", "count"}:
            # "vốn tăng thêm 260 triệu USD": the sum is the increase, not the capital
            return f"{subject} {words(tokens[group : before + 1], text)}", "vi.label.change-of"
        if subject:
            linked = linked_owner(subject, r.previous, tokens, before, text)
            return r.with_per(linked), "vi.label.subject-of-verb"
    source = _source_after(tokens, after) if verb is not None and r.kind == "money" else 0
    if (
        verb is not None
        and r.kind == "money"
        and verb.key in ALLOCATING
        and after + source < len(tokens)
        and (
            tokens[after + source].tag == "V"
            or tokens[after + source].key in {"cho", "để", "nhằm", "vào"}
        )
    ):  # "cam kết đầu tư 500 triệu USD xây dựng trung tâm thương mại"
        after += source  # "dành 4,5 tỷ đồng từ Chương trình … để hỗ trợ": past where it comes from
        start = after + (tokens[after].key in {"cho", "để", "nhằm", "vào"})
        purpose = purpose_after(tokens, start)
        if purpose:
            return _funded(r, words(tokens[after : start + len(purpose)], text)), "vi.label.purpose"
    if (
        verb is not None
        and before > 0
        and (verb.key == "trị_giá" or (verb.key == "giá_trị" and tokens[before - 1].tag == "F"))
    ):  # "dự án điện khí trị giá X", "học bổng toàn phần, trị giá X"
        index = before - 1
        in_brackets = False
        while index >= 0 and tokens[index].tag == "F":
            aside = _aside_before(tokens, index) if tokens[index].text == ")" else []
            # "20 bản quyền phần mềm thiết kế điện tử (EDA) trị giá …": the noun the bracket
            # names, after the count before it
            index -= len(aside) or 1
            in_brackets = in_brackets or bool(aside)
        phrase = _modified_noun(tokens, index, subject_before(tokens, index))
        if len(phrase) == 1 and index > 0 and tokens[index - 1].text == "/":
            phrase = []  # "18 triệu mét vải/năm, trị giá …": the per of a figure before
        counted = [i for i, t in enumerate(phrase) if t.tag == "M"] if in_brackets else []
        phrase = phrase[counted[-1] + 1 :] if counted else phrase
        if phrase and phrase[0].tag in {"M", "Nu"} and r.earlier and r.earlier[-1].measure:
            # "Gạo: 85.000 tấn, trị giá 52 triệu USD": the worth of the figure before
            return r.earlier[-1].measure["vi"], "vi.label.worth-of"
        deal = next(
            (
                i
                for i in range(index, max(-1, index - 20), -1)
                # not inside a name: "Phòng thí nghiệm Hệ thống nhúng số 2"
                if (tokens[i].key in _DEALS and tokens[i].text[:1].islower())
                or tokens[i].text in {".", ";"}
            ),
            None,
        )
        a_name = bool(phrase) and (
            phrase[0].tag in {"Np", "Ny"}
            or (
                tokens.index(phrase[0]) > 0
                and tokens[tokens.index(phrase[0]) - 1].key in {"cho", "với"}
            )
        )
        if deal is not None and tokens[deal].key in _DEALS and (a_name or not phrase):
            # "thỏa thuận cung cấp tôm chế biến cho chuỗi siêu thị … trị giá 45 triệu USD",
            # "hệ thống chụp mạch … (DSA) trị giá …": the deal, not the partner at its end
            end = deal + 1
            while end <= index and end - deal < 8 and tokens[end].text not in {"với", ",", "("}:
                end += 1
            phrase = list(tokens[deal:end])
        each = _each_named(tokens, phrase, text)
        if each:  # "trao 30 suất học bổng …, mỗi suất trị giá 2.000 USD"
            return each, "vi.label.worth-of"
        subject = words(phrase, text)
        if subject:
            return r.with_per(subject), "vi.label.worth-of"
    if (
        verb is not None
        and (verb.tag in {"N", "Np", "Ny", "A"} or verb.key in NOMINAL_VERBS or _year_dated(r))
        and not _acronym_alone(r)
    ):
        compound = _measure_compound(r) if verb.tag == "A" else ""
        if compound:  # "nguồn viện trợ không hoàn lại 12 triệu USD": the measure noun's
            return r.with_per(compound), "vi.label.noun-before"
        phrase = subject_before(tokens, before)
        if phrase and all(t.key in _GOAL_WORDS for t in phrase):
            owner = _goal_owner(tokens, before - len(phrase))
            if owner:  # "kim ngạch … đang hướng tới mục tiêu 150 tỷ USD": whose target
                whose = words(owner, text)
                if owner[0].tag != "Np":  # a sentence's first word, no name: in lower case
                    whose = whose[:1].lower() + whose[1:]
                return r.with_per(f"{words(phrase, text)} {whose}"), "vi.label.goal-of"
        subject = words(phrase, text)
        opener = tokens.index(phrase[0]) if phrase else -1
        if (
            opener >= 1
            and tokens[opener - 1].key == "mỗi"
            and subject.lower() not in HOLLOW_LABELS
            and not any(t.key in GENERIC_NOUNS for t in phrase)  # "mỗi suất", "mỗi người"
        ):
            # "…, mỗi tấn khoảng 3.500 USD": a price per unit; "mỗi du khách chi tiêu bình
            # quân 95 USD/ngày": per whom, and per what after the slash
            return r.with_per(f"mỗi {subject}"), "vi.label.noun-before"
        if (
            opener >= 2
            and len(phrase) == 1
            and tokens[opener - 1].key in {"về", "sang", "tới", "vào"}
            and tokens[opener - 2].tag == "V"
        ):  # "gửi về nhà chừng 35 triệu đồng": where it goes, with the deed
            return words(tokens[opener - 2 : opener + 1], text), "vi.label.noun-before"
        if subject:
            linked = linked_owner(subject, r.previous, tokens, before, text)
            return r.with_per(linked), "vi.label.noun-before"
    if r.kind == "money" and after < len(tokens) and tokens[after].tag == "V":
        purpose = purpose_after(tokens, after)
        if purpose:
            return _funded(r, words(purpose, text)), "vi.label.purpose"
    compound = _measure_compound(r)
    if compound:
        return r.with_per(compound), "vi.label.noun-before"
    clause = _clause_subject(tokens, before) if verb is not None else []
    if verb is not None and verb.key in MEASURE_VERBS and clause:
        # "vốn Hàn Quốc đăng ký mới và tăng thêm đạt 760 triệu USD": the whole clause
        return r.with_per(words(clause, text)), "vi.label.clause-subject"
    risen = _risen_to(r)
    if risen:
        return r.with_per(risen), "vi.label.risen-to"
    same = next((f for f in reversed(r.earlier) if f.measure.get("vi")), None)
    if (
        verb is not None
        and verb.key in {"lên", "xuống"}
        and before > 0
        and tokens[before - 1].key in _RAISE
        and same is not None
        and (same.kind, same.unit) == (r.kind, r.q.unit)
        and label_rule_of(same) not in WEAK_LABELS
    ):  # "tỷ lệ … có việc làm là 92%, chúng tôi muốn nâng lên 97%": the same measure, raised
        return same.measure["vi"], "vi.label.previous-figure"
    more = (  # "dự kiến giải ngân thêm 3,5 tỷ USD": given out, more of it
        verb is not None
        and verb.key == "thêm"
        and before >= 1
        and any(tokens[before - 1].key.endswith(v) for v in _GIVING | _GIVEN_OUT)
    )
    if more:
        verb, before = tokens[before - 1], before - 1
    if r.kind in {"money", "percent"} and verb is not None and verb.key in _GIVING | _GIVEN_OUT:
        index = before - 1
        passive = index >= 0 and tokens[index].key == "được"
        while index >= 0 and (
            tokens[index].key in ADVERBS or tokens[index].key in {"cùng", "được"}
        ):
            index -= 1  # "Hai bên cùng góp": who gives, without how
        giver = subject_before(tokens, index)
        if passive and giver:
            # "thị trường Hàn Quốc được phân bổ 4,5 tỷ đồng": who it is given to
            return r.with_per(f"{words(giver, text)} được {verb.text}"), "vi.label.given-by"
        first = tokens.index(giver[0]) if giver else -1
        if first > 0 and tokens[first - 1].tag == "M" and tokens[first - 1].text.isalpha():
            giver = [tokens[first - 1], *giver]  # "Hai bên": a number in words is the giver's
        if giver:  # "Hai bên cùng góp 6,8 triệu USD": who gives it, and that it is given
            given = f"{verb.text} thêm" if more else verb.text
            return r.with_per(f"{words(giver, text)} {given}"), "vi.label.given-by"
    if more and verb is not None:
        return r.with_per(f"{verb.text} thêm"), "vi.label.given-by"
    clause = list(_clause_before(tokens, before + 1)) if verb is not None else []
    rate = next((i for i, t in enumerate(clause) if t.key in {"tỷ_lệ", "tỉ_lệ"}), None)
    clause = clause[rate:] if rate is not None else []
    if clause and 2 <= len(clause) <= 10:
        # "tỷ lệ thí sinh đỗ chỉ khoảng 48%": the rate the clause names, its verb included
        return r.with_per(words(clause, text)), "vi.label.subject-of-verb"
    if (
        verb is not None
        and verb.tag == "V"
        and before >= 1
        and tokens[before - 1].tag in {"N", "Nc", "Np"}  # pyvi's "Phí" after a colon: Np
        and tokens[before - 1].key in _PRICE_NOUNS
    ):  # "Phí tham gia 4.500.000 đồng/gian hàng": a fee, a cost or a price of doing
        return r.with_per(words(tokens[before - 1 : before + 1], text)), "vi.label.noun-before"
    reached = _reached_after_comma(r) if verb is not None and verb.key in MEASURE_VERBS else ""
    if reached:
        return r.with_per(reached), "vi.label.subject-of-verb"
    if (
        verb is not None
        and verb.key in MEASURE_VERBS
        and before >= 2
        and tokens[before - 1].key == ","
    ):  # "Rau quả tăng mạnh nhất, đạt 410 triệu USD": the subject of the clause before
        start = before - 2
        while start > 0 and tokens[start - 1].tag != "F":
            start -= 1
        first_verb = next(
            (
                i
                for i in range(start, before - 1)
                if tokens[i].tag in {"V", "A"} or tokens[i].key in {"tăng", "giảm"}
            ),
            None,
        )
        doer = subject_before(tokens, first_verb - 1) if first_verb and first_verb > start else []
        if doer and tokens.index(doer[0]) >= start:
            return r.with_per(words(doer, text)), "vi.label.subject-of-verb"
    if verb is not None and verb.tag == "V":
        return r.with_per(verb.text), "vi.label.verb-only"
    named = _set_off(r)
    if named:
        return named, "vi.label.set-off"
    return "", ""


def _set_off(r: Reading) -> str:
    """`Khoản vay còn lại, 127 triệu USD, tài trợ cho …`: a figure set off by commas right
    after the noun phrase that opens its sentence is that phrase's figure."""
    tokens, before, after = r.tokens, r.before, r.after
    if before >= 1 and tokens[before].key in _FORECAST:
        before -= 1  # "…, ước khoảng 2,4 triệu USD,"
    if before < 1 or tokens[before].text != "," or after >= len(tokens):
        return ""
    if tokens[after].text != ",":
        return ""
    start = before - 1
    while start > 0 and tokens[start - 1].tag != "F":
        start -= 1
    phrase = list(tokens[start:before])
    if start > 0 and tokens[start - 1].text not in {".", ":", ";", "-", "–", "•"}:
        return ""  # not the sentence's (or an item's) opening
    if not 1 <= len(phrase) <= 8 or phrase[0].tag not in {"N", "Nc"}:
        return ""
    if any(t.tag in {"M", "C", "P"} or (t.tag == "E" and t.key != "của") for t in phrase):
        return ""  # a clause, not a noun phrase
    return words(phrase, r.text)


# Nouns of money before a verb that says what it is paid for: "phí tham gia", "chi phí đi lại"
_PRICE_NOUNS = {"phí", "chi_phí", "lệ_phí", "học_phí", "giá", "tiền", "kinh_phí", "vốn", "quỹ"}


# Verbs of holding a share: "NDV Port nắm 49% còn lại", "Hanul nắm giữ 51% vốn điều lệ"
_HOLDING = {"nắm", "nắm_giữ", "sở_hữu"}
# Verbs of giving a sum: its giver and the verb say what the sum is (a share held, by whom, is
# read as a share given)
_GIVING = {"góp", "đóng_góp", "góp_vốn", "tài_trợ", "viện_trợ", "cho_vay", "tặng", "ủng_hộ", "rót"}
_GIVING |= _HOLDING
# Verbs of handing money out: "được phân bổ 4,5 tỷ đồng", "Quỹ đã giải ngân 11,2 triệu USD"
_GIVEN_OUT = {"phân_bổ", "giải_ngân", "cấp_phát"}


# Words that name a target, not what it measures: "mục tiêu 150 tỷ USD", "mức 5%".
_GOAL_WORDS = {"mục_tiêu", "con_số", "mức", "ngưỡng", "mốc"}


def _goal_owner(tokens: Tokens, index: int) -> list[Token]:
    """The subject whose target it is: back over the verb and its adverbs before the goal
    word (`kim ngạch thương mại … đang hướng tới mục tiêu`)."""
    while (
        index >= 0
        and tokens[index].tag in {"V", "R", "E"}
        and tokens[index].key
        not in {
            "là",
            "có",
        }
    ):
        index -= 1
    if index < 0 or tokens[index].tag not in {"N", "Np", "Nc", "Ny", "M", "L"}:
        return []
    return subject_before(tokens, index, limit=10)


# Verbs of giving money: the label says the sum is given, not only what for.
_FUNDING = {"tài_trợ", "viện_trợ", "cho_vay", "tặng", "trao_tặng", "ủng_hộ", "hỗ_trợ", "cấp"}


def _part_of(r: Reading) -> str:
    """ "doanh thu 312 triệu USD, trong đó khoảng 65% đến từ hợp đồng với …": a part of the
    figure before it, said by what the part does: the earlier label, then the verb phrase."""
    tokens, index = r.tokens, r.before
    while index >= 0 and tokens[index].key in {"có", "mới", "chỉ", "đã", "riêng", "hơn"}:
        index -= 1
    opens = index >= 0 and (
        tokens[index].key == "trong_đó"
        or (index >= 1 and tokens[index].key == "đó" and tokens[index - 1].key == "trong")
    )
    if not opens or r.after >= len(tokens) or tokens[r.after].tag != "V":
        return ""
    if tokens[r.after].key in {"là", "của"}:
        return ""  # "trong đó 85% là lao động địa phương": the share is what it is
    phrase: list[Token] = []
    for token in tokens[r.after : r.after + 8]:
        if token.tag in {"F", "C"}:
            break
        phrase.append(token)
    return " ".join(w for w in (r.previous, words(phrase, r.text)) if w)


def _year_dated(r: Reading) -> bool:
    """ "Sản lượng nhân xanh năm 2025 khoảng 420 tấn": a noun phrase dated by its year
    right before the figure (approximations skipped), the year inside the phrase."""
    return (
        r.before > 1
        and bool(re.fullmatch(r"(?:19|20)\d\d", r.tokens[r.before].text))
        and r.tokens[r.before - 1].key == "năm"
        and r.tokens[r.before - 2].tag in {"N", "A", "V"}
    )


def _named_sum(r: Reading) -> str:
    """The noun phrase that names a sum just before it (`gói tín dụng 500 triệu USD`, `tổng
    vốn 1,35 tỷ USD`), or before its `trị giá` (`gói tín dụng ưu đãi trị giá 50 triệu USD`)."""
    index = r.before
    if index > 0 and r.tokens[index].key in {"trị_giá", "giá_trị", "thêm"}:
        index -= 1  # "tăng vốn thêm 95 triệu USD để mở rộng …": more of what is named
    if index < 0 or r.tokens[index].tag not in {"N", "Nc", "A", "V"}:
        return ""
    phrase = subject_before(r.tokens, index)
    # "Quỹ dành": the giver and its verb are not the sum's name
    cut = [i for i, token in enumerate(phrase) if token.key in ALLOCATING | _FUNDING]
    phrase = phrase[cut[-1] + 1 :] if cut else phrase
    if not any(token.tag in {"N", "Nc"} or token.key in MEASURE_NOUNS for token in phrase):
        return ""  # pyvi tags `tín dụng` an adjective now and then: a measure noun counts
    opener = r.tokens.index(phrase[0])
    if opener > 0 and r.tokens[opener - 1].key in CHANGE_VERBS and index < r.before:
        phrase = [r.tokens[opener - 1], *phrase]  # "tăng vốn thêm …": the change, of what
    return words(phrase, r.text)


# Verbs of putting or raising money that say what a sum is, with what it goes to: "đầu tư 18
# triệu USD vào trang trại", "thu hút thêm 4 tỷ USD vào lĩnh vực này"
_RAISING = {"đầu_tư", "thu_hút", "quyên_góp", "rót", "huy_động"}


# Verbs of buying and selling a sum's worth of goods: "thu mua 280 triệu USD hàng Việt"
_TRADING = {"thu_mua", "mua", "nhập_khẩu", "xuất_khẩu", "bán"}


def _source_after(tokens: Tokens, after: int) -> int:
    """How many tokens from `after` say where a sum comes from before what it is for
    (`từ Chương trình xúc tiến thương mại quốc gia để …`): to the `để` or `nhằm`, within
    twelve words and no mark; 0 where none is said."""
    if after >= len(tokens) or tokens[after].key != "từ":
        return 0
    for k in range(after + 1, min(len(tokens), after + 13)):
        if tokens[k].key in {"để", "nhằm"}:
            return k - after
        if tokens[k].tag in {"F", "M"}:
            return 0
    return 0


def _funded(r: Reading, purpose: str) -> str:
    """ "KOFIH tài trợ 850.000 USD cho chương trình": `tài trợ cho chương trình`, the
    giving verb (up to four words before the sum: `tài trợ không hoàn lại`) before what the
    sum is for; else the purpose as it is."""
    for index in range(r.before, max(-1, r.before - 4), -1):
        if r.tokens[index].key in _FUNDING | _RAISING:
            return f"{words(r.tokens[index : r.before + 1], r.text)} {purpose}"
        if r.tokens[index].tag not in {"V", "R", "A"}:
            break
    start = re.match(r"(?:cho|để|nhằm|vào)\s+", purpose)
    return purpose[start.end() :] if start else purpose


# The other end of "từ 12% …": "đến 20%", "lên 30%", "xuống 11,4%"
_RANGE_END = re.compile(r"[^.;:]{0,40}?\b(?:đến|tới|lên|xuống)\b")


def _measure_compound(r: Reading) -> str:
    """ "công suất thiết kế 1.500 MW", "sức chứa 180.000 m³", "vốn bổ sung 200 triệu USD":
    a measure noun (vi/measure-nouns) and the verb after it that qualifies it."""
    verb = r.verb
    if r.before < 1 or verb is None:
        return ""
    # "hoàn lại": a verb and its particle; "không hoàn lại" (non-refundable), one adjective
    if verb.tag not in {"V", "A"} and not (verb.tag == "R" and r.tokens[r.before - 1].tag == "V"):
        return ""
    # "tỷ lệ lao động bỏ trốn chỉ 0,8%", "nguồn viện trợ không hoàn lại 12 triệu USD": the
    # measure noun may head a short phrase before the verb
    for start in range(r.before - 1, max(-1, r.before - 5), -1):
        noun = r.tokens[start]
        if noun.tag == "F":
            return ""
        if noun.tag in {"N", "Nc"} and noun.key.removeprefix("tổng_") in MEASURE_NOUNS:
            return words(r.tokens[start : r.before + 1], r.text)  # "tổng công suất xử lý"
    return ""


def linked_owner(subject: str, previous: str, tokens: Tokens, end: int, text: str) -> str:
    """ "12 biên bản ghi nhớ với tổng vốn 2,3 tỷ USD", "phòng thí nghiệm với kinh phí
    5 triệu USD", "dự án có tổng vốn đầu tư 300 triệu USD": a value that `với` or `có`
    attaches to a thing is that thing's value."""
    index = end
    while index >= 0 and tokens[index].key not in {"với", "có", ",", "."}:
        index -= 1
    head = subject.split()[0].lower() if subject else ""
    if (
        index < 1
        or tokens[index].key not in {"với", "có"}
        or head not in {"tổng", "giá", "trị", "kinh", "vốn", "diện", "công", "quy", "sức", "chi"}
    ):
        return subject
    last = index - 1
    if tokens[index].key == "có":
        while last > 0 and (tokens[last].key in ADVERBS or tokens[last].key in APPROXIMATE):
            last -= 1  # "Nhà máy dự kiến có …", "Dự án sẽ có …"
    phrase = subject_before(tokens, last, limit=6)
    counts = [i for i, t in enumerate(phrase) if t.tag == "M" and re.search(r"\d", t.text)]
    if counts:
        phrase = phrase[counts[-1] :]  # "vận hành 2 nhà máy điện": the count starts the thing
    while phrase and phrase[0].tag in {"L"} and phrase[0].key not in NOMINAL_VERBS:
        phrase.pop(0)
    while (
        not counts
        and phrase
        and phrase[0].tag in {"V", "M", "L"}
        and phrase[0].key not in NOMINAL_VERBS
    ):
        phrase.pop(0)
    if len(phrase) == 1 and phrase[0].key in MEASURE_NOUNS:
        phrase = []  # "…, vốn có chi phí 150 triệu đồng": vốn (by nature), no owner
    if phrase and phrase[0].tag in {"A", "E"}:
        return subject  # "quy mô của chung", "giá của tại vườn": no thing that has it
    owner = words(phrase, text)
    if owner and tokens[last].tag != "V":
        return f"{subject} của {owner}"
    if previous:
        return f"{subject} của {previous}"
    verbs = [t for t in tokens[max(0, index - 3) : index] if t.tag in {"V", "N", "A"}]
    return f"{subject} ({words(verbs, text)})" if verbs else subject


def _time_label(r: Reading) -> tuple[str, str]:
    """A target year or a period: what comes before `đến năm`, `giai đoạn`."""
    tokens, text, q = r.tokens, r.text, r.q
    marker = re.search(
        r"(?:(?:[Tt]rong|[Vv]ào|[Đđ]ến|[Tt]ới|[Tt]rước|[Tt]ừ)\s+)?(?:(?:cuối|đầu|giữa)\s+)?"
        r"(?:[Gg]iai đoạn|[Nn]ăm|năm học|quý\s+(?:I{1,3}|IV|[1-4])\s*/)?\s*$",
        text[: q.start],
    )
    cut = marker.start() if marker else q.start
    opening = re.fullmatch(
        r"\s*(?:[\p{Lu}][\p{L} ]{0,20},\s*)?(?:[Đđ]ến|[Tt]ới|[Tt]rước|[Vv]ào|[Tt]rong)?\s*",
        re.split(r"[:“\"]\s*", text[:cut])[-1],  # a quote opens its own sentence
    )
    # "Tỉnh phấn đấu đến năm 2030 thu hút thêm 10 tỷ USD vốn FDI": the aim said after it
    aiming = re.search(r"(?:phấn đấu|đặt (?:ra )?mục tiêu|hướng tới|mục tiêu là)\s*$", text[:cut])
    if opening or (aiming and r.kind == "year"):
        # "Theo kế hoạch, đến năm 2028, bệnh viện sẽ triển khai giai đoạn 2": what is done
        after = index_at(tokens, q.end - 1) + 1
        while after < len(tokens) and tokens[after].tag == "F":
            after += 1
        clause = []
        for token in tokens[after : after + 9]:
            if token.tag == "F":
                break
            clause.append(token)
        label = words(clause, text)
        if label:
            return label, "vi.label.clause-after"
    done = _DONE_BY.search(text[: q.start])
    if done:  # "giai đoạn 1 … dự kiến hoàn thành trong năm 2027": what is done, and by whom
        verb = index_at(tokens, done.start())
        subject = subject_before(tokens, verb - 1, limit=4)
        if any(a.tag == "M" and b.tag == "Nu" for a, b in itertools.pairwise(subject)):
            subject = []  # "quy mô 160 ha": another figure's words, not what is done
        shown = " ".join(w for w in (words(subject, text), done.group("verb")) if w)
        return shown, "vi.label.done-by"
    if r.previous and re.search(r"\btrong\s+(?:giai đoạn|năm)\s*$", text[: q.start]):
        return (
            r.previous,
            "vi.label.previous-figure",
        )  # "2 tỷ USD vốn ODA … trong giai đoạn 2026-2030"
    first = index_at(tokens, cut) - 1
    phrase = subject_before(tokens, first, limit=8) if first >= 0 else []
    if not phrase:
        phrase = [t for t in tokens[max(0, first - 4) : first + 1] if t.tag != "F"]
    label = words(phrase, text)
    junk = (
        all(t.tag in {"M", "Nu", "F"} or t.key in UNIT_WORDS for t in phrase)
        or any(t.key in MEASURE_VERBS and t.tag == "V" for t in phrase)
        # "… 100 tỷ USD vào năm 2027 và 150 tỷ USD vào năm 2030": from inside another
        # figure ("USD vào năm 2027 và 150 tỷ USD"), its words
        or (
            bool(phrase)
            and (phrase[0].tag in {"M", "Nu"} or phrase[0].key in UNIT_WORDS)
            and any(f.text in label for f in r.earlier)
        )
        # "dự báo thiếu khoảng 54.000 nhân lực vào năm 2031": another figure's phrase, whose
        # label says what is done by then
        or (
            len(phrase) > 1
            and phrase[0].key in APPROXIMATE
            and phrase[1].tag == "M"
            and any(f.text in label for f in r.earlier)
        )
    )  # "Tổng vốn đạt 2 tỷ USD trong giai đoạn …": another figure's clause
    if (not label or junk) and r.previous and r.previous not in _CHANGE_LABELS:
        return r.previous, "vi.label.previous-figure"
    if re.search(r"(?<!\d),|,(?!\d)", label) or not re.search(r"\p{L}", label):
        return "", ""  # "Thanh Bình, Viện trưởng VKIST", "%": words from another clause
    if not label and r.kind == "year":
        return words(
            purpose_after(tokens, index_at(tokens, q.end - 1) + 1), text
        ), "vi.label.purpose"
    return label, "vi.label.time-of"


_LEADING_TIME = re.compile(
    r"^(?P<pre>mức (?:tăng|giảm) của )?(?P<time>(?:[Nn]ăm|[Qq]uý [IVX]+|[Tt]háng \d{1,2})(?:[ /]\d{4}))"
    r"\s+(?P<rest>[^\d\s].*)$"
)


def time_last(label: str) -> str:
    """ "năm 2025 kim ngạch xuất khẩu" -> "kim ngạch xuất khẩu năm 2025": a time adverb
    that opens the clause belongs after what it dates."""
    m = _LEADING_TIME.match(label)
    if not m:
        return label
    time = m.group("time")  # "Năm 2026 lượng khách" opens a sentence: in lower case after it
    return f"{m.group('pre') or ''}{m.group('rest')} {time[:1].lower()}{time[1:]}"


# A target's word: "đặt mục tiêu đón 5 triệu lượt khách", "phấn đấu đến năm 2030 …".
_AIM = re.compile(r"\b(?:[Mm]ục tiêu|[Pp]hấn đấu)\b")


def aimed(r: Reading, label: str) -> str:
    """`label` with the word that makes the figure a target in front, where the figure's
    clause says so before it (a target year: anywhere in its sentence before the year)."""
    if not label or r.kind == "rank" or _AIM.search(label):
        return label  # a rank's label says where it ranks: "top 3 ASEAN"
    before = r.text[: r.q.start]
    if r.kind not in {"year", "period"}:
        before = re.split(r"[,;:“”\"()]|\bnhưng\b", before)[-1]
    aim = _AIM.search(before)
    return f"{aim.group(0).lower()} {label}" if aim else label


# A clause that opens with the phase it is of: "Giai đoạn 1 (2027–2028) có vốn đầu tư …",
# "; giai đoạn 2 triển khai …"
_PHASE_OPENS = re.compile(
    r"(?:^|[.;:]\s+|^[-•+]\s*)(?P<phase>[Gg]iai đoạn\s+(?:\d{1,2}|I{1,3}|IV|một|hai|ba))(?![\d–-])\b[^.;]*$"
)


def _in_phase(text: str, start: int, label: str) -> str:
    """A figure in a clause that opens with its phase (`Giai đoạn 1 xây dựng … trên diện tích
    7,5 ha`): the label, and the phase (`diện tích (giai đoạn 1)`); the label as it is when
    it says a phase already or none opens the clause."""
    m = _PHASE_OPENS.search(text[:start])
    if m is None or "giai đoạn" in label.lower():
        return label
    return f"{label} ({m['phase'][0].lower()}{m['phase'][1:]})"


def phased(r: Reading, label: str) -> str:
    """A period written `giai đoạn 2026–2030` is the period of what its label says, in the
    article's order: `kế hoạch hợp tác giai đoạn`, `(có hiệu lực trong) giai đoạn hiệu lực`."""
    if not label or r.kind != "period" or "giai đoạn" in label.lower():
        return label
    before = r.text[: r.q.start]
    if not re.search(r"[Gg]iai đoạn\s*$", before):
        return label
    if re.search(re.escape(label) + r"\s+giai đoạn\s*$", before):
        return f"{label} giai đoạn"
    return f"giai đoạn {label}"


# "Tỷ lệ góp vốn: Tập đoàn Đông Hải 40%, Công ty Mê Kông 35%, …": a list of shares after its
# topic and a colon, up to the figure's own name.
_SHARED_OUT = re.compile(
    r"(?:^|[.;]\s+|^[-•+]\s*)(?P<topic>[^:;.,\d]{2,40}?):\s*"
    r"(?P<before>(?:[^:;,\d–]{2,60}?\s\d+(?:,\d+)?%(?:[,;]|\s[–-])\s*)*)(?P<name>[^:;,\d–]{2,60}?)\s*$"
)


# "tỷ lệ học viên có việc làm ngay sau tốt nghiệp là 92%": a rate and all it says, up to
# the verb of measure (its verbs are the rate's, not the clause's)
_RATE_IS = re.compile(
    # a time inside it is its own ("có việc làm sau 6 tháng tốt nghiệp"), another rate is not
    r"(?P<rate>\b[Tt][ỷỉ] lệ [^,;.:()“”\"%]{2,90}?)\s+(?:(?:đã|dự kiến|sẽ|chỉ|vẫn|hiện)\s+)*"
    r"(?:là|đạt|ở mức|lên tới|vào khoảng)\s+(?:(?:khoảng|trên|gần|hơn|dưới|mức)\s+)*$"
)


# "trong đó viện trợ không hoàn lại của Hàn Quốc thông qua KOICA là 12 triệu USD": a part
# of a whole said before, and all it says, up to the verb of measure
_PART_IS = re.compile(
    r"\btrong đó,?\s+(?:có\s+)?(?P<part>[^,;:.()“”\"\d]{2,90}?)\s+(?:là|đạt|chiếm|ở mức)\s+"
    r"(?:(?:khoảng|trên|gần|hơn|dưới)\s+)*$"
)


# "Trái cây là điểm sáng với 286 triệu USD", "Thủy sản vẫn là trụ cột với 1,58 tỷ USD": the
# subject, said to be something with the figure
_IS_WITH = re.compile(
    r"(?:^|[.;,:]\s+)(?P<subject>[^,.;:()“”\"\d]{2,40}?)\s+(?:(?:vẫn|tiếp tục|cũng)\s+)?là\s+"
    r"[^,.;:()\d]{2,40}?\s+với\s+(?:(?:khoảng|hơn|gần|trên)\s+)?$"
)


def is_with(r: Reading, label: str, name: str) -> tuple[str, str]:
    """A figure after `X là … với`, with no label read: X."""
    if label:
        return label, name
    m = _IS_WITH.search(r.text[: r.q.start])
    return (m["subject"].strip(), "vi.label.subject-of-verb") if m else (label, name)


def part_is(r: Reading, label: str, name: str) -> tuple[str, str]:
    """A part of a whole after `trong đó … là`: the part's whole phrase, where the label read
    is only its last words (`KOICA`)."""
    m = _PART_IS.search(r.text[: r.q.start])
    if m is None or (label and (label == m["part"] or label not in m["part"])):
        return label, name  # the part itself, or read from elsewhere (a table, a colon): kept
    return re.sub(r"^(?:riêng|Riêng)\s+", "", m["part"].strip()), "vi.label.subject-of-verb"


def rate_is(r: Reading, label: str, name: str) -> tuple[str, str]:
    """A percentage after `tỷ lệ … là/đạt`: the rate's whole phrase, where the label read
    is only part of it (`tốt nghiệp`)."""
    if r.kind != "percent":
        return label, name
    m = _RATE_IS.search(r.text[: r.q.start])
    if m is None or label.lower().startswith(("tỷ lệ", "tỉ lệ")):
        return label, name
    return m["rate"].strip(), "vi.label.subject-of-verb"


def shared_out(r: Reading, label: str, name: str) -> tuple[str, str]:
    """A share in a list after its topic (`Tỷ lệ góp vốn: A 40%, B 35%`): the topic, with
    whose share it is; else the label as read."""
    if r.kind != "percent" or not label:
        return label, name
    m = _SHARED_OUT.search(r.text[: r.q.start])
    after = re.match(r"%?\s*(?:[,;]|\s[–-])\s*[^:;,\d]{2,60}?\s\d", r.text[r.q.end :])
    # the label read is the party's name, or runs on into it ("Trường Sơn 51% – Hanbit"), or
    # holds words of the next item ("– Hanbit")
    if (
        m is None
        or not (m["before"] or after)
        or (
            label not in m["name"]
            and not label.endswith(m["name"].strip())
            and not (after and label.lstrip("–- ") in after.group())
        )
    ):
        return label, name
    return f"{m['topic'].strip()} ({m['name'].strip()})", "vi.label.shared-out"


# Words between a share and its verb that say when or how sure, not what it does
_MODALS = {"sẽ", "đã", "đều", "được", "vẫn", "cũng", "có_thể", "phải", "đang", "chưa", "không"}


# Verbs that open a clause of what was found or said: "khảo sát … cho thấy 62% có kế hoạch …"
_REPORTING = {"thấy", "cho_thấy", "biết", "cho_biết", "rằng"}
# What a share says before what it does: "57% cho biết sẽ chuyển …"
_SAYING = {"cho_biết", "cho_rằng", "biết", "rằng", "khẳng_định", "nói", "trả_lời", "đánh_giá"}


def _share_does(r: Reading) -> str:
    """A share that opens its clause with no noun after it, then what that share does (`Sau
    tốt nghiệp, ít nhất 70% sẽ làm việc tại các cơ sở y tế`, `72% đạt chứng chỉ tiếng Hàn
    trung cấp sau 10 tháng`; after what found or said it, `cho thấy 62% có kế hoạch …`):
    the verb phrase, to the clause's next figure or mark."""
    tokens = r.tokens
    if r.noun or (
        r.before >= 0 and tokens[r.before].tag != "F" and tokens[r.before].key not in _REPORTING
    ):
        return ""
    i = r.after
    while i < len(tokens) and (
        tokens[i].key in _MODALS
        or tokens[i].key in _SAYING
        or (tokens[i].key == "cho" and i + 1 < len(tokens) and tokens[i + 1].key in _SAYING)
    ):
        i += 1  # "57% cho biết sẽ chuyển …": what they said they do
    if i >= len(tokens) or tokens[i].tag != "V":
        return ""
    if tokens[i].key in CHANGE_VERBS or tokens[i].key in {"là", "chiếm", "so", "bằng"}:
        return ""  # "65% là …", "chiếm": other rules' readings
    phrase: list[Token] = []
    while i < len(tokens) and len(phrase) < 8:
        token = tokens[i]
        joined = (  # "duy trì hoặc mở rộng đầu tư": two deeds, either
            token.tag == "C" and bool(phrase) and i + 1 < len(tokens) and tokens[i + 1].tag == "V"
        )
        when = (  # "… trong thời gian tới": when, not what
            token.key == "trong"
            and i + 1 < len(tokens)
            and (tokens[i + 1].key in TIME_NOUNS or tokens[i + 1].key == "thời_gian")
        )
        if (token.tag in {"F", "M", "C"} and token.key != "một" and not joined) or (
            token.key in TIME_NOUNS or when
        ):
            break  # "chuyển một phần đơn hàng": a part, no figure
        phrase.append(token)
        i += 1
    while phrase and (phrase[-1].tag in {"E", "X", "R", "L"} or phrase[-1].key in _LINKS | {"sau"}):
        phrase.pop()  # "… trung cấp sau 10 tháng": the time's preposition, not the share's
    return words(phrase, r.text) if len(phrase) > 1 else ""


def label_of(r: Reading) -> tuple[str, str]:
    """What the figure measures and the rule that read it."""
    if r.kind == "rank":
        return words(noun_phrase_after(r.tokens, index_at(r.tokens, r.q.end - 1) + 1), r.text), (
            "vi.label.noun-after"
        )
    if r.kind in {"year", "period"}:
        return _time_label(r)
    part = _part_of(r) if r.kind == "percent" else ""
    if part:
        return part, "vi.label.part-of"
    if r.kind == "percent" and r.after + 1 < len(r.tokens) and r.tokens[r.after].key == "là":
        share = noun_phrase_after(r.tokens, r.after + 1)  # "85% là lao động địa phương"
        if share:
            return words(share, r.text), "vi.label.share-is"
    if (
        r.kind == "percent"
        and not r.noun
        and r.verb is not None
        and r.verb.key in {"tức", "tức_là"}
        and r.last_measure
        and not hollow_label(r.earlier[-1], [])
    ):  # "mới có 78 cơ sở đạt chuẩn, tức khoảng 6%": the share those 78 are of the whole
        said = r.last_measure
        return (said if said.startswith("tỷ lệ") else f"tỷ lệ {said}"), "vi.label.previous-figure"
    does = _share_does(r) if r.kind == "percent" else ""
    if does:
        return does, "vi.label.share-does"
    label, name = (
        _count_label(r)
        if r.kind == "count"
        or (r.kind == "percent" and (r.noun or (r.verb is not None and r.verb.key == "chiếm")))
        else _other_label(r)
    )
    if r.averaged and name == "vi.label.change-of":
        label = re.sub(r"^(mức (?:tăng|giảm))\b", r"\1 bình quân", label)
    if not label and r.kind == "money":
        topic = _price_topic(r)
        if topic:
            return r.with_per(topic), "vi.label.clause-subject"
    if not label and r.kind in {"money", "count", "percent", "number"}:
        apposed = _apposed(r)
        if apposed:
            return r.with_per(apposed), "vi.label.apposed"
    return time_last(label), name


def _apposed(r: Reading) -> str:
    """`nơi Hàn Quốc có thặng dư thương mại lớn nhất, khoảng 23,1 tỷ USD.`: a figure alone
    after a comma at its clause's end, with no words of its own, is the size of the noun
    phrase before the comma that a verb takes (two words or more, no figure in it); ""."""
    tokens, before = r.tokens, r.before
    if (
        before < 2
        or tokens[before].text != ","
        or (r.after < len(tokens) and tokens[r.after].text not in {".", ";", "!"})
    ):
        return ""
    phrase = _object_of_verb(tokens, before - 1)
    if not phrase or any(t.tag == "M" for t in phrase):
        return ""
    return words(phrase, r.text)


def _signed_change(text: str, q: Quantity, earlier: list[Figure]) -> str:
    """`820 triệu USD (+4,3%)`, `(−2,1%)`: a signed share in brackets right after a labelled
    figure that is no share is how that figure changed (`mức tăng của Dệt may`); ''."""
    if not earlier or earlier[-1].kind == "percent" or not earlier[-1].measure.get("vi"):
        return ""
    between = re.fullmatch(
        r"\s?\(\s?(?P<sign>[+\-−–]?)\s?", text[_end_of(earlier[-1], text) : q.start]
    )
    sign = (between["sign"] if between else "") or text[q.start : q.start + 1]
    if between is None or sign not in {"+", "-", "−", "–"}:
        return ""
    way = "tăng" if sign == "+" else "giảm"
    return f"mức {way} của {earlier[-1].measure['vi']}"


def _each_named(tokens: Tokens, phrase: list[Token], text: str) -> str:
    """`mỗi suất` after `30 suất học bổng` in its sentence: each of the things named there
    (`mỗi suất học bổng`); ''."""
    if len(phrase) != 1:
        return ""
    at = tokens.index(phrase[0])
    if at < 1 or tokens[at - 1].key != "mỗi":
        return ""
    named = next((j for j in range(at - 2, -1, -1) if tokens[j].key == phrase[0].key), None)
    if named is None:
        return ""
    things = noun_phrase_after(tokens, named, limit=3)
    return f"mỗi {words(things, text)}" if len(things) > 1 else ""


# What is worth a sum: a deal, a loan, a package, a system bought or given
_DEALS = {"thỏa_thuận", "thoả_thuận", "hợp_đồng", "khoản_vay", "đơn_hàng", "gói", "hệ_thống"}


def _price_topic(r: Reading) -> str:
    """ "Chi phí được quỹ tài trợ toàn bộ, khoảng 3.500 USD/người", "Chi phí người lao động
    phải nộp … không quá 650 USD/người": a sum no words near it name, in a sentence that
    opens with a cost or a price, is that cost."""
    tokens = r.tokens
    first = next((i for i, t in enumerate(tokens) if t.tag != "F"), None)
    if first is None or tokens[first].key not in _PRICE_NOUNS - {"vốn", "quỹ"}:
        return ""
    if any(t.kind == "money" for t in r.earlier):
        return ""  # "Giá vé 500.000 đồng, …": the sentence's cost is another sum's
    end = first + 1  # "Giá tôm thẻ chân trắng", "Giá tour trọn gói": of what, the nouns after
    while end < len(tokens) and end - first < 5 and tokens[end].tag in {"N", "Np", "Ny"}:
        end += 1
    return words(tokens[first:end], r.text)


# What a figure's label says it is per (`Reading.with_per`: "… (mỗi kg)"), at its end
_PER_SAID = re.compile(r" \(mỗi [^()]+\)$")


def uncut(label: str) -> str:
    """`label` without the words a phrase cannot end with (vi/label-cut-endings): `doanh
    nghiệp trong` -> `doanh nghiệp`, `trao tặng cho Quỹ … để` -> `trao tặng cho Quỹ …`,
    `giá thuê đất ở mức (mỗi m²)` -> `giá thuê đất (mỗi m²)`."""
    quoted = re.search(r".*[:“”\"]\s*", label)  # "biết: “Chúng tôi kỳ vọng": after the quote
    if quoted and quoted.end() < len(label):
        label = label[quoted.end() :]
    per = _PER_SAID.search(label)  # "(mỗi m²)": kept at the end
    said = label[: per.start()].split() if per else label.split()
    while len(said) > 1 and said[0].lower() in {"khi", "còn", "và", "nhưng", "mà", "trong"}:
        said.pop(0)  # "khi tôm thẻ chân trắng loại lớn": the clause's conjunction
    while said and (
        said[-1].lower().strip(",.;:") in LABEL_CUT_ENDINGS
        or (said[-1].lower() == "mức" and len(said) > 2 and said[-2].lower() in {"ở", "với"})
    ):
        said.pop()  # "giá thuê đất … ở mức": the level it stands at is no part of what
    if len(said) > 1 and said[-1].lower() == "hiện" and said[-2].lower() not in _HIEN_WORDS:
        said.pop()  # "… của văn phòng Việt Nam hiện ở mức": now, no part of it
    return " ".join(said) + (per.group(0) if per and said else "")


# Words that "hiện" ends: "thực hiện", "xuất hiện", "thể hiện", "phát hiện".
_HIEN_WORDS = {"thực", "xuất", "thể", "phát", "biểu"}


# Label readings that are too weak to state: the figure goes to the translators.
WEAK_LABELS = {"vi.label.verb-only": "what it measures is only a verb"}


def is_qualifier(tokens: Tokens, q: Quantity, text: str = "") -> bool:
    """ "trong 9 tháng", "nhà cung cấp cấp 1", "Vành đai 4", "WHA Industrial Zone 1": a
    number that dates or names something."""
    if q.unit is not None:
        return False  # "diện tích 18,6 ha": a measure, never a name's number
    after = index_at(tokens, q.end - 1) + 1
    if after < len(tokens) and tokens[after].key in TIME_NOUNS | {"giờ", "phút"}:
        return True
    before = index_at(tokens, q.start) - 1
    if before >= 0 and tokens[before].key in {"tầng", "lầu", "phòng"} and q.value < 1000:
        return True  # "tầng 3 nhà A1", "phòng 305": a floor or a room, an address
    if re.search(r"(?<!\w)(?:Km|KM|km)\s*$", text[: q.start]):
        return True  # "Km 9 đường Nguyễn Trãi": a road's milestone, an address
    if re.search(r"\d\s*\+\s*$", text[: q.start]) or re.match(r"\s*\+\s*\d", text[q.end :]):
        return True  # "liên kết đào tạo 2+2": a programme's name, no figure
    if q.value <= 6 and re.match(r"\s*sao\b", text[q.end :]):
        return True  # "khách sạn 5 sao": a rating, no figure
    counted = (
        after < len(tokens)
        and tokens[after].tag in {"N", "Nc", "Nu"}
        and tokens[after].text[:1].isalpha()
    )
    if after < len(tokens) and tokens[after].tag == "Np" and q.unit is None:
        return True  # "số 91 Trần Hưng Đạo": an address, not a count
    if (
        q.value < 100
        and not counted
        and q.unit is None
        and re.search(r"\p{Lu}\p{Ll}*\s+$", text[: q.start])
    ):
        return True  # a capitalised word right before: part of a name
    return (
        before >= 0
        and tokens[before].tag == "N"
        and tokens[before].key not in VALUE_NOUNS | {"số", "khoảng", "hơn"}
        and not counted
        and q.value < 100
    )


# A duration's word and the unit a figure keeps: "hợp đồng 3 năm", "tu nghiệp từ 3-6 tháng".
DURATIONS = duration_words("vi")
# After the duration's word, these make it a reference time, not a length: "5 năm qua",
# "9 tháng đầu năm", "9 tháng năm nay", "3 năm tới", "2 năm liên tiếp"; a change ("từ 3 ngày xuống còn vài giờ");
# a deadline ("6 tháng kể từ ngày ký").
_NOT_LENGTH_AFTER = {"đầu", "cuối", "qua", "tới", "trước", "sau", "nay", "này", "vừa_qua",
                     "gần_đây", "liên_tiếp", "liền", "trở_lại", "rưỡi", "xuống", "lên",
                     "còn", "kể", "năm", "năm_nay",
                     "sáng", "chiều", "tối", "trưa", "đêm"}  # fmt: skip  # "5 giờ chiều": a time of day
# Before the number, these make it a date or a point in time: "ngày 5 tháng 10", "sau 5 năm",
# "trong 9 tháng", "lũy kế 10 tháng" (the time a statistic covers), "trong vòng 6 tháng"
# (a deadline).
# "lúc 21 giờ", "vào 8 giờ": a time of day
_NOT_LENGTH_BEFORE = {"ngày", "tháng", "năm", "mùng", "hôm", "trong", "sau", "trước", "qua",
                      "khoảng_thời_gian", "lần", "thứ", "vòng", "lũy_kế", "riêng", "lúc"}  # fmt: skip


# What happens at a moment, not over a time: "sau 6 tháng tốt nghiệp" is a time after it
_MOMENTS = {
    "tốt_nghiệp", "ra_trường", "ký", "ký_kết", "khai_trương", "khánh_thành", "khởi_công",
    "ra_mắt", "nhập_cảnh", "xuất_cảnh", "về_nước", "sinh", "thành_lập", "đi", "đến",
}  # fmt: skip


def duration_of(tokens: Tokens, q: Quantity) -> str | None:
    """The unit of a length of time (`year`, `month` …) when the figure is one: a whole
    number before năm / tháng / tuần / ngày / giờ / phút that no date, reference time or
    statistic's period reads it as."""
    if q.unit is not None or not 0 < q.value < 1000:  # "3,5 đêm", "2,5 năm" too
        return None
    after = index_at(tokens, q.end - 1) + 1
    if after >= len(tokens) or tokens[after].key not in DURATIONS:
        return None
    unit = DURATIONS[tokens[after].key]
    if unit == "year" and q.value >= 100:
        return None
    if unit == "hour" and _clock(tokens, q, after):
        return None
    working = tokens[after].key == "ngày" and after + 1 < len(tokens)
    working = working and tokens[after + 1].key == "làm_việc"  # "15 ngày làm việc": one unit
    following = tokens[after + 1 + working] if after + 1 + working < len(tokens) else None
    before = _word_before(tokens, q)
    before = _past_within(tokens, before)
    if window_of(tokens, q):
        return unit  # "mở rộng sản xuất trong 3 năm tới": the window a deed is done in
    since = tokens[after + 2 + working] if after + 2 + working < len(tokens) else None
    if (
        before >= 0
        and tokens[before].key == "trong"
        and following is not None
        and following.key == "sau"
        and since is not None
        and since.key in _MOMENTS
    ):
        return unit  # "có việc làm trong 6 tháng sau tốt nghiệp": within so long of a moment
    if following is not None and (following.tag == "M" or following.key in _NOT_LENGTH_AFTER):
        return None
    done_in = (  # "được xây dựng trong 36 tháng", "hoàn thành trong 24 tháng": how long it takes
        before >= 1 and tokens[before].key == "trong" and tokens[before - 1].tag == "V"
    )
    closing = following is None or following.tag == "F" or following.key == "thay_vì"
    if before >= 1 and tokens[before].key == "trong" and closing and not done_in:
        # "đào tạo … 500 kỹ sư trong 3 năm.", "giải quyết hồ sơ … trong 15 ngày thay vì 30
        # ngày": the clause's verb does it in that time
        done_in = any(
            t.tag == "V" and t.key not in {"là", "có"} for t in tokens[max(0, before - 8) : before]
        )
    if before >= 0 and tokens[before].key == "sau" and following is not None:
        # "hoàn thành sau 20 tháng thi công", "Sau 3 năm triển khai": so long a work (not
        # "có việc làm sau 6 tháng tốt nghiệp": a time after a moment)
        done_in = (
            following.tag == "V"
            and following.key not in {"là", "có", *MEASURE_VERBS}
            and following.key not in _MOMENTS
        )
    if (
        before >= 0
        and not done_in
        and (tokens[before].key in _NOT_LENGTH_BEFORE or tokens[before].tag == "M")
    ):
        return None
    return unit


# After `trong N năm`, the words that make it a window of time a deed is to be done in: the
# next years, the first ones ("trong 3 năm tới", "trong 12 tháng đầu"); the last ones ("trong
# 5 năm qua") are a time a statistic covers, as "5 năm qua" is
_WINDOW_AFTER = {"tới", "đầu"}


def _past_within(tokens: Tokens, before: int) -> int:
    """`before`, or the index of `trong` when it points at the `vòng` of `trong vòng` (within,
    pyvi's two words: "trong vòng 15 ngày")."""
    if before >= 1 and (tokens[before - 1].key, tokens[before].key) == ("trong", "vòng"):
        return before - 1
    return before


def _clock(tokens: Tokens, q: Quantity, unit: int) -> bool:
    """`N giờ` at token `unit` is a time of day: `lúc 8 giờ`, `8 giờ 30`, and both ends of
    `từ 9 giờ đến 22 giờ` (a length says its unit once: `từ 3 đến 5 giờ`)."""
    at = index_at(tokens, q.start)
    before = tokens[at - 1].key if at > 0 else ""
    following = tokens[unit + 1] if unit + 1 < len(tokens) else None
    if before == "lúc" or (following is not None and following.tag == "M"):
        return True
    if before in {"đến", "tới"} and at >= 3 and tokens[at - 2].key == "giờ":
        return tokens[at - 3].tag == "M"  # "… 9 giờ đến 22 giờ": the second end
    if before == "từ" and unit + 3 < len(tokens):
        return tokens[unit + 1].key in {"đến", "tới"} and tokens[unit + 3].key == "giờ"
    return False


def _word_before(tokens: Tokens, q: Quantity) -> int:
    """The index of the word before the number `q`, past an approximation and `từ` (-1 for
    none): `trong khoảng 3 năm` -> trong."""
    before = index_at(tokens, q.start) - 1
    while before >= 0 and (tokens[before].key in APPROXIMATE or tokens[before].key == "từ"):
        before -= 1
    return before


def window_of(tokens: Tokens, q: Quantity) -> bool:
    """`trong` before the length `q` and `tới`/`đầu` after its unit: a window of time, read
    as a length whose deed is the clause's (not a date: "đầu năm" is one, "trong năm" too)."""
    before = _word_before(tokens, q)
    after = index_at(tokens, q.end - 1) + 2  # the word after the unit
    return (
        before >= 0
        and tokens[before].key in {"trong", "trong_vòng"}
        and after < len(tokens)
        and tokens[after].key in _WINDOW_AFTER
        and not (
            tokens[after].key == "đầu"
            and after + 1 < len(tokens)
            and tokens[after + 1].key in {"năm", "tháng", "quý"}
        )
    )


def _window_label(r: Reading, after: int) -> tuple[str, str]:
    """What is done in a window of time (`trong 3 năm tới`): the verb phrase of its clause
    before it (`64% doanh nghiệp dự định mở rộng sản xuất trong 3 năm tới` -> dự định mở
    rộng sản xuất), from its first verb to a figure; else, a window that opens its clause
    (`Trong 5 năm qua, KF đã tài trợ hơn 40 dự án`), the verb phrase after it."""
    tokens = r.tokens
    window = r.before  # `trong`, or the approximation after it
    while window >= 0 and tokens[window].key not in {"trong", "trong_vòng"}:
        window -= 1
    clause = window
    while clause > 0 and tokens[clause - 1].tag != "F":
        clause -= 1
    start = window
    # the clause before it, after its last figure ("64% doanh nghiệp dự định …"), else the
    # whole clause ("dự kiến đầu tư thêm 150 triệu USD vào Việt Nam trong 2 năm tới")
    while (
        start > clause and tokens[start - 1].tag != "M" and not tokens[start - 1].text[:1].isdigit()
    ):
        start -= 1
    deed = _counted_deed(tokens, start, window)
    if not deed and window > 0:
        deed = _verb_phrase(tokens[start:window]) or _verb_phrase(tokens[clause:window])
    if not deed:
        end = after
        while end < len(tokens) and tokens[end].tag == "F" and tokens[end].text == ",":
            end += 1
        stop = end
        while stop < len(tokens) and tokens[stop].tag != "F":
            stop += 1
        deed = _verb_phrase(tokens[end:stop])
    return (" ".join(t.text for t in deed), "vi.label.window-of") if deed else ("", "")


# Verbs pyvi tags as nouns now and then, that open what a clause says is done: "doanh nghiệp
# dự định mở rộng sản xuất", "có kế hoạch"
_DEED_NOUNS = {"dự_định", "dự_kiến", "mở_rộng", "kế_hoạch", "cam_kết", "phấn_đấu"}


def _counted_deed(tokens: Tokens, start: int, window: int) -> list[Token]:
    """`tuyển 200 kỹ sư tốt nghiệp từ viện trong 3 năm đầu`: the verb right before the figure
    that ends at `start` and the noun it counts (`tuyển kỹ sư`); [] when the words after the
    figure open with no noun, or no verb comes before it."""
    if start >= window or tokens[start].tag not in {"N", "Nc"} or tokens[start].key in DURATIONS:
        return []  # "hoạt động 10 năm trong …": a length, no one counted
    at = start - 1
    while at >= 0 and (tokens[at].tag in {"M", "Nu"} or tokens[at].text[:1].isdigit()):
        at -= 1
    while at >= 0 and tokens[at].key in APPROXIMATE:
        at -= 1
    if at < 0 or at == start - 1 or tokens[at].tag != "V" or tokens[at].key in _CUT_MOTION:
        return []
    nouns = list(itertools.takewhile(lambda t: t.tag in {"N", "Nc", "Np"}, tokens[start:window]))
    return [tokens[at], *nouns[:3]]


def _verb_phrase(clause: Tokens) -> list[Token]:
    """From the clause's first verb (not `là`) up to a figure, six words at most, its
    trailing function words off."""
    said = {
        i + step
        for i in range(len(clause))
        for step in (0, 1)
        # "cho biết", "được hỏi": who says it, no deed ("cho" and "biết" are two words)
        if " ".join(t.text.lower() for t in clause[i : i + 2]) in SPEECH_VERBS
        or clause[i].key.replace("_", " ") in SPEECH_VERBS | {"hỏi", "thấy", "cho thấy"}
    }
    first = next(
        (
            i
            for i, t in enumerate(clause)
            if (t.tag == "V" or t.key in _DEED_NOUNS)
            # "sang Việt Nam", "lên trên 40%", "so với": where or how far, no deed
            and t.key not in {"là", "so_với", "so", "vào", "có_thể", *_NOT_DONE, *_CUT_MOTION}
            and i not in said
        ),
        None,
    )
    if first is None:
        return []
    phrase: list[Token] = []
    for token in clause[first:]:
        if token.tag in {"M", "Nu"} or re.match(r"\d", token.text):
            if len(phrase) > 1 or any(t.tag not in {"V", "R"} for t in phrase):
                break  # "đầu tư thêm 150 triệu USD": the deed, before its sum
            continue  # "triển khai 12 đề tài": a bare deed goes on to what is done
        if token.key in APPROXIMATE:
            continue
        phrase.append(token)
        if len(phrase) == 6:
            break
    while phrase and (
        phrase[-1].key in CLAUSE_STOPS
        or phrase[-1].tag in {"E", "C", "L"}
        or phrase[-1].key in _CUT_MOTION
    ):
        phrase.pop()  # "tăng số sinh viên lên": how it moves is said by its figure
    return phrase


# The terms of a loan or a contract said after their length: "15 năm ân hạn"
_TERM_PAIRS = {("ân", "hạn"), ("thời", "hạn"), ("kỳ", "hạn")}


# A list's line that names a measure, then says how it is to change: "- Tỷ lệ nội địa
# hóa: nâng từ 38% hiện nay lên 50% vào năm 2030"; its figures are that measure's
_LINE_CHANGE = re.compile(
    r"^\s*[-–•·+*▪◦]?\s*(?P<label>[^\d:;.()\n]{3,60}?)\s*:\s*"
    r"(?:nâng|tăng|giảm|hạ|rút ngắn|đạt|duy trì|phấn đấu đạt)\s"
)


# Words after a length of time that say for whom or of what, not what lasts
_FOR_WHOM = {"dành", "dành_cho", "cho", "về"}


def _time_taken(r: Reading, verb: int, unit_end: int) -> str:
    """What takes so long (`mất 3 ngày`): the deed after it (`mất 15 ngày để cấp …` ->
    thời gian để cấp …), else the time named before it, past how often and a comma
    (`Thời gian thông quan … trung bình mất 3 ngày`, `thời gian hoàn thuế …, hiện trung bình
    mất 4 tháng`); ''."""
    tokens, text = r.tokens, r.text
    end = verb - 1
    while end >= 0 and (
        tokens[end].key in ADVERBS | {"trung_bình", "bình_quân", "thường", "chỉ", "hiện_nay"}
        or tokens[end].text == ","
    ):
        end -= 1
    if unit_end < len(tokens) and tokens[unit_end].key == "để":
        deed = purpose_after(tokens, unit_end + 1, limit=6, verb=True)
        while deed and deed[-1].key in CLAUSE_STOPS:
            deed.pop()
        # "Hiện một bộ hồ sơ mất khoảng 20 ngày để hoàn tất": of what, a thing (not who:
        # "Ban Quản lý … chỉ mất 15 ngày để cấp …")
        thing = subject_before(tokens, end, limit=5) if end >= 0 else []
        while thing and thing[0].key in ADVERBS:
            thing = thing[1:]  # "Hiện": now, no part of what
        of = f" {words(thing, text)}" if thing and text[thing[0].start].islower() else ""
        return f"thời gian để {words(deed, text)}{of}" if deed else ""
    start = next(
        (i for i in range(end, max(-1, end - 12), -1) if tokens[i].key == "thời_gian"), None
    )
    if start is None or any(t.tag == "F" for t in tokens[start : end + 1]):
        return ""
    # "Thời gian ra quyết định cũng dài hơn, thường mất …": the time, not what is said of it
    said = list(itertools.takewhile(lambda t: t.key not in ADVERBS, tokens[start : end + 1]))
    return words(said, text)


def _duration_label(r: Reading, unit_end: int) -> tuple[str, str]:
    """What lasts that long: the predicate after it (`5 phút trình bày`), else the noun
    phrase or verb before it (`học bổng toàn phần 2 năm`, `hợp đồng 3 năm`, `tu nghiệp từ
    3-6 tháng`); none: a doubt."""
    tokens, text = r.tokens, r.text
    if 0 < unit_end < len(tokens) and (tokens[unit_end - 1].key, tokens[unit_end].key) == (
        "ngày",
        "làm_việc",
    ):
        unit_end += 1  # "15 ngày làm việc": working days, a unit, not what lasts
    if (
        unit_end + 1 < len(tokens)
        and (tokens[unit_end].key, tokens[unit_end + 1].key) in _TERM_PAIRS
    ):  # "15 năm ân hạn": the term it is
        return text[tokens[unit_end].start : tokens[unit_end + 1].end], "vi.label.duration-of"
    raised = _raised_to(r)
    if raised:  # "rút ngắn thời gian cấp phép xuống còn 7 ngày làm việc"
        return raised, "vi.label.raised-to"
    if unit_end < len(tokens) and tokens[unit_end].key == "kinh_nghiệm":
        # "kỹ sư có 5 năm kinh nghiệm": experience, and whose (before the verb of having)
        had = r.before - 1 if r.before >= 0 and tokens[r.before].key in _HAVING else -1
        owner = subject_before(tokens, had, limit=4) if had >= 0 else []
        said = text[tokens[unit_end].start : tokens[unit_end].end]
        return (f"{said} của {words(owner, text)}" if owner else said), "vi.label.duration-of"
    # "học bổng ngắn hạn 6 tháng dành cho giảng viên", "lớp tiếng Hàn miễn phí 3 tháng cho
    # …": a noun phrase right before it is what lasts; what follows says for whom or of what
    attributive = (
        unit_end < len(tokens)
        and tokens[unit_end].key in _FOR_WHOM
        and r.before >= 0
        and tokens[r.before].tag in {"N", "Np", "A"}
    )
    if unit_end < len(tokens) and tokens[unit_end].tag == "V" and not attributive:
        predicate = purpose_after(tokens, unit_end, limit=4, verb=True)
        while predicate and predicate[-1].key in CLAUSE_STOPS:
            predicate.pop()
        if predicate:
            return words(predicate, text), "vi.label.duration-of"
    before = r.before
    if before >= 0 and tokens[before].key == "mất":
        taken = _time_taken(r, before, unit_end)
        if taken:
            return taken, "vi.label.duration-of"
    if before >= 0 and (tokens[before].key in {"là", "còn"} or tokens[before].key in MEASURE_VERBS):
        # "Thời gian thực hiện là 5 năm", "Thời gian chờ … đã rút ngắn còn 6 tháng": the
        # subject, past the verb of the change
        index = before - 1
        while index >= 0 and tokens[index].tag in {"V", "R", "A"} and before - index <= 4:
            index -= 1
        subject = r.subject_of(index + 1) if index >= 0 else ""
        if subject:
            return subject, "vi.label.duration-of"
    term = ""
    if before >= 0 and tokens[before].key in {"thời_hạn", "kỳ_hạn"}:
        term = text[tokens[before].start : tokens[before].end]  # "Khoản vay có thời hạn 40 năm"
    before = _past_within(tokens, before)
    grace = before >= 1 and (tokens[before - 1].key, tokens[before].key) == ("ân", "hạn")
    if (
        before >= 0
        and tokens[before].key in {"hạn", "thời_hạn", "kéo_dài", "trong_vòng", "trong"}
        and not grace  # "thời gian ân hạn 10 năm": the grace period, pyvi's two words
    ):
        before -= 1  # "thời hạn 5 năm": what has the term; "xây dựng trong 36 tháng"
    if term and before >= 0 and tokens[before].key in {"có", "với", "là"}:
        # "Khoản vay có thời hạn 40 năm": the term of what has it
        owner = subject_before(tokens, before - 1, limit=4) if before > 0 else []
        return (f"{term} của {words(owner, text)}" if owner else term), "vi.label.duration-of"
    if term and (before < 0 or tokens[before].tag == "F"):
        return term, "vi.label.duration-of"  # "…: thời hạn 30 năm, gồm 10 năm ân hạn"
    if before >= 0 and tokens[before].tag in {"N", "Np", "A", "V"}:
        phrase = subject_before(tokens, before, limit=5)
        if tokens[before].tag == "V" and not phrase:
            phrase = [tokens[before]]
        if phrase and tokens[before + 1].key in {"trong", "trong_vòng"}:
            phrase = _done_within(tokens, phrase)
            since = tokens[unit_end : unit_end + 2]
            if len(since) == 2 and since[0].key == "sau" and since[1].key in _MOMENTS:
                # "có việc làm trong 6 tháng sau tốt nghiệp": within so long of the moment
                return f"{words(phrase, text)} {words(list(since), text)}", "vi.label.duration-of"
        lasting = tokens[before + 1].key == "kéo_dài"
        start = tokens.index(phrase[0]) if phrase else 0
        if lasting and len(phrase) == 1 and start > 0 and tokens[start - 1].key == "mỗi":
            # "mỗi khóa kéo dài 6 tháng": each one of a kind lasts that long
            return words(list(tokens[start - 1 : before + 2]), text), "vi.label.duration-of"
        if len(phrase) == 1 and phrase[0].tag == "V" and (doer := _doer_before(r, start)):
            # "Dự án được thực hiện trong 5 năm": what is carried out that long
            return f"{doer} {words(phrase, text)}", "vi.label.duration-of"
        if phrase:
            return words(phrase, text), "vi.label.duration-of"
    return "", ""


def _doer_before(r: Reading, verb: int) -> str:
    """The noun phrase right before the verb at `verb` (past được, sẽ, đã, đang), that does
    it or has it done (`Dự án được thực hiện`, `Giai đoạn 1 sẽ triển khai`); ""."""
    tokens = r.tokens
    index = verb - 1
    while index >= 0 and tokens[index].key in {"được", "sẽ", "đã", "đang", "cũng", "dự_kiến"}:
        index -= 1
    if index < 0 or tokens[index].tag not in {"N", "Np", "M"}:
        return ""
    phrase = subject_before(tokens, index, limit=6)
    opener = tokens.index(phrase[0]) - 1 if phrase else -1
    if not phrase or phrase[0].tag != "N" or (opener >= 0 and tokens[opener].key in _PLACE_WORDS):
        return ""  # "cử sang Seoul tu nghiệp": where, not who
    return words(phrase, r.text)


# What a place follows: "sang Seoul", "tại Hà Nội"
_PLACE_WORDS = {"sang", "tại", "ở", "đến", "tới", "về"}


def _done_within(tokens: Tokens, phrase: list[Token]) -> list[Token]:
    """The object before `trong N năm` with the deed it is the object of: `đào tạo 200 kỹ sư
    cảng trong 3 năm` -> đào tạo … kỹ sư cảng, `khảo sát gió, địa chất và môi trường biển
    trong 24 tháng` -> from khảo sát; the phrase alone when no deed is near."""
    start = tokens.index(phrase[0])
    if start > 1 and tokens[start - 1].key == "cho":
        # "đào tạo 60 bác sĩ, điều dưỡng cho bệnh viện tỉnh trong 5 năm": for whom, after the
        # deed and its object
        inner = subject_before(tokens, start - 2, limit=5)
        done = _done_within(tokens, inner) if inner else []
        if done and done is not inner and done[0].tag == "V":
            return [*done, tokens[start - 1], *phrase]
    if (
        start > 1
        and tokens[start - 1].key == ","
        and phrase[0].tag == "V"
        and tokens[start - 2].tag in {"M", "Nu"}
    ):
        return phrase  # "tài trợ … 4,5 triệu USD, thực hiện trong 5 năm": a clause of its own
    index = start - 1
    while (
        index >= 0
        and start - index <= 6
        and (tokens[index].tag in {"M", "Nu", "N", "Np", "A"} or tokens[index].key in {",", "và"})
    ):
        index -= 1  # "200", "gió ,": a count of the object, or the list it ends
    verb = tokens[index] if index >= 0 else None
    if (
        verb is None
        or verb.tag != "V"
        or verb.key in MEASURE_VERBS | _HAVING | {"là"}
        or verb.key.replace("_", " ") in SPEECH_VERBS
    ):
        return phrase
    counted = [t for t in tokens[index + 1 : start] if t.tag not in {"M", "Nu"}]
    if index >= 1 and tokens[index - 1].key in {"hợp_đồng", "thỏa_thuận"}:
        # "ký hợp đồng cung cấp 1.200 tấn … trong 2 năm": the contract the deed is of
        return [tokens[index - 1], verb, *counted, *phrase]
    return [verb, *counted, *phrase]


def kind_of(text: str, q: Quantity, tokens: Tokens) -> str | None:
    """The figure's kind, or None for a number that is no figure (a year that dates
    something, a school year, `trong 9 tháng`)."""
    before = text[: q.start]
    number_is_year = q.value == int(q.value) and 1900 <= q.value <= 2100
    if q.kind in {"percent", "money"}:
        return q.kind
    clock = re.match(r"(?::\d{2}(?!\d)|h(?:\d{2})?(?!\w))", text[q.end :])
    if (clock and q.value <= 24) or re.search(r"\d{1,2}(?:h|:)$|\d{1,2}\s+giờ\s+$", before):
        # "từ 16h00 đến 22h00", "Đăng lúc 21:40", "lúc 5h, 11h", "lúc 8 giờ 30 sáng": a
        # time of day
        return None
    if re.search(r"\b(?:sinh viên|học viên|nghiên cứu sinh|học sinh) năm\s+$", before):
        return None  # "sinh viên năm 3": the year of study
    if q.high is not None and number_is_year and q.high is not None and 1900 <= q.high <= 2100:
        return None if re.search(r"năm học\s+(?:từ\s+)?$", before) else "period"
    if number_is_year and q.high is None and re.fullmatch(r"\d{4}", q.text):
        opens = re.search(r"(?:^|[.;:]\s*|^[-•]\s*)[Nn]ăm\s+$", before)
        planned = opens and _PLANNED_AFTER.match(text, q.end)
        return "year" if _TARGET_YEAR.search(before) or planned else None
    if (
        q.value == int(q.value)
        and 1000 <= q.value < 1900
        and q.high is None
        and re.fullmatch(r"\d{4}", q.text)
        and re.search(r"[Nn]ăm\s+$", before)
    ):
        return None  # "dời đô ra Thăng Long năm 1010": a year of history, no count
    if re.search(r"\btop\s+$", before, re.I):
        return "rank"
    if re.search(r"\b(?i:giai đoạn|đợt|khóa|tuyến|phân khu|lô|cấp|vành đai)\s+$", before) and (
        q.value < 20 and q.high is None
    ):
        return None  # "giai đoạn 1", "đợt 2": a number that names a phase
    if re.search(r"\b(?:thứ|số)\s+$", before) and not re.search(r"\btrong số\s+$", before):
        return None  # "lần thứ 5", "số 2": an ordinal or a number that names
    return None if is_qualifier(tokens, q, text) else "count"


# "235 triệu USD (khoảng 6.100 tỷ đồng)", "2.000 tỷ đồng (tương đương 78 triệu USD)": the
# same sum in another currency
_EQUIVALENT = re.compile(
    # "2,6–3 triệu won/tháng, tức khoảng 45–53 triệu đồng": past what the first is per
    r"(?:/[\p{L}²³]+){0,2}\s*(?:[(,]\s*)?(?:khoảng|tương đương|tức|hay|~|≈)?\s*(?:hơn|gần|khoảng|trên|xấp xỉ|chừng)?\s*",
    re.IGNORECASE,
)


# "… lên 100 tỷ USD vào năm 2027 và 150 tỷ USD vào năm 2030": what joins two figures of
# one measure, a time of the first between them
_PARALLEL = re.compile(
    r"\s*(?:(?:vào|trong|đến|tới)\s+)?(?:năm\s+\d{4}\s*)?(?:,\s*(?:và\s+)?|\s*(?:và|hoặc)\s+)"
    r"(?:(?:khoảng|hơn|gần|trên)\s+)?"
)


def _parallel(
    earlier: list[Figure], kind: str, unit: str | None, text: str, start: int
) -> tuple[str, str]:
    """A figure with no words of its own, joined to the last figure of its kind and unit by
    `và` or a comma (a time of the first between them): that figure's label."""
    same = next((f for f in reversed(earlier) if (f.kind, f.unit) == (kind, unit)), None)
    if same is None or not same.measure.get("vi") or label_rule_of(same) in WEAK_LABELS:
        return "", ""
    if not _PARALLEL.fullmatch(text[_end_of(same, text) : start]):
        return "", ""
    return same.measure["vi"], "vi.label.previous-figure"


# "bất động sản (0,71 tỷ USD)", "kho lạnh (45.000 m²)": a figure alone in brackets after its noun
_OPEN_BRACKET = re.compile(r"(?<=[\p{L}])\s*\(\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_CLOSE_BRACKET = re.compile(r"\s*\)")


_RESPECTIVELY_SAID = re.compile(r"\s*\blần lượt\b(?:\s+là\b)?", re.I)
# Measure and size nouns as words, longest first: what a label may end with
_MEASURES_LONGEST_FIRST = [
    size.split("_") for size in sorted(MEASURE_NOUNS | SIZE_NOUNS, key=len, reverse=True)
]


def _owner_of_measure(
    tokens: Tokens, text: str, q: Quantity, label: str, earlier: list[Figure]
) -> str:
    """Whose a bare measure noun is (`vốn`, `kinh phí`): the noun phrase before the bracket
    it opens (`dự án nhà máy sản xuất pin (vốn 720 triệu USD)`), or the thing the figure
    before and its comma measured (`trung tâm logistics quy mô 35 ha, vốn 120 triệu USD`);
    ""."""
    said_words = label.lower().split()
    if (
        not label
        or len(said_words) > 3
        or not (said_words[0] in MEASURE_NOUNS or "_".join(said_words[:2]) in MEASURE_NOUNS)
    ):
        return ""  # "vốn", "tổng vốn", "vốn vay", "công suất thiết kế": a measure, no owner
    said = re.escape(label) + r"\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
    opened = re.search(r"\(\s*" + said, text[: q.start])
    if opened and opened.start() > 0:
        phrase = subject_before(tokens, index_at(tokens, opened.start()) - 1)
        if phrase and not any(t.tag == "M" for t in phrase):
            return words(phrase, text)
        return ""
    listed = re.search(r",\s*" + said, text[: q.start])
    if not listed:
        return ""
    if not re.search(r"\d[\d.,]*\s*[^\s\d]{0,6}\s*$", text[: listed.start()]):
        # "dự án nhà máy … của Công ty TNHH Seojin Vina, vốn 420 triệu USD": the thing
        # before the comma
        phrase = subject_before(tokens, index_at(tokens, listed.start()) - 1)
        opener = tokens.index(phrase[0]) if phrase else 0
        if opener and tokens[opener - 1].tag == "M":
            return ""  # "38.000 người dự thi, tỷ lệ đỗ 31%": another figure's noun
        if opener > 1 and tokens[opener - 1].key in {"về", "cho"}:
            # "phòng thí nghiệm chung về robot công nghiệp, diện tích 500 m²": the thing,
            # past what it is about
            phrase = [
                *subject_before(tokens, opener - 2, limit=6),
                *tokens[opener - 1 : opener],
                *phrase,
            ]
        if phrase and phrase[0].tag in {"N", "Nc"} and not any(t.tag == "M" for t in phrase):
            return words(phrase, text)
        return ""
    if not earlier or not earlier[-1].measure.get("vi"):
        return ""  # the comma ends another figure: "… quy mô 35 ha, vốn …"
    before = earlier[-1].measure["vi"].split()
    for size_words in _MEASURES_LONGEST_FIRST:
        if (
            len(before) > len(size_words)
            and [w.lower() for w in before[-len(size_words) :]] == size_words
        ):
            return " ".join(before[: -len(size_words)])
    return ""


def _bracketed(tokens: Tokens, text: str, q: Quantity) -> tuple[str, str]:
    """A figure alone in brackets right after a noun phrase (not after another figure, whose
    equivalent it is): that noun phrase."""
    opened = _OPEN_BRACKET.search(text[: q.start])
    if opened is None or not _CLOSE_BRACKET.match(text, q.end):
        return "", ""
    phrase = subject_before(tokens, index_at(tokens, opened.start() - 1))
    if not phrase or any(t.tag == "M" for t in phrase):
        return "", ""
    return words(phrase, text), "vi.label.bracketed"


# "cầu Vàm Sâu dài 2,3 km, rộng 24,5 m": a size said with the adjective of its dimension
_DIMENSION = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<dim>(?:có\s+)?(?:chiều\s+)?(?:dài|rộng|cao|sâu|dày))"
    r"\s+(?:(?:khoảng|gần|hơn|trên|tới|đến)\s+)?$"
)
_SIZE_UNITS = {"km", "m", "cm", "mm", "ha", "m²", "km²"}


def _dimension(text: str, q: Quantity, earlier: list[Figure]) -> tuple[str, str]:
    """A size after the adjective of its dimension: what is that long, wide or high and
    the adjective (`cầu Vàm Sâu dài`); after a comma (`, rộng 24,5 m`), what the size
    before it was of."""
    m = _DIMENSION.search(text[: q.start])
    if m is None:
        return "", ""
    dim = m["dim"].removeprefix("có").strip()
    clause = re.split(r"[,;:.()]", text[: m.start()])[-1]
    said = clause.split()[-4:]
    if said and not any(w[:1].isdigit() for w in said):
        return " ".join([*said, dim]), "vi.label.dimension"
    before = next((f for f in reversed(earlier) if label_rule_of(f) == "vi.label.dimension"), None)
    if before is not None:
        owner = before.measure["vi"].rsplit(" ", 1)[0]
        return f"{owner} {dim}", "vi.label.dimension"
    return dim, "vi.label.dimension"


def _end_of(figure: Figure, text: str) -> int:
    found = text.find(figure.text)
    return found + len(figure.text) if found >= 0 else len(text)


@rule(
    "vi.figure.quantity",
    "figure",
    ("Có 80% doanh nghiệp dùng AI.", "80% = 80 → doanh nghiệp dùng AI"),
    ("Trong đó 11 học viên đạt loại xuất sắc.", "11 = 11 → học viên đạt loại xuất sắc"),
    ("Nhà máy có tổng công suất xử lý 9.800 tấn/ngày.", "9.800 tấn/ngày = 9800 t/day → tổng công suất xử lý"),
    ("Trang trại cho năng suất cà chua 55 tấn/ha mỗi vụ.", "55 tấn/ha = 55 t/ha → năng suất cà chua"),
    ("Nhà xưởng rộng 5.000 mét vuông.", "5.000 mét vuông = 5000 m² → Nhà xưởng rộng"),
    # a container's size names its kind
    ("Cước một container lạnh 40 feet đi Busan khoảng 1.850 USD.",
     "1.850 USD = 1850 USD → Cước một container lạnh 40 feet đi Busan"),
    # pyvi's preposition and verb that are a degree and papers after a count
    ("Khoa có 48 giảng viên, trong đó 14 người có bằng tiến sĩ.", ["48 = 48 → giảng viên", "14 = 14 → người có bằng tiến sĩ"]),
    ("Hội thảo có 72 báo cáo khoa học.", "72 = 72 → báo cáo khoa học"),
    ("Tỉnh bố trí 18 tỷ đồng vốn đối ứng.", "18 tỷ đồng = 1.8e+10 VND → vốn đối ứng"),
    # a compound noun pyvi tags a unit is what is counted
    ("Tập đoàn đang vận hành 3 nhà máy điện tại Việt Nam.", "3 = 3 → vận hành nhà máy điện"),
    ("Doanh nghiệp vay vốn được hưởng lãi suất từ 5,2%/năm.", "5,2% = 5.2 → lãi suất"),
    ("Tôi và con gái đến từ 5 giờ chiều để giữ chỗ.", None),
    ("Lễ bế mạc lúc 21 giờ.", None),  # a time of day
    ("Diễn đàn mở đầu lúc 8 giờ 30 sáng.", None),
    ("Sự kiện mở cửa miễn phí từ 9 giờ đến 22 giờ hằng ngày.", None),  # clock times, not hours
    ("Vua Lý Thái Tổ dời đô ra Thăng Long năm 1010.", None),  # a year of history
    ("Hai trường triển khai chương trình liên kết đào tạo 2+2 ngành Kỹ thuật điện tử.", None),
    ("Xin liên hệ: Phòng Hợp tác quốc tế, tầng 3 nhà A1, Trường Đại học Kỹ thuật.", None),
    ("Điểm thi: Trường Đại học Hà Nội (Km 9 đường Nguyễn Trãi, Hà Nội).", None),
    ("Dự án được mở rộng, nâng tổng diện tích lên 31 ha.", "31 ha = 31 ha → tổng diện tích"),
    ("Điểm quyết định là giá dịch vụ xử lý: 17,4 USD/tấn.", "17,4 USD = 17.4 USD → giá dịch vụ xử lý (mỗi tấn)"),
    ("Công suất đạt 1.600 tấn rác/ngày, gấp khoảng 1,3 lần lượng rác phát sinh hiện nay trên địa bàn.",
     ["1.600 tấn = 1600 t → rác", "1,3 lần = 1.3 lần → rác (so với lượng rác phát sinh)"]),
    ("Ngân sách của văn phòng Việt Nam hiện ở mức 1,8 triệu USD.",
     "1,8 triệu USD = 1.8e+06 USD → Ngân sách của văn phòng Việt Nam"),
    ("Hàn Quốc tiếp nhận 10.500 lao động theo Chương trình EPS.", "10.500 = 10500 → tiếp nhận lao động"),
    ("Bệnh viện có quy mô 600 giường.", "600 = 600 → quy mô giường"),
    ("Đoàn công tác gồm 45 thành viên.", "45 = 45 → thành viên của Đoàn công tác"),
    ("Xuất khẩu đạt 86,4 tỷ USD.", "86,4 tỷ USD = 8.64e+10 USD → Xuất khẩu"),
    ("Quỹ dành 1.500 tỷ đồng cho AI.", "1.500 tỷ đồng = 1.5e+12 VND → AI"),
    ("Mục tiêu đến năm 2030 vào top 3 ASEAN.", ["năm 2030 = 2030 → Mục tiêu", "top 3 = 3 → ASEAN"]),
    ("Tuyển sinh năm học 2026 – 2027.", None),
    ("Trong 9 tháng, nhà cung cấp cấp 1 tăng.", None),
    ("Ngày 29/10, diễn đàn khai mạc.", None),
    ("Phía Hàn Quốc cam kết đầu tư 1억5천만 달러 vào nhà máy.", "1억5천만 달러 = 1.5e+08 USD → đầu tư vào nhà máy"),
    ("Hàn Quốc là nhà đầu tư lớn thứ 3 tại Hà Nội.", "thứ 3 = 3 → nhà đầu tư"),
    ("Hệ sinh thái khởi nghiệp của thành phố xếp thứ 110 thế giới.",
     "thứ 110 = 110 → Hệ sinh thái khởi nghiệp của thành phố (thế giới)"),
    # who holds it, past the adverb before the verb; risen to it
    ("Bắc Ninh đang đứng thứ 2 cả nước về thu hút đầu tư nước ngoài.",
     "thứ 2 = 2 → Bắc Ninh (về thu hút đầu tư nước ngoài, cả nước)"),
    ("Trung Quốc vươn lên thứ 2 với 520.000 lượt.", ["520.000 = 520000 → lượt", "thứ 2 = 2 → Trung Quốc"]),
    # a noun that is ranked, by a number; in words, a figure of speech
    ("Quảng Trị là địa phương thứ 5 ở miền Trung nhận vốn EDCF.", "thứ 5 = 5 → địa phương"),
    ("Đưa Hàn Quốc lên vị trí thứ 2 trong số các nhà đầu tư của năm.",
     "thứ 2 = 2 → vị trí trong số các nhà đầu tư của năm"),
    ('Người dân coi Đà Nẵng như "điểm đến thứ hai" mỗi dịp nghỉ lễ.', None),
    ("Diễn đàn lần thứ ba khai mạc tại Hải Phòng.", None),
    ("Người lao động ký hợp đồng 3 năm, có thể gia hạn.", "3 năm = 3 year → hợp đồng"),
    ("Mỗi thí sinh có 5 phút trình bày.", "5 phút = 5 minute → trình bày"),
    ("Ngày 5 tháng 10, trong 9 tháng đầu năm và 5 năm qua.", None),
    ("Dự án được xây dựng trong 36 tháng; giai đoạn 1 dự kiến hoàn thành trong năm 2027.",
     ["36 tháng = 36 month → Dự án được xây dựng", "năm 2027 = 2027 → giai đoạn 1 hoàn thành"]),
    ("Việt Nam đứng thứ 2 trong số 160 quốc gia tham gia.", ["160 = 160 → quốc gia tham gia", "thứ 2 = 2 → Việt Nam đứng trong số 160 quốc gia tham gia"]),
    ("Nhà máy dự kiến đi vào vận hành từ quý IV/2027.", "quý IV/2027 = 2027 → vận hành"),
    ("Trong quý III/2026, xuất khẩu tăng 12%.", "12% = 12 → mức tăng của xuất khẩu"),
)  # fmt: skip
def quantity(segment: Segment) -> Iterator[Found]:
    """Every figure of the sentence (dates, months and quarters are none; a year only as
    a target, `đến năm 2030`), labelled by the first label rule that applies; figures said
    `lần lượt` (respectively) are then paired with what they are of."""
    found = list(_quantities(segment))
    _respectively(segment, found)
    yield from found


# A container's size after its number: "container 40 feet", "container 20ft"
_CONTAINER_SIZE = re.compile(r"\s*(?:feet|foot|ft|FT)(?![\w])")


def _quantities(segment: Segment) -> Iterator[Found]:
    text = segment.text
    every = vi_quantities(text)
    found = [q for q in every if q.kind in {"number", "percent", "money"} and not _score(q)]
    for q in every:  # "từ quý IV/2027": the year of a quarter a plan names, read as a year
        year = q.year if q.kind == "quarter" else None
        at = text.find(str(year), q.start) if year else -1
        if year and 0 <= at < q.end:
            found.append(replace(q, kind="number", value=float(year), text=str(year), start=at))
    found.sort(key=lambda q: q.start)
    if re.search(r"\d\s*[만억조천]", text):  # "1억5천만 달러" quoted in Korean: read as Korean
        korean = [q for q in ko_quantities(text) if re.search(r"[만억조천]", q.text)]
        found = [q for q in found if not any(k.start <= q.start < k.end for k in korean)]
        found = sorted([*found, *korean], key=lambda q: q.start)
    tokens = tokens_of(text)
    earlier: list[Figure] = []
    changes = _from_to(text, tokens, [q for q in found if not q.loose])
    item = ITEM_NUMBER.match(text)
    for q in found:
        if q.loose or (item and q.start == item.start(1)):
            continue  # "2. Đạt tỷ lệ …": a list item's number
        if _CONTAINER_SIZE.match(text, q.end) and re.search(
            r"container\S*\s+(?:\S+\s+)?$", text[: q.start], re.I
        ):
            continue  # "một container lạnh 40 feet": the kind of container, no figure
        unit = duration_of(tokens, q)
        if unit is not None:
            yield _duration(segment, tokens, q, unit)
            continue
        kind = kind_of(text, q, tokens)
        if kind is None:
            continue
        start = q.start - (4 if kind == "rank" else 0)
        shown = text[start : q.end].strip()
        if kind == "year":
            year_word = re.search(r"(?:năm|quý\s+(?:I{1,3}|IV|[1-4])\s*/)\s*$", text[: q.start])
            if year_word:
                shown = text[year_word.start() : q.end]
        r = reading(tokens, text, q, kind, earlier)
        label, label_rule = is_with(r, *part_is(r, *rate_is(r, *shared_out(r, *label_of(r)))))
        label = phased(r, aimed(r, uncut(label)))
        if q.start in changes:  # "tỷ lệ nội địa hóa sẽ được nâng từ 12% lên 30%"
            label, label_rule = changes[q.start], "vi.label.from-to"
        elif len(label.split()) <= 1 and kind in {"money", "percent", "count"}:
            # "…, tăng từ mức 300 chuyến/tuần": the level the figure before changed from (its
            # own word, "chuyến", "mức", says nothing more)
            level = _baseline(earlier, kind, q.unit, text, q.start)
            if level[0]:
                label, label_rule = level
        elif label.lower() in _NOW_WORDS and kind in {"money", "percent", "count"}:
            # "… lên 55%, từ mức khoảng 38% hiện nay": the level now, of what the figure
            # before measures
            level = _baseline(earlier, kind, q.unit, text, q.start)
            if level[0] and not level[0].startswith(_CHANGE_LABELS):  # a level, not a change
                # (the aim is the figure before's: the level now is none)
                now = re.sub(r"^(?:mục tiêu|phấn đấu) ", "", level[0])
                label = re.sub(r"\(trước đó\)$", f"({label})", now)
                label_rule = level[1]
        times = _TIMES.match(text, q.end)
        if not (
            _TIMES_BEFORE.search(text[: q.start]) or (times and _COMPARED.match(text, times.end()))
        ):
            times = None  # "gấp 1,5 lần", "đạt 2,5 lần so với …"; "họp 3 lần" is how often
        if times and kind in {"count", "number"} and q.unit is None:
            # "Quy mô vốn của dự án gấp 1,5 lần nhà máy đầu tiên": what is so many times
            kind, shown = "number", text[start : times.end()]
            label, label_rule = _times_label(r), "vi.label.times-of"
            base = _TIMES_BASE.match(text, times.end())  # "… năm 2024", "mức hiện nay"
            if label and base:
                label = f"{label} (so với {base.group(1).strip()})"
        if (
            earlier
            and kind == "money"
            and _EQUIVALENT.fullmatch(text[_end_of(earlier[-1], text) : q.start])
        ):
            label, label_rule = earlier[-1].measure.get("vi", ""), "vi.label.equivalent"
            own = _PER_SLASH.match(text, q.end)
            if own and label:  # "10.320 won/giờ, tương đương 2,16 triệu won/tháng": per its own
                label = f"{_PER_SAID.sub('', label)} ({_per_words(own.group(0))})"
        signed = _signed_change(text, q, earlier) if kind == "percent" else ""
        if signed:  # "- Dệt may: 820 triệu USD (+4,3%)": the change of the figure before
            label, label_rule = signed, "vi.label.change-of"
        if not label and kind in {"money", "percent", "count"}:
            label, label_rule = _parallel(earlier, kind, q.unit, text, q.start)
        if not label and kind in {"money", "percent", "count", "number"}:
            label, label_rule = _bracketed(tokens, text, q)
        if not label and q.unit in _SIZE_UNITS:
            label, label_rule = _dimension(text, q, earlier)
        label = _RESPECTIVELY_SAID.sub("", label).strip()  # "công suất lần lượt 1.000 MW"
        owner = _owner_of_measure(tokens, text, q, label, earlier)
        if owner:  # "dự án nhà máy … (vốn 720 triệu USD)": whose capital
            label, label_rule = f"{label} của {owner}", "vi.label.noun-before"
        if label and kind in {"money", "count", "number", "percent"}:
            label = _in_phase(text, q.start, label)
        since = _CHANGE_BASE.match(text, q.end) if label_rule == "vi.label.change-of" else None
        if label and since and kind == "percent" and "so với" not in label:
            # "tăng 8,7% so với cùng kỳ": a change keeps the base it is measured from
            label = f"{label} (so với {since.group(1).strip()})"
        column = table_column(text, q.start)
        # "Điểm quyết định là giá dịch vụ xử lý: 17,4 USD/tấn": what it is, after là
        named = re.split(r"\s+là\s+", before_colon(text, start))[-1]
        line = _LINE_CHANGE.match(text)
        if not named and line and line.end() <= start and ":" not in text[line.end() : start]:
            named = line.group("label")  # "- Tỷ lệ nội địa hóa: nâng từ 38% … lên 50%"
        if column:  # "Chỉ tiêu | Vốn đăng ký" over "2026 | 1,2 tỷ USD": the column's heading
            label, label_rule = column, "vi.label.table-column"
        elif named and kind != "period" and label_rule != "vi.label.share-does":
            # "- Sản lượng … năm 2025: 15,2 triệu tấn"; not "Khảo sát …: 57% cho biết sẽ
            # chuyển …", a share whose clause says what it does
            label, label_rule = r.with_per(named), "vi.label.before-colon"
        if kind == "count" and not label:
            kind = "number"
        figure = Figure(
            segment_id=segment.id,
            text=shown,
            value=q.value,
            kind=kind,  # type: ignore[arg-type]
            unit="lần" if times and kind == "number" and q.unit is None else q.unit,
            measure={"vi": label} if label else {},
            high=q.high,
        )
        if label_rule:
            figure.evidence.append(Evidence(label_rule, segment.id))
        earlier.append(figure)
        doubt = WEAK_LABELS.get(label_rule, "") if label else "no words say what it measures"
        yield Found(figure, start, q.end, doubt=doubt)
    yield from ranks(segment, tokens, earlier)


# "lần lượt" (respectively): figures after it, each of one item of a list said before
_RESPECTIVELY = re.compile(r"\blần lượt\b", re.I)
# What joins the figures of a run: "22% và 17%", "thứ 2 và thứ 3", "8%, 5% và 3%"
_RUN_JOINT = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
# A change or comparison said of the run, right before or after lần lượt
_RUN_CHANGE = re.compile(r"(?:^|\s)(tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn)(?:\s+\S+)?\s*$")
# Where a list's first item starts: a clause's start, and words that open it
_ITEM_OPENERS = {"khi", "còn", "trong_khi", "trong", "cả", "bỏ", "xa", "bỏ_xa", "với", "như"}


def _respectively(segment: Segment, found: list[Found]) -> None:
    """`Nha Trang và Phú Quốc lần lượt chiếm 24% và 18%`, `238 gian của 164 doanh nghiệp,
    tăng lần lượt 22% và 17%`: each figure of a run after lần lượt is of the list's item in
    its place, or, after a change said with it, is that change of the figure before it in its
    place. A run whose list is not found keeps its labels."""
    text = segment.text
    m = _RESPECTIVELY.search(text)
    figures = sorted((f for f in found if isinstance(f.fact, Figure)), key=lambda f: f.start)
    after = [f for f in figures if f.start >= m.end()] if m else []
    if m is None or len(after) < 2 or len(text[m.end() : after[0].start].split()) > 3:
        return
    run = figure_run(text, after, _RUN_JOINT.fullmatch)
    if not run:
        return
    labels: list[str] = []
    before = [f for f in figures if f.end <= m.start()]
    change = _RUN_CHANGE.search(text[max(0, m.start() - 12) : m.start()]) or _RUN_CHANGE.search(
        text[m.end() : run[0].start]
    )
    if change and len(before) >= len(run):
        paired = [  # "chi tiêu (mỗi chuyến) cao hơn": what each is per stays with its own figure
            _PER_SAID.sub("", f.fact.measure.get("vi", ""))  # type: ignore[union-attr]
            for f in before[-len(run) :]
        ]
        verb = change.group(1)
        if all(paired):
            labels = [_changed(verb, label) for label in paired]
    elif change and (said := _RUN_CHANGE.search(text[: m.start()])):
        # "lượng nước tưới và phân bón giảm lần lượt 30% và 20%": no figures before to pair,
        # the change is of each item the subject lists
        clause = text[: said.start()]
        tokens = tokens_of(clause)
        subject = words(subject_before(tokens, len(tokens) - 1), clause) if tokens else ""
        verb = said.group(1)
        labels = [_changed(verb, item) for item in _listed_before(subject, len(run))]
    else:
        items = _listed_before(text[: m.start()], len(run))
        deed = text[m.end() : run[0].start].strip()
        if deed in {"đạt", "là", "ở mức", "đạt mức"}:
            deed = ""  # "lần lượt đạt 22,1 tỷ USD và 52,5 tỷ USD": the items say what
        last = run[-1].fact
        assert isinstance(last, Figure)
        shared = last.measure.get("vi", "") if label_rule_of(last) == "vi.label.noun-after" else ""
        if items:
            labels = [
                f"{shared} ({item})" if shared else f"{item} {deed}".strip() for item in items
            ]
    label_each(run, labels, "vi.label.respectively", "vi")


def _changed(verb: str, what: str) -> str:
    """A run's change of `what`: `mức tăng của X` for a rise or fall, `X cao hơn` for a
    comparison."""
    return f"mức {verb} của {what}" if verb in {"tăng", "giảm"} else f"{what} {verb}"


def _listed_before(text: str, count: int) -> list[str]:
    """The `count` items of the list that ends right before `text`'s end (`Nha Trang và Phú
    Quốc`, `Chi phí logistics và nguồn điện ổn định là …,`), each a noun phrase with no
    figure; [] when there is no such list."""
    joint = text.rfind(" và ")
    if joint < 0:
        return []
    tail = re.split(r"\s*(?:,|;|:|\blà\b|\(|\))\s*", text[joint + 4 :])[0].strip()
    if len(text) - (joint + 4 + len(tail)) > 45:
        return []  # the list is said too far before lần lượt to be its subject
    head = re.split(r"[,;:(]\s*", text[:joint])
    items = [*head[-(count - 1) :], tail] if count > 2 else [head[-1], tail]
    out: list[str] = []
    heads: list[str] = []
    for item in items:
        tokens = list(tokens_of(item.strip()))
        while tokens and (
            (tokens[0].tag not in {"N", "Np", "Nc"} and tokens[0].key not in NOMINAL_VERBS)
            or tokens[0].key in _ITEM_OPENERS
        ):
            tokens.pop(0)  # "xuất khẩu của Việt Nam sang Hàn Quốc": a deed said as a noun
        deed = next((k for k, t in enumerate(tokens) if k and t.tag == "V"), 0)
        if re.search(r"\d", words(tokens, item.strip())):
            return []  # "Hiện có 12 tuyến … với Busan": a clause with a figure, not an item
        if deed and len(words(tokens, item.strip()).split()) > 6:
            # "dưa lưới trồng trong nhà kính thông minh": the item, not what is said of it
            tokens = tokens[:deed]
        phrase = words(tokens, item.strip())
        if not phrase or re.search(r"\d", phrase) or len(phrase.split()) > 8:
            return []
        # "năng suất cà chua và dưa lưới", "Vốn của các dự án cấp mới và dự án điều chỉnh":
        # the first item's measure noun is the others' too
        if tokens[0].key in MEASURE_NOUNS:
            of = 2 if len(tokens) > 2 and tokens[1].key == "của" else 1
            heads.append(words(tokens[:of], item.strip()))
        elif heads and len(heads) == len(out) == 1:
            phrase = f"{heads[0]} {phrase}"
        out.append(phrase)
    return out


# "từ 12% (trong năm đầu) lên 30%", "từ 28,6% xuống 11,4%": a change from one figure to another.
_FROM = re.compile(r"\btừ\s+(?:mức\s+)?$")
_TO = re.compile(
    r"^(?:\s+[^,;.:]{0,25}?)?\s+(?:lên|xuống)(?:\s+(?:mức|còn))?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|chừng))?\s+$"  # "từ 8% lên khoảng 35%"
)
# Words between a subject and its từ: the verb of the change and what qualifies it.
_CHANGE_WORDS = {"nâng", "tăng", "giảm", "hạ", "được", "sẽ", "đã", "có_thể", "nâng_cao", "rút",
                 "xuống", "lên", "mở_rộng", "thu_hẹp", "đưa"} | _FORECAST  # fmt: skip


# Verbs that change their object (`nâng công suất từ … lên …`): the object is what changed
_CAUSING = {"nâng", "đưa", "hạ", "nâng_cao", "mở_rộng", "thu_hẹp", "rút", "kéo"}


def _from_to(text: str, tokens: Tokens, found: list[Quantity]) -> dict[int, str]:
    """For each pair `từ X … lên/xuống Y` of one unit, what changed (the subject before
    từ and its verb) for both: Y as it is said, X `(trước đó)`."""
    labels: dict[int, str] = {}
    # "từ 21,3% năm 2025 xuống còn 18,6%": the year that dates the first end is passed over
    ends = [q for q in found if not re.search(r"\bnăm\s*$", text[: q.start])]
    for x, y in itertools.pairwise(ends):
        came = _FROM.search(text[: x.start])
        # "từ 12.000 tấn lên 20.000 tấn mỗi năm": one measure, its time said once
        units = {(u or "").split("/")[0] for u in (x.unit, y.unit)}
        if len(units) > 1 or x.kind != y.kind or not came:
            continue
        if not _TO.match(text[x.end : y.start]):
            continue
        index = index_at(tokens, came.start()) - 1
        while index >= 0 and (tokens[index].key in _CHANGE_WORDS or tokens[index].key in ADVERBS):
            index -= 1
        clause = list(_clause_before(tokens, index + 1))
        said = [
            i
            for i, t in enumerate(clause)
            if t.key.replace("_", " ") in SPEECH_VERBS
            or (t.key == "biết" and i and clause[i - 1].key == "cho")  # pyvi's "cho" "biết"
        ]
        if said:  # "Bà Hà cho biết tỷ lệ lao động … đã giảm từ": what she said
            clause = clause[said[-1] + 1 :]
        raised = [i for i, t in enumerate(clause) if t.key in _CAUSING and i + 1 < len(clause)]
        if raised:  # "Nhà máy nâng công suất … từ 12.000 tấn lên …": what it raises
            clause = clause[raised[-1] + 1 :]
        while (
            clause
            and clause[0].tag not in {"N", "Nc"}
            and clause[0].key not in NOMINAL_VERBS  # "xuất khẩu của Việt Nam sang …"
            and len(clause) > 1
        ):
            clause.pop(0)  # "cho biết tỷ lệ lao động … đã giảm từ": what is said
        phrase = clause if clause and len(clause) <= 14 else subject_before(tokens, index)
        subject = words(phrase, text)
        if subject:
            labels[y.start], labels[x.start] = subject, f"{subject} (trước đó)"
    return labels


# Now, said alone after a level ("38% hiện nay"): no measure of its own
_NOW_WORDS = {"hiện nay", "hiện tại", "hiện"}


# After a figure, the words that give the level it changed from: "…, tăng từ mức 300 chuyến/
# tuần của hai năm trước", "tăng mạnh so với mức 22% của kỳ trước"
_FROM_LEVEL = re.compile(
    r"(?:,?\s+(?:(?:đã|đều)\s+)?(?:tăng|giảm|nâng|hạ)(?:\s+(?:mạnh|nhẹ|đáng kể|gần|hơn))?"
    # "… giảm xuống còn 19,5%, từ mức 27% của năm 2023": the change said before the comma
    r"|,)\s+(?:từ|so với)\s+(?:mức\s+)?(?:khoảng\s+)?$"
)


def _baseline(
    earlier: list[Figure], kind: str, unit: str | None, text: str, start: int
) -> tuple[str, str]:
    """The level a figure said just before changed from (`khoảng 420 chuyến bay mỗi tuần …,
    tăng từ mức 300 chuyến/tuần`): that figure's label, `(trước đó)`; of the same kind and
    unit, in the same sentence."""
    if not earlier or not _FROM_LEVEL.search(text[:start]):
        return "", ""
    last = earlier[-1]
    said = last.measure.get("vi", "")
    same_unit = (last.unit or "").split("/")[0] == (unit or "").split("/")[0]
    if not said or last.kind != kind or not same_unit or _end_of(last, text) > start:
        return "", ""
    # "… 22% của kỳ trước", "… 300 chuyến/tuần của hai năm trước": when it was that level
    when = _LEVEL_WHEN.match(text, start)
    return f"{said} ({when['when'] if when else 'trước đó'})", "vi.label.from-to"


_LEVEL_WHEN = re.compile(
    r"[^\s,.;]*\s+(?:của|vào|trong)\s+(?P<when>(?:cùng kỳ\s+)?(?:kỳ trước|(?:\w+\s+)?năm trước|"
    r"năm ngoái|năm \d{4}|đầu năm|tháng trước))\b"
)


# "gấp 1,5 lần", "cao gấp khoảng 1,7 lần": a number of times another figure.
_TIMES_BEFORE = re.compile(r"gấp\s+(?:khoảng\s+|hơn\s+|gần\s+)?$")
_TIMES = re.compile(r"\s*lần\b")
_COMPARED = re.compile(r"\s+so với\b")
# What it is so many times, after lần: "năm trước", "nhà máy đầu tiên" (up to a clause's end).
_TIMES_BASE = re.compile(
    r"\s+(?:so với\s+)?([^,.;:()]{2,40}?)"
    # "lượng rác phát sinh hiện nay trên địa bàn …": what, before when and where
    r"(?=[,.;:()]|\s+(?:mà|và|nhưng|khi|hiện nay|hiện tại|trên địa bàn|tại)\s|$)"
)


# What a change is measured from, right after its share: "tăng 8,7% so với cùng kỳ năm trước"
_CHANGE_BASE = re.compile(
    r"\s+so với\s+([^,.;:()]{2,40}?)(?=[,.;:()]|\s+(?:mà|và|nhưng|khi|trong khi)\s|$)"
)


def _times_label(r: Reading) -> str:
    """What is so many times another: the subject before gấp (and cao), or, after a comma,
    the figure before it (`nâng kim ngạch lên 150 tỷ USD, gấp khoảng 1,7 lần`)."""
    tokens, index = r.tokens, r.before
    while index >= 0 and tokens[index].key in {
        "gấp",
        "cao",
        "lớn",
        "nhiều",
        "khoảng",
        "hơn",
        "tăng",
    }:
        index -= 1
    if index >= 0 and tokens[index].tag == "F":
        return r.previous
    if index >= 0 and tokens[index].key in {"là", "đạt"} | MEASURE_VERBS:
        index -= 1
    return r.subject_of(index)


def _duration(segment: Segment, tokens: Tokens, q: Quantity, unit: str) -> Found:
    """A length of time as a figure of kind `period`, with what lasts that long."""
    text = segment.text
    word = index_at(tokens, q.end - 1) + 1
    end = tokens[word].end
    r = reading(tokens, text, q, "period", [])
    if window_of(tokens, q):
        label, label_rule = _window_label(r, word + 2)
    else:
        label, label_rule = _duration_label(r, word + 1)
    named = before_colon(text, q.start)
    if not label and named and re.fullmatch(r"[^\d]{3,40}", named):
        # "- Thời gian thực hiện: 48 tháng": the field the line names
        label, label_rule = named, "vi.label.before-colon"
    label = uncut(label)
    figure = Figure(
        segment_id=segment.id,
        text=text[q.start : end],
        value=q.value,
        kind="period",
        unit=unit,
        measure={"vi": label} if label else {},
        high=q.high,
    )
    if label_rule:
        figure.evidence.append(Evidence(label_rule, segment.id))
    return Found(figure, q.start, end, doubt="" if label else "no words say what lasts that long")


_ORDINALS = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# "lớn thứ hai", "đứng thứ 2": a rank; "lần thứ ba", "khóa thứ 5": an edition, no figure
RANK = re.compile(
    # "đứng thứ 2 và thứ 3": the next rank of a pair said with one verb
    # "xếp thứ 110 thế giới": a world ranking runs past 99
    r"(?<=\b(?:lớn|đứng|xếp|nhiều|cao|vươn lên|leo lên)\s|\bthứ\s+\d{1,3}(?:,\s*|\s+và\s+))thứ\s+(?P<n>\d{1,3}|"
    + "|".join(_ORDINALS)
    + r")(?!\w|[,.]\d)"
    # "vị trí thứ 2", "địa phương thứ 5 … nhận vốn", "điểm đến nước ngoài thứ 2": what is
    # ranked, by a number ("điểm đến thứ hai" in words is a figure of speech)
    r"|(?<=\b(?:vị trí|địa phương|điểm đến(?: nước ngoài)?|thị trường|đối tác|quốc gia|nhà đầu tư)\s)"
    r"thứ\s+(?P<n>\d{1,3})(?!\w|[,.]\d)"
    # "thị trường khách quốc tế số 1 của thành phố", "nhà đầu tư FDI số 1": the first; not a
    # name's number (`Trường Cao đẳng Nghề Việt Xô số 1`) nor an address (`số 1 Trịnh Hoài Đức`)
    r"|(?<=(?:\b\p{Ll}+|\b\p{Lu}{2,})\s)số\s+(?P<n>1)(?![\w.,/])(?!\s+\p{Lu}\p{Ll})"
)


# "đứng thứ 2 trong số các quốc gia, vùng lãnh thổ đầu tư vào tỉnh với …": among whom
_AMONG = re.compile(
    r"\s+(?P<among>trong số\s+\S(?:[^.;,]|,\s*vùng lãnh thổ)*?)"
    r"(?=\s+(?:với|và|khi)\b|\s*(?:[.;]|,(?!\s*vùng lãnh thổ))|$)"
)


def ranks(segment: Segment, tokens: Tokens, earlier: list[Figure] | None = None) -> Iterator[Found]:
    """ "nhà đầu tư lớn thứ 3", "đứng thứ 2 trong số các quốc gia": a rank, labelled by what
    holds it (the noun phrase before `lớn`) or where (`trong số …` after it); `… thu hút 4,8
    tỷ USD vốn FDI, đứng thứ 2 cả nước`: the rank of the figure just before it."""
    text = segment.text
    for m in RANK.finditer(text):
        before = [f for f in earlier or [] if f.measure.get("vi") and _end_of(f, text) <= m.start()]
        within = re.match(r"\s+(?:trong|trong số|tại|ở|về)\s", text[m.end() :])
        ranked = (
            bool(before)
            and not within
            and re.fullmatch(
                r"[^,.;]{0,40},\s*(?:đứng|xếp)\s+", text[_end_of(before[-1], text) : m.start()]
            )
        )
        if ranked:
            figure = Figure(segment.id, m.group(0), float(_number_of(m)), "rank")
            scope = re.match(
                r"\s+(cả nước|toàn quốc|(?:trong )?khu vực [^,.;]{1,20})", text[m.end() :]
            )
            label = before[-1].measure["vi"] + (f" {scope.group(1)}" if scope else "")
            figure.measure = {"vi": label}  # "vốn FDI cả nước": what, and where it ranks
            figure.evidence.append(Evidence("vi.label.previous-figure", segment.id))
            yield Found(figure, m.start(), m.end())
            continue
        value = float(_number_of(m))
        first = index_at(tokens, m.start()) - 1
        while first >= 0 and tokens[first].key in {
            "lớn",
            "đứng",
            "xếp",
            "nhiều",
            "cao",
            "hiện",
            "đang",
            "vẫn",
            "lên",
            "vươn",
            "leo",
            "tiếp_tục",
        }:  # "Bắc Ninh đang đứng thứ 2", "Trung Quốc vươn lên thứ 2": who holds it
            first -= 1
        label = words(subject_before(tokens, first, limit=6), text)
        name = "vi.label.noun-before"
        among = _AMONG.match(text, m.end())
        among = among if among and len(among["among"].split()) <= 14 else None
        if among and label.lower() == "vị trí":
            label = f"{label} {among['among']}"  # "lên vị trí thứ 2 trong số các nhà đầu tư"
        elif among and (not label or tokens[first].tag == "Np"):
            # the comma of a pair is no end; who holds the rank, and how (`Hàn Quốc đứng`)
            ranked_by = " ".join(t.text for t in tokens[first + 1 : index_at(tokens, m.start())])
            held = f"{label} {ranked_by}".strip() if label else ""
            label, name = f"{held} {among['among']}".strip(), "vi.label.among"
        elif not label or tokens[first].tag == "Np":
            after = index_at(tokens, m.end() - 1) + 1
            if after < len(tokens) and tokens[after].key in {"trong", "trong_số", "tại", "ở", "về"}:
                label = words(purpose_after(tokens, after), text)
                name = "vi.label.purpose"
                if label.lower() in {"trong", "trong số", "tại", "ở", "về"}:
                    label = ""  # "thứ 2 tại 5 tỉnh": the words stop at the number
        if label and name == "vi.label.noun-before":
            label = _ranked_in(text, m, label)
        figure = Figure(
            segment.id, m.group(0), value, "rank", measure={"vi": label} if label else {}
        )
        if label:
            figure.evidence.append(Evidence(name, segment.id))
        yield Found(
            figure, m.start(), m.end(), doubt="" if label else "no words say what it measures"
        )


# Where a rank is held, right after it: "thứ 4 cả nước", "lớn thứ 3 thế giới"
_RANK_SCOPE = re.compile(
    r"\s+(?P<scope>cả nước|toàn quốc|(?:trên )?thế giới|toàn cầu|châu Á|ASEAN|Đông Nam Á)(?![\w])"
)
# In what a rank is held: "… cả nước về thu hút FDI"; "Về thu hút FDI, Bắc Ninh xếp thứ 4"
_RANK_FIELD = re.compile(
    r"\s+về\s+(?P<field>[^,.;:()]{2,40}?)(?=\s+(?:với|khi|và|nhờ)\s|[,.;:()]|$)"
)
_FIELD_FIRST = re.compile(r"^\s*[“\"]?Về\s+(?P<field>[^,.;:]{2,40}),")


def _ranked_in(text: str, m: re.Match[str], label: str) -> str:
    """The holder of a rank with where and in what it holds it, said around the rank:
    `Hải Phòng đứng thứ 2 cả nước về thu hút FDI` -> Hải Phòng (về thu hút FDI, cả nước)."""
    end = m.end()
    scope = _RANK_SCOPE.match(text, end)
    if scope:
        end = scope.end()
    field = _RANK_FIELD.match(text, end) or _FIELD_FIRST.match(text)
    parts = [f"về {field['field'].strip()}"] if field else []
    parts += [scope["scope"]] if scope else []
    return f"{label} ({', '.join(parts)})" if parts else label


def _number_of(m: re.Match[str]) -> int:
    n = m.group("n")
    return int(n) if n.isdigit() else _ORDINALS[n]


# A label that opens with who speaks: "Chúng tôi muốn" (2036), "Tôi tin".
_SPEAKERS = {"chúng tôi", "tôi", "chúng ta", "chúng em", "em", "mình"}


def hollow_label(figure: Figure, organisations: list[Organisation]) -> str:
    """Why `figure`'s label says nothing of what it measures, else "": a place alone
    (`Việt Nam` for `58,3%`), a counting noun too general alone (`người`, `lần`), the
    subject that is only who acts (`KOICA tài trợ 10 triệu USD`), or one word for what
    lasts that long (`mất 3-5 năm`, `thêm 3 năm`)."""
    from briefing.facts.vi.organisations import canonical

    label = re.sub(r"(?: \((?:mỗi|so với) [^()]+\))+$", "", figure.measure.get("vi", "").strip())
    label = re.sub(r"^(?:giai đoạn |mục tiêu |phấn đấu )+(?=.)|(?<=.) giai đoạn$", "", label)
    if not label:
        return ""  # "bình quân (mỗi kg)": what it is per says no more what it measures
    if label in PLACES and figure.kind != "rank":  # "top 3 ASEAN": where it ranks
        return f"the label “{label}” only says where, not what the figure measures"
    changed = re.sub(r"^mức (?:tăng|giảm) của ", "", label)
    if changed != label and changed in PLACES:  # "mức giảm của Busan": a change of where
        return f"the label “{label}” only says where, not what changed"
    if _UNIT_ONLY.fullmatch(label):
        return f"the label “{label}” is a unit, not what the figure measures"
    if re.fullmatch(r"(?i:mục tiêu)(?: của .+)?", label) and figure.kind not in {"year", "period"}:
        # "Mục tiêu" for 50%: whose aim, not what is aimed at (a year's is its target year)
        return f"the label “{label}” only says whose aim it is, not what is aimed at"

    if re.match(r"(?i:so với (?:cùng kỳ|năm|tháng|quý)|trở lên|trở xuống)(?:\s|$)", label):
        # "1,3 tỷ USD so với cùng kỳ", "300.000 USD trở lên": the time it is compared with,
        # or its bound, not what it measures
        return f"the label “{label}” says what the figure is compared with, not what it measures"
    general = label.lower() in HOLLOW_LABELS and (
        figure.kind != "count" or label.lower() not in {"tỉnh", "thành phố"}  # "14 tỉnh"
    )
    if label.lower().replace(" ", "_") in GENERIC_NOUNS or general:
        return f"the label “{label}” is too general to say what the figure measures"
    said = label.lower().split()
    if said[-1] in SPEECH_VERBS or " ".join(said[-2:]) in SPEECH_VERBS:
        return f"the label “{label}” names who speaks, not what the figure measures"
    spoken = 2 if " ".join(said[:2]) in _SPEAKERS else 1 if said[0] in _SPEAKERS else 0
    if spoken and len(said) - spoken <= 2:  # "Chúng tôi muốn", "Chúng tôi kỳ vọng"
        return f"the label “{label}” names who speaks, not what the figure measures"
    rule_ = label_rule_of(figure)
    if rule_ in {
        "vi.label.subject-of-verb",
        "vi.label.duration-of",
        "vi.label.time-of",  # "Bộ GD&ĐT" for 2030: who sets the target, not what it is
    } and names_an_organisation(label, organisations, canonical):
        return f"the label “{label}” names who acts, not what the figure measures"
    if rule_ in {"vi.label.duration-of", "vi.label.equivalent"} and " " not in label:
        return f"the label “{label}” is a bare verb or word, not what the figure measures"
    if rule_ == "vi.label.duration-of" and said[0].lower() in _NOT_LASTING_OPENERS:
        # "6 tháng cùng doanh nghiệp", "3 tháng miễn phí", "5 năm dành cho công dân …": with
        # whom, how or for whom it lasts, not what
        return f"the label “{label}” says how or with whom, not what lasts that long"
    return ""


# Words that open what is said after a length of time without saying what lasts so long
_NOT_LASTING_OPENERS = {"là", "cùng", "miễn", "dài", "cho", "dành"}


# A label that is only a unit of money ("tỷ USD", "triệu đồng"): another figure's words.
_UNIT_ONLY = re.compile(
    r"(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:USD|đồng|won|euro|yen|EUR|VND|KRW)", re.I
)


def restates(figure: Figure, known: list[Figure]) -> Figure | None:
    """The figure already read that this one states again (see base.restated)."""
    return restated(figure, known, "vi")


for _name, _doc, *_examples in (
    ("vi.label.noun-after", "The noun phrase the figure counts, with the verb it is the object of and the predicate after it in the same clause: `đào tạo 50.000 kỹ sư AI`, `80% doanh nghiệp dùng AI`, `top 3 ASEAN`; a count's nouns joined with a comma or và (`26 cán bộ, nhân viên`).",
     # after a verb of agreeing: what is agreed, with the counted noun
     ("Hai bên thống nhất tăng thêm [14] chuyến từ tháng 10.", "tăng thêm chuyến"),
     # people given something: the deed and its object before "cho"
     ("Dự án sẽ tạo việc làm mới cho khoảng [2.800] người.", "tạo việc làm mới"),
     # a count of people after a verb of having: who did what, not who has them
     ("Thành phố có [1.350] người đã đăng ký dự tuyển.", "người đã đăng ký dự tuyển"),
     # a general noun counted (chuyến, ca): with the deed done before it
     ("Từ tháng 9, các hãng hàng không sẽ mở thêm [20] chuyến mỗi tuần.", "mở thêm chuyến"),
     # nouns joined to it with a comma or và, no figure after them
     ("Chi nhánh có [26] cán bộ, nhân viên, trong đó 3 người là chuyên gia Hàn Quốc.", "cán bộ, nhân viên"),
     ("Tỉnh thu hút [50] dự án, vốn đăng ký 2 tỷ USD.", "thu hút dự án"),
     # pyvi's "theo" + "học" is one verb, to attend (data/vi/token-fixes.tsv): the predicate
     ("Trường phấn đấu có [500] sinh viên theo học các chương trình liên kết.",
      "phấn đấu sinh viên theo học các chương trình liên kết"),
     # "thêm" (more) after the deed is the deed's; after a change verb it is no deed
     ("Bắc Ninh thu hút thêm [10 tỷ USD] vốn FDI.", "thu hút thêm vốn FDI"),
     # a share held: who holds it
     ("Theo thỏa thuận, Hanbit Logistics nắm giữ [51%] vốn điều lệ của liên doanh.", "Hanbit Logistics nắm giữ vốn điều lệ"),
     ("Công ty sẽ tuyển dụng thêm [2.800] lao động.", "tuyển dụng thêm lao động"),
     ("Công suất tăng thêm [90 triệu] sản phẩm mỗi năm.", "sản phẩm"),
     # a word pyvi tags a verb that names a thing right after the number
     ("Ban tổ chức nhận được [36] báo cáo khoa học.", "báo cáo khoa học"),
     # a noun pyvi reads as words apart (data/vi/token-fixes.tsv)
     ("Lễ hội dùng tới [500 kg] kim chi để tặng bếp ăn.", "kim chi"),
     # a count of people with what they do or had done after it
     ("Kết thúc phiên giao dịch, [1.420] người đã được sơ tuyển hồ sơ.", "người đã được sơ tuyển hồ sơ"),
     # when and where it is done, between what is counted and its predicate
     ("Khoảng [85%] sản lượng sẽ được xuất khẩu sang Hàn Quốc.", "sản lượng sẽ được xuất khẩu sang Hàn Quốc"),
     ("Khoảng [90%] sản phẩm của nhà máy sẽ được xuất khẩu.", "sản phẩm của nhà máy sẽ được xuất khẩu"),
     # a general noun with where from after it; of the figure before it, its label
     ("Có 84 chuyến bay thẳng giữa Cam Ranh và Hàn Quốc, trong đó [28] chuyến từ Busan.", "chuyến bay thẳng từ Busan"),
     # whose, a name, where the clause ends there
     ("Khu công nghiệp thu hút 14 dự án, trong đó [9] dự án của Hàn Quốc.", "dự án của Hàn Quốc"),
     # an English word pyvi tags a unit, after a figure with no unit: what it counts
     ("Thành phố hiện có khoảng [2.000] startup đang hoạt động.", "startup đang hoạt động"),
     # a quota is the size of what it counts (data/vi/size-nouns)
     ("Phía Hàn Quốc phân bổ chỉ tiêu [11.500] lao động.", "chỉ tiêu lao động"),
     ("Khảo sát cho thấy [72%] doanh nghiệp Hàn Quốc ở miền Bắc có kế hoạch mở rộng sản xuất.", "doanh nghiệp Hàn Quốc ở miền Bắc có kế hoạch mở rộng sản xuất"),
     # a state after an adverb, where the counted come from or work
     ("Hàn Quốc có [285] dự án còn hiệu lực trên địa bàn.", "dự án còn hiệu lực"),
     ("Trong đó có [96] doanh nghiệp đến từ Hàn Quốc.", "doanh nghiệp đến từ Hàn Quốc"),
     # those a survey asked
     ("Khảo sát của KOTRA Hà Nội với [230] doanh nghiệp cho thấy 64% muốn mở rộng.", "doanh nghiệp được khảo sát"),
     # a sum with its noun after it, and the verb of raising or trading before it
     ("Riêng 9 tháng năm 2026, Hải Phòng thu hút [3,9 tỷ USD] vốn FDI.", "thu hút vốn FDI"),
     ("Có [210] đại biểu đến từ 140 doanh nghiệp Hàn Quốc.", "đại biểu"),  # no half of "đến từ"
     # a size and which (thiết kế), before what is counted
     ("Nhà máy có công suất thiết kế [40.000 tấn] vật liệu mỗi năm.", "công suất thiết kế vật liệu"),
     # a list's item after a count of the same noun: whose the item's count is
     ("Trong đó xoài có 81 mã, thanh long 41 mã và chanh leo [24] mã.", "mã chanh leo"),
     ("Đào tạo [50.000] kỹ sư AI.", "Đào tạo kỹ sư AI"), ("Có [80%] doanh nghiệp dùng AI.", "doanh nghiệp dùng AI"),
     ("Nhà máy có công suất [40.000 tấn] pin mỗi năm.", "công suất pin"),
     ("Tổng cộng [45] bác sĩ tham gia.", "bác sĩ tham gia"),  # a total, nothing done to them
     ("Thành phố đặt mục tiêu đón [5 triệu] lượt khách Hàn Quốc.", "mục tiêu đón lượt khách Hàn Quốc"),
     ("Hải quan Hàn Quốc sẽ hỗ trợ đào tạo cho [60] cán bộ hải quan Việt Nam.", "hỗ trợ đào tạo cho cán bộ hải quan Việt Nam"),
     # whose, and what they do; who says it is no part of it
     ("Bà Sen cho biết [94%] sinh viên của khoa có việc làm.", "sinh viên của khoa có việc làm"),
     ("Khoảng [90%] sản lượng của nhà máy dành cho xuất khẩu.", "sản lượng của nhà máy dành cho xuất khẩu")),
    ("vi.label.measure-is", "A count that is a measure's value: `Quy mô tuyển sinh mỗi năm là 450 học viên`, `Số người tham dự là 300`.",
     ("Quy mô tuyển sinh mỗi năm là [450] học viên.", "Quy mô tuyển sinh mỗi năm"),),
    ("vi.label.respectively", "Figures said `lần lượt` (respectively): each of the item in its place of the list said before (`Nha Trang và Phú Quốc lần lượt chiếm 24% và 18%`; after a change and no figures before, the change of each: `lượng nước tưới và phân bón giảm lần lượt 30% và 20%`), with the noun the last one counts; after a change said with them (`tăng lần lượt 22% và 17%`), that change of the figure before in its place.",
     ("Nha Trang và Phú Quốc lần lượt chiếm [24%] và 18%.", "Nha Trang chiếm"),
     # a change before lần lượt and no figures before it: the change of each item the subject lists
     ("Mô hình rộng 35 ha cho thấy lượng nước tưới và phân bón giảm lần lượt 30% và [20%].", "mức giảm của lượng phân bón"),
     ("Trung Quốc và Nhật Bản, hai nước lần lượt đứng thứ 2 và [thứ 3].", "Nhật Bản đứng"),
     # deeds said as nouns; the first item's measure noun is the next one's too
     ("Xuất khẩu của Việt Nam sang Hàn Quốc và nhập khẩu từ Hàn Quốc lần lượt đạt 22,1 tỷ USD và [52,5 tỷ USD].", "nhập khẩu từ Hàn Quốc"),
     ("Vốn của các dự án cấp mới và dự án điều chỉnh lần lượt là 1,15 tỷ USD và [650 triệu USD].", "Vốn của dự án điều chỉnh"),
     ("Năng suất cà chua và dưa lưới trồng trong nhà kính thông minh lần lượt đạt [350 tấn] và 60 tấn.", "Năng suất cà chua"),
     ("Chi phí logistics và nguồn điện ổn định là hai mối quan tâm hàng đầu, được lần lượt 54% và [47%] doanh nghiệp nêu ra.", "doanh nghiệp nêu ra (nguồn điện ổn định)"),
     ("Khu gian hàng gồm 238 gian của 164 doanh nghiệp, tăng lần lượt [22%] và 17% so với kỳ trước.", "mức tăng của gian của Khu gian hàng"),),
    ("vi.label.object-of", "An amount that is the object of a deed and ends its clause: who does it and the deed (`doanh nghiệp mới sử dụng 7.600 tấn,`), the deed alone after a pronoun, the counter when it is what is counted (`thu hút hơn 1.000 đại biểu,`).",
     ("Năm qua doanh nghiệp mới sử dụng [7.600 tấn], tương đương 76%.", "doanh nghiệp sử dụng"),
     ("Năm nay chúng tôi dự kiến nhập khoảng [3.000 tấn].", "dự kiến nhập"),
     ("Diễn đàn thu hút hơn [1.000] đại biểu, trong đó có 420 doanh nghiệp.", "Diễn đàn thu hút đại biểu"),
     # the subject, without the modal it ends on
     ("Ứng viên phải từ [18 đến 39 tuổi].", "Ứng viên"),),
    ("vi.label.done-by", "A target year after a verb of completion: what is to be done by then, and by whom: `giai đoạn 1 dự kiến hoàn thành trong năm 2027`.",
     ("Nhà máy dự kiến đi vào hoạt động từ năm [2028].", "Nhà máy đi vào hoạt động"),),
    ("vi.label.window-of", "What is to be done in a window of time (`trong 3 năm tới`, `trong 12 tháng đầu`): the verb phrase of its clause before it, from the first verb that is a deed (not who says it, not where it goes) to a figure, or the verb before a figure and the noun it counts; else, a window that opens its clause, the verb phrase after it.",
     ("Khảo sát cho thấy 64% doanh nghiệp dự định mở rộng sản xuất tại Việt Nam trong [3 năm] tới.", "dự định mở rộng sản xuất tại Việt Nam"),
     ("Ông Choi cho biết trong [5 năm] tới, viện sẽ triển khai 12 đề tài nghiên cứu chung.", "triển khai đề tài nghiên cứu chung"),
     ("Chúng tôi dự kiến đầu tư thêm 150 triệu USD vào Việt Nam trong [2 năm] tới.", "đầu tư thêm"),
     ("Công ty đã ký cam kết tuyển 200 kỹ sư tốt nghiệp từ viện trong [3 năm] đầu.", "tuyển kỹ sư")),
    ("vi.label.duration-of", "What lasts that long: the predicate after a length of time (`5 phút trình bày`), else the noun phrase or verb before it (`hợp đồng 3 năm`, `tu nghiệp từ 3-6 tháng`); a term, and what has it (`Khoản vay có thời hạn 40 năm`, `15 năm ân hạn`); what takes that long (`mất 3 ngày`): the deed after it, else the time named before it.",
     # a bare verb: with what does it or has it done, right before it
     ("Dự án được thực hiện trong [5 năm].", "Dự án thực hiện"),
     # for whom (cho …) after the deed and its object: the deed, its object, for whom
     ("Phía Hàn Quốc sẽ đào tạo 60 bác sĩ, điều dưỡng cho bệnh viện tỉnh trong [5 năm].",
      "đào tạo 60 bác sĩ, điều dưỡng cho bệnh viện tỉnh"),
     # the contract the deed is of
     ("Công ty ký hợp đồng cung cấp 1.500 tấn mãng cầu cấp đông trong [2 năm].",
      "hợp đồng cung cấp 1.500 tấn mãng cầu cấp đông"),
     # "mới" (only so much) before an approximation
     ("Thời gian lưu trú bình quân của khách Hàn mới khoảng [3,5 ngày].", "lưu trú bình quân của khách Hàn"),
     # experience so long, and whose
     ("Công ty cần tuyển kỹ sư có [5 năm] kinh nghiệm.", "kinh nghiệm của kỹ sư"),
     # within so long of a moment (sau tốt nghiệp): a length, and of what
     ("Tỷ lệ sinh viên có việc làm trong [6 tháng] sau tốt nghiệp là 85%.", "việc làm sau tốt nghiệp"),
     # each one of a general kind (mỗi khóa, mỗi đợt) lasts that long
     ("Bác sĩ được đào tạo tại Busan; mỗi khóa kéo dài [6 tháng].", "mỗi khóa kéo dài"),
     # within (trong vòng, pyvi's two words) working days: the deed done in that time
     ("Tỉnh giải quyết thủ tục cấp giấy chứng nhận đầu tư trong vòng [15 ngày] làm việc.",
      "giải quyết thủ tục cấp giấy chứng nhận đầu tư"),
     # a grace period before its figure; a length of time and và end the phrase before
     ("Khoản vay có thời gian ân hạn [10 năm] và thời gian trả nợ 40 năm.", "thời gian ân hạn"),
     ("Khoản vay có thời gian ân hạn 10 năm và thời gian trả nợ [40 năm].", "thời gian trả nợ"),
     # what takes so long: the deed after, of what; else the time named before, past how often
     ("Ban Quản lý chỉ mất [15 ngày] để cấp điều chỉnh giấy chứng nhận đầu tư cho chúng tôi.",
      "thời gian để cấp điều chỉnh giấy chứng nhận đầu tư"),
     ("Hiện một bộ hồ sơ mất khoảng [20 ngày] để hoàn tất, trong khi dự án không chờ được.",
      "thời gian để hoàn tất một bộ hồ sơ"),
     ("Thời gian thông quan một lô trái cây tươi trung bình mất [3 ngày].",
      "Thời gian thông quan một lô trái cây tươi"),
     ("Nhà đầu tư lo ngại về thời gian hoàn thuế giá trị gia tăng, hiện trung bình mất [4 tháng].",
      "thời gian hoàn thuế giá trị gia tăng"),
     ("Thời gian ra quyết định cũng dài hơn, thường mất [4–6 tháng], nên đừng đợi.",
      "Thời gian ra quyết định"),
     # a noun phrase right before it is what lasts; "dành cho …" says for whom
     ("Hai bên triển khai 30 suất học bổng ngắn hạn [6 tháng] dành cho giảng viên.", "triển khai 30 suất học bổng ngắn hạn"),
     ("Khoản vay kém ưu đãi hơn: thời hạn [30 năm], gồm 10 năm ân hạn.", "thời hạn"),
     ("Hai bên sẽ đào tạo 200 kỹ sư cảng của Hải Phòng trong [3 năm].", "đào tạo 200 kỹ sư cảng của Hải Phòng"),
     ("Nhà đầu tư hoàn thành khảo sát gió, địa chất và môi trường biển trong [24 tháng].", "khảo sát gió, địa chất và môi trường biển"),
     ("Mỗi thí sinh có [5 phút] trình bày.", "trình bày"), ("Thời gian thực hiện là [5 năm].", "Thời gian thực hiện"), ("Bác sĩ được cử sang Seoul tu nghiệp từ [3-6 tháng].", "tu nghiệp"),
     ("Giải Nhất gồm học bổng toàn phần [2 năm] tại Hàn Quốc.", "học bổng toàn phần"),
     ("Hai bên ký chương trình đào tạo 200 kỹ sư trong [3 năm].", "ký chương trình đào tạo 200 kỹ sư"),
     # a loan's or a contract's terms
     ("Khoản vay có thời hạn [40 năm], trong đó có 15 năm ân hạn.", "thời hạn của Khoản vay"),
     ("Khoản vay có thời hạn 40 năm, trong đó có [15 năm] ân hạn.", "ân hạn"),
     # a work that lasts so long, after which something is done; a time to do it in
     ("Nhà máy hoàn thành sau [20 tháng] thi công.", "thi công"),
     ("Sở sẽ giải quyết hồ sơ giấy phép môi trường trong [15 ngày] thay vì 30 ngày.", "giải quyết hồ sơ giấy phép môi trường"),
     ("Tỉnh cam kết giải quyết thủ tục đầu tư trong tối đa [15 ngày] làm việc.", "giải quyết thủ tục đầu tư"),
     ),
    ("vi.label.subject-of-verb", "The subject of đạt, là, chiếm, lên tới …: `Kim ngạch thương mại đạt 86,4 tỷ USD`.",
     # a subject that points back to a number said before: that number's label
     ("Triển lãm năm trước đón 9.800 lượt khách, và năm nay Ban Tổ chức kỳ vọng con số này vượt [12.000] lượt.",
      "đón lượt khách"),
     # what costs the sum (tốn: costs)
     ("Mỗi chuyến đi tốn khoảng [350 triệu won], phần lớn do các nhà hảo tâm đóng góp.", "chuyến đi"),
     # a clause whose verb takes no object before the comma: its subject reaches the sum
     ("Trên cả nước, xuất khẩu thủy sản sang Hàn Quốc cũng đang phục hồi, đạt [610 triệu USD] trong cùng giai đoạn.",
      "xuất khẩu thủy sản sang Hàn Quốc"),
     # the whole region (toàn vùng) inside the subject, and as of when
     ("Theo NHNN, dư nợ tín dụng toàn vùng đồng bằng sông Cửu Long đến cuối tháng 9 đạt [1,02 triệu tỷ đồng].",
      "dư nợ tín dụng toàn vùng đồng bằng sông Cửu Long đến cuối tháng 9"),
     # a deed's noun pyvi reads as a verb, listed after và with a noun
     ("Tổng giá trị hợp đồng và thỏa thuận ước đạt [46 triệu USD].", "Tổng giá trị hợp đồng và thỏa thuận"),
     # a month that dates the subject, with it; a time before a comma is no list's item
     ("Dư nợ tín dụng đến cuối tháng 9 đạt [1,02 triệu tỷ đồng].", "Dư nợ tín dụng đến cuối tháng 9"),
     ("Chín tháng đầu năm, lợi nhuận trước thuế đạt [2.140 tỷ đồng].", "lợi nhuận trước thuế"),
     # a verb of reaching after a comma: the object of the verb before the comma reaches it
     ("Ông Khôi cho biết Hải Phòng đang duy trì tốc độ tăng trưởng GRDP hai con số, đạt [11,2%].",
      "tốc độ tăng trưởng GRDP"),
     # a long subject, a list of goods and when inside it
     ("Kim ngạch xuất khẩu nông, lâm, thủy sản của Việt Nam sang Hàn Quốc trong 10 tháng năm 2026 đạt [3,12 tỷ USD].",
      "Kim ngạch xuất khẩu nông, lâm, thủy sản của Việt Nam sang Hàn Quốc trong 10 tháng năm 2026"),
     # sales, which pyvi tags a verb (data/vi/token-fixes.tsv)
     ("Lễ hội đón 15.000 lượt khách mỗi ngày, doanh số bán hàng ước đạt [25 tỷ đồng].", "doanh số bán hàng"),
     # a name in brackets inside the subject, after the noun it names
     ("Diện tích nhà kính thông minh (smart farm) ở Hàn Quốc đã đạt [7.000 ha].",
      "Diện tích nhà kính thông minh (smart farm) ở Hàn Quốc"),
     # where it goes or passes is no subject: the noun phrase before the deed is
     ("Lượng kiều hối gửi về địa phương ước đạt [280 triệu USD].", "Lượng kiều hối gửi về địa phương"),
     ("Năm 2025, sản lượng hàng container thông qua cảng đạt [2,4 triệu TEU].", "sản lượng hàng container thông qua cảng"),
     ("Kim ngạch thương mại song phương đạt [86,4 tỷ USD].", "Kim ngạch thương mại song phương"),
     # a one-word subject that a change before it is done to: the change and it
     ("Hanul Semitech dự kiến tăng vốn thêm [600 triệu USD].", "tăng vốn"),
     # a list of goods inside the subject, its commas between common nouns
     ("10 tháng năm 2026, kim ngạch xuất khẩu nông, lâm, thủy sản của Việt Nam sang Hàn Quốc đạt [2,94 tỷ USD].",
      "kim ngạch xuất khẩu nông, lâm, thủy sản của Việt Nam sang Hàn Quốc"),
     # the verb after a comma: the subject of the clause before it
     ("Rau quả tăng mạnh nhất, đạt [410 triệu USD], tăng 23%.", "Rau quả"),
     # two places of a pair, a place and where it goes, inside the subject; a year before it
     ("Kim ngạch thương mại Việt Nam – Hàn Quốc đạt [31,2 tỷ USD], tăng 8,7%.", "Kim ngạch thương mại Việt Nam – Hàn Quốc"),
     ("Năm 2026 lượng khách Việt Nam đến Hàn Quốc đạt [710.000] lượt.", "lượng khách Việt Nam đến Hàn Quốc năm 2026"),
     # an aside between dashes stands between the subject and its verb
     ("Vốn góp của nhà đầu tư Hàn Quốc – chỉ tiêu được Cục theo dõi sát vì phản ánh xu hướng dịch chuyển – đạt [5,83 tỷ USD].",
      "Vốn góp của nhà đầu tư Hàn Quốc"),
     # a part of a whole said before ("trong đó … là"), all it says
     ("Dự án có tổng vốn 13,5 triệu USD, trong đó viện trợ không hoàn lại của Hàn Quốc thông qua KOICA là [12 triệu USD].",
      "viện trợ không hoàn lại của Hàn Quốc thông qua KOICA"),
     # what a trade earns ("mang về", "thu về")
     ("Riêng tôm mang về [412 triệu USD].", "tôm"),
     # a subject said to be something with the figure
     ("Trái cây là điểm sáng với [286 triệu USD], tăng 41%.", "Trái cây"),
     # a rate and all it says up to the verb (`rate_is`)
     ("Tỷ lệ học viên có việc làm ngay sau tốt nghiệp là [92%].", "Tỷ lệ học viên có việc làm ngay sau tốt nghiệp"),
     ("Tỉ lệ học viên có việc làm sau 6 tháng tốt nghiệp dự kiến đạt trên [85%].", "Tỉ lệ học viên có việc làm sau 6 tháng tốt nghiệp"),
     # a year between the subject and its verb dates the subject; it is no subject itself
     ("Trong khi nhu cầu đến năm 2030 là ít nhất [50.000] người.", "nhu cầu đến năm 2030"),
     # a rate the clause names before its figure, with no verb of measure
     ("Năm ngoái tỷ lệ thí sinh đỗ chỉ khoảng [48%] thôi.", "tỷ lệ thí sinh đỗ"),
     # "giảm còn 21%": the level it fell to, not a fall by 21%
     ("Tỷ lệ lao động Việt Nam cư trú bất hợp pháp hiện đã giảm còn [21%].",
      "Tỷ lệ lao động Việt Nam cư trú bất hợp pháp"),
     ("Sản lượng hàng hóa container qua hệ thống cảng Hải Phòng năm ngoái đạt [11,4 triệu TEU].",
      "Sản lượng hàng hóa container qua hệ thống cảng Hải Phòng năm ngoái"),),
    ("vi.label.noun-before", "The noun right before the figure: `công suất 2.400 MW`, with the thing a `với`/`có` ties it to; a rank's holder, with where and in what it is held (`cả nước`, `về thu hút FDI`).",
     # a measure in its unit, then how it is (an adjective), not what is measured
     ("Tỉnh hiện có quỹ đất công nghiệp sạch khoảng [1.200 ha] sẵn sàng bàn giao ngay.", "quỹ đất công nghiệp sạch"),
     # three words pyvi reads apart (data/vi/token-fixes.tsv): a grant, non-refundable
     ("Tổng vốn 12,5 triệu USD, trong đó viện trợ không hoàn lại của KOICA [10 triệu USD], vốn đối ứng 2,5 triệu USD.",
      "viện trợ không hoàn lại của KOICA"),
     # pyvi's one token "trở_thành_thị_trường" is a verb and a noun (data/vi/token-fixes.tsv)
     ("Xuất khẩu đạt 3,9 tỷ USD, đưa Hàn Quốc trở thành thị trường lớn [thứ 3] của ngành.", "thị trường"),
     ("Năm ngoái, Hải Phòng đứng [thứ 2] cả nước về thu hút FDI.", "Hải Phòng (về thu hút FDI, cả nước)"),
     # a size word pyvi reads as an adjective: the nouns after the last verb before it
     ("Tập đoàn Hanbit (Hàn Quốc) công bố kế hoạch đầu tư trung tâm logistics quy mô [35 ha].", "trung tâm logistics quy mô"),
     # a bare measure noun: whose, before its bracket or the figure before and its comma;
     # "lần lượt" is no part of a label
     ("Dự án nhà máy sản xuất pin của Hanul Energy (vốn [720 triệu USD]) đặt tại KCN Tràng Duệ.", "vốn của Dự án nhà máy sản xuất pin của Hanul Energy"),
     ("Tập đoàn Hanbit (Hàn Quốc) công bố kế hoạch đầu tư trung tâm logistics quy mô 35 ha, vốn [120 triệu USD] tại Phú Mỹ.", "vốn của trung tâm logistics"),
     ("Ba dự án có công suất lần lượt [1.000 MW], 800 MW và 600 MW.", "công suất"),
     ("Lớn nhất là dự án nhà máy linh kiện bán dẫn của Công ty TNHH Seojin Vina, vốn [420 triệu USD].", "vốn của dự án nhà máy linh kiện bán dẫn của Công ty TNHH Seojin Vina"),
     ("Hai trường ký biên bản ghi nhớ thành lập phòng thí nghiệm chung về robot công nghiệp, diện tích [500 m²], dự kiến đưa vào sử dụng.", "diện tích của phòng thí nghiệm chung về robot công nghiệp"),
     # a size noun before a general one (người): the size; nearness after it is no noun
     ("Gyeongbuk có dân số khoảng [2,5 triệu] người, diện tích 19.030 km².", "dân số"),
     ("Công ty đã xây kho lạnh [40.000 m²] sát cảng.", "kho lạnh"),
     ("Hợp tác xã có vùng trồng [320 ha] đạt chuẩn GlobalGAP.", "vùng trồng"),
     # pyvi's phòng + thí_nghiệm is one noun (data/vi/token-fixes.tsv): what has the size
     ("Trường sẽ mở phòng thí nghiệm dùng chung với quy mô [300 m²].",
      "quy mô của phòng thí nghiệm dùng chung"),
     # a ratio "over" what (trên): part of the phrase
     ("Tỷ lệ chi phí logistics trên GDP của Việt Nam khoảng [16,8%].",
      "Tỷ lệ chi phí logistics trên GDP của Việt Nam"),
     ("Về thu hút FDI, Bắc Ninh hiện xếp [thứ 4] cả nước.", "Bắc Ninh (về thu hút FDI, cả nước)"),
     ("Daehan Tech trở thành nhà sản xuất mô-đun camera lớn [thứ 3] thế giới.", "nhà sản xuất mô-đun camera (thế giới)"),
     # in a clause that opens with its phase, the phase too
     ("Nhà máy gồm 2 giai đoạn. Giai đoạn 1 xây dựng xưởng may trên diện tích [7,5 ha], thời gian thi công 18 tháng.", "diện tích (giai đoạn 1)"),
     # a list of counts of people, each item the noun phrase before it
     ("Gồm xây dựng 1.210 người, nông nghiệp [1.480] người và ngư nghiệp 950 người.", "nông nghiệp"),
     # a price per unit; where a sum goes, with the deed
     ("Giá bán cao hơn khoảng 18%, mỗi tấn khoảng [3.500 USD].", "mỗi tấn"),
     ("Mỗi du khách chi tiêu bình quân [95 USD/ngày].", "mỗi du khách chi tiêu bình quân (mỗi ngày)"),
     ("Mỗi tháng em gửi về nhà chừng [35 triệu đồng].", "gửi về nhà"),
     ("Nhà máy có công suất [1.200 MW].", "công suất của Nhà máy"),
     ("Kho cảng LNG đi kèm có sức chứa [180.000 m³].", "sức chứa"),
     ("Trang trại rộng 65 ha, kho lạnh có sức chứa [3.000 tấn].", "sức chứa của kho lạnh"),
     ("Mỗi ca mổ tim hở có chi phí từ [120 đến 150 triệu đồng].", "chi phí của ca mổ tim hở"),
     ("Giai đoạn 2 với vốn bổ sung [200 triệu USD] sẽ khởi công.", "vốn bổ sung (giai đoạn 2)"),
     ("Kỳ thi thu hút 38.000 người dự thi, tỷ lệ đỗ khoảng [31%].", "tỷ lệ đỗ"),
     ("Tỷ lệ lao động bỏ trốn chỉ [0,8%], thấp nhất cả nước.", "Tỷ lệ lao động bỏ trốn"),
     ("Dự án sử dụng nguồn viện trợ không hoàn lại [12 triệu USD] của Hàn Quốc.", "nguồn viện trợ không hoàn lại"),
     # a rank `số 1` after a lower-case noun (no name's number, no address)
     ("Hàn Quốc là thị trường khách quốc tế [số 1] của thành phố.", "thị trường khách quốc tế"),
     # a list's next item, what has a size, a fee for doing
     ("Năm 2026, gạo đạt 85.000 tấn, cá tra [32.000 tấn].", "cá tra"),
     ("Chúng tôi dành riêng khu trưng bày rộng [2.400 m²] cho hàng Việt Nam.", "khu trưng bày rộng"),
     ("5. Chi phí và hỗ trợ: Phí tham gia [4.500.000 đồng]/gian hàng.", "Phí tham gia (mỗi gian)")),
    ("vi.label.change-of", "A share after tăng or giảm: the change of the subject; a sum or a count after them: the subject and its change (`vốn tăng thêm 260 triệu USD`); a signed share in brackets after a labelled figure (`820 triệu USD (+4,3%)`): that figure's change; the base after `so với` is kept.",
     ("- Dệt may: 820 triệu USD (+[4,3%])", "mức tăng của Dệt may"),
     ("- Gỗ và sản phẩm gỗ: 120 triệu USD ([−2,1%])", "mức giảm của Gỗ và sản phẩm gỗ"),
     # the subject past a forecast in the passive and an adverb
     ("Nhu cầu điện được dự báo tiếp tục tăng [10–12%] mỗi năm.", "mức tăng của Nhu cầu điện"),
     ("Xuất khẩu nông sản tăng [15%].", "mức tăng của Xuất khẩu nông sản"),
     # the base it is measured from, kept
     ("Doanh thu tăng [8,7%] so với cùng kỳ năm trước.", "mức tăng của Doanh thu (so với cùng kỳ năm trước)"),
     ("Chi phí sản xuất điện gió có thể giảm [18,5%].", "mức giảm của Chi phí sản xuất điện gió"),
     ("Năng suất tăng, trong khi lượng nước tưới giảm [35%].", "mức giảm của lượng nước tưới"),
     ("Học phí tại Changhae được giảm [50%] cho sinh viên.", "mức giảm của Học phí tại Changhae"),  # done to it
     # an average change
     ("Thương mại hai chiều tăng bình quân [14%] mỗi năm.", "mức tăng bình quân của Thương mại hai chiều"),
     # the figure right before lends its measure; a change of a change lends none
     ("Nhập khẩu đạt 52,5 tỷ USD, chỉ nhích [2,9%].", "mức tăng của Nhập khẩu"),
     ("Xuất khẩu đạt 27,9 tỷ USD, tăng 16,3%; nhập khẩu từ thị trường này là 52,5 tỷ USD, chỉ nhích [2,9%].",
      "mức tăng của nhập khẩu từ thị trường này"),
     ("Dự án mở rộng: vốn tăng thêm [260 triệu USD].", "vốn tăng thêm")),
    ("vi.label.purpose", "What a sum is for: `dành 1.500 tỷ đồng cho nghiên cứu AI`; after a verb of giving, with it: `tài trợ cho chương trình`; after the noun that names the sum, with it: `tổng vốn cho các dự án mới`.",
     # a verb of putting or raising money before the sum, with what it goes to
     ("Chúng tôi đã đầu tư [18 triệu USD] vào trang trại rộng 65 ha.", "đầu tư vào trang trại rộng"),
     ("Hội đã quyên góp được [180 triệu won] để hỗ trợ đồng bào miền Trung.", "quyên góp được để hỗ trợ đồng bào miền Trung"),
     ("Quỹ dành [1.500 tỷ đồng] cho nghiên cứu AI.", "nghiên cứu AI"),
     # verbs listed for what the sum does, the last with its thing; no preposition left hanging
     ("Sở sẽ bố trí [3,5 tỷ đồng] để biên dịch, in ấn ấn phẩm quảng bá bằng tiếng Hàn.", "biên dịch, in ấn ấn phẩm quảng bá"),
     # past where the sum comes from
     ("Cục sẽ dành khoảng [4,5 tỷ đồng] từ Chương trình xúc tiến thương mại quốc gia để hỗ trợ doanh nghiệp tham dự hội chợ.",
      "hỗ trợ doanh nghiệp tham dự hội chợ"),
     ("Tổ chức này tài trợ [2 triệu USD] cho chương trình đào tạo.", "tài trợ cho chương trình đào tạo"),
     ("Tỉnh trao giấy chứng nhận với tổng vốn [1,35 tỷ USD] cho các dự án công nghiệp.", "tổng vốn cho các dự án công nghiệp"),
     # credit names a sum (pyvi may tag gói a verb); more capital, with its change
     ("Chi nhánh mới sẽ dành gói tín dụng [300 triệu USD] cho doanh nghiệp Việt Nam.", "tín dụng cho doanh nghiệp Việt Nam"),
     ("Công ty được điều chỉnh tăng vốn thêm [95 triệu USD] để mở rộng dây chuyền camera.", "tăng vốn để mở rộng dây chuyền camera"),
     ("Ngân hàng dành gói tín dụng ưu đãi trị giá [50 triệu USD] cho các doanh nghiệp nhỏ.", "gói tín dụng ưu đãi cho các doanh nghiệp nhỏ")),
    ("vi.label.part-of", "A part of the figure before it, said by what the part does (`trong đó 65% đến từ …`): the earlier label, then the verb phrase.",
     ("Năm 2025, công ty đạt doanh thu 312 triệu USD, trong đó khoảng [65%] đến từ hợp đồng với các chủ tàu nước ngoài.", "doanh thu đến từ hợp đồng với các chủ tàu nước ngoài"),
     ("Sản lượng nhân xanh năm 2025 khoảng 420 tấn, trong đó mới có [15%] đạt chuẩn đặc sản.", "Sản lượng nhân xanh năm 2025 đạt chuẩn đặc sản")),
    ("vi.label.among", "Who holds a rank and how, and among whom, a pair joined by its comma: `Hàn Quốc đứng thứ 2 trong số các quốc gia, vùng lãnh thổ đầu tư vào tỉnh`.",
     # the first in words (thứ nhất)
     ("Hàn Quốc đứng [thứ nhất] trong số 151 quốc gia đầu tư.", "Hàn Quốc đứng trong số 151 quốc gia đầu tư"),
     ("Hàn Quốc đứng [thứ 2] trong số các quốc gia, vùng lãnh thổ đầu tư vào tỉnh với 60 dự án.", "Hàn Quốc đứng trong số các quốc gia, vùng lãnh thổ đầu tư vào tỉnh"),
     ("Việt Nam đứng [thứ 2] trong số 17 nước phái cử.", "Việt Nam đứng trong số 17 nước phái cử"),
     # with no holder before it, among whom alone
     ("Trong năm qua, đứng [thứ 2] trong số 17 nước phái cử.", "trong số 17 nước phái cử"),),
    ("vi.label.share-of", "A part's share of a whole: `sinh viên Việt Nam chiếm 35% số sinh viên quốc tế`; with no whole after it, the part alone, or the figure before it in a list's line.",
     ("Doanh nghiệp Hàn Quốc chiếm [40%] tổng vốn đầu tư vào tỉnh.", "Doanh nghiệp Hàn Quốc chiếm trong tổng vốn đầu tư"),
     # joined by "và" to the verb before: that verb's subject
     ("Kim ngạch thương mại đạt 80,4 tỷ USD, tăng 7,2% so với cùng kỳ và chiếm khoảng [10,5%] tổng kim ngạch của Việt Nam.",
      "Kim ngạch thương mại chiếm trong tổng kim ngạch"),
     # a verb right after a counting noun is the whole's (chuyến bay, lượt khám)
     ("Số lượt khám ban đầu tại trạm y tế chỉ chiếm khoảng [18%] tổng số lượt khám trên địa bàn.",
      "Số lượt khám ban đầu tại trạm y tế chiếm trong tổng số lượt khám"),
     ("Các hãng hàng không Hàn Quốc chiếm [45%] tổng số chuyến bay quốc tế đến Đà Nẵng.",
      "hãng hàng không Hàn Quốc chiếm trong tổng số chuyến bay quốc tế"),
     ("- Sản xuất chế tạo: 7.960 lao động, chiếm [73,6%].", "Sản xuất chế tạo"),
     # a bracket after the part; another part's figure before "và" is no part of this one
     ("Công ty TNHH Xây dựng Hanseong (Hanseong E&C, Hàn Quốc) chiếm [35%] và Công ty Phú Điền chiếm 20%.",
      "Công ty TNHH Xây dựng Hanseong"),
     ("Công ty TNHH Xây dựng Hanseong (Hanseong E&C, Hàn Quốc) chiếm 35% và Công ty Phú Điền chiếm [20%].",
      "Công ty Phú Điền"),),
    ("vi.label.shared-out", "A share in a list after its topic and a colon (`Tỷ lệ góp vốn: A 40%, B 35%`): the topic, with whose share it is.",
     ("Tỷ lệ góp vốn: Tập đoàn Đông Hải 40%, Công ty Mê Kông [35%], các nhà đầu tư 25%.", "Tỷ lệ góp vốn (Công ty Mê Kông)"),
     ("Tỷ lệ góp vốn: Tập đoàn Đông Hải [40%], Công ty Mê Kông 35%.", "Tỷ lệ góp vốn (Tập đoàn Đông Hải)"),
     ("Cơ cấu góp vốn: Daewon Energy 51%; Seohae Gas [34%]; các đối tác khác 15%.", "Cơ cấu góp vốn (Seohae Gas)"),
     ("Cơ cấu sở hữu: Trường Sơn [51%] – Hanbit 49%", "Cơ cấu sở hữu (Trường Sơn)"),
     ("Cơ cấu sở hữu: Trường Sơn 51% – Hanbit [49%]", "Cơ cấu sở hữu (Hanbit)"),),
    ("vi.label.from-to", "Both ends of a change `từ X … lên/xuống Y` in one unit: what changed (the subject before từ), the first end `(trước đó)`; a year that dates the first end is passed over.",
     # the level a figure said before changed from, and when
     ("Nông sản chiếm tới 35% số gian hàng năm nay, tăng mạnh so với mức [22%] của kỳ trước.", "số gian hàng (kỳ trước)"),
     ("Tỷ lệ nội địa hóa sẽ được nâng từ 12% lên [30%].", "Tỷ lệ nội địa hóa"),
     ("Tỷ lệ nội địa hóa sẽ được nâng từ [12%] lên 30%.", "Tỷ lệ nội địa hóa (trước đó)"),
     # the change said before a comma, the level it came from after it
     ("Giá cà phê tăng lên 5.200 USD/tấn, từ [4.100 USD/tấn] hồi đầu năm.", "Giá cà phê (mỗi tấn) (trước đó)"),
     # the level now, said after it
     ("Tỉnh đặt mục tiêu nâng tỷ lệ nội địa hóa của ngành dệt may lên 55%, từ mức khoảng [38%] hiện nay.",
      "tỷ lệ nội địa hóa của ngành dệt may (hiện nay)"),
     ("Tỷ lệ cư trú bất hợp pháp đã giảm xuống còn 19,5%, từ mức [27%] của năm 2023.",
      "Tỷ lệ cư trú bất hợp pháp đã giảm xuống (năm 2023)"),
     ("Trong đó, xuất khẩu của Việt Nam sang Hàn Quốc tăng từ 8,9 tỷ USD lên [27,4 tỷ USD].", "xuất khẩu của Việt Nam sang Hàn Quốc"),
     ("Tỷ lệ lao động cư trú bất hợp pháp giảm từ 21,3% năm 2025 xuống còn [18,6%].", "Tỷ lệ lao động cư trú bất hợp pháp"),
     ("Tỷ lệ điện tái tạo của các nhà máy sẽ tăng từ [8%] lên khoảng 35%.", "Tỷ lệ điện tái tạo của các nhà máy (trước đó)"),
     ("Nhà máy nâng công suất dây cáp điện từ [12.000 tấn] lên 20.000 tấn mỗi năm.", "công suất dây cáp điện (trước đó)"),),
    ("vi.label.goal-of", "A target and whose it is: `kim ngạch thương mại đang hướng tới mục tiêu 150 tỷ USD`.",
     ("Kim ngạch thương mại hai nước đang hướng tới mục tiêu [150 tỷ USD].", "mục tiêu kim ngạch thương mại hai nước"),),
    ("vi.label.worth-of", "What is worth the sum: `dự án điện khí trị giá 1,2 tỷ USD`.",
     # each of the things named before in the sentence
     ("Quỹ trao 30 suất học bổng cho sinh viên có hoàn cảnh khó khăn, mỗi suất trị giá [2.000 USD].", "mỗi suất học bổng"),
     ("Hội cũng trao 300 suất quà cho các hộ nghèo, mỗi suất trị giá [500.000 đồng].", "mỗi suất quà"),
     # the deal, not the partner or the short form at the end of the phrase
     ("Công ty ký thỏa thuận cung cấp tôm chế biến cho chuỗi siêu thị Hanmi Mart trị giá [45 triệu USD].",
      "thỏa thuận cung cấp tôm chế biến cho chuỗi siêu thị Hanmi"),
     ("Bệnh viện tài trợ một hệ thống chụp mạch số hóa xóa nền (DSA) trị giá khoảng [300.000 USD].",
      "hệ thống chụp mạch số hóa xóa nền"),
     ("Hai bên ký thỏa thuận dự án điện khí trị giá [1,2 tỷ USD].", "dự án điện khí"),
     # after a figure and its unit: the worth of that figure's goods
     ("Gạo đạt 85.000 tấn, trị giá [52 triệu USD].", "Gạo"),
     ("Hệ thống thiết bị thế hệ mới trị giá [3 tỷ đồng] được bàn giao.", "Hệ thống thiết bị thế hệ mới"),
     # a noun a bracket names, after the count before it; a noun its verbs modify
     ("Công ty tài trợ thiết bị và 20 bản quyền phần mềm thiết kế điện tử (EDA) trị giá khoảng [1,2 triệu USD].",
      "bản quyền phần mềm thiết kế điện tử"),
     ("Công ty sẽ đầu tư thêm một dây chuyền cà phê hòa tan sấy lạnh trị giá [215 tỷ đồng].",
      "dây chuyền cà phê hòa tan sấy lạnh"),
     # past what a figure before is per: the deal
     ("Hai bên ký hợp đồng cung cấp 18 triệu mét vải/năm, trị giá khoảng [52 triệu USD].",
      "hợp đồng cung cấp 18 triệu mét vải/năm")),
    ("vi.label.time-of", "What a target year or a period dates: `Nhà máy dự kiến đi vào hoạt động năm 2027`.",
     ("Nhà máy dự kiến đi vào hoạt động năm [2027] và tuyển 3.500 lao động.", "hoạt động"),
     # a plan's deed of four words; a part of a year
     ("Ông Lee cho biết nhà máy dự kiến đi vào vận hành năm [2027] và tuyển 2.800 lao động.", "vận hành"),
     ("Nhà máy sẽ vận hành giai đoạn 1 vào cuối năm [2029].", "giai đoạn 1"),
     ("Giai đoạn 2 dự kiến triển khai năm [2028] tại một xã khác.", "Giai đoạn 2 dự kiến triển khai"),
     # a target's word in its sentence opens the label (`aimed`)
     ("Ngân hàng đặt mục tiêu đạt 2 triệu người dùng dịch vụ vào năm [2028].", "mục tiêu người dùng dịch vụ"),
     # a period written `giai đoạn …` is the period of what the label says (`phased`)
     ("Biên bản có hiệu lực trong giai đoạn [2025–2030].", "giai đoạn hiệu lực"),
     # a decimal comma is no clause's comma
     ("Chúng tôi đặt mục tiêu đón 2,2 triệu lượt khách Hàn Quốc vào năm [2027].",
      "mục tiêu đón 2,2 triệu lượt khách Hàn Quốc"),),
    ("vi.label.previous-figure", "A period with nothing of its own before it, a rank right after a figure (`…, đứng thứ 2 cả nước`), or a figure the same measure is raised to (`… là 92%, chúng tôi muốn nâng lên 97%`): the label of the figure before it in the sentence; a share said `tức` (that is) after a count: the share of what was counted (`78 cơ sở đạt chuẩn, tức khoảng 6%`).",
     # the words before the year are another figure's, from its approximation on
     ("Hiệp hội dự báo thiếu khoảng 54.000 nhân lực vào năm [2031], do đó cần hợp tác.", "dự báo thiếu nhân lực"),
     # raised (nâng lên) after a comma, with no subject but the verb: the figure before's
     ("Các nội dung chính gồm công suất điện phân giai đoạn đầu 300 MW, nâng lên [1.000 MW] vào năm 2032.",
      "công suất điện phân"),
     # a share said `tức` (that is) after a count: the share of what was counted
     ("Tỉnh có 1.350 cơ sở lưu trú, nhưng mới có 78 cơ sở đạt chuẩn phục vụ khách Hàn Quốc, tức khoảng [6%].",
      "tỷ lệ cơ sở đạt chuẩn phục vụ khách"),
     # a plan with a number's thousands dot in it, then from which year
     ("Nhà máy mới dự kiến tuyển 3.500 lao động và đạt công suất 240 triệu sản phẩm mỗi năm từ năm [2028].",
      "công suất sản phẩm"),
     ("Tổng vốn đạt 2 tỷ USD trong giai đoạn [2026 – 2030].", "giai đoạn Tổng vốn"),
     ("Năm 2026, Hải Phòng thu hút 4,8 tỷ USD vốn FDI, đứng [thứ 2] cả nước.", "thu hút vốn FDI cả nước"),
     ("Tỷ lệ sinh viên có việc làm là 92%, chúng tôi muốn nâng lên [97%].", "Tỷ lệ sinh viên có việc làm"),
     # a figure of the same kind and unit joined by "và", a time of the first between them
     ("Hai nước đưa kim ngạch song phương lên 100 tỷ USD vào năm 2027 và [150 tỷ USD] vào năm 2030.",
      "kim ngạch song phương"),
     ("Hai nước đưa kim ngạch song phương lên 100 tỷ USD vào năm 2027 và 150 tỷ USD vào năm [2030].",
      "kim ngạch song phương")),
    ("vi.label.set-off", "A figure set off by commas right after the noun phrase that opens its sentence: `Khoản vay còn lại, 127 triệu USD, tài trợ …`.",
     ("Khoản vay còn lại, [127 triệu USD], tài trợ cho bệnh viện tỉnh.", "Khoản vay còn lại"),
     ("Toàn bộ kinh phí của chương trình, ước khoảng [2,4 triệu USD], do Quỹ tài trợ.",
      "Toàn bộ kinh phí của chương trình")),
    ("vi.label.each-of", "A sum for each of a counted kind, the count before it: `120 suất học bổng, mỗi suất trị giá 10 triệu đồng`.",
     ("Quỹ trao 120 suất học bổng, mỗi suất trị giá [10 triệu đồng], cho học sinh nghèo.", "suất học bổng (mỗi suất)"),
     ("Gồm 30 suất toàn phần, mỗi suất 30 triệu đồng, và 120 suất bán phần, mỗi suất [10 triệu đồng].",
      "suất bán phần (mỗi suất)")),
    ("vi.label.risen-to", "A figure a thing rose or fell to, after its change and a comma: `sầu riêng tăng 96%, lên 312 triệu USD`; the change's subject.",
     ("Riêng sầu riêng tăng 96%, lên [312 triệu USD].", "sầu riêng"),
     ("Kim ngạch xuất khẩu rau quả giảm 12%, xuống [1,3 tỷ USD].", "Kim ngạch xuất khẩu rau quả")),
    ("vi.label.bracketed", "A figure alone in brackets right after its noun phrase (not after another figure, whose equivalent it is): `bất động sản (0,71 tỷ USD)`.",
     ("Tiếp theo là kinh doanh bất động sản ([0,71 tỷ USD]) và dịch vụ.", "bất động sản"),
     ("Nhà máy có kho lạnh ([45.000 m²]) hiện đại.", "kho lạnh")),
    ("vi.label.dimension", "A size after the adjective of its dimension (dài, rộng, cao, sâu): what has it, and the adjective; after a comma, what the size before it was of.",
     ("Theo thiết kế, cầu Vàm Sâu dài [2,3 km], rộng 24,5 m.", "cầu Vàm Sâu dài"),
     ("Theo thiết kế, cầu Vàm Sâu dài 2,3 km, rộng [24,5 m].", "cầu Vàm Sâu rộng")),
    ("vi.label.share-is", "A share and what it is: `trên 85% là lao động địa phương`.",
     ("Nhà máy tuyển 1.200 lao động, trong đó trên [85%] là lao động địa phương.", "lao động địa phương"),),
    ("vi.label.apposed", "A figure alone after a comma at its clause's end: the size of the noun phrase a verb takes before the comma: `có thặng dư thương mại lớn nhất, khoảng 23,1 tỷ USD`.",
     ("Việt Nam là nơi Hàn Quốc có thặng dư thương mại lớn nhất, khoảng [23,1 tỷ USD].", "thặng dư thương mại lớn nhất")),
    ("vi.label.share-does", "A share that opens its clause, with no noun after it, and what that share does: `ít nhất 70% sẽ làm việc tại các cơ sở y tế trong nước`.",
     ("Sau tốt nghiệp, ít nhất [70%] sẽ làm việc tại các cơ sở y tế trong nước.", "làm việc tại các cơ sở y tế trong nước"),
     ("Theo khảo sát, [72%] đạt chứng chỉ tiếng Hàn trung cấp sau 10 tháng.", "đạt chứng chỉ tiếng Hàn trung cấp"),
     ("Có 2.000 vị trí tuyển dụng, khoảng [65%] dành cho sinh viên mới tốt nghiệp.", "dành cho sinh viên mới tốt nghiệp"),
     # after what found or said it
     ("Khảo sát với 240 doanh nghiệp cho thấy [62%] có kế hoạch mở rộng sản xuất.", "có kế hoạch mở rộng sản xuất"),
     # past what they said, after a colon; two deeds joined; a part, no figure
     ("Khảo sát với 150 doanh nghiệp: [57%] cho biết sẽ chuyển một phần đơn hàng sang Việt Nam.",
      "chuyển một phần đơn hàng sang Việt Nam"),
     ("Với 520 doanh nghiệp, [73%] cho biết sẽ duy trì hoặc mở rộng đầu tư trong thời gian tới.",
      "duy trì hoặc mở rộng đầu tư")),
    ("vi.label.raised-to", "What is raised or lowered to the figure: `nâng tỷ lệ lao động qua đào tạo lên 40%`.",
     ("Tỉnh sẽ nâng tỷ lệ lao động qua đào tạo lên [40%] vào năm 2030.", "tỷ lệ lao động qua đào tạo"),
     ("Tổng công suất của nhà máy sẽ được nâng lên [100.000 tấn/năm].", "Tổng công suất của nhà máy"),
     # a share of GDP: the thing lowered, over GDP
     ("Ngành phấn đấu giảm chi phí logistics xuống còn [12-14%] GDP.", "phấn đấu chi phí logistics trên GDP"),
     # brought down to a price per unit, and what it is per kept
     ("Doanh nghiệp đưa giá thành hydrogen xanh về [2 USD/kg].", "giá thành hydrogen xanh (mỗi kg)"),
     ("Thành phố sẽ nâng mức chi tiêu bình quân lên [120 USD/ngày].", "mức chi tiêu bình quân (mỗi ngày)"),
     # shortened to a length of time, working days a unit; a time after something
     ("Thành phố rút ngắn thời gian cấp giấy chứng nhận đầu tư xuống còn [15 ngày] làm việc.", "thời gian cấp giấy chứng nhận đầu tư"),
     ("Thời gian cấp phép được rút ngắn từ 15 ngày xuống còn [7 ngày].", "Thời gian cấp phép"),
     # a size raised to a count of things: the size, of what is counted
     ("Công ty nâng công suất lên [60 triệu] sản phẩm mỗi năm.", "công suất sản phẩm"),
     ("Thời gian nằm viện trung bình sau ghép thận đã giảm từ 21 ngày xuống còn [12 ngày].", "Thời gian nằm viện trung bình sau ghép thận"),),
    ("vi.label.before-colon", "A list's line that names what its figure measures before a colon, the figure right after it or in the change the line then states (`- Tỷ lệ nội địa hóa: nâng từ 38% … lên 50%`); a length of time with no other label too (`- Thời gian thực hiện: 48 tháng`).",
     ("- Thời gian thực hiện: [48 tháng]", "Thời gian thực hiện"),
     ("- Sản lượng hàng hóa thông qua cảng năm 2025: [15,2 triệu tấn].", "Sản lượng hàng hóa thông qua cảng năm 2025"),
     # the line's measure, then how it is to change: every figure of the change is its
     ("- Tỷ lệ nội địa hóa: nâng từ [38%] hiện nay lên 50% vào năm 2030.", "Tỷ lệ nội địa hóa"),
     ("- Tỷ lệ nội địa hóa: nâng từ 38% hiện nay lên [50%] vào năm 2030.", "Tỷ lệ nội địa hóa"),
),
    ("vi.label.table-column", "A figure in a flattened table (rows on lines of their own, cells between `|`): its column's heading, after the row's heading when that is words.",
     ("Chỉ tiêu | Số dự án | Vốn đăng ký\nNăm 2026 | 45 | [1,2 tỷ USD]", "Năm 2026 Vốn đăng ký"),
     ("Chỉ tiêu | 2025 | 2026\nXuất khẩu | 20 tỷ USD | [24 tỷ USD]", "Xuất khẩu 2026"),
     # a row named with its number is named all the same
     ("Giai đoạn | Thời gian | Vốn đầu tư\nGiai đoạn 1 | 2027 - 2029 | [180 triệu USD]", "Giai đoạn 1 Vốn đầu tư")),
    ("vi.label.equivalent", "The same sum in another currency, in brackets or after `tương đương` or `tức`: the first one's label, per what the second is per when it says (`won/tháng`).",
     ("Dự án có tổng vốn đầu tư 235 triệu USD (khoảng [6.100 tỷ đồng]).", "tổng vốn đầu tư của Dự án"),
     ("Tổng vốn khoảng 2,3 tỷ USD, tương đương hơn [58 nghìn tỷ đồng].", "Tổng vốn"),
     # past what the first is per; a sum per another unit of time is per its own
     ("Thu nhập bình quân đạt 2,6–3 triệu won/tháng, tức khoảng [45–53 triệu đồng].", "Thu nhập bình quân (mỗi tháng)"),
     ("Mức lương tối thiểu là 10.320 won/giờ, tương đương khoảng [2,16 triệu won]/tháng.", "Mức lương tối thiểu (mỗi tháng)"),),
    ("vi.label.clause-after", "A year that opens the sentence, or follows an aim's verb (`phấn đấu đến năm 2030`): what the clause after it says is done by then.",
     ("Theo kế hoạch, đến năm [2028], bệnh viện sẽ triển khai giai đoạn 2.", "bệnh viện sẽ triển khai giai đoạn 2"),
     ("Năm [2027], chúng tôi sẽ tăng số suất lên 250.", "chúng tôi sẽ tăng số suất lên 250"),
     ("Ông Minh cho biết: \"Đến năm [2030], trường đặt mục tiêu có 500 giảng viên\".", "trường đặt mục tiêu có 500 giảng viên"),
     # after an aim's verb: what is aimed at by then
     ("Tỉnh phấn đấu đến năm [2030] thu hút thêm 10 tỷ USD vốn FDI.", "phấn đấu thu hút thêm 10 tỷ USD vốn FDI"),
     ("Việt Nam đặt mục tiêu đến năm [2030] vào top 3 ASEAN.", "mục tiêu vào top 3 ASEAN"),),
    ("vi.label.times-of", "So many times another figure (`gấp 1,5 lần`): the subject before gấp, or the figure before its comma, and what it is compared with after lần.",
     ("Quy mô vốn của dự án gấp [1,5 lần] nhà máy đầu tiên.", "Quy mô vốn của dự án (so với nhà máy đầu tiên)"),
     ("Năng suất cà chua đạt [2,5 lần] so với nhà kính truyền thống.", "Năng suất cà chua (so với nhà kính truyền thống)"),
     # risen so many times, after the figure before and its comma
     ("Xuất khẩu rau quả đạt 480 triệu USD, tăng gấp [2 lần] so với năm 2020.", "Xuất khẩu rau quả (so với năm 2020)"),),
    ("vi.label.compared", "By how much one thing differs from another (`giá cao hơn 15% so với …`): what differs (the noun phrase before, or after a comma the figure before), how, and from what.",
     # what it is compared with before the figure
     ("Phía Hàn Quốc yêu cầu rất chặt, nhưng giá tốt hơn thị trường nội địa khoảng [15%].", "giá tốt hơn thị trường nội địa"),
     ("Giá xử lý là 17,4 USD/tấn, thấp hơn [21%] so với giá trần.", "Giá xử lý thấp hơn giá trần"),
     ("Hợp tác xã bán 200 tấn gạo thơm, giá cao hơn [15%] so với bán cho thương lái.", "giá cao hơn bán cho thương lái"),),
    ("vi.label.clause-subject", "The whole clause before a verb of measure (đạt, còn …) when no noun phrase ends at the verb: `vốn Hàn Quốc đăng ký mới và tăng thêm đạt …`.",
     # a sum no words near it name, in a sentence that opens with a cost or a price
     ("Chi phí được quỹ tài trợ toàn bộ, khoảng [3.500 USD]/người.", "Chi phí (mỗi người)"),
     ("Giá tôm thẻ chân trắng xuất khẩu bình quân tăng từ [8,7 USD]/kg lên 9,4 USD/kg.", "Giá tôm thẻ chân (mỗi kg)"),
     ("Riêng 9 tháng năm nay, vốn Hàn Quốc đăng ký mới và tăng thêm đạt [760 triệu USD].", "vốn Hàn Quốc đăng ký mới và tăng thêm"),),
    ("vi.label.given-by", "A sum after a verb of giving, with no noun to say what it is: who gives it and the verb (`Hai bên cùng góp 6,8 triệu USD`).",
     ("Hai bên cùng góp [6,8 triệu USD] cho giai đoạn 2027–2031.", "Hai bên góp"),
     ("Phía Haeon đóng góp [4 triệu USD], chủ yếu là thiết bị.", "Phía Haeon đóng góp"),
     ("Liên doanh có vốn 180 triệu USD, trong đó phía Hàn Quốc góp [51%].", "phía Hàn Quốc góp"),
     # handing out, and who it is handed to
     ("Quỹ K-Viet đã giải ngân [11,2 triệu USD] vào 9 công ty khởi nghiệp.", "Quỹ K-Viet giải ngân"),
     ("Trong đó, thị trường Hàn Quốc được phân bổ [4,5 tỷ đồng], Nhật Bản 2,7 tỷ đồng.",
      "thị trường Hàn Quốc được phân bổ"),
     # more of it given out; a share held
     ("Các thành viên của KITA dự kiến giải ngân thêm [3,5 tỷ USD] trong năm tới.", "dự kiến giải ngân thêm"),
     ("Hanbit nắm giữ 51% vốn điều lệ, NDV Port nắm [49%] còn lại.", "NDV Port nắm")),
    ("vi.label.verb-only", "Only a verb before the figure: too weak to state; the figure goes to the translators.",
     ("Họ cam kết sẽ đóng góp [40%].", "đóng góp"),),
):  # fmt: skip
    label_rule(_name, _doc, quantity, *_examples)


# An interview's question: "PV: Tổng số tiền Quỹ đã giải ngân tại Việt Nam là bao nhiêu?"
_QUESTION = re.compile(
    # "- Doanh thu … năm nay dự kiến là bao nhiêu?": an interview's dash, when it asks
    r"^(?:(?:PV|Phóng viên|Hỏi|Q)\s*[:.]|[-–—](?=.*\?\s*$))\s*(?:Thưa\s+(?:ông|bà|anh|chị)[^,]*,\s*)?"
    r"(?P<asked>.+?)\s+(?:là|đạt|khoảng|có)?\s*bao nhiêu\b",
    re.IGNORECASE,
)


def asked(text: str) -> str:
    """What an interview's question asks the number of (`PV: Tổng số tiền Quỹ đã giải ngân
    tại Việt Nam là bao nhiêu?` -> `Tổng số tiền Quỹ đã giải ngân tại Việt Nam`); ""
    otherwise."""
    m = _QUESTION.match(text.strip())
    said = m["asked"].strip(" ,") if m else ""
    return said if 1 < len(said.split()) <= 12 else ""
