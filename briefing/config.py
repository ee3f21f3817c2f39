"""Settings: one table of everything the program takes from outside, read once at the edge.

`Settings` is that table: every environment variable the package reads is one of its
fields, with its type, default and help. Precedence: command-line flags > environment
variables > a `briefing.toml` file (`--config FILE` for another) > defaults. The same
table drives the CLI flags, `briefing settings`, the settings table of docs/settings.md
(printed by `briefing settings --markdown`; a test checks they are the same) and the test that no
module reads a variable of its own.

Building `Settings(...)` reads nothing: only `load_settings` looks at the environment and
the file. A few switches are read from the environment only, where no `Settings` value is
at hand or another library reads the same variable (`from_environment`). Defaults shared
with the translation backends live in briefing.defaults: settings import no backend.
"""

from __future__ import annotations

import os
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from annotated_types import Ge, Gt, Le
from pydantic import Field, SecretStr, ValidationError
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from briefing import defaults
from briefing.errors import ConfigError
from briefing.paths import default_models_dir

Count = Annotated[int, Ge(1)]
Hours = Annotated[float, Gt(0)]
GROUPS = {
    "run": "Briefs: the CLI and the pipeline",
    "web": "The web service and its workers",
    "logging": "Logging",
    "diagnostics": "Diagnostics and tests",
}


def setting(
    default: Any,
    env: str,
    help: str,
    *,
    group: str = "run",
    flag: str = "",
    shown: str = "",
    env_only: bool = False,
) -> Any:
    """A field of the table: its variable, help, group, CLI flag (if any), the default as
    people read it (`shown`, where the value itself says little), and whether it is read
    from the environment only."""
    assert group in GROUPS
    return Field(
        default,
        description=help,
        json_schema_extra={
            "env": env,
            "group": group,
            "flag": flag,
            "shown": shown,
            "env_only": env_only,
        },
    )


