"""`briefing bench` runs and writes well-formed results (on the tiny model: no timing asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.bench import batch_plan, bench, output_length, seed_texts, step_bytes, table

pytestmark = pytest.mark.integration


def test_bench_on_the_tiny_model(tmp_path: Path, tiny_nllb: Path) -> None:
    out = tmp_path / "results.json"
    results = bench(tiny=True, runs=1, subset=3, out=out, log=lambda message: None)
    assert json.loads(out.read_text()) == results
    rows = results["rows"]
    assert {
        (r["backend"], r["compute_type"], r["beam"]) for r in rows if r["name"] == "subset"
    } == {
        (backend, compute, beam)
        for beam in (1, 2)
        for backend, compute in [
            ("transformers", "float32"),
            ("ct2", "int8"),
            ("ct2", "int8_float32"),
            ("ct2", "float32"),
        ]
    }
    for row in rows:
        assert row["tokens_per_s"] > 0 and row["load_s"] > 0 and row["peak_rss_mb"] > 0
    article = [r for r in rows if r["name"] == "article"]
    assert all(set(r["s_per_article"]) == {"ko", "en"} for r in article)
    together = [r for r in rows if r["name"] == "article ko+en"]
    assert len(together) == 4 and all(set(r["s_per_article"]) == {"ko+en"} for r in together)
    shortlisted = [r for r in rows if r["shortlist"]]
    sizes = sorted({r["shortlist"] for r in shortlisted})
    assert all(r["compute_type"] == "int8" for r in shortlisted)
    # two sizes as a vmap and the first cut at conversion, two beams
    assert len([r for r in shortlisted if r["name"] == "subset"]) == 6
    assert {r["form"] for r in shortlisted} == {"vmap", "cut"}
    assert [r["form"] for r in together] == ["vmap", "cut"] * 2
    # The article rows decode as `brief` does: over the default shortlist.
    assert all(r["shortlist"] == sizes[0] for r in rows if r["name"].startswith("article"))
    assert all(r["batch_steps_per_s"] > 0 for r in rows)
    assert len(results["ratios"]) == 12
    assert sum("shortlist" in name for name in results["ratios"]) == 6
    assert results["brief"]["wall_s"] > 0 and results["brief"]["render_s_per_pdf"] > 0
    assert results["brief"]["shortlist"] == 0
    assert results["brief_shortlist"]["shortlist"] == sizes[0]
    assert set(results["briefs_shortlist"]) == {"2"}
    assert all(
        "vocabulary cut at conversion" in run["shortlist"]
        for run in results["brief_shortlist"]["runs"]
    )
    machine = results["machine"]
    assert machine["fp32_gemm_gflops"] > 0 and machine["memory_read_gb_s"] > 0
    assert machine["int8_gemm_gops"] >= 0 and results["step_mb"] == {}  # 600M only
    printed = table(results)
    assert "this machine, every core" in printed
    assert "tokens/s" in printed and "whole seed brief" in printed
    assert f"shortlist {sizes[0]:,}" in printed and f"shortlist {sizes[0]:,} cut" in printed


def test_step_bytes_counts_the_weights_a_decoding_step_uses() -> None:
    """Against a real M2M-100 decoder: the matrices of its self-attention, the query and
    output of its cross-attention, its feed-forward and its output projection (biases,
    norms and embeddings aside; the cross-attention's keys and values are per sentence)."""
    from transformers import M2M100Config, M2M100ForConditionalGeneration

    sizes = {"d_model": 64, "decoder_ffn_dim": 96, "decoder_layers": 3}
    config = M2M100Config(
        vocab_size=500, encoder_layers=1, encoder_ffn_dim=32, encoder_attention_heads=4,
        decoder_attention_heads=4, **sizes,
    )  # fmt: skip
    model = M2M100ForConditionalGeneration(config)
    read = 0
    for name, parameter in model.model.decoder.named_parameters():
        if parameter.dim() != 2 or "embed" in name:
            continue
        if "encoder_attn" in name and ("k_proj" in name or "v_proj" in name):
            continue
        read += parameter.numel()
    read += model.lm_head.weight.numel()
    assert step_bytes(500, sizes) == read
    assert step_bytes(64000) < step_bytes(256206) // 1.8


@pytest.mark.parametrize("source, expected", [(1, 4), (10, 14), (40, 50)])
def test_output_length_follows_source_length(source: int, expected: int) -> None:
    assert output_length(source) == expected


def test_batch_plan_is_what_the_engine_decodes(tiny_nllb: Path, tmp_path: Path) -> None:
    """The steps the bench counts are the batches CTranslate2 is given: the same sentences
    per batch and the same forced length, at beam 4's smaller budget and over two
    replicas (a plan that ignored either would count other batches)."""
    from briefing.translate.ct2 import CT2Translator

    forced: list[int] = []

    def length(longest: int) -> int:
        forced.append(longest)
        return output_length(longest)

    translator = CT2Translator(
        str(tiny_nllb), models_dir=tmp_path, beam_size=4, batch_tokens=96, threads=2,
        decode_length=length, shortlist=False,
    )  # fmt: skip
    translator.load()
    engine = translator._translator
    sizes: list[int] = []

    class Recording:
        def translate_batch(self, tokens: list[list[str]], **options: object) -> object:
            sizes.append(len(tokens))
            return engine.translate_batch(tokens, **options)

    translator._translator = Recording()
    texts = seed_texts()
    translator.translate(texts, "vi", "ko")
    decoded = sorted(zip(sizes, (output_length(n) for n in forced), strict=True))
    assert len(decoded) > 2 and sorted(batch_plan(translator, texts)) == decoded
