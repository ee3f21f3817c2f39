"""Translation memory: approved segments per language pair, in SQLite.

A new run reuses exact matches (origin `tm`, status `approved`) instead of the model,
except machine output approved as it was (`mt-approved`, "Approve all" included): nobody
wrote it, so it comes back only as a suggestion, as do fuzzy matches at or above 75%
similarity.
SQLite in WAL mode with a busy timeout serialises concurrent writers, so two runs
at once never corrupt it. TMX 1.4b moves memories in and out.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing.document import Suggestion
from briefing.errors import InputError

FUZZY_THRESHOLD = 0.75


def default_path() -> Path:
    """The user's memory when no setting names one: ~/.local/share/briefing/memory.sqlite."""
    return Path.home() / ".local" / "share" / "briefing" / "memory.sqlite"


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Unit:
    """One memory entry: a source sentence and its approved translation in one pair."""

    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str = "human"  # human: a person wrote it; mt-approved: machine output approved


def origin_of(translation_origin: str) -> str:
    """The memory's origin of an approved translation: `human` only where a person changed
    or typed the text, `mt-approved` where a person approved machine output as it was."""
    return "human" if translation_origin == "human" else "mt-approved"


def usable(target: str, target_lang: str) -> bool:
    """Whether a memory entry may be offered: not empty, and in the target's script."""
    from briefing.review.xliff import wrong_script

    return bool(target.strip()) and wrong_script(target, target_lang) is None


class TranslationMemory:
    """The memory in a SQLite file (WAL, busy timeout); a damaged file is refused on opening."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.skipped = 0  # units the last TMX import left out
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except sqlite3.DatabaseError as exc:
            raise self._unusable(exc) from None
        with self._readable(closing=True):
            self._db.execute("PRAGMA busy_timeout = 30000")
            # A damaged file is refused here, before a run translates anything, and before
            # anything is written to it.
            problem = self._db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(f"damaged: {problem}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS units ("
                " source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,"
                " source TEXT NOT NULL, target TEXT NOT NULL, origin TEXT NOT NULL,"
                " created TEXT NOT NULL, changed TEXT NOT NULL,"
                " PRIMARY KEY (source_lang, target_lang, source))"
            )

    def _unusable(self, exc: sqlite3.DatabaseError) -> InputError:
        reason = " ".join(str(exc).split())  # quick_check answers on several lines
        return InputError(
            f"{self.path}: not a usable translation memory ({reason}); move it away or set "
            "BRIEFING_MEMORY"
        )

    @contextmanager
    def _readable(self, closing: bool = False) -> Iterator[None]:
        """SQLite's errors on a damaged file (`database disk image is malformed`, met by a
        query that reaches a damaged page) as the one-line InputError."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if closing:
                self._db.close()
            raise self._unusable(exc) from None

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._readable():
            self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except sqlite3.DatabaseError as exc:  # a damaged page met while writing
            with suppress(sqlite3.DatabaseError):
                self._db.execute("ROLLBACK")
            raise self._unusable(exc) from None
        except BaseException:
            with suppress(sqlite3.DatabaseError):  # the error that got here is the one to tell
                self._db.execute("ROLLBACK")
            raise
        with self._readable():
            self._db.execute("COMMIT")

    def add(self, units: list[Unit]) -> int:
        """Insert or update units; returns how many rows changed."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        changed = 0
        with self._transaction() as db:
            for unit in units:
                if not unit.target.strip():  # an emptied unit is never a memory entry
                    continue
                cursor = db.execute(
                    "INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (source_lang, target_lang, source) DO UPDATE SET"
                    " target = excluded.target, origin = excluded.origin, changed = excluded.changed"
                    " WHERE units.target != excluded.target",
                    (
                        unit.source_lang,
                        unit.target_lang,
                        _key(unit.source),
                        unit.target.strip(),
                        unit.origin,
                        now,
                        now,
                    ),
                )
                changed += cursor.rowcount
        return changed

    def exact(self, source: str, source_lang: str, target_lang: str) -> str | None:
        """The stored translation of exactly this source, if any."""
        found = self.exact_unit(source, source_lang, target_lang)
        return found[0] if found else None

    def exact_unit(self, source: str, source_lang: str, target_lang: str) -> tuple[str, str] | None:
        """The stored (translation, origin) of exactly this source, if any."""
        with self._readable():
            row = self._db.execute(
                "SELECT target, origin FROM units"
                " WHERE source_lang = ? AND target_lang = ? AND source = ?",
                (source_lang, target_lang, _key(source)),
            ).fetchone()
        if not row or not usable(str(row[0]), target_lang):
            return None
        return str(row[0]), str(row[1])

    def fuzzy(
        self, source: str, source_lang: str, target_lang: str, limit: int = 3
    ) -> list[Suggestion]:
        """Entries whose source is at least 75% similar (an indel ratio, as difflib's
        SequenceMatcher gives without its junk heuristic), best first. rapidfuzz answers
        one query against 5,000 units in milliseconds, where difflib took seconds."""
        from rapidfuzz import fuzz, process

        key = _key(source)
        low, high = int(len(key) * FUZZY_THRESHOLD), int(len(key) / FUZZY_THRESHOLD) + 1
        with self._readable():
            rows = self._db.execute(
                "SELECT source, target FROM units WHERE source_lang = ? AND target_lang = ?"
                " AND length(source) BETWEEN ? AND ? AND source != ?",
                (source_lang, target_lang, low, high, key),
            ).fetchall()
        rows = [(other, target) for other, target in rows if usable(target, target_lang)]
        if not rows:
            return []
        matches = process.extract(
            key,
            [other for other, _ in rows],
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_THRESHOLD * 100,
            limit=limit,
        )
        return [
            Suggestion(rows[index][1], round(score / 100, 3), rows[index][0])
            for _, score, index in matches
        ]

    def units(self) -> list[Unit]:
        """Every entry, by source language and source."""
        with self._readable():
            rows = self._db.execute(
                "SELECT source_lang, target_lang, source, target, origin FROM units"
                " ORDER BY source_lang, source, target_lang"
            ).fetchall()
        return [Unit(*row) for row in rows]

    # ------------------------------------------------------------------------- TMX 1.4b

    def export_tmx(self, path: Path) -> int:
        """Write every unit to `path` as TMX 1.4b (one `<tu>` per source, each target with
        its origin); returns how many units it wrote."""
        from briefing.review.tmx import Entry, Header, Variant, write_tmx

        units = self.units()
        by_source: dict[tuple[str, str], list[Unit]] = {}
        for unit in units:
            by_source.setdefault((unit.source_lang, unit.source), []).append(unit)
        entries = [
            Entry(
                [
                    Variant(source_lang, source),
                    *(Variant(u.target_lang, u.target, u.origin) for u in group),
                ],
                source_language=source_lang,
            )
            for (source_lang, source), group in by_source.items()
        ]
        write_tmx(path, Header(units[0].source_lang if units else "vi"), entries)
        return len(units)

    def import_tmx(self, path: Path) -> int:
        """Add every source/target pair of a TMX file; returns the number of pairs read."""
        from briefing.review.tmx import read_tmx

        units = [
            Unit(p.source_language, p.target_language, p.source, p.target, p.origin)
            for p in read_tmx(path)
        ]
        kept = [
            u for u in units if usable(u.target, u.target_lang) and usable(u.source, u.source_lang)
        ]
        self.skipped = len(units) - len(kept)  # empty, or not in the target's script
        self.add(kept)
        return len(kept)
