from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from briefing.config import SETTINGS, Settings, load_settings
from briefing.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def test_flags_beat_env_beat_file_beat_defaults(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('beam_size = 3\nsummary_sentences = 7\nbackend = "fake"\n')
    settings = load_settings(
        {"beam_size": 5}, env={"BRIEFING_SUMMARY_SENTENCES": "4"}, config_file=config
    )
    assert settings.beam_size == 5
    assert settings.summary_sentences == 4
    assert settings.backend == "fake"
    assert settings.max_input_tokens == 200


def test_defaults_agree_with_the_table() -> None:
    defaults = {f.name: f.default for f in dataclasses.fields(Settings)}
    assert defaults == {spec.name: spec.default for spec in SETTINGS}


@pytest.mark.parametrize(
    "env, message",
    [
        ({"BRIEFING_BEAM_SIZE": "0"}, "at least 1"),
        ({"BRIEFING_SUMMARIZER": "magic"}, "not one of"),
        ({"BRIEFING_BATCH_TOKENS": "lots"}, "not a valid int"),
    ],
)
def test_bad_values_are_refused(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings({}, env=env)


def test_unknown_key_in_file(tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text("beam = 3\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings({}, env={}, config_file=config)


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


def test_readme_documents_every_setting() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for spec in SETTINGS:
        assert f"`{spec.env}`" in readme, f"README does not document {spec.env}"
