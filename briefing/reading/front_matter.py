"""Front matter: the `---` block of YAML at the top of a `.txt` or `.md` article that
gives its title, date, place, source and url (python-frontmatter).

Values are read as text, never typed: `date: 2026-10-29` stays the string the author
wrote and `title: yes` stays "yes". A block YAML cannot read (`title: Hội thảo: AI`, a
colon in an unquoted value) is read line by line as `key: value`, so an organiser's
slip costs nothing.
"""

from __future__ import annotations

import re
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from briefing.reading.base import METADATA_KEYS

FRONT_MATTER_KEYS = ("title", "date", "place", "source", "url")
_OPENING = re.compile(r"\A---[ \t]*\r?\n")


class _TextYAML(YAMLHandler):
    """YAML between `---` lines; every scalar read as a string."""

    FM_BOUNDARY = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)

    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=yaml.BaseLoader)  # strings, lists and maps only


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's known keys and the text after it; ({}, text) without one."""
    if not _OPENING.match(text):
        return {}, text
    handler = _TextYAML()
    try:
        fm, content = handler.split(text)
    except ValueError:  # no closing `---`: not front matter
        return {}, text
    data: dict[str, object]
    try:
        data, content = frontmatter.parse(text, handler=handler)
    except yaml.YAMLError:
        data = dict(_lines(fm))
    metadata = {}
    for key, value in data.items():
        name = str(key).strip().lower()
        if name in FRONT_MATTER_KEYS and name in METADATA_KEYS and isinstance(value, str):
            metadata[name] = value.strip()
    return metadata, content


def _lines(fm: str) -> dict[str, str]:
    """`key: value` lines, quotes around a value dropped."""
    found = {}
    for line in fm.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            found[key] = value.strip().strip("\"'")
    return found
