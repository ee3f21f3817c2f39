"""What a news page says about itself, taken out of the article's text at reading.

Pages copied from the web carry lines that are not the article: a posting stamp
(`Thứ Sáu, 14/03/2025 | 11:05`, `2026-09-17 14:20 송고`, `등록일 2026-07-14 | 작성자 …`) and
an agency dateline with its byline in front of the lead (`Seoul (TTXVN) - `, `(Chinhphu.vn)
- `, `(하노이=연합뉴스) 이상원 특파원 = `). Left in, they become key points and false people,
and the lead's date loses its year. Taken out, they tell the reader the date the page was
posted (the year and month of `Ngày 18/6`, `17일`), the city it was written in, and the
outlet. Every removal is recorded in the normalisation log.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from briefing.document import Change
from briefing.layout import ITEM_NUMBER

_DATE_YMD = r"(?P<y>(?:19|20)\d{2})\s*[./-]\s*(?P<m>\d{1,2})\s*[./-]\s*(?P<d>\d{1,2})\.?"
_DATE_DMY = r"(?P<d2>\d{1,2})(?P<s2>[/.-])(?P<m2>\d{1,2})(?P=s2)(?P<y2>(?:19|20)\d{2})"  # 15/05/2026, 15-05-2026
_DATE_KO = r"(?P<y3>(?:19|20)\d{2})\s*년\s*(?P<m3>\d{1,2})\s*월\s*(?P<d3>\d{1,2})\s*일"
_ANY_DATE = re.compile(_DATE_YMD + "|" + _DATE_DMY + "|" + _DATE_KO)
# A Vietnamese release's line of its place and date, in words: "Tây Ninh, ngày 9 tháng 9 năm 2027"
_RELEASE_DATE = re.compile(
    r"(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,4},\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})"
    r"\s+năm\s+((?:19|20)\d{2})\.?",
    re.IGNORECASE,
)
_TIME = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?|\d{1,2}시\s*\d{1,2}분")
_STAMP_WORDS = re.compile(
    r"송고|입력|수정|등록일?|기사등록|기사입력|최종수정|작성일|작성자|업데이트|승인|발행|보도일시|"
    r"보도일자|배포일시|배포|즉시|엠바고|기사승인|Cập nhật|Đăng lúc|Đăng|Ngày đăng|GMT|UTC|KST|AM|PM|"
    r"오전|오후|Thứ\s+\p{L}+|Chủ\s+nhật|CN|\([월화수목금토일]\)",
    re.IGNORECASE,
)
# A notice's line of the event's own time or place: "- Thời gian: 8h30, ngày 26/11/2026",
# "▲일시: 2026년 11월 20일(금)": what the article announces, not when the page was posted.
_EVENT_LABEL = re.compile(
    r"^[-–•·▪●*+□○▲◆■]?\s*(?:Thời gian|Ngày tổ chức|Địa điểm|일시|일정|장소)\s*[:：]"
)
_WEEKDAY = re.compile(
    r"Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật|\([월화수목금토일]\)"
)
# A paragraph that is only the reporter's address: "swlee@yna.co.kr".
_EMAIL = re.compile(
    r"^\s*(?:[\p{L}]{2,4}\s*(?:기자|특파원|PV|phóng viên)?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
)
# A posting date inside a photo caption: "… 기념 촬영을 하고 있다. 2026.9.17 [… 제공]",
# "… (사진=국기원 제공) 2026.10.06. photo@newsis.com", "… (천안시 제공) 2026.11.25/뉴스1".
_CAPTION_DATE = re.compile(
    r"\s(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\.?\s*(?:\[[^\]]*\])?"
    r"(?:\s*/\s*[\p{L}\p{N}]{2,12}(?:\s*©\s*[\p{L}\p{N} ]{2,20})?)?"
    r"\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$"
)
# A closing credit: "Hồng Nhung - Trung tâm Thông tin", "Thu Hà - Trung tâm Thông tin tỉnh",
# "Thu Hà (Trung tâm Thông tin tỉnh)".
_CREDIT_UNIT = r"(?:Trung tâm|Báo|Đài|Phòng|Ban|Cổng|TTXVN|VNA)(?:\s\p{L}+){0,3}"
_CREDIT = re.compile(
    r"^(?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*\s*"
    r"(?:[-–]\s*" + _CREDIT_UNIT + r"|\(\s*" + _CREDIT_UNIT + r"\s*\))$"
)
# The links a page lists after the article: "Xem thêm:", "Tin liên quan", "관련기사", "▶ …" (a
# title; "▶인건비가 중국의 60% 수준이다." ends as a sentence: an interview's answer).
_RELATED = re.compile(
    r"^(?:Xem thêm|Tin liên quan|Bài liên quan|Đọc thêm|Tin cùng chuyên mục|관련\s?기사|관련\s?키워드"
    r"|▶(?!.*[.!?…][\"'”’)]?\s*$))",
    re.IGNORECASE,
)
# A press release's contact line: "담당부서: … (☎ 064-760-2651)", "Liên hệ: …".
_CONTACT = re.compile(
    r"^(?:(?:담당\s?부서|담당자|문의|연락처|전화|팩스|Liên hệ|Điện thoại|ĐT|Tel|Fax|Hotline)"
    r"\s*[:：]|☎)",
    re.IGNORECASE,
)
# A page's counters: "Lượt xem: 356", "조회수 1,234", "Views: 300".
_COUNTERS = re.compile(
    r"^(?:Lượt xem|Lượt đọc|Lượt thích|Bình luận|Chia sẻ|조회수?|댓글|추천|공유|Views?|Comments?)"
    r"\s*[:：]?\s*[\d.,]+\s*$",
    re.IGNORECASE,
)
# A cell of a page's row of counters and buttons: "Lượt thích: 86 | Bình luận (0) | Chia sẻ"
_COUNTER_CELL = re.compile(
    r"(?:Lượt xem|Lượt đọc|Lượt thích|Thích|Bình luận|Chia sẻ|In bài|In|조회수?|댓글|추천|공유|"
    r"좋아요|공감|스크랩|인쇄|Views?|Comments?|Likes?|Share|Print)\s*[:：]?\s*\(?[\d.,]*\)?",
    re.IGNORECASE,
)
_KO_BYLINE = re.compile(
    r"^(?:\[(?P<source2>[^\]\s]{2,12})\s+(?P<reporter2>[가-힣]{2,4})\s*(?:기자|특파원)\]\s*|"  # [이데일리 박서준 기자]
    r"[(\[【]\s*(?P<city>[\p{L} ]{1,20}?)\s*[=＝]\s*(?P<source>[^)\]】]{1,20}?)\s*[)\]】]\s*"
    r"(?:(?P<reporter>[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*)\s*(?:기자|특파원|통신원|객원기자)\s*)?"
    r"[=＝]?\s*|"
    # a wire's dateline: "서울--(뉴스와이어) 2026년 12월 03일 --"
    r"(?P<city3>[\p{L}]{1,10})\s*--\s*\((?P<source3>[^)]{2,20})\)\s*"
    r"(?P<y4>(?:19|20)\d{2})\s*년\s*(?P<m4>\d{1,2})\s*월\s*(?P<d4>\d{1,2})\s*일\s*--\s*)"
)
_VI_BYLINE = re.compile(
    r"^(?:(?P<city>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})\s*)?"
    r"\((?P<source>[\p{L}\p{N}.+&\- ]{2,25})\)"
    # "(Congthuong.vn) Diễn đàn …": a site's or an agency's name needs no dash after it
    r"(?:\s*[-–—]\s*|(?<=\.vn\)|\.com\)|\.net\)|TTXVN\)|VNA\))\s+"
    # "(CMO) Chiều 25/2, …": a paper's code in capitals, then the lead's first word
    r"|(?<=\(\p{Lu}{2,8}\))\s+(?=\p{Lu}))"
)


@dataclass
class PageFacts:
    """What the page says about itself."""

    posted: str | None = None  # ISO date the page was posted
    city: str | None = None  # the dateline's city
    source: str | None = None  # the outlet or agency of the dateline
    changes: list[Change] = field(default_factory=list)


# Words that say the date after them is the page's: posted, updated, aired
_MARKS = (
    r"(?:(?:입력|등록|송고|게재|방송|작성)(?:일시|일자|일)?|Cập nhật|Ngày đăng|Đăng ngày|Đăng lúc|"
    r"Phát sóng)"
)


def posted_date(paragraph: str) -> str | None:
    """The ISO date of a posting stamp paragraph, None when it is no stamp: a short
    paragraph with a full date in which, dates, times and stamp words taken away, at most a
    short credit is left (`Thứ Sáu, 14/03/2025 | 11:05`, `입력 : 2027-05-20 18:05:21 수정 : …`,
    `등록일 2026-07-14 | 작성자 대외협력과`, `MBC 뉴스데스크 | 입력 2026-12-04 20:25 | 정다은
    기자`)."""
    if len(paragraph) > 160 or _EVENT_LABEL.match(paragraph):
        return None
    # the line alone: "Đà Nẵng, ngày 19 tháng 11 năm 2026 – Quỹ … tổ chức …" is a lead
    release = _RELEASE_DATE.fullmatch(paragraph.strip())
    if release:  # "Tây Ninh, ngày 9 tháng 9 năm 2027": a release's place and date line
        day, month, year = (int(g) for g in release.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    match = _ANY_DATE.search(paragraph)
    if not match:
        return None
    opened = _STAMP_WORDS.match(paragraph) and match.start() < 12  # "보도일시: 2027. 3. 9.(화) …"
    # "[보도자료] 한국상수도기술공사 홍보실 | 2026-11-20 | 자료번호 2026-241": a release's header
    released = "|" in paragraph and bool(
        # "보도자료 | 배포일시: 2026. 5. 21.(목) | 담당부서: 국제협력과": its brackets may go
        re.match(
            r"\[?(?:보도자료|보도 자료|Thông cáo báo chí|THÔNG CÁO BÁO CHÍ)(?:\]|\s*\|)", paragraph
        )
    )
    rest = _STAMP_WORDS.sub(" ", _TIME.sub(" ", _ANY_DATE.sub(" ", paragraph)))
    # "Baodautu.vn - Đầu tư - Thứ Sáu, 27/11/2026 17:45": a site and its section before a
    # weekday, a date and a time
    dated = bool(_TIME.search(paragraph) and _WEEKDAY.search(paragraph))
    # "MBC 뉴스데스크 | 입력 2026-12-04 20:25 | 정다은 기자": a stamp word right before the date
    marked = re.search(_MARKS + r"\s*[:：]?\s*$", paragraph[: match.start()])
    # "Tin tức – Sự kiện | Phòng Truyền thông | 04/12/2026", "Kinh tế Trung du | 11/12/2026
    # 08:15", "10/06/2027 - 17:32 | Năng lượng tái tạo", "Cổng … tỉnh Thái Nguyên – Tin hoạt
    # động – 15/09/2026 16:20", "Chương trình: Thời sự tối | Phát sóng: 26/11/2026 | …": a
    # page's fields, one of them the date (and its time) alone or after a stamp word
    fields = [field.strip() for field in re.split(r"\s\|\s|\|| [–—·] ", paragraph)]
    piped = (
        len(fields) >= 2
        and all(len(field) <= 40 for field in fields)
        and any(
            _ANY_DATE.search(field)
            # "Thanh Tùng | 09:15 ngày 02/12/2026": the word "ngày" before the date; "Báo
            # Lâm Đồng – Cập nhật lúc 08:05, 06/12/2026": "lúc" before the time
            and not re.sub(
                r"[\W_]+|\bngày\b|\blúc\b",
                "",
                re.sub(_MARKS, "", _ANY_DATE.sub("", _TIME.sub("", field))),
            )
            for field in fields
        )
    )
    if (
        len(re.sub(r"[\W\d_]+", "", rest))
        > (60 if piped else 30 if dated or marked or released else 12)
        and not opened
    ):
        return None
    year = match.group("y") or match.group("y2") or match.group("y3")
    month = match.group("m") or match.group("m2") or match.group("m3")
    day = match.group("d") or match.group("d2") or match.group("d3")
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def is_contact_line(line: str) -> bool:
    """A press release's contact line (`문의: … 최유나 매니저 (02-…)`, `Liên hệ: ông …`)."""
    return bool(_CONTACT.match(line.strip()))


