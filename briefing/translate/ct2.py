"""CTranslate2: the same models, converted once, run int8 on the CPU.

A transformers checkpoint (hub id or directory) is converted on first use into
`<models_dir>/ct2/<name>-<quantization>/`, with its tokenizer files, and reused
after; a directory that already holds a CTranslate2 model (`model.bin`) is used
as it is. Tokenising, language codes, long-sentence splitting and length
batching are the transformers backend's, so both give the same outputs contract.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing.errors import ConfigError, ModelError
from briefing.modelstore import local_name, resolve
from briefing.translate import shortlist as vocab_shortlist
from briefing.translate.base import (
    BackendOptions,
    Piece,
    Progress,
    Seq2SeqBackend,
    language_code,
    model_label,
    translate_in_batches,
)
from briefing.translate.fast_tokens import NllbTokens, is_nllb
from briefing.translate.hf import detect_family, quiet_transformers

COMPUTE_TYPES = ("int8", "int8_float32", "float32")
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "sentencepiece.bpe.model",
    "source.spm",
    "target.spm",
    "vocab.json",
    "generation_config.json",
)
SIDECAR = "briefing-source.json"
CUT_VERSION = 1  # bump when cut_spec changes: cut conversions are rebuilt


def _fingerprint(source: Path) -> str:
    """Changes when the source checkpoint changes (a rebuilt tiny model, a new download)."""
    digest = hashlib.sha256()
    for path in sorted(source.iterdir()):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    return digest.hexdigest()[:16]


def converted_dir(model: str, source: Path, models_dir: Path, quantization: str) -> Path:
    """The folder of a model's CTranslate2 conversion under models/ct2/ (a local model's
    name carries a hash of its path)."""
    if Path(model).expanduser().is_dir():
        resolved = str(Path(model).expanduser().resolve())
        name = f"{Path(resolved).name}-{hashlib.sha256(resolved.encode()).hexdigest()[:8]}"
    else:
        name = local_name(model)
    return models_dir / "ct2" / f"{name}-{quantization}"


def convert(
    model: str,
    models_dir: Path,
    quantization: str = "int8",
    *,
    force: bool = False,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Convert a transformers checkpoint to CTranslate2 (cached); returns its directory."""
    if quantization not in COMPUTE_TYPES:
        raise ConfigError(f"quantization {quantization!r} is not one of {', '.join(COMPUTE_TYPES)}")
    source = resolve(model, models_dir, what="translation model")
    if (source / "model.bin").is_file():
        return source  # already a CTranslate2 model
    target = converted_dir(model, source, models_dir, quantization)
    fingerprint = _fingerprint(source)
    sidecar = target / SIDECAR
    if not force and sidecar.is_file():
        recorded = json.loads(sidecar.read_text(encoding="utf-8"))
        if recorded.get("fingerprint") == fingerprint:
            return target
    if log:
        log(f"converting {model} to CTranslate2 {quantization} in {target} (once)")
    return _convert_into(model, source, target, quantization, fingerprint, "to CTranslate2")


def _convert_into(
    model: str,
    source: Path,
    target: Path,
    quantization: str,
    fingerprint: str,
    what: str,
    spec_hook: Callable[[Any], object] | None = None,
    sidecar: Callable[[Path], dict[str, Any]] | None = None,
) -> Path:
    """Convert `source` into `target` through a `.partial` folder renamed when done, with
    its sidecar; `spec_hook` may change the spec before it is saved, `sidecar` adds to the
    sidecar what the finished conversion says. A failure is a `ModelError` naming `what`."""
    import ctranslate2.converters
    from transformers import AutoConfig

    quiet_transformers()
    config = AutoConfig.from_pretrained(source)
    copy = [name for name in TOKENIZER_FILES if (source / name).is_file()]
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    class Converter(ctranslate2.converters.TransformersConverter):
        def _load(self) -> Any:
            spec = super()._load()
            if spec_hook is not None:
                spec_hook(spec)
            return spec

    try:
        Converter(str(source), copy_files=copy, low_cpu_mem_usage=True).convert(
            str(staging), quantization=quantization, force=True
        )
    except Exception as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ModelError(f"could not convert {model} {what}: {exc}") from None
    extra = sidecar(staging) if sidecar is not None else {}
    _write_sidecar(staging, model, source, fingerprint, quantization, config, started, **extra)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target


