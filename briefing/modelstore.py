"""Finding models: the catalog of defaults, local directories, the Hugging Face cache.

A model is looked for, in order: as a directory; under `<models_dir>/hf/<org>--<name>`;
in the Hugging Face cache. Only then, and only when the hub is not switched off
(`HF_HUB_OFFLINE=1`), is it downloaded into `<models_dir>/hf/`. Nothing falls back
silently to another model.
"""

from __future__ import annotations

import errno
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.errors import ConfigError, ModelUnavailable
from briefing.paths import catalog_file


@dataclass(frozen=True)
class Catalog:
    """The default models per direction and per summarizer, with each model's licence."""

    translate: dict[str, str]  # "vi-ko" -> model id
    summarize: dict[str, str]
    models: dict[str, dict[str, Any]] = field(default_factory=dict)

    def licence(self, model: str) -> str | None:
        """The licence the catalog gives for `model`, or None."""
        entry = self.models.get(model)
        return str(entry["licence"]) if entry and "licence" in entry else None


def load_catalog(path: Path | None = None) -> Catalog:
    """Read the model catalog (models/catalog.toml by default); a `ConfigError` when it is
    missing or not TOML."""
    path = path or catalog_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: model catalog not found; set BRIEFING_CATALOG") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return Catalog(
        translate=dict(data.get("translate", {})),
        summarize=dict(data.get("summarize", {})),
        models=dict(data.get("models", {})),
    )


def local_name(model: str) -> str:
    """A hub id as a folder name: `facebook/nllb` becomes `facebook--nllb`."""
    return model.replace("/", "--")


def _looks_like_hub_id(model: str) -> bool:
    parts = model.split("/")
    return len(parts) == 2 and all(parts) and not model.startswith((".", "~"))


def hub_offline() -> bool:
    """HF_HUB_OFFLINE, read from the environment as the Hugging Face libraries read it."""
    from briefing.config import from_environment

    return bool(from_environment("hf_hub_offline"))


def resolve(model: str, models_dir: Path, *, what: str = "model") -> Path:
    """The directory holding `model`, downloading it if allowed; else ModelUnavailable."""
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file() and not (path / "model.bin").is_file():
            raise ModelUnavailable(
                f"{path} has no config.json; it is not a transformers model directory "
                "(make tiny-models builds models/tiny/nllb)"
            )
        return path
    if not _looks_like_hub_id(model):
        raise ModelUnavailable(
            f"{what} {model!r}: no such directory; give a hub id like facebook/nllb-200-distilled-600M "
            "or an existing model directory (make tiny-models builds models/tiny/nllb)"
        )
    local = models_dir / "hf" / local_name(model)
    if (local / "config.json").is_file():
        return local
    from huggingface_hub import constants, snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(model, local_files_only=True))
    except (LocalEntryNotFoundError, OSError, ValueError):
        pass
    looked = f"{local} and the Hugging Face cache ({constants.HF_HUB_CACHE})"
    fix = (
        f'run "briefing models pull {model}" where the hub is reachable and copy {local}, '
        "or pass --mt-model DIR (MT_MODEL=DIR for make brief) with a local copy; "
        "make tiny-models builds models/tiny/nllb for a test run"
    )
    if hub_offline():
        raise ModelUnavailable(f"{what} {model} is not in {looked}, and HF_HUB_OFFLINE=1; {fix}")
    try:
        return download(model, local)
    except PermissionError as exc:  # a read-only folder is not a network problem
        raise ModelUnavailable(
            f"{what} {model}: cannot write {local.parent} ({exc.strerror}); set "
            "BRIEFING_MODELS_DIR (--models-dir) to a writable folder, or pass --mt-model DIR"
        ) from None
    except OSError as exc:
        if exc.errno in {errno.EROFS, errno.EACCES, errno.ENOSPC}:
            raise ModelUnavailable(
                f"{what} {model}: cannot write {local.parent} ({exc.strerror}); set "
                "BRIEFING_MODELS_DIR (--models-dir) to a writable folder with room, or pass "
                "--mt-model DIR"
            ) from None
        raise ModelUnavailable(_unreachable(what, model, looked, fix, exc)) from None
    except Exception as exc:
        raise ModelUnavailable(_unreachable(what, model, looked, fix, exc)) from None


def _unreachable(what: str, model: str, looked: str, fix: str, exc: BaseException) -> str:
    reason = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    return f"{what} {model} is not in {looked}, and the hub is unreachable ({reason}); {fix}"


def download(model: str, local: Path) -> Path:
    """Download a hub model into `local`, with the hub client's progress bars."""
    from huggingface_hub import snapshot_download

    created = [p for p in (local.parent.parent, local.parent) if not p.exists()]
    local.parent.mkdir(parents=True, exist_ok=True)
    partial = local.with_name(local.name + ".partial")
    try:
        snapshot_download(
            model, local_dir=partial, allow_patterns=["*.json", "*.safetensors", "*.model", "*.txt"]
        )
        if not any(partial.glob("*.safetensors")):  # older repositories ship only PyTorch pickles
            snapshot_download(model, local_dir=partial, allow_patterns=["pytorch_model*.bin"])
    except BaseException:  # a failed download leaves no empty folders behind
        for folder in (partial, *reversed(created)):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise
    if local.exists():
        raise ModelUnavailable(f"{local} appeared while downloading; remove one of the two copies")
    partial.rename(local)
    return local
