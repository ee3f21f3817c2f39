"""Settings: one frozen value built once at the edge.

Precedence: command-line flags > environment variables > a `briefing.toml`
file > defaults. `SETTINGS` is the single table that drives the CLI help, the
README's settings table and the test that checks they agree.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from briefing.errors import ConfigError
from briefing.paths import default_models_dir
from briefing.translate.base import DEFAULT_BATCH_TOKENS
from briefing.translate.shortlist import DEFAULT_SIZE as SHORTLIST_SIZE


@dataclass(frozen=True)
class Spec:
    name: str
    env: str
    kind: type
    default: Any
    help: str
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Spec, ...] = (
    Spec("out_dir", "BRIEFING_OUT_DIR", Path, Path("out"), "where run folders are written"),
    Spec(
        "source_language",
        "BRIEFING_SOURCE_LANGUAGE",
        str,
        "auto",
        "the article's language: detected (auto), or vi or ko forced",
        ("auto", "vi", "ko"),
    ),
    Spec(
        "mt_model",
        "MT_MODEL",
        str,
        "",
        "translation model for both directions (hub id or directory); "
        "`ko=ID,en=ID` sets one direction; empty = models/catalog.toml",
    ),
    Spec(
        "backend",
        "BRIEFING_BACKEND",
        str,
        "ct2",
        "translation engine: CTranslate2 (converts the model once), transformers, or fake",
        ("ct2", "transformers", "fake"),
    ),
    Spec(
        "compute_type",
        "BRIEFING_COMPUTE_TYPE",
        str,
        "int8",
        "CTranslate2 compute type",
        ("int8", "int8_float32", "float32"),
    ),
    Spec(
        "shortlist",
        "BRIEFING_SHORTLIST",
        str,
        "on",
        "CTranslate2 decodes over the pieces of the target languages' scripts, "
        "not the whole vocabulary",
        ("on", "off"),
    ),
    Spec(
        "shortlist_size",
        "BRIEFING_SHORTLIST_SIZE",
        int,
        SHORTLIST_SIZE,
        "most pieces in the shortlist, most frequent first",
    ),
    Spec(
        "glossary",
        "BRIEFING_GLOSSARY",
        str,
        "",
        "glossary CSV or TBX to enforce; empty = <article>.glossary.csv beside the article; none = off",
    ),
    Spec(
        "reference",
        "BRIEFING_REFERENCE",
        str,
        "on",
        "lock names, titles and institutions from the shipped reference glossary and by "
        "transcription (the forum's glossary still wins); off = leave them to the model",
        ("on", "off"),
    ),
    Spec(
        "english_names",
        "BRIEFING_ENGLISH_NAMES",
        str,
        "plain",
        "Vietnamese names in the English brief: without diacritics (plain, as the "
        "English-language Vietnamese press writes them) or with them",
        ("plain", "diacritics"),
    ),
    Spec(
        "memory",
        "BRIEFING_MEMORY",
        str,
        "",
        "translation memory (SQLite); empty = ~/.local/share/briefing/memory.sqlite; none = off",
    ),
    Spec("beam_size", "BRIEFING_BEAM_SIZE", int, 2, "beam width for translation"),
    Spec(
        "max_input_tokens",
        "BRIEFING_MAX_INPUT_TOKENS",
        int,
        200,
        "longer sentences are split at clause boundaries (capped by the model's own limit)",
    ),
    Spec(
        "batch_tokens",
        "BRIEFING_BATCH_TOKENS",
        int,
        DEFAULT_BATCH_TOKENS,
        "source tokens per translation batch at beam 2 (beam 4: half)",
    ),
    Spec("summary_sentences", "BRIEFING_SUMMARY_SENTENCES", int, 5, "sentences in key points"),
    Spec(
        "summarizer",
        "BRIEFING_SUMMARIZER",
        str,
        "extractive",
        "summary method",
        ("extractive", "abstractive"),
    ),
    Spec(
        "summarizer_model",
        "BRIEFING_SUMMARIZER_MODEL",
        str,
        "",
        "model of the abstractive summarizer; empty = models/catalog.toml",
    ),
    Spec("max_input_bytes", "BRIEFING_MAX_INPUT_BYTES", int, 1_000_000, "largest article accepted"),
    Spec("models_dir", "BRIEFING_MODELS_DIR", Path, None, "downloaded and converted models"),
    Spec("catalog", "BRIEFING_CATALOG", Path, None, "catalog of default models"),
)


@dataclass(frozen=True)
class Settings:
    out_dir: Path = Path("out")
    source_language: str = "auto"
    mt_model: str = ""
    backend: str = "ct2"
    compute_type: str = "int8"
    shortlist: str = "on"
    shortlist_size: int = SHORTLIST_SIZE
    glossary: str = ""
    reference: str = "on"
    english_names: str = "plain"
    memory: str = ""
    beam_size: int = 2
    max_input_tokens: int = 200
    batch_tokens: int = DEFAULT_BATCH_TOKENS
    summary_sentences: int = 5
    summarizer: str = "extractive"
    summarizer_model: str = ""
    max_input_bytes: int = 1_000_000
    models_dir: Path | None = None
    catalog: Path | None = None

    @property
    def models_root(self) -> Path:
        return self.models_dir or default_models_dir()

    def mt_models(self, catalog: Mapping[str, str], source: str = "vi") -> dict[str, str]:
        """The model per target language of `source`: catalog defaults (`vi-ko`, `ko-vi`
        …), overridden by `mt_model` (one model for every direction, or `ko=ID,en=ID`)."""
        from briefing.languages import targets_of

        targets = targets_of(source)
        chosen = {
            pair.split("-", 1)[1]: model
            for pair, model in catalog.items()
            if pair.split("-", 1)[0] == source
        }
        value = self.mt_model.strip()
        if not value:
            return chosen
        if "=" not in value:
            return dict.fromkeys(targets, value)
        for part in value.split(","):
            target, sep, model = part.partition("=")
            target = target.strip().removeprefix(f"{source}-")
            if not sep or not model.strip() or not target:
                raise ConfigError(f"--mt-model {value!r}: write ID_OR_DIR, or ko=ID_OR_DIR,en=...")
            chosen[target] = model.strip()
        return chosen


def _convert(spec: Spec, value: Any, source: str) -> Any:
    if value is None or (value == "" and spec.kind is not str):
        return spec.default
    try:
        converted = spec.kind(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"{source}: {value!r} is not a valid {spec.kind.__name__} for {spec.name}"
        ) from None
    if spec.choices and converted not in spec.choices:
        raise ConfigError(f"{source}: {value!r} is not one of {', '.join(spec.choices)}")
    if spec.kind is int and converted < 1:
        raise ConfigError(f"{source}: {spec.name} must be at least 1, got {converted}")
    return converted


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    env = os.environ if env is None else env
    flags = flags or {}
    file_values: dict[str, Any] = {}
    path = config_file or Path("briefing.toml")
    if path.is_file():
        try:
            file_values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from None
        unknown = set(file_values) - {s.name for s in SETTINGS}
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
    elif config_file:
        raise ConfigError(f"{config_file}: no such settings file")
    values = {}
    for spec in SETTINGS:
        if flags.get(spec.name) is not None:
            values[spec.name] = _convert(spec, flags[spec.name], f"--{spec.name.replace('_', '-')}")
        elif env.get(spec.env, "") != "":
            values[spec.name] = _convert(spec, env[spec.env], spec.env)
        elif spec.name in file_values:
            values[spec.name] = _convert(spec, file_values[spec.name], str(path))
    return Settings(**values)


assert [f.name for f in fields(Settings)] == [s.name for s in SETTINGS]