def _write_sidecar(
    folder: Path,
    model: str,
    source: Path,
    fingerprint: str,
    quantization: str,
    config: Any,
    started: float,
    **extra: Any,
) -> None:
    import ctranslate2

    (folder / SIDECAR).write_text(
        json.dumps(
            {
                "model": model,
                "source": str(source),
                "fingerprint": fingerprint,
                "quantization": quantization,
                "model_type": getattr(config, "model_type", ""),
                "max_position_embeddings": getattr(config, "max_position_embeddings", 1024),
                "convert_seconds": round(time.perf_counter() - started, 2),
                "ctranslate2": ctranslate2.__version__,
                **extra,
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path / SIDECAR
    return dict(json.loads(sidecar.read_text(encoding="utf-8"))) if sidecar.is_file() else {}


def cut_dir(
    model: str,
    source: Path,
    models_dir: Path,
    quantization: str,
    languages: Sequence[str],
    size: int | None,
    custom: str | None = None,
) -> Path:
    """The folder of a conversion whose target vocabulary is cut to a shortlist, beside
    the full one: keyed by the shortlist's languages, size and rule (and, for a list given
    by hand, its digest)."""
    full = converted_dir(model, source, models_dir, quantization)
    label = f"{'+'.join(sorted(languages))}-{size or 'all'}-r{vocab_shortlist.RULE}"
    return full.with_name(f"{full.name}-vocab-{label}" + (f"-{custom}" if custom else ""))


def cut_spec(spec: Any, keep: Callable[[list[str]], Sequence[str]]) -> dict[str, Any]:
    """Cut a sequence-to-sequence spec's target side to the pieces `keep` picks from its
    target vocabulary: the decoder's embeddings, the output projection and its bias keep
    those rows, in vocabulary order (the order a vmap's candidates are scored in, so the
    two decode alike); the source vocabulary and the encoder stay whole."""
    import numpy as np

    # CTranslate2 keeps the registered vocabularies in this private field (4.x).
    vocabulary = list(spec._vocabularies["target"][0])
    wanted = set(keep(vocabulary))
    ids = [i for i, piece in enumerate(vocabulary) if piece in wanted]
    cut: dict[int, Any] = {}  # tied weights (embeddings = projection) stay one tensor

    def take(value: Any) -> Any:
        if id(value) not in cut:
            if hasattr(value, "index_select"):  # a torch tensor
                import torch

                cut[id(value)] = value.index_select(0, torch.tensor(ids)).contiguous()
            else:
                cut[id(value)] = np.ascontiguousarray(np.asarray(value)[np.asarray(ids)])
        return cut[id(value)]

    decoder = spec.decoder
    decoder.embeddings.weight = take(decoder.embeddings.weight)
    decoder.projection.weight = take(decoder.projection.weight)
    bias = getattr(decoder.projection, "bias", None)
    if bias is not None and not isinstance(bias, str):  # str: CTranslate2's OPTIONAL
        decoder.projection.bias = take(bias)
    spec._vocabularies["target"] = [[vocabulary[i] for i in ids]]
    return {"kept": len(ids), "size": len(vocabulary)}


def convert_cut(
    model: str,
    models_dir: Path,
    languages: Sequence[str],
    size: int | None = vocab_shortlist.DEFAULT_SIZE,
    quantization: str = "int8",
    *,
    pieces: Sequence[str] | None = None,
    force: bool = False,
    log: Callable[[str], None] | None = None,
) -> Path | None:
    """A conversion whose decoder holds only the shortlist's pieces (cached), or None where
    there is nothing to cut from: a CTranslate2 model given as it is (a cut one is
    returned as it is). `pieces` replaces the rule's list (the bench's)."""
    if quantization not in COMPUTE_TYPES:
        raise ConfigError(f"quantization {quantization!r} is not one of {', '.join(COMPUTE_TYPES)}")
    source = resolve(model, models_dir, what="translation model")
    if (source / "model.bin").is_file():
        return source if _sidecar(source).get("cut") else None
    languages = sorted(languages)
    custom = None
    if pieces is not None:
        custom = hashlib.sha256("\n".join(pieces).encode()).hexdigest()[:8]
    target = cut_dir(model, source, models_dir, quantization, languages, size, custom)
    fingerprint = _fingerprint(source)
    key: dict[str, Any] = {
        "version": CUT_VERSION,
        "fingerprint": fingerprint,
        "rule": vocab_shortlist.RULE,
        "languages": languages,
        "limit": size,
        "quantization": quantization,
        "pieces": custom,
    }
    recorded = _sidecar(target) if (target / "model.bin").is_file() else {}
    if not force and recorded.get("cut", {}).get("key") == key:
        return target
    if log:
        log(f"converting {model} with its vocabulary cut to the {'+'.join(languages)} shortlist")
    shortlists: list[vocab_shortlist.Shortlist] = []

    def keep(vocabulary: list[str]) -> Sequence[str]:
        built = vocab_shortlist.build(vocabulary, languages, size)
        if pieces is not None:
            built = vocab_shortlist.Shortlist(tuple(languages), list(pieces), len(vocabulary))
        shortlists.append(built)
        return built.always

    def cut_info(staging: Path) -> dict[str, Any]:
        built = shortlists[0]
        found = vocab_shortlist.model_vocabulary(staging)
        return {
            "cut": {
                "key": key,
                "languages": languages,
                "always": len(found[0]) if found else len(built.always),
                "in_script": built.in_script,
                "size": built.vocabulary,
                "summary": built.summary(),
            }
        }

    return _convert_into(
        model,
        source,
        target,
        quantization,
        fingerprint,
        "with a cut vocabulary",
        spec_hook=lambda spec: cut_spec(spec, keep),
        sidecar=cut_info,
    )


def describe_shortlist(
    model: str,
    models_dir: Path,
    languages: Sequence[str],
    size: int = vocab_shortlist.DEFAULT_SIZE,
    log: Callable[[str], None] | None = None,
) -> str:
    """What the shortlist of `languages` keeps of the model's vocabulary, and the form
    `brief` uses: a conversion cut to those pieces where briefing converts the model
    (built here once, reused by `brief`), else a vmap.txt beside the model."""
    unknown = sorted(set(languages) - set(vocab_shortlist.SCRIPTS))
    if unknown or not languages:
        known = ", ".join(sorted(vocab_shortlist.SCRIPTS))
        raise ConfigError(f"languages {', '.join(unknown) or '(none)'}: choose among {known}")
    if size < 1:
        raise ConfigError(f"shortlist size {size}: give at least 1 piece")
    cut = convert_cut(model, models_dir, languages, size, log=log)
    if cut is not None:
        info = _sidecar(cut)["cut"]
        return (
            f"{info['summary']}\nin use: a conversion whose vocabulary is cut to them "
            f"({info['always']:,} target pieces), {cut}"
        )
    path = convert(model, models_dir, "int8", log=log)
    found = vocab_shortlist.model_vocabulary(path)
    if found is None:
        raise ModelError(f"{path}: no vocabulary file (shared_vocabulary.json) in the model")
    writable = (path / SIDECAR).is_file()
    info = vocab_shortlist.ensure_vmap(path, languages, writable=writable, size=size)
    if info is None:
        summary = vocab_shortlist.build(found[0], sorted(languages), size).summary()
        return f"{summary}\nnot written: {path} is not a directory briefing converted"
    if info.get("always") is None:
        return f"{path / vocab_shortlist.VMAP} is the model's own and is used as it is"
    return f"{info['summary']}\n{path / vocab_shortlist.VMAP}"


AVX512_FLAGS = frozenset({"avx512f", "avx512bw", "avx512dq", "avx512vl"})


def cpu_flags() -> frozenset[str]:
    """The CPU's feature flags (Linux's /proc/cpuinfo; empty elsewhere)."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("flags"):
                return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()


def prefer_avx512(
    environ: dict[str, str] | os._Environ[str] = os.environ, flags: frozenset[str] | None = None
) -> bool:
    """Ask CTranslate2 for its AVX-512 kernels where the CPU has them and the user chose no
    ISA: 4.8.5 selects AVX2 on the Speed III machine's Xeon (AVX-512, VNNI, AMX), and
    CT2_FORCE_CPU_ISA=AVX512 made the seed's ko+en decode faster there (docs/speed.md,
    Speed IV). CTranslate2 reads the variable when its first model loads. Returns whether
    it set it."""
    if "CT2_FORCE_CPU_ISA" in environ:
        return False  # the user's choice, whatever it is
    flags = cpu_flags() if flags is None else flags
    if not flags >= AVX512_FLAGS:
        return False
    environ["CT2_FORCE_CPU_ISA"] = "AVX512"
    return True


class _ModelType:
    def __init__(self, model_type: str) -> None:
        self.model_type = model_type


class CT2Translator(Seq2SeqBackend):
    """Translation through CTranslate2: the model converted once, sentences batched by
    length, a shortlist of the target scripts' vocabulary."""

    backend = "ct2"

    def __init__(self, options: BackendOptions | str | None = None, **fields: Any) -> None:
        super().__init__(options, **fields)
        options = self.options
        if options.compute_type not in COMPUTE_TYPES:
            raise ConfigError(
                f"compute type {options.compute_type!r} is not one of {', '.join(COMPUTE_TYPES)}"
            )
        self.compute_type = options.compute_type
        self.log = options.log
        self.shortlist = options.shortlist
        self.shortlist_size = options.shortlist_size
        self.shortlist_languages = tuple(options.shortlist_languages)
        # The shortlist in use, if any; its "form" is "cut" (a conversion holding only its
        # pieces) or "vmap" (the full conversion and CTranslate2's vocabulary map).
        self.vmap: dict[str, Any] | None = None
        self._full: Any = None  # the full conversion, for targets outside a cut model's
        self._full_lock = threading.Lock()
        self.replicas = max(1, min(options.replicas or self.threads, self.threads))
        self._translator: Any = None

    @property
    def loaded(self) -> bool:
        """Whether the converted model is loaded."""
        return self._translator is not None

    def _load(self) -> None:
        # Weights are stored int8 unless float32 compute is asked for: CTranslate2
        # converts on load, and int8 storage keeps the cache and the load small.
        quantization = "float32" if self.compute_type == "float32" else "int8"
        path = None
        if self.shortlist:  # the vocabulary cut at conversion, where briefing converts
            try:
                path = convert_cut(
                    self.model,
                    self.models_dir,
                    self.shortlist_languages,
                    self.shortlist_size,
                    quantization,
                    log=self.log,
                )
            except ModelError as exc:  # an architecture the cut does not know: the vmap
                if self.log:
                    self.log(f"{exc}; decoding over a vmap instead")
        if path is None:
            path = convert(self.model, self.models_dir, quantization, log=self.log)
        self._quantization = quantization
        started = time.perf_counter()
        tokenizer: Any
        if is_nllb(path):  # NLLB's tokenizer without transformers, so without torch
            tokenizer = NllbTokens(path)
        else:
            from transformers import AutoTokenizer

            quiet_transformers()
            try:
                tokenizer = AutoTokenizer.from_pretrained(path)
            except (OSError, ValueError) as exc:
                raise ModelError(f"{path}: no usable tokenizer next to the model ({exc})") from None
        sidecar = path / SIDECAR
        info = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
        self._positions = int(info.get("max_position_embeddings") or 1024)
        if info.get("cut"):  # a cut model decodes over its pieces, with or without --shortlist
            self.vmap = {**info["cut"], "form": "cut"}
        elif self.shortlist:  # before the model loads: CTranslate2 reads vmap.txt then
            self.vmap = vocab_shortlist.ensure_vmap(
                path, self.shortlist_languages, writable=sidecar.is_file(), size=self.shortlist_size
            )
            if self.vmap is not None:
                self.vmap["form"] = "vmap"
        self._translator = self._engine(path)
        self._source_info = info
        self._tokenizer = tokenizer
        self.family = (
            "nllb"
            if isinstance(tokenizer, NllbTokens)
            else detect_family(tokenizer, _ModelType(info.get("model_type", "")))
        )
        self.path = path
        self.load_seconds = time.perf_counter() - started

    def _engine(self, path: Path) -> Any:
        if self.device == "cpu":
            prefer_avx512()
        import ctranslate2

        try:
            # One thread per batch, as many batches at once as there are cores: on the
            # 2-core machine the seed's ko+en decoded in 27.9 s this way against 36.0 s
            # with both threads on one batch at a time (beam 2, 600M, int8).
            return ctranslate2.Translator(
                str(path),
                device=self.device,
                compute_type=self.compute_type,
                intra_threads=max(1, self.threads // self.replicas),
                inter_threads=self.replicas,
            )
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"{path}: CTranslate2 cannot load it ({exc})") from None

    def _full_engine(self) -> Any:
        """The full conversion, loaded on first need: a cut model cannot write the pieces
        of languages outside its shortlist."""
        with self._full_lock:
            if self._full is None:
                model = str(self._source_info.get("model") or self.model)
                path = convert(model, self.models_dir, self._quantization, log=self.log)
                if self.log:
                    self.log(f"targets outside the shortlist: loading the full model {path}")
                self._full = self._engine(path)
            return self._full

    def _source_tokens(self, text: str, prefix: str) -> list[str]:
        ids = self._tokenizer(prefix + text)["input_ids"]
        return list(self._tokenizer.convert_ids_to_tokens(ids))

    def translate(
        self,
        texts: Sequence[str],
        source: str,
        target: str,
        progress: Progress | None = None,
    ) -> list[str]:
        """The translations of `texts` into `target`."""
        return self.translate_many(texts, [target] * len(texts), source, progress)

    def translate_many(
        self,
        texts: Sequence[str],
        targets: Sequence[str],
        source: str,
        progress: Progress | None = None,
    ) -> list[str]:
        """Texts into each one's own target language, batched together: CTranslate2 takes
        a target prefix per example, so Korean and English share batches, and the
        weights read at each decoding step serve twice as many sentences."""
        self.load()
        tokenizer = self._tokenizer
        if self.family != "marian":
            tokenizer.src_lang = language_code(self.family, source)
        codes = {t: language_code(self.family, t) for t in set(targets)}
        # The shortlist holds the pieces of its languages: other targets decode over all,
        # with the full conversion where the loaded one is cut.
        within = self.vmap is not None and set(targets) <= set(self.vmap["languages"])
        cut = self.vmap is not None and self.vmap.get("form") == "cut"
        engine = self._full_engine() if cut and not within else self._translator
        use_vmap = within and not cut
        vocab = tokenizer.get_vocab() if self.family == "marian" else {}

        def prefixes(target: str) -> tuple[str, list[str] | None]:
            """(text put before the source, target prefix tokens)"""
            if self.family == "marian":
                return (codes[target] + " " if codes[target] in vocab else ""), None
            return "", [codes[target]]

        def submit(batch: list[Piece]) -> tuple[list[list[str] | None], Any]:
            longest = max(p.tokens for p in batch)
            options: dict[str, Any] = {
                "beam_size": self.beam_size,
                "max_input_length": 0,  # pieces are already under the limit: never truncate
                "max_decoding_length": self.max_new_tokens(longest),
                "asynchronous": True,
            }
            if use_vmap:
                options["use_vmap"] = True
            if self.decode_length is not None:
                forced = self.decode_length(longest)
                options["min_decoding_length"] = options["max_decoding_length"] = forced
            setup = [prefixes(targets[p.index]) for p in batch]
            target_prefix = [tp for _, tp in setup]
            results = engine.translate_batch(
                [
                    self._source_tokens(p.text, before)
                    for p, (before, _) in zip(batch, setup, strict=True)
                ],
                target_prefix=target_prefix if any(target_prefix) else None,
                **options,
            )
            return target_prefix, results

        def decode(target_prefix: list[list[str] | None], results: Any) -> list[str]:
            decoded = []
            for result, forced_prefix in zip(results, target_prefix, strict=True):
                tokens = result.result().hypotheses[0]
                if forced_prefix:
                    if tokens[: len(forced_prefix)] != forced_prefix:
                        # The language code is forced: anything else is an engine fault
                        # (a stale vocabulary map), never a translation to keep.
                        raise ModelError(
                            f"CTranslate2 returned a translation that starts with "
                            f"{' '.join(tokens[: len(forced_prefix)])!r} instead of the forced "
                            f"{' '.join(forced_prefix)!r}; retry with --shortlist off"
                        )
                    tokens = tokens[len(forced_prefix) :]
                ids = [i for i in tokenizer.convert_tokens_to_ids(tokens) if i is not None]
                decoded.append(tokenizer.decode(ids, skip_special_tokens=True))
            return decoded

        def queue(batch: list[Piece]) -> Callable[[], list[str]]:
            # Every batch is queued at once; CTranslate2 runs `threads` of them in parallel.
            target_prefix, results = submit(batch)
            return lambda: decode(target_prefix, results)

        return translate_in_batches(
            texts,
            self.count_tokens,
            self.limit,
            self.batch_tokens,
            queue,
            progress,
            workers=self.replicas,
        )

    def shortlist_label(self) -> str:
        """The shortlist in words, for the signature: off, or its languages, size and form
        (a vocabulary cut at conversion, or a vmap over the full one)."""
        if self.vmap is None:
            return "off"
        always = self.vmap.get("always")
        languages = "+".join(sorted(self.vmap["languages"]))
        if not always:
            return f"{languages}, the model's vmap.txt"
        if self.vmap.get("form") == "cut":
            return f"{languages}, {always} pieces, vocabulary cut at conversion"
        return f"{languages}, {always} pieces, vmap"

    def signature(self) -> dict[str, str]:
        """The backend, model, compute type, device, beam, shortlist and version."""
        import ctranslate2

        return {
            "backend": self.backend,
            "model": model_label(self.model),
            "family": self.family,
            "compute_type": self.compute_type,
            "device": self.device,
            "beam": str(self.beam_size),
            "shortlist": self.shortlist_label(),
            "ctranslate2": ctranslate2.__version__,
        }