class Settings(BaseSettings):
    """The settings of one process: the CLI, the pipeline, the web service and its workers."""

    model_config = SettingsConfigDict(frozen=True, extra="forbid")

    # --- briefs
    out_dir: Path = setting(
        Path("out"), "BRIEFING_OUT_DIR", "where run folders are written", flag="--out"
    )
    source_language: Literal["auto", "vi", "ko"] = setting(
        "auto",
        "BRIEFING_SOURCE_LANGUAGE",
        "the article's language: detected (auto), or vi or ko forced",
        flag="--source-language",
    )
    mt_model: str = setting(
        "",
        "MT_MODEL",
        "translation model for every direction (hub id or directory); `ko=ID,en=ID` sets "
        "one direction; empty: models/catalog.toml",
        flag="--mt-model",
        shown="catalog",
    )
    backend: Literal["ct2", "transformers", "fake"] = setting(
        "ct2",
        "BRIEFING_BACKEND",
        "translation engine: CTranslate2 (converts the model once), transformers, or fake "
        "(no model, for tests and dry runs)",
        flag="--backend",
    )
    compute_type: Literal["int8", "int8_float32", "float32"] = setting(
        "int8", "BRIEFING_COMPUTE_TYPE", "CTranslate2 compute type", flag="--compute-type"
    )
    shortlist: Literal["on", "off"] = setting(
        "on",
        "BRIEFING_SHORTLIST",
        "CTranslate2 decodes over the vocabulary pieces of the target languages' scripts, "
        "not the whole vocabulary",
        flag="--shortlist",
    )
    shortlist_size: Count = setting(
        defaults.SHORTLIST_SIZE,
        "BRIEFING_SHORTLIST_SIZE",
        "most pieces in the shortlist, most frequent first",
        flag="--shortlist-size",
    )
    glossary: str = setting(
        "",
        "BRIEFING_GLOSSARY",
        "glossary CSV or TBX to enforce; empty: <article>.glossary.csv beside the article; "
        "none: off",
        flag="--glossary",
        shown="beside the article",
    )
    reference: Literal["on", "off"] = setting(
        "on",
        "BRIEFING_REFERENCE",
        "lock names, titles, positions and institutions from the shipped reference glossary "
        "and by transcription (the forum's glossary still wins); off: leave them to the model",
        flag="--reference",
    )
    english_names: Literal["plain", "diacritics"] = setting(
        "plain",
        "BRIEFING_ENGLISH_NAMES",
        "Vietnamese names in the English brief: without diacritics (plain, as the "
        "English-language Vietnamese press writes them) or with them",
        flag="--english-names",
    )
    memory: str = setting(
        "",
        "BRIEFING_MEMORY",
        "translation memory (SQLite); empty: ~/.local/share/briefing/memory.sqlite "
        "(data/memory.sqlite for the web service); none: off",
        flag="--memory",
        shown="~/.local/share/briefing/memory.sqlite",
    )
    beam_size: Count = setting(
        defaults.BEAM_SIZE, "BRIEFING_BEAM_SIZE", "beam width for translation", flag="--beam-size"
    )
    max_input_tokens: Count = setting(
        defaults.MAX_INPUT_TOKENS,
        "BRIEFING_MAX_INPUT_TOKENS",
        "longer sentences are split at clause boundaries (capped by the model's own limit)",
        flag="--max-input-tokens",
    )
    batch_tokens: Count = setting(
        defaults.BATCH_TOKENS,
        "BRIEFING_BATCH_TOKENS",
        "padded source tokens per translation batch at beam 2; a wider beam takes "
        "batch_tokens × 2 / beam, so as many hypotheses are in flight",
        flag="--batch-tokens",
    )
    summary_sentences: Count = setting(
        5, "BRIEFING_SUMMARY_SENTENCES", "sentences in key points", flag="--summary-sentences"
    )
    summarizer: Literal["extractive", "abstractive"] = setting(
        "extractive", "BRIEFING_SUMMARIZER", "summary method", flag="--summarizer"
    )
    summarizer_model: str = setting(
        "",
        "BRIEFING_SUMMARIZER_MODEL",
        "model of the abstractive summarizer; empty: models/catalog.toml",
        flag="--summarizer-model",
        shown="catalog",
    )
    max_input_bytes: Count = setting(
        1_000_000, "BRIEFING_MAX_INPUT_BYTES", "largest article accepted", flag="--max-input-bytes"
    )
    models_dir: Path | None = setting(
        None,
        "BRIEFING_MODELS_DIR",
        "downloaded (hf/) and converted (ct2/) models",
        flag="--models-dir",
        shown="models/ of the checkout",
    )
    catalog: Path | None = setting(
        None, "BRIEFING_CATALOG", "catalog of default models", shown="models/catalog.toml"
    )
    hf_hub_offline: bool = setting(
        False,
        "HF_HUB_OFFLINE",
        "a model that is not on disk fails at once instead of trying the hub (the tests "
        "set it; the Hugging Face libraries read it too)",
        env_only=True,
    )

    # --- the web service
    data_dir: Path = setting(
        Path("data"),
        "BRIEFING_DATA_DIR",
        "the web service's folder: database, briefs, job queue, secrets",
        group="web",
        flag="--data-dir",
    )
    database_url: str = setting(
        "",
        "DATABASE_URL",
        "SQLAlchemy URL of the store (e.g. postgresql+psycopg://…); empty: SQLite in the "
        "data folder",
        group="web",
        shown="data/briefing.sqlite",
    )
    organiser_token: SecretStr | None = setting(
        None,
        "BRIEFING_ORGANISER_TOKEN",
        "token organisers sign in with; unset: made once and kept in data/secrets.json",
        group="web",
        shown="data/secrets.json",
    )
    reviewer_token: SecretStr | None = setting(
        None,
        "BRIEFING_REVIEWER_TOKEN",
        "token reviewers sign in with; unset: made once and kept in data/secrets.json",
        group="web",
        shown="data/secrets.json",
    )
    secret: SecretStr | None = setting(
        None,
        "BRIEFING_SECRET",
        "key that signs session cookies; unset: made once and kept in data/secrets.json",
        group="web",
        shown="data/secrets.json",
    )
    max_upload_bytes: Count = setting(
        1_000_000,
        "BRIEFING_MAX_UPLOAD_BYTES",
        "largest article uploaded or pasted (an XLIFF file may be 8 times this)",
        group="web",
    )
    broker: str = setting(
        "",
        "BRIEFING_BROKER",
        "Celery broker (redis://…, amqp://…); empty: SQLite in the data folder",
        group="web",
        shown="data/queue.sqlite",
    )
    visibility_timeout: Count = setting(
        3600,
        "BRIEFING_VISIBILITY_TIMEOUT",
        "Redis: seconds before a task whose worker died is delivered again",
        group="web",
    )
    secure_cookies: bool = setting(
        False,
        "BRIEFING_SECURE_COOKIES",
        "cookies only over HTTPS (a TLS proxy in front)",
        group="web",
        flag="--behind-tls",
    )
    session_hours: Hours = setting(
        12.0, "BRIEFING_SESSION_HOURS", "a sign-in lasts this long", group="web"
    )
    queue_name: str = setting(
        "briefs",
        "BRIEFING_QUEUE",
        "the Celery queue the web service and its workers share",
        group="web",
    )
    forwarded_allow_ips: str = setting(
        "",
        "BRIEFING_FORWARDED_ALLOW_IPS",
        "proxies whose X-Forwarded-For/-Proto/-Host are believed (addresses or networks, "
        "comma separated, * for any); empty: none",
        group="web",
        flag="--forwarded-allow-ips",
    )

    # --- logging
    log_level: Literal["auto", "debug", "info", "warning", "error"] = setting(
        "auto",
        "BRIEFING_LOG_LEVEL",
        "least severe log record written to stderr; auto: info for serve and worker, "
        "warning for other commands (-v: info, -vv: debug, -q: error)",
        group="logging",
        flag="-v/-q",
    )
    log_format: Literal["text", "json"] = setting(
        "text",
        "BRIEFING_LOG_FORMAT",
        "log records as text lines, or one JSON object per line (for servers)",
        group="logging",
    )

    # --- diagnostics
    debug: bool = setting(
        False,
        "BRIEFING_DEBUG",
        "an internal error prints its traceback instead of one line",
        group="diagnostics",
        env_only=True,
    )
    heap: Literal["trim", "default"] = setting(
        "trim",
        "BRIEFING_HEAP",
        "trim: glibc's free heap pages go back to the system after translation; default: "
        "leave glibc alone (bench comparisons)",
        group="diagnostics",
    )
    render_processes: Annotated[int, Ge(1), Le(2)] = setting(
        1,
        "BRIEFING_RENDER_PROCESSES",
        "2: a forked copy of the process renders about half of the files (Linux)",
        group="diagnostics",
    )
    no_prewarm: bool = setting(
        False,
        "BRIEFING_NO_PREWARM",
        "do not warm WeasyPrint up while the model translates (bench comparisons)",
        group="diagnostics",
    )
    require_tools: bool = setting(
        False,
        "BRIEFING_REQUIRE_TOOLS",
        "tests: a missing external tool (xmllint, OmegaT, PostgreSQL, …) fails the test "
        "instead of skipping it; .ci/run sets it",
        group="diagnostics",
        env_only=True,
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Read nothing but the values passed in: `load_settings` does the reading."""
        return (init_settings,)  # a value built in code reads nothing: load_settings does

    @property
    def models_root(self) -> Path:
        """The models folder: the setting, else models/ of the checkout."""
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


# ----------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Spec:
    """One row of the table, as the CLI, `briefing settings` and the documentation read it."""

    name: str
    env: str
    kind: type  # str, int, float, bool or Path: what a flag converts its text to
    default: Any
    help: str
    choices: tuple[str, ...] = ()
    group: str = "run"
    flag: str = ""
    shown: str = ""  # the default as people read it
    secret: bool = False
    env_only: bool = False
    low: float | None = None  # int and float: the least value accepted
    high: float | None = None
    above: bool = False  # `low` itself is refused

    @property
    def accepts(self) -> str:
        """What a value must be, in words: the end of every message refusing one."""
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.kind is bool:
            return "true or false (1, 0, yes, no, on, off)"
        if self.kind in (int, float):
            what = "a whole number" if self.kind is int else "a number"
            low, high = _plain(self.low), _plain(self.high)
            if self.low is not None and self.high is not None:
                return f"{what} from {low} to {high}"
            if self.low is not None:
                return f"{what} {'above' if self.above else 'of at least'} {low}"
            return what
        return "a path" if self.kind is Path else "text"

    @property
    def type_name(self) -> str:
        """The type as the table shows it: choices, or a kind with its bounds."""
        if self.choices:
            return " / ".join(self.choices)
        name = {str: "text", int: "integer", float: "number", bool: "boolean", Path: "path"}
        bounds = ""
        if self.low is not None and self.high is not None:
            bounds = f" {_plain(self.low)}–{_plain(self.high)}"
        elif self.low is not None:
            bounds = f" {'>' if self.above else '≥'} {_plain(self.low)}"
        return ("secret " if self.secret else "") + name[self.kind] + bounds

    @property
    def default_text(self) -> str:
        """The default as the table shows it ("" when there is none)."""
        if self.shown:
            return self.shown
        if isinstance(self.default, bool):
            return "true" if self.default else "false"
        return "" if self.default is None else str(self.default)


def _plain(number: float | None) -> str:
    return "" if number is None else f"{number:g}"


def _spec(name: str, field: FieldInfo) -> Spec:
    extra = field.json_schema_extra
    assert isinstance(extra, dict), f"{name}: declare it with setting()"
    annotation: Any = field.annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    choices: tuple[str, ...] = ()
    kind: type = str
    if typing.get_origin(annotation) is Literal:
        choices = tuple(str(choice) for choice in typing.get_args(annotation))
    elif annotation in (int, float, bool, Path):
        kind = annotation
    low: Any = None
    high: Any = None
    above = False
    for rule in field.metadata:
        if isinstance(rule, Ge):
            low = rule.ge
        elif isinstance(rule, Gt):
            low, above = rule.gt, True
        elif isinstance(rule, Le):
            high = rule.le
    return Spec(
        name=name,
        env=str(extra["env"]),
        kind=kind,
        default=field.default,
        help=field.description or "",
        choices=choices,
        group=str(extra["group"]),
        flag=str(extra["flag"]),
        shown=str(extra["shown"]),
        secret=annotation is SecretStr,
        env_only=bool(extra["env_only"]),
        low=low,
        high=high,
        above=above,
    )


SETTINGS: tuple[Spec, ...] = tuple(_spec(n, f) for n, f in Settings.model_fields.items())
BY_NAME = {spec.name: spec for spec in SETTINGS}


# ----------------------------------------------------------------------------- sources


class Flags(InitSettingsSource):
    """Command-line flags: the values given (None: the flag was not used)."""

    def __init__(self, settings_cls: type[BaseSettings], flags: Mapping[str, Any]) -> None:
        super().__init__(settings_cls, {k: v for k, v in flags.items() if v is not None})


class Environment(PydanticBaseSettingsSource):
    """Each setting's own variable (`env` in the table) from `env`; an empty one is unset."""

    def __init__(self, settings_cls: type[BaseSettings], env: Mapping[str, str]) -> None:
        super().__init__(settings_cls)
        self.env = env

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        """The variable's value for a field, None when it is unset or blank."""
        value = self.env.get(BY_NAME[field_name].env, "")
        return (value if value.strip() else None), field_name, False

    def __call__(self) -> dict[str, Any]:
        found = {}
        for name, field in self.settings_cls.model_fields.items():
            value, key, _ = self.get_field_value(field, name)
            if value is not None:
                found[key] = value
        return found


def _read_file(path: Path) -> dict[str, Any]:
    try:
        values = TomlConfigSettingsSource(Settings, toml_file=path)()
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    unknown = set(values) - set(BY_NAME)
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(sorted(unknown))} "
            "(briefing settings lists them)"
        )
    only_env = sorted(name for name in values if BY_NAME[name].env_only)
    if only_env:
        names = ", ".join(f"{n} ({BY_NAME[n].env})" for n in only_env)
        raise ConfigError(f"{path}: {names} can only be set in the environment")
    return values