def is_page_line(line: str) -> bool:
    """A line that is about the page, not the article: a posting stamp, a contact line, a
    reporter's address, a counter (`배포일시: 2026. 4. 8.(수) 14:00`, `담당부서: …`,
    `Lượt xem: 356`)."""
    line = line.strip()
    return (
        posted_date(line) is not None
        or bool(_CONTACT.match(line) or _EMAIL.match(line) or _COUNTERS.match(line))
        or ("|" in line and all(_COUNTER_CELL.fullmatch(p.strip()) for p in line.split("|")))
    )


def take_out(paragraphs: list[str]) -> tuple[list[str], PageFacts]:
    """The paragraphs without posting stamps, reporters' addresses and the byline in front
    of the lead, and what those said. A byline is looked for in the first paragraphs only
    (the headline, the stamp, the lead); a photo caption's date (`… 2026.9.17 [… 제공]`)
    dates the page when no stamp does."""
    page = PageFacts()
    out: list[str] = []
    byline_seen = False
    captioned: str | None = None
    related = False
    for number, paragraph in enumerate(paragraphs):
        title = ITEM_NUMBER.sub("", paragraph, count=1)  # "1. 베트남 증시, …": a numbered link
        link = related and (
            paragraph.startswith(("-", "▶", "•", "·"))
            or (
                len(title) < 150
                and not re.search(r"[.!?…:;\"”]$", title)
                # "… 나왔어요. 심사는 … 울컥했어요 ㅠㅠ": sentences, not a link's title
                and not re.search(r"[.!?]\s+\S", title)
            )
        )
        if number > 1 and (_RELATED.match(paragraph) or link):
            related = True  # a title after a "Xem thêm" list is one more link, not the article
            page.changes.append(Change("related-links", paragraph, ""))
            continue
        related = False
        early = number < 4
        date = posted_date(paragraph)
        if date is not None:  # a stamp is nothing but a stamp, wherever it stands
            page.posted = page.posted or date
            page.changes.append(Change("stamp", paragraph, ""))
            continue
        if _EMAIL.match(paragraph) or _CONTACT.match(paragraph):
            page.changes.append(Change("byline", paragraph, ""))
            continue
        if _COUNTERS.match(paragraph):
            page.changes.append(Change("counter", paragraph, ""))
            continue
        if number >= len(paragraphs) - 2 and _CREDIT.match(paragraph):
            page.changes.append(Change("byline", paragraph, ""))
            continue  # "Hồng Nhung - Trung tâm Thông tin": the writer and their unit
        caption = _CAPTION_DATE.search(paragraph)
        if caption and captioned is None:
            captioned = f"{int(caption['y']):04d}-{int(caption['m']):02d}-{int(caption['d']):02d}"
        if early and not byline_seen:
            match = _KO_BYLINE.match(paragraph) or _VI_BYLINE.match(paragraph)
            if match and match.end() < len(paragraph):
                byline_seen = True
                found = match.groupdict()
                city = (found.get("city") or found.get("city3") or "").strip()
                page.city = city or None
                page.source = (
                    found.get("source") or found.get("source2") or found.get("source3") or ""
                ).strip() or None
                if found.get("y4"):  # the wire's date is the page's
                    page.posted = page.posted or (
                        f"{int(found['y4']):04d}-{int(found['m4']):02d}-{int(found['d4']):02d}"
                    )
                page.changes.append(Change("byline", match.group(0).strip(), ""))
                paragraph = paragraph[match.end() :]
        out.append(paragraph)
    page.posted = page.posted or captioned
    return out, page
