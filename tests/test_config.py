"""The one settings table: precedence, refusals, the documented table (docs/settings.md) and
`briefing settings`, and no variable read anywhere else."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.config import (
    BY_NAME,
    SETTINGS,
    Settings,
    from_environment,
    load,
    load_settings,
    markdown_table,
)
from briefing.errors import ConfigError
from briefing.web.config import load_web_settings

ROOT = Path(__file__).resolve().parent.parent


def test_flags_beat_env_beat_file_beat_defaults(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('beam_size = 3\nsummary_sentences = 7\nbackend = "fake"\n')
    loaded = load(
        {"beam_size": 5, "backend": None},
        env={"BRIEFING_SUMMARY_SENTENCES": "4", "BRIEFING_BEAM_SIZE": "6"},
        config_file=config,
    )
    settings = loaded.settings
    assert settings.beam_size == 5
    assert settings.summary_sentences == 4
    assert settings.backend == "fake"
    assert settings.max_input_tokens == 200
    assert loaded.origins == {
        "beam_size": "--beam-size",
        "summary_sentences": "BRIEFING_SUMMARY_SENTENCES",
        "backend": f"{config}: backend",
    }


def test_a_value_built_in_code_reads_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_BEAM_SIZE", "7")
    monkeypatch.setenv("BRIEFING_BACKEND", "transformers")
    assert Settings(backend="fake").beam_size == 2
    assert load_settings({}).beam_size == 7 and load_settings({}).backend == "transformers"


def test_the_web_service_reads_the_same_table(tmp_path: Path) -> None:
    env = {
        "BRIEFING_MAX_UPLOAD_BYTES": "2000",
        "BRIEFING_SESSION_HOURS": "1.5",
        "BRIEFING_SECURE_COOKIES": "yes",
        "BRIEFING_QUEUE": "q1",
        "BRIEFING_ORGANISER_TOKEN": "org-token-123",
        "DATABASE_URL": "sqlite:///x.sqlite",
    }
    web = load_web_settings(tmp_path / "data", env=env)
    assert (web.max_upload_bytes, web.session_hours, web.secure_cookies) == (2000, 1.5, True)
    assert (web.queue_name, web.database_url) == ("q1", "sqlite:///x.sqlite")
    assert web.organiser_token == "org-token-123"
    assert web.reviewer_token and web.reviewer_token != web.organiser_token  # made once
    assert "org-token-123" not in repr(web) and web.secret not in repr(web)
    again = load_web_settings(None, env={"BRIEFING_DATA_DIR": str(tmp_path / "data")})
    assert again.data_dir == web.data_dir and again.reviewer_token == web.reviewer_token


@pytest.mark.parametrize(
    "env, message",
    [
        (
            {"BRIEFING_BEAM_SIZE": "0"},
            "BRIEFING_BEAM_SIZE: '0' is not a whole number of at least 1",
        ),
        ({"BRIEFING_BATCH_TOKENS": "lots"}, "BRIEFING_BATCH_TOKENS: 'lots' is not a whole number"),
        (
            {"BRIEFING_SUMMARIZER": "magic"},
            "BRIEFING_SUMMARIZER: 'magic' is not one of extractive, abstractive",
        ),
        ({"BRIEFING_SESSION_HOURS": "soon"}, "BRIEFING_SESSION_HOURS: 'soon' is not a number"),
        ({"BRIEFING_SESSION_HOURS": "0"}, "is not a number above 0"),
        ({"BRIEFING_SECURE_COOKIES": "maybe"}, "BRIEFING_SECURE_COOKIES: 'maybe' is not true or"),
        ({"BRIEFING_VISIBILITY_TIMEOUT": "1h"}, "BRIEFING_VISIBILITY_TIMEOUT: '1h' is not a whole"),
        ({"BRIEFING_RENDER_PROCESSES": "3"}, "'3' is not a whole number from 1 to 2"),
        ({"BRIEFING_HEAP": "off"}, "BRIEFING_HEAP: 'off' is not one of trim, default"),
        ({"BRIEFING_LOG_FORMAT": "xml"}, "BRIEFING_LOG_FORMAT: 'xml' is not one of text, json"),
    ],
)
def test_bad_values_are_refused_by_name(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings({}, env=env)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_bad_values_in_a_file_and_a_flag_are_refused_by_name(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('beam_size = "wide"\n')
    with pytest.raises(ConfigError, match=re.escape(f"{config}: beam_size: 'wide' is not a whole")):
        load_settings({}, env={}, config_file=config)
    with pytest.raises(ConfigError, match="--summary-sentences: -1 is not a whole number"):
        load_settings({"summary_sentences": -1}, env={})


def test_a_bad_secret_is_not_echoed(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text("secret = 12345\n")  # a number where text is expected
    with pytest.raises(ConfigError) as refused:
        load_settings({}, env={}, config_file=config)
    assert "12345" not in str(refused.value) and "secret" in str(refused.value)


@pytest.mark.parametrize(
    "text, message",
    [
        ("beam = 3\n", "unknown setting(s) beam"),
        ("hf_hub_offline = true\n", "hf_hub_offline (HF_HUB_OFFLINE) can only be set in the env"),
        ("beam_size = \n", "not valid TOML"),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings({}, env={}, config_file=config)


def test_switches_read_from_the_environment_alone() -> None:
    assert from_environment("debug", {}) is False
    assert from_environment("debug", {"BRIEFING_DEBUG": "1"}) is True
    assert from_environment("hf_hub_offline", {"HF_HUB_OFFLINE": "false"}) is False
    with pytest.raises(ConfigError, match="BRIEFING_REQUIRE_TOOLS: 'sure' is not true or false"):
        from_environment("require_tools", {"BRIEFING_REQUIRE_TOOLS": "sure"})


def test_the_cli_refuses_a_bad_value_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_RENDER_PROCESSES", "two")
    assert main(["render", str(ROOT / "nothing" / "document.json")]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == "briefing: error: BRIEFING_RENDER_PROCESSES: 'two' is not a whole number from 1 to 2\n"
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        ("", {"ko": "facebook/nllb-200-distilled-600M", "en": "facebook/nllb-200-distilled-600M"}),
        ("models/tiny/nllb", {"ko": "models/tiny/nllb", "en": "models/tiny/nllb"}),
        ("ko=a/b", {"ko": "a/b", "en": "facebook/nllb-200-distilled-600M"}),
        ("ko=a/b,en=c/d", {"ko": "a/b", "en": "c/d"}),
    ],
)
def test_mt_model_per_direction(value: str, expected: dict[str, str]) -> None:
    catalog = {
        "vi-ko": "facebook/nllb-200-distilled-600M",
        "vi-en": "facebook/nllb-200-distilled-600M",
    }
    assert Settings(mt_model=value).mt_models(catalog) == expected


def test_documented_table_is_what_the_command_prints(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "--markdown"]) == 0
    printed = capsys.readouterr().out
    assert printed == markdown_table()
    page = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    start = page.index("-->\n", page.index("<!-- settings table")) + len("-->\n")
    end = page.index("<!-- end of settings table -->")
    assert page[start:end] == printed, "run `briefing settings --markdown` into docs/settings.md"
    for spec in SETTINGS:
        assert f"| {spec.name} | `{spec.env}` |" in printed


def test_settings_shows_each_value_with_its_source_and_hides_secrets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.toml").write_text("summary_sentences = 7\n")
    monkeypatch.setenv("BRIEFING_BEAM_SIZE", "4")
    monkeypatch.setenv("BRIEFING_SECRET", "cookie-key-do-not-show")
    monkeypatch.setenv("BRIEFING_BROKER", "amqp://briefing:hunter2@queue.example//")
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line and line[0] != " "}
    assert set(BY_NAME) <= set(lines)
    assert lines["beam_size"].endswith("4 (BRIEFING_BEAM_SIZE)")
    assert lines["summary_sentences"].endswith("7 (briefing.toml: summary_sentences)")
    assert lines["backend"].endswith("ct2 (default)")
    assert lines["secret"].endswith("******** (BRIEFING_SECRET)")
    assert "amqp://briefing:***@queue.example//" in lines["broker"]
    assert "cookie-key-do-not-show" not in out and "hunter2" not in out


def env_reads(source: str) -> list[str]:
    """The environment variables `source` reads by name (os.environ[...], .get, getenv,
    `in os.environ`); writes for child processes are not reads."""
    found = []

    def environ(node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Attribute)
            and node.attr == "environ"
            and isinstance(node.value, ast.Name)
            and node.value.id == "os"
        )

    for node in ast.walk(ast.parse(source)):
        name: ast.AST | None = None
        if isinstance(node, ast.Subscript) and environ(node.value):
            if isinstance(node.ctx, ast.Load):
                name = node.slice
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            is_get = node.func.attr in {"get", "pop", "setdefault"} and environ(node.func.value)
            is_getenv = (
                node.func.attr == "getenv"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "os"
            )
            if (is_get or is_getenv) and node.args:
                name = node.args[0]
        elif isinstance(node, ast.Compare) and any(environ(c) for c in node.comparators):
            name = node.left
        if name is not None:
            found.append(name.value if isinstance(name, ast.Constant) else ast.unparse(name))
    return found


@pytest.mark.parametrize(
    "source, reads",
    [
        ('os.environ.get("SOME_VAR")', ["SOME_VAR"]),
        ('os.getenv("SOME_VAR", "1")', ["SOME_VAR"]),
        ('x = os.environ["SOME_VAR"]', ["SOME_VAR"]),
        ('if "SOME_VAR" in os.environ: pass', ["SOME_VAR"]),
        ('os.environ["SOME_VAR"] = "1"', []),
        ('env = {**os.environ, "HF_HUB_OFFLINE": "1"}', []),
    ],
)
def test_the_reader_finder_finds_reads(source: str, reads: list[str]) -> None:
    assert env_reads(source) == reads


def test_no_module_reads_a_variable_of_its_own() -> None:
    """The package reads no variable outside the table; the tests read none of ours
    (a test's own, such as SCREENSHOTS_DIR, is theirs)."""
    package = ROOT / "briefing"
    for path in sorted(package.rglob("*.py")):
        if path == package / "config.py":
            continue
        reads = env_reads(path.read_text(encoding="utf-8"))
        assert not reads, f"{path.relative_to(ROOT)} reads {reads}: add it to briefing/config.py"
    for path in sorted((ROOT / "tests").rglob("*.py")):
        reads = [r for r in env_reads(path.read_text(encoding="utf-8")) if "BRIEFING_" in r]
        assert not reads, f"{path.relative_to(ROOT)} reads {reads}: use from_environment"


def test_every_variable_named_anywhere_is_in_the_table() -> None:
    known = {spec.env for spec in SETTINGS}
    files = [
        *(ROOT / "briefing").rglob("*.py"),
        *(ROOT / "tests").rglob("*.py"),
        ROOT / ".ci" / "run",
        ROOT / "Makefile",
    ]
    for path in files:
        for name in set(re.findall(r"\bBRIEFING_[A-Z_]+\b", path.read_text(encoding="utf-8"))):
            assert name.rstrip("_") in known, f"{path.relative_to(ROOT)} names {name}"


def test_reading_the_settings_imports_no_backend() -> None:
    code = (
        "import sys, briefing.config; "
        "heavy = [m for m in sys.modules if m.startswith(('briefing.translate', "
        "'briefing.summarize', 'torch', 'transformers', 'ctranslate2'))]; "
        "assert not heavy, heavy"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