@dataclass(frozen=True)
class Loaded:
    """Settings as loaded, with where each value came from."""

    settings: Settings
    origins: dict[str, str]  # setting → where its value came from: a flag, a variable, a file


def load(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Loaded:
    """The settings and where each came from; a bad value is a ConfigError naming the flag,
    variable or file that gave it and what it accepts."""
    env = os.environ if env is None else env
    path = config_file or Path("briefing.toml")
    if config_file is not None and not config_file.is_file():
        raise ConfigError(f"{config_file}: no such settings file")
    layers = [  # lowest first: each later one wins
        (str(path), _read_file(path) if path.is_file() else {}),
        ("env", Environment(Settings, env)()),
        ("flag", Flags(Settings, flags or {})()),
    ]
    unknown = set(layers[-1][1]) - set(BY_NAME)
    if unknown:  # a flag the table does not have: a bug of the caller
        raise ValueError(f"not settings: {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for origin, layer in layers:
        for name, value in layer.items():
            values[name] = value
            origins[name] = _label(BY_NAME[name], origin)
    try:
        return Loaded(Settings(**values), origins)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error["loc"] else ""
        spec = BY_NAME.get(name)
        if spec is None:
            raise ConfigError(f"settings: {error['msg']}") from None
        shown = "(hidden)" if spec.secret else repr(values.get(name))
        raise ConfigError(f"{origins[name]}: {shown} is not {spec.accepts}") from None


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Flags > environment > file (`config_file`, else ./briefing.toml if there) > defaults."""
    return load(flags, env, config_file).settings


def _label(spec: Spec, origin: str) -> str:
    if origin == "env":
        return spec.env
    if origin == "flag":
        return spec.flag if spec.flag.startswith("--") else "--" + spec.name.replace("_", "-")
    return f"{origin}: {spec.name}"


def from_environment(name: str, env: Mapping[str, str] | None = None) -> Any:
    """One setting from its variable alone, checked as `load_settings` checks it: for the
    switches read where no Settings value is at hand (see `env_only` in the table)."""
    spec = BY_NAME[name]
    raw = (os.environ if env is None else env).get(spec.env, "")
    if not raw.strip():
        return spec.default
    try:
        return getattr(Settings.model_validate({name: raw}), name)
    except ValidationError:
        raise ConfigError(f"{spec.env}: {raw!r} is not {spec.accepts}") from None


# ----------------------------------------------------------------------------- showing it


def shown_value(settings: Settings, spec: Spec) -> str:
    """A setting's value as `briefing settings` prints it: secrets and passwords masked."""
    value = getattr(settings, spec.name)
    if value is None or (spec.shown and value == spec.default):
        return spec.default_text
    if isinstance(value, SecretStr):
        return "********" if value.get_secret_value() else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if spec.name in {"database_url", "broker"}:
        text = mask_password(text)
    return text


def mask_password(url: str) -> str:
    """`scheme://user:password@host/…` with the password replaced by ***."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in credentials:
        return url
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def text_table(loaded: Loaded, width: int = 100) -> str:
    """What `briefing settings` prints: per group, a line per setting (name, variable,
    type, default, the value here and where it came from), its help below."""
    import textwrap

    lines = []
    for group, title in GROUPS.items():
        specs = [spec for spec in SETTINGS if spec.group == group]
        rows = [
            (
                spec.name,
                spec.env,
                spec.type_name,
                spec.default_text or '""',
                f"{shown_value(loaded.settings, spec) or chr(34) * 2} "
                f"({loaded.origins.get(spec.name, 'default')})",
            )
            for spec in specs
        ]
        header = ("setting", "variable", "type", "default", "value (from)")
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
        lines += [title, ""]
        for spec, row in zip([None, *specs], [header, *rows], strict=True):
            cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:4])]
            lines.append("  ".join([*cells, row[4]]).rstrip())
            if spec is not None:
                help = spec.help + (" (environment only)" if spec.env_only else "")
                lines += textwrap.wrap(help, width, initial_indent="    ", subsequent_indent="    ")
        lines.append("")
    return "\n".join(lines)


def markdown_table() -> str:
    """The settings table of docs/settings.md in Markdown, one table per group."""
    parts = []
    for group, title in GROUPS.items():
        parts += [
            f"**{title}**",
            "",
            "| setting | variable | flag | type | default | what |",
            "|---|---|---|---|---|---|",
        ]
        for spec in SETTINGS:
            if spec.group != group:
                continue
            cells = [
                spec.name,
                f"`{spec.env}`",
                f"`{spec.flag}`" if spec.flag else "",
                spec.type_name,
                spec.shown or (f"`{spec.default_text}`" if spec.default_text else ""),
                spec.help + (" (environment only)" if spec.env_only else ""),
            ]
            parts.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        parts.append("")
    return "\n".join(parts).rstrip("\n") + "\n"
