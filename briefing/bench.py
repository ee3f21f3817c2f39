"""`briefing bench`: speed and memory of each backend on a 600M-size NLLB model.

The model has exactly the architecture of facebook/nllb-200-distilled-600M
(d_model 1024, 12+12 layers, 16 heads, FFN 4096, vocabulary 256,206) with random
weights from a fixed seed, built without network and cached under models/bench/.
Random weights stop at random points, so every backend is made to generate a
fixed number of tokens per sentence, set from the source length.

Each configuration runs in its own process (so its peak RSS is its own), several
times; figures are medians, and backend comparisons are ratios from one bench run.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.paths import CHECKOUT, default_models_dir
from briefing.translate.base import DEFAULT_BATCH_TOKENS

SEED = 20261126
# Decoding shortlists timed (see simulated_shortlist): the default cap, and half the
# vocabulary for comparison. A smaller vocabulary (the tiny model) scales them down.
SHORTLIST_SIZES = (64_000, 128_000)
GFLOP_PER_TOKEN = 0.88  # per generated token per hypothesis, this architecture (issue #3)
NLLB_600M: dict[str, Any] = {
    "vocab_size": 256206,
    "d_model": 1024,
    "encoder_layers": 12,
    "decoder_layers": 12,
    "encoder_attention_heads": 16,
    "decoder_attention_heads": 16,
    "encoder_ffn_dim": 4096,
    "decoder_ffn_dim": 4096,
    "max_position_embeddings": 1024,
}


def output_length(source_tokens: int) -> int:
    """Generated tokens forced for a source of this length (vi→ko/en run about 1.2×)."""
    return max(4, round(source_tokens * 1.2) + 2)


def random_nllb(tokenizer: Any, seed: int, **sizes: Any) -> Any:
    """An NLLB-architecture model (M2M100ForConditionalGeneration) of the given sizes,
    random weights from `seed`, wired to the tokenizer's special tokens. Used for the
    tiny test model (models/build_tiny.py) and the 600M bench model."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration

    config = M2M100Config(
        **sizes,
        scale_embedding=True,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    return M2M100ForConditionalGeneration(config).eval()


def build_bench_model(models_dir: Path, log: Any = print) -> Path:
    """The 600M-architecture model with random weights, cached; tokenizer from the tiny model."""
    target = models_dir / "bench" / "nllb-600m-random"
    if (target / "config.json").is_file() and any(target.glob("*.safetensors")):
        return target
    tiny = models_dir / "tiny" / "nllb"
    if not (tiny / "tokenizer.json").is_file():
        from briefing.errors import ModelUnavailable

        raise ModelUnavailable(f"{tiny} is missing; run `make tiny-models` first")
    from transformers import AutoTokenizer

    from briefing.translate.hf import quiet_transformers

    quiet_transformers()
    log(f"building {target} (random weights, seed {SEED}; once, about a minute)")
    tokenizer = AutoTokenizer.from_pretrained(tiny)
    model = random_nllb(tokenizer, SEED, **NLLB_600M)
    staging = target.with_name(target.name + ".partial")
    model.save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    staging.rename(target)
    return target


def simulated_pieces(model: str, models_dir: Path, size: int) -> tuple[Path, list[str], int]:
    """The converted int8 model and the `size` pieces the bench decodes over.

    Decoding time depends on how many pieces the shortlist holds, not which. The bench
    model carries the tiny model's tokenizer (about 1,800 pieces, padded by CTranslate2
    to 256,206), so the ko+en rule would keep only those; the bench fills the list to
    `size` instead: the rule's pieces first, then others in vocabulary order. `brief`
    never keeps more than the cap, so the time at the cap bounds its time with any
    vocabulary; `briefing models shortlist MODEL` prints how many a given model keeps."""
    from briefing.translate import shortlist as vocab
    from briefing.translate.ct2 import convert

    source = convert(model, models_dir, "int8")
    found = vocab.model_vocabulary(source)
    if found is None:
        from briefing.errors import ModelError

        raise ModelError(f"{source}: no vocabulary file")
    pieces = [p for p in found[0] if p and not any(c.isspace() for c in p)]
    size = max(1, round(size * min(1.0, len(found[0]) / NLLB_600M["vocab_size"])))
    # The rule's own list at this cap (special tokens, language codes and single letters
    # whatever the cap), then other pieces up to the cap.
    chosen = vocab.build(pieces, ("ko", "en"), size).always
    kept = set(chosen)
    chosen += [p for p in pieces if p not in kept][: max(0, size - len(chosen))]
    return source, chosen, len(found[0])


def simulated_shortlist(model: str, models_dir: Path, size: int) -> tuple[Path, int]:
    """The converted int8 model (symlinked) with a vmap.txt of `size` pieces (see
    `simulated_pieces`)."""
    from briefing.translate import shortlist as vocab

    source, chosen, vocabulary = simulated_pieces(model, models_dir, size)
    size = len(chosen)
    target = models_dir / "bench" / f"{source.name}-shortlist-{size}"
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        link = target / path.name
        if path.name not in (vocab.VMAP, vocab.VMAP_SIDECAR) and not link.exists():
            link.unlink(missing_ok=True)  # a link left dangling by a model rebuilt elsewhere
            link.symlink_to(path.resolve())
    shortlist = vocab.Shortlist(("ko", "en"), chosen, vocabulary)
    vocab.write_vmap(target / vocab.VMAP, shortlist)
    return target, size


def simulated_cut(model: str, models_dir: Path, size: int) -> tuple[Path, int]:
    """The same `size` pieces as `simulated_shortlist`, as a conversion whose target
    vocabulary is cut to them (what `brief` loads), cached under models/ct2/."""
    from briefing.translate.ct2 import convert_cut

    _, chosen, _ = simulated_pieces(model, models_dir, size)
    path = convert_cut(model, models_dir, ("ko", "en"), len(chosen), "int8", pieces=chosen)
    if path is None:
        from briefing.errors import ModelError

        raise ModelError(f"{model}: a CTranslate2 model, no checkpoint to cut")
    return path, len(chosen)


def seed_texts() -> list[str]:
    """What the pipeline translates for the seed: its segments and fact labels."""
    from briefing.facts import extract
    from briefing.labels import labels_of
    from briefing.segment import load, segment

    article, paragraphs = load(CHECKOUT / "seeds" / "vn-kr-digital-forum.vi.txt")
    document = extract(segment(article, paragraphs))
    document.title = {"vi": article.title}
    texts = [s.text for s in document.segments] + [
        label.source(document) for label in labels_of(document)
    ]
    return list(dict.fromkeys(texts))


def peak_rss_mb() -> float:
    """This process's peak resident set. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over from the parent across exec, so a worker would report the driver's peak."""
    from briefing.heap import status_mb

    return status_mb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ----------------------------------------------------------------------------- worker


def batch_plan(translator: Any, texts: list[str]) -> list[tuple[int, int]]:
    """(sentences, decoding steps) of each batch the translator decodes for `texts`: its
    own piece split, length batching at its beam's budget and spread over its replicas,
    each batch forced to `output_length` of its longest piece."""
    from briefing.translate.base import batches_by_length, pieces_for, spread

    pieces = pieces_for(texts, translator.count_tokens, translator.limit)
    batches = spread(
        list(batches_by_length(pieces, translator.batch_tokens)),
        getattr(translator, "replicas", 1),
    )
    return [(len(batch), output_length(max(p.tokens for p in batch))) for batch in batches]


def worker(spec: dict[str, Any]) -> dict[str, Any]:
    """One configuration in this process: load once, translate `runs` times."""
    from briefing.translate import create

    started = time.perf_counter()
    translator: Any = create(
        spec["backend"],
        model=spec["model"],
        models_dir=Path(spec["models_dir"]),
        beam_size=spec["beam"],
        compute_type=spec.get("compute_type", "int8"),
        batch_tokens=spec["batch_tokens"],
        decode_length=output_length,
        shortlist=spec.get("shortlist", False),
    )
    translator.load()
    # Model load alone; a first CTranslate2 run also converts, which is reported apart.
    load_seconds = getattr(translator, "load_seconds", 0.0) or time.perf_counter() - started
    convert_seconds = round(time.perf_counter() - started - load_seconds, 3)
    texts = spec["texts"]
    all_texts = [t for _ in spec["targets"] for t in texts]
    # What one timed call decodes: one target's texts, or every target's together.
    plan = batch_plan(translator, all_texts if spec.get("together") else texts)
    translator.translate(texts[:2], "vi", spec["targets"][0])  # warm-up, not timed
    seconds: dict[str, list[float]] = {}
    if spec.get("together"):  # every target in one call: Korean and English share batches
        label = "+".join(spec["targets"])
        languages = [lang for lang in spec["targets"] for _ in texts]
        for _ in range(spec["runs"]):
            t0 = time.perf_counter()
            translator.translate_many(all_texts, languages, "vi")
            seconds.setdefault(label, []).append(time.perf_counter() - t0)
    for target in [] if spec.get("together") else spec["targets"]:
        for _ in range(spec["runs"]):
            t0 = time.perf_counter()
            translator.translate(texts, "vi", target)
            seconds.setdefault(target, []).append(time.perf_counter() - t0)
    return {
        "load_s": round(load_seconds, 3),
        "convert_s": convert_seconds,
        "generated_tokens": sum(n * steps for n, steps in plan),
        "batch_steps": sum(steps for _, steps in plan),
        "hypothesis_steps": sum(n * steps for n, steps in plan) * spec["beam"],
        "seconds": seconds,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def limits_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """What this machine can do at most, with every core: square GEMMs in fp32 and int8
    (torch, MKL/oneDNN) and reading memory. Medians of a few repetitions."""
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    n = int(spec.get("n", 2048))

    def rate(work: float, run: Any, repeat: int = 5) -> float:
        run()  # warm-up
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        return work / statistics.median(times) / 1e9

    a, b = torch.randn(n, n), torch.randn(n, n)
    fp32 = rate(2 * n**3, lambda: a @ b)
    int8 = max(_int8_matmul(torch, n, rate), _int8_linear(torch, n, a, b, rate))
    block = torch.ones(int(spec.get("bytes", 1 << 30)) // 4)
    read = rate(block.numel() * 4, lambda: block.sum())
    return {
        "fp32_gemm_gflops": round(fp32, 1),
        "int8_gemm_gops": round(int8, 1),
        "memory_read_gb_s": round(read, 1),
    }


def _int8_matmul(torch: Any, n: int, rate: Any) -> float:
    """torch's int8 × int8 matmul: oneDNN's VNNI/AMX kernels where the CPU has them; on a
    CPU without VNNI (AVX2 only) a slow fallback (1.5 GOP/s seen on Zen 3)."""
    try:
        ai = torch.randint(-128, 127, (n, n), dtype=torch.int8)
        bi = torch.randint(-128, 127, (n, n), dtype=torch.int8)
        return float(rate(2 * n**3, lambda: torch._int_mm(ai, bi)))
    except (RuntimeError, AttributeError):  # no int8 GEMM in this torch build
        return 0.0


def _int8_linear(torch: Any, n: int, a: Any, b: Any, rate: Any) -> float:
    """u8 × s8 GEMM through fbgemm's quantized linear, the kind CTranslate2 runs on AVX2
    (oneDNN u8s8): 231 GOP/s on the 2-vCPU Zen 3, where `_int8_matmul` gave 1.5."""
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # quantized tensors are deprecated, not gone
            x = torch.quantize_per_tensor(a, 0.05, 128, torch.quint8)
            w = torch.quantize_per_tensor(b, 0.05, 0, torch.qint8)
            packed = torch.ops.quantized.linear_prepack(w, None)
            return float(rate(2 * n**3, lambda: torch.ops.quantized.linear(x, packed, 1.0, 0)))
    except (RuntimeError, AttributeError):
        return 0.0


def step_bytes(vocabulary: int, config: dict[str, int] | None = None) -> int:
    """int8 weights a decoding step reads for one batch: per decoder layer the self-attention
    (4 d²), the cross-attention's query and output (2 d²; its keys and values are computed
    once per sentence) and the feed-forward (2 d·ffn); then the output projection over
    `vocabulary` pieces (v·d)."""
    config = config or NLLB_600M
    d, ffn = config["d_model"], config["decoder_ffn_dim"]
    return int(config["decoder_layers"] * (6 * d * d + 2 * d * ffn) + vocabulary * d)


def brief_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """The whole seed brief with CTranslate2 int8 at the default beam, model load included."""
    import tempfile

    from briefing.config import Settings
    from briefing.pipeline import run_brief
    from briefing.translate import create

    started = time.perf_counter()
    translator = create(
        "ct2",
        model=spec["model"],
        models_dir=Path(spec["models_dir"]),
        beam_size=spec["beam"],
        compute_type="int8",
        decode_length=output_length,
        shortlist=spec.get("shortlist", False),
        replicas=spec.get("replicas"),
        batch_tokens=spec.get("batch_tokens", DEFAULT_BATCH_TOKENS),
    )
    with tempfile.TemporaryDirectory() as out:
        settings = Settings(out_dir=Path(out), models_dir=Path(spec["models_dir"]), memory="none")
        result = run_brief(
            CHECKOUT / "seeds" / "vn-kr-digital-forum.vi.txt",
            settings,
            translators={"ko": translator, "en": translator},
        )
    wall = time.perf_counter() - started
    render = result.manifest["render"]
    peak = peak_rss_mb()
    return {
        "wall_s": round(wall, 2),
        "shortlist": translator.signature()["shortlist"],
        "timings_s": result.timings,
        "render_s_per_pdf": round(result.timings["render"] / 4, 3),
        "peak_rss_mb": round(peak, 1),
        # A forked renderer shares this process's pages; what it adds is its own, while
        # this process holds what it held when rendering began.
        "render_helper_mb": render["helper_private_mb"],
        "resident_at_render_mb": render["resident_mb_at_render"],
        "peak_with_renderer_mb": round(
            max(peak, render["resident_mb_at_render"] + (render["helper_private_mb"] or 0)), 1
        ),
    }


def run_worker(kind: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Run one bench worker of `kind` in a fresh process (so its peak RSS is its own) and
    return the JSON it prints; a failed worker is a `BriefingError` with its last line."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    process = subprocess.run(
        [sys.executable, "-m", "briefing.bench", kind, json.dumps(spec)],
        capture_output=True,
        text=True,
        env=env,
        cwd=CHECKOUT,
    )
    lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        from briefing.errors import BriefingError

        tail = (process.stderr.strip().splitlines() or ["no output"])[-1]
        raise BriefingError(f"bench worker {kind} {spec.get('backend', '')} failed: {tail}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


# ----------------------------------------------------------------------------- driver


@dataclass
class Row:
    """One line of the bench table: a configuration's speed, memory and load time."""

    name: str
    backend: str
    compute_type: str
    beam: int
    texts: str
    tokens_per_s: float
    s_per_article: dict[str, float]
    load_s: float
    peak_rss_mb: float
    gflops: float
    shortlist: int = 0  # pieces in the decoding shortlist; 0: the whole vocabulary
    form: str = ""  # a shortlist's form: "vmap" (full model, use_vmap) or "cut" (cut model)
    batch_steps_per_s: float = 0.0  # decoding steps of whole batches, all replicas together
    decode_gops: float = 0.0  # operations/s of the decoder's matrices (600M model only)
    memory_share: float = 0.0  # batch steps/s over what memory bandwidth allows (CT2)
    gemm_share: float = 0.0  # decode_gops over the machine's GEMM (int8; fp32 for float32)


def summarise(
    name: str,
    spec: dict[str, Any],
    result: dict[str, Any],
    texts: str,
    shortlist: int = 0,
    form: str = "",
) -> Row:
    """The `Row` of a worker's result: median seconds per article, tokens per second and,
    at full size, the decoder's throughput."""
    per_target = {t: statistics.median(v) for t, v in result["seconds"].items()}
    seconds = statistics.median(per_target.values())
    tokens_per_s = result["generated_tokens"] / seconds
    vocabulary = shortlist or NLLB_600M["vocab_size"]
    decode_gops = (
        2 * result["hypothesis_steps"] * step_bytes(vocabulary) / seconds / 1e9
        if spec["full_size"]
        else 0.0
    )
    return Row(
        name=name,
        backend=spec["backend"],
        compute_type=spec.get("compute_type", "float32") if spec["backend"] == "ct2" else "float32",
        beam=spec["beam"],
        texts=texts,
        tokens_per_s=round(tokens_per_s, 1),
        s_per_article={t: round(s, 2) for t, s in per_target.items()},
        load_s=result["load_s"],
        peak_rss_mb=result["peak_rss_mb"],
        gflops=round(tokens_per_s * spec["beam"] * GFLOP_PER_TOKEN, 1)
        if spec["full_size"]
        else 0.0,
        shortlist=shortlist,
        form=form or ("vmap" if shortlist else ""),
        batch_steps_per_s=round(result["batch_steps"] / seconds, 1),
        decode_gops=round(decode_gops, 1),
    )


def shares(row: Row, limits: dict[str, float], full_size: bool) -> Row:
    """A CTranslate2 row's batch steps/s against the memory ceiling (every step of a batch
    reads the decoder's weights once: one byte each in int8, four in float32) and its
    decoder's operations/s against the machine's GEMM in the same arithmetic: a row far
    under the first is not memory-bound, and the second says how much of the arithmetic
    the engine reaches."""
    if row.backend != "ct2" or not full_size:
        return row
    width = 4 if row.compute_type == "float32" else 1
    vocabulary = row.shortlist or NLLB_600M["vocab_size"]
    ceiling = limits["memory_read_gb_s"] * 1e9 / (step_bytes(vocabulary) * width)
    row.memory_share = round(row.batch_steps_per_s / ceiling, 3) if ceiling else 0.0
    gemm = limits.get("fp32_gemm_gflops" if width == 4 else "int8_gemm_gops") or 0.0
    row.gemm_share = round(row.decode_gops / gemm, 3) if gemm else 0.0
    return row


def machine() -> dict[str, Any]:
    """The CPU model, core count and Python version the bench ran on."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version()}


def brief_runs(
    model: str,
    models_dir: Path,
    beam: int,
    runs: int,
    log: Any = print,
    shortlist: int = 0,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    replicas: int | None = None,
) -> dict[str, Any]:
    """The whole seed brief, CTranslate2 int8 at the default beam, `runs` times in fresh
    processes; `shortlist` (its size) set: over the model's shortlist, a vmap.txt or a
    vocabulary cut at conversion, whichever the model directory holds."""
    briefs = []
    spec = {
        "model": model,
        "models_dir": str(models_dir),
        "beam": beam,
        "shortlist": bool(shortlist),
        "batch_tokens": batch_tokens,
        "replicas": replicas,
    }
    label = f", shortlist {shortlist:,}" if shortlist else ""
    for i in range(max(1, runs)):
        log(f"bench: whole brief, ct2 int8 beam {beam}{label}, run {i + 1}")
        briefs.append(run_worker("brief", spec))
    return {
        "shortlist": shortlist,
        "form": briefs[0]["shortlist"],  # the translator's own words: vmap or cut
        "wall_s": statistics.median(b["wall_s"] for b in briefs),
        "peak_rss_mb": max(b["peak_rss_mb"] for b in briefs),
        "peak_with_renderer_mb": max(b["peak_with_renderer_mb"] for b in briefs),
        "render_s_per_pdf": statistics.median(b["render_s_per_pdf"] for b in briefs),
        "render_s_five_pdfs": statistics.median(b["timings_s"]["render"] for b in briefs),
        "runs": briefs,
    }


def compare_briefs(
    model: str,
    models_dir: Path,
    configs: list[tuple[int, int]],
    runs: int,
    log: Any = print,
    shortlist: int = 0,
    replicas: int | None = None,
) -> list[dict[str, Any]]:
    """The whole seed brief for each (beam, batch_tokens), the configurations taking
    turns run by run, so a busy spell on a shared machine falls on all of them alike."""
    specs = [
        {
            "model": model,
            "models_dir": str(models_dir),
            "beam": beam,
            "shortlist": bool(shortlist),
            "batch_tokens": batch_tokens,
            "replicas": replicas,
        }
        for beam, batch_tokens in configs
    ]
    done: list[list[dict[str, Any]]] = [[] for _ in specs]
    for i in range(max(1, runs)):
        for spec, briefs in zip(specs, done, strict=True):
            log(f"bench: brief beam {spec['beam']}, batch {spec['batch_tokens']}, run {i + 1}")
            briefs.append(run_worker("brief", spec))
    return [
        {
            "beam": spec["beam"],
            "batch_tokens": spec["batch_tokens"],
            "wall_s": statistics.median(b["wall_s"] for b in briefs),
            "translate_s": statistics.median(b["timings_s"]["translate ko+en"] for b in briefs),
            "render_s": statistics.median(b["timings_s"]["render"] for b in briefs),
            "peak_rss_mb": max(b["peak_rss_mb"] for b in briefs),
            "walls": [b["wall_s"] for b in briefs],
        }
        for spec, briefs in zip(specs, done, strict=True)
    ]


def bench(
    *,
    tiny: bool = False,
    runs: int = 3,
    subset: int = 8,
    beam: int = 2,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    models_dir: Path | None = None,
    out: Path = Path("bench/results.json"),
    log: Any = print,
    beams: tuple[int, ...] = (),
) -> dict[str, Any]:
    """Run every backend configuration `runs` times, write the results to `out` as JSON and
    return them."""
    models_dir = models_dir or default_models_dir()
    model = str(models_dir / "tiny" / "nllb") if tiny else str(build_bench_model(models_dir, log))
    texts = seed_texts()
    # The transformers baseline is slow (about 12 tokens/s at 600M): the backends are
    # compared on the same subset of mid-length sentences, the article runs on CT2.
    by_length = sorted(texts, key=len)
    middle = len(by_length) // 2
    sample = by_length[max(0, middle - subset // 2) : middle + (subset + 1) // 2]
    base = {
        "model": model,
        "models_dir": str(models_dir),
        "batch_tokens": batch_tokens,
        "full_size": not tiny,
    }
    log("bench: this machine's limits (GEMM fp32 and int8, memory read)")
    limits = run_worker(
        "limits", {"n": 512 if tiny else 2048, "bytes": (64 if tiny else 1024) << 20}
    )
    rows: list[Row] = []
    shortlists = [simulated_shortlist(model, models_dir, size) for size in SHORTLIST_SIZES]
    # The default shortlist as `brief` loads it: a conversion cut to the same pieces.
    cut_path, cut_size = simulated_cut(model, models_dir, SHORTLIST_SIZES[0])
    every_beam = sorted({1, beam, *beams})
    configs = [("transformers", "float32")] + [
        ("ct2", c) for c in ("int8", "int8_float32", "float32")
    ]
    for b in every_beam:
        for backend, compute in configs:
            spec = {
                **base,
                "backend": backend,
                "compute_type": compute,
                "beam": b,
                "texts": sample,
                "targets": ["ko"],
                "runs": runs,
            }
            log(f"bench: {backend} {compute} beam {b} on {len(sample)} sentences × {runs} runs")
            rows.append(
                summarise(
                    "subset", spec, run_worker("worker", spec), f"{len(sample)} of {len(texts)}"
                )
            )
        for path, size in shortlists:
            spec = {
                **base,
                "model": str(path),
                "backend": "ct2",
                "compute_type": "int8",
                "shortlist": True,
                "beam": b,
                "texts": sample,
                "targets": ["ko"],
                "runs": runs,
            }
            log(f"bench: ct2 int8 beam {b}, shortlist {size:,} × {runs} runs")
            worker_result = run_worker("worker", spec)
            rows.append(
                summarise("subset", spec, worker_result, f"{len(sample)} of {len(texts)}", size)
            )
        spec = {**spec, "model": str(cut_path)}
        log(f"bench: ct2 int8 beam {b}, vocabulary cut to {cut_size:,} × {runs} runs")
        rows.append(
            summarise(
                "subset",
                spec,
                run_worker("worker", spec),
                f"{len(sample)} of {len(texts)}",
                cut_size,
                "cut",
            )
        )
        # The article over the default shortlist as a vmap, then (ko+en) as `brief` decodes
        # it: the same pieces in a conversion cut to them.
        path, size = shortlists[0]
        spec = {
            **base,
            "model": str(path),
            "backend": "ct2",
            "compute_type": "int8",
            "shortlist": True,
            "beam": b,
            "texts": texts,
            "targets": ["ko", "en"],
            "runs": runs,
        }
        log(f"bench: ct2 int8 beam {b} on the whole article (ko, en) × {runs} runs")
        rows.append(
            summarise("article", spec, run_worker("worker", spec), f"all {len(texts)}", size)
        )
        spec = {**spec, "together": True}
        log(f"bench: ct2 int8 beam {b} on the whole article, ko and en together × {runs} runs")
        rows.append(
            summarise(
                "article ko+en", spec, run_worker("worker", spec), f"all {len(texts)} × 2", size
            )
        )
        spec = {**spec, "model": str(cut_path)}
        log(f"bench: ct2 int8 beam {b} on the whole article ko+en, vocabulary cut × {runs} runs")
        rows.append(
            summarise(
                "article ko+en",
                spec,
                run_worker("worker", spec),
                f"all {len(texts)} × 2",
                cut_size,
                "cut",
            )
        )
    rows = [shares(r, limits, not tiny) for r in rows]
    brief = brief_runs(model, models_dir, beam, min(runs, 3), log)
    briefs_shortlist = {  # as `brief` runs: the cut model
        b: brief_runs(str(cut_path), models_dir, b, min(runs, 3), log, shortlist=cut_size)
        for b in sorted({beam, *beams} - {1})
    }
    ratios = {}
    for b in every_beam:
        subset_rows = [r for r in rows if r.name == "subset" and r.beam == b]
        hf = next(r for r in subset_rows if r.backend == "transformers")
        for r in subset_rows:
            if r.backend == "ct2":
                label = f", shortlist {r.shortlist:,}" if r.shortlist else ""
                label += ", cut" if r.form == "cut" else ""
                ratios[f"ct2 {r.compute_type}{label} / transformers fp32, beam {b}"] = round(
                    r.tokens_per_s / hf.tokens_per_s, 2
                )
    results = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": {**machine(), **limits},
        "step_mb": {
            "all": round(step_bytes(NLLB_600M["vocab_size"]) / 1e6, 1),
            **{str(size): round(step_bytes(size) / 1e6, 1) for _, size in shortlists},
        }
        if not tiny
        else {},
        "model": "tiny NLLB (tests)" if tiny else "NLLB-200 600M architecture, random weights",
        "runs": runs,
        "beam_default": beam,
        "batch_tokens": batch_tokens,
        "gflop_per_token": GFLOP_PER_TOKEN,
        "rows": [r.__dict__ for r in rows],
        "ratios": ratios,
        "brief": brief,
        "brief_shortlist": briefs_shortlist[beam],
        "briefs_shortlist": {str(b): one for b, one in briefs_shortlist.items()},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return results


def _percent(share: float | None) -> str:
    return f"{share:.0%}" if share else ""


def table(results: dict[str, Any]) -> str:
    """The bench results as a Markdown table, headed by the model, machine and date."""
    lines = [
        f"{results['model']}; {results['machine']['cores']} cores, {results['machine']['cpu']}; "
        f"{results['date']}; medians of {results['runs']} runs",
        "",
        "| run | backend | compute | vocabulary | beam | sentences | tokens/s | s/article ko "
        "| s/article en | s ko+en | load s | peak RSS MB | GFLOP/s | batch steps/s "
        "| of memory ceiling | decoder GOP/s | of GEMM peak |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results["rows"]:
        per = r["s_per_article"]
        vocabulary = f"shortlist {r['shortlist']:,}" if r.get("shortlist") else "all"
        vocabulary += " cut" if r.get("form") == "cut" else ""
        lines.append(
            f"| {r['name']} | {r['backend']} | {r['compute_type']} | {vocabulary} | "
            f"{r['beam']} | {r['texts']} | "
            f"{r['tokens_per_s']} | {per.get('ko', '')} | {per.get('en', '')} | "
            f"{per.get('ko+en', '')} | {r['load_s']} | "
            f"{r['peak_rss_mb']} | {r['gflops']} | {r.get('batch_steps_per_s', '')} | "
            f"{_percent(r.get('memory_share'))} | {r.get('decode_gops') or ''} | "
            f"{_percent(r.get('gemm_share'))} |"
        )
    lines.append("")
    m = results["machine"]
    if "fp32_gemm_gflops" in m:
        lines.append(
            f"- this machine, every core (torch): fp32 GEMM {m['fp32_gemm_gflops']:,} GFLOP/s, "
            f"int8 GEMM {m['int8_gemm_gops']:,} GOP/s, memory read {m['memory_read_gb_s']} GB/s"
        )
    for vocabulary, mb in results.get("step_mb", {}).items():
        label = "all pieces" if vocabulary == "all" else f"shortlist {int(vocabulary):,}"
        ceiling = m.get("memory_read_gb_s", 0) * 1000 / mb
        lines.append(
            f"- a decoding step reads {mb} MB of int8 weights per batch ({label}): "
            f"memory allows at most {ceiling:.0f} batch steps/s"
        )
    for name, ratio in results["ratios"].items():
        lines.append(f"- {name}: {ratio}×")
    briefs = [(results["beam_default"], results["brief"])] + [
        (int(b), one) for b, one in results.get("briefs_shortlist", {}).items()
    ]
    for beam, brief in briefs:
        vocabulary = f"shortlist {brief['shortlist']:,}" if brief.get("shortlist") else "all pieces"
        if brief.get("shortlist") and "cut" in brief.get("form", ""):
            vocabulary += ", vocabulary cut at conversion"
        lines.append(
            f"- whole seed brief (ko + en, beam {beam}, {vocabulary}, five "
            f"PDFs, model load included): {brief['wall_s']} s wall, peak RSS "
            f"{brief['peak_rss_mb']} MB ({brief.get('peak_with_renderer_mb', '?')} MB with the "
            f"forked renderer's own memory); rendering {brief['render_s_five_pdfs']} s for the "
            "five PDFs"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    kind, payload = sys.argv[1], json.loads(sys.argv[2])
    from briefing.translate.hf import quiet_transformers

    quiet_transformers()
    workers = {"worker": worker, "brief": brief_worker, "limits": limits_worker}
    result = workers[kind](payload)
    print(json.dumps(result))
