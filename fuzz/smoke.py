"""A short fuzz of each target without atheris, for the test suite: the seed corpus, then
inputs made from it by a fixed-seed mutator (bytes flipped, inserted, deleted, repeated,
spliced from another seed, and tokens that readers trip on put in). Not coverage-guided:
it keeps the targets and their contract running in CI; `make fuzz` does the real search.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
TOKENS = (
    b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\r", b"\n\n", b"---\n", b"\x0b",
    b"<", b">", b"</", b"<!", b"<![", b"<![CDATA[", b"]]>", b"<?", b"?>", b"<!DOCTYPE x [",
    b"&", b"&#", b"&#x", b";", b"&amp;", b'"', b"'", b"=", b"xml:lang=", b'encoding="',
    b'encoding="utf-16"', b"\xe2\x80\xae", b"\xc2\x85", b"\xe2\x80\xa8", b"\xed\xa0\x80",
    b",", b'""', b"|", b"#", b"*", b"[", b"](", b"{", b"}", b"[]", b"null", b"1e999", b"-1",
    b"NaN", b'"schema_version": 1', b"\xea\xb0\x80", b"\xe1\xbb\x87", b"\xe3\x8e\xa1",
)  # fmt: skip


def seeds(target: str) -> list[bytes]:
    return [path.read_bytes() for path in sorted((CORPUS / target).iterdir())]


def mutate(data: bytes, others: list[bytes], rng: random.Random) -> bytes:
    """One to four random edits of `data`."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(out))
        choice = rng.randrange(7)
        if choice == 0 and out:
            out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif choice == 1:
            out[at:at] = rng.choice(TOKENS)
        elif choice == 2:
            del out[at : at + rng.randint(1, 64)]
        elif choice == 3 and out:
            start = rng.randrange(len(out))
            out[at:at] = out[start : start + rng.randint(1, 32)] * rng.randint(1, 8)
        elif choice == 4:
            other = rng.choice(others)
            start = rng.randint(0, len(other))
            out[at:] = other[start:]
        elif choice == 5:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        else:
            del out[at:]
    return bytes(out)


def inputs(target: str, count: int, seed: int = 22) -> Iterator[bytes]:
    """The seeds of `target`, then `count` mutations of them, the same every time."""
    rng = random.Random(f"{target}:{seed}")
    found = seeds(target)
    yield from found
    for _ in range(count):
        yield mutate(rng.choice(found), found, rng)
