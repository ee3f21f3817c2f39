"""What press releases share, whatever file they come in: the label that says what they
are (`THÔNG CÁO BÁO CHÍ`, `보도자료`), the letterhead above the text (the issuing body,
the national motto, the document number, the release date) and the contacts below it."""

from __future__ import annotations

import regex as re

from briefing.bylines import posted_date

LABEL = re.compile(
    r"^(?:THÔNG CÁO BÁO CHÍ|THÔNG TIN BÁO CHÍ|TIN BÁO CHÍ|보\s*도\s*자\s*료|보도\s*참고\s*자료|"
    r"PRESS RELEASE|NEWS RELEASE)$",
    re.IGNORECASE,
)
_MOTTO = re.compile(
    r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA|Độc lập\s*[-–]\s*Tự do", re.I
)
_NOT_A_NAME = re.compile(r"^(?:Số|No\.?|번호)\s*[:：]|^[\W\d_]*$|^[\d/.\- ]+$", re.IGNORECASE)
_VI_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", re.I)
CONTACT = re.compile(
    r"담당\s?부서|담당자|책임자|문의|연락처|Liên hệ|Điện thoại|Người phát ngôn|E-?mail|@|☎|Tel\b",
    re.IGNORECASE,
)


def letterhead(lines: list[str], metadata: dict[str, str]) -> None:
    """The issuing body's name (the first line that is neither a label, the national
    motto, a number nor a date) and the release date."""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        date = posted_date(line)
        vi_date = _VI_DATE.search(line)
        if vi_date and date is None:
            day, month, year = (int(g) for g in vi_date.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                date = f"{year:04d}-{month:02d}-{day:02d}"
        if date:
            metadata.setdefault("posted", date)
            continue
        if "source" not in metadata and not (
            LABEL.match(line) or _MOTTO.search(line) or _NOT_A_NAME.search(line)
        ):
            metadata["source"] = " ".join(line.split())
