"""Backends by name, imported only when chosen (torch stays out of `import briefing`)."""

from __future__ import annotations

import importlib
from typing import Any

from briefing.errors import ConfigError, ModelError
from briefing.translate.base import BackendOptions, Translator, options_of

BACKENDS = {
    "ct2": "briefing.translate.ct2:CT2Translator",
    "transformers": "briefing.translate.hf:TransformersTranslator",
    "fake": "briefing.translate.fake:FakeTranslator",
}
INSTALL_HINT = {
    "transformers": "pip install 'transformers>=5' torch==2.13.0",
    "ct2": "pip install 'ctranslate2>=4.5' 'transformers>=5'",
}


def create(backend: str, options: BackendOptions | None = None, **fields: Any) -> Translator:
    """The backend named `backend`, built from `options` (or from keyword fields, checked
    against BackendOptions: a misspelt option is an error)."""
    options = options_of(options, fields)
    try:
        target = BACKENDS[backend]
    except KeyError:
        raise ConfigError(
            f"unknown translation backend {backend!r}; choose one of {', '.join(BACKENDS)}"
        ) from None
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        hint = INSTALL_HINT.get(backend, "pip install briefing")
        raise ModelError(f"the {backend} backend needs {exc.name}: {hint}") from None
    translator: Translator = getattr(module, class_name)(options=options)
    return translator
