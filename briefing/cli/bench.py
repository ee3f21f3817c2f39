"""`briefing bench`: speed and memory of each backend, or the web load test."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.common import Commands, Handler
from briefing.config import load_settings
from briefing.errors import ConfigError
from briefing.translate.base import DEFAULT_BATCH_TOKENS


def register(commands: Commands) -> dict[str, Handler]:
    """Add `bench` to `commands`; its handler by command name."""
    bench = commands.add_parser(
        "bench", help="speed and memory of each backend on a 600M-size model (make bench)"
    )
    bench.add_argument("--tiny", action="store_true", help="use the tiny model (a quick check)")
    bench.add_argument("--runs", type=int, default=3, help="runs per figure (medians)")
    bench.add_argument("--subset", type=int, default=8, help="sentences for the backend ratio")
    bench.add_argument("--beam", type=int, default=2, help="the default beam, besides beam 1")
    bench.add_argument(
        "--batch-tokens", type=int, default=DEFAULT_BATCH_TOKENS, help="source tokens per batch"
    )
    bench.add_argument(
        "--beams",
        default="",
        metavar="B,...",
        help="more beams for the backend rows and ratios (beam 1 and --beam always run)",
    )
    bench.add_argument(
        "--compare",
        default="",
        metavar="BEAM:BATCH,...",
        help="with --brief-only: the whole brief for each beam and batch budget "
        "(e.g. 2:512,2:768,4:384), taking turns run by run",
    )
    bench.add_argument(
        "--replicas",
        type=int,
        default=None,
        help="with --brief-only: CTranslate2 batches decoded at once (default one per core)",
    )
    bench.add_argument("--out", type=Path, default=Path("bench/results.json"))
    bench.add_argument(
        "--brief-only",
        action="store_true",
        help="only the whole seed brief (CTranslate2 int8, default beam), --runs times",
    )
    bench.add_argument(
        "--web-load",
        type=int,
        metavar="N",
        help="instead: submit N briefs at once to the web service (tiny model) and time them",
    )

    return {"bench": cmd_bench}


def cmd_bench(args: argparse.Namespace) -> int:
    """`briefing bench`: speed and memory of each backend, or the web load test."""
    from briefing.bench import bench, table

    if args.web_load:
        from briefing.web import loadtest

        failures = 0
        for workers in (1, 2):
            result = loadtest.run(args.web_load, workers=workers)
            failures += result["lost"] + result["failed"]
            print(
                f"web load test, {workers} worker process(es): {result['submitted']} briefs "
                f"submitted at once in {result['submit_s']} s; {result['ready']} ready, "
                f"{result['failed']} failed, {result['lost']} lost, {result['listed']} listed; "
                f"all done in {result['wall_s']} s ({result['briefs_per_minute']} briefs/min, "
                f"median latency {result['median_latency_s']} s)"
            )
            for reason in result["errors"]:
                print(f"  a brief failed: {reason}")
            if result["log_tail"]:
                print("  the end of what the server printed:\n" + result["log_tail"])
        latency = loadtest.status_latency()
        print(
            f"/status of another user while a {latency['segments']}-segment brief re-renders "
            f"({latency['render_s']} s) and is approved all at once ({latency['approve_all_s']} s): "
            f"p50 {latency['p50_ms']} ms, p95 {latency['p95_ms']} ms, max {latency['max_ms']} ms "
            f"over {latency['status_requests']} requests"
        )
        return 0 if failures == 0 else 1
    settings = load_settings({}, config_file=args.config)
    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    if args.brief_only:
        from briefing.bench import brief_runs, build_bench_model

        root = settings.models_root
        model = str(root / "tiny" / "nllb") if args.tiny else str(build_bench_model(root, log))
        size = 0
        if not args.tiny:  # as `brief` decodes: a model cut to a shortlist of the default size
            from briefing.bench import simulated_cut

            path, size = simulated_cut(model, root, settings.shortlist_size)
            model = str(path)
        if args.compare:
            from briefing.bench import compare_briefs
            from briefing.translate.base import batch_budget

            try:
                configs = [
                    (int(beam), int(batch))
                    for beam, batch in (c.split(":") for c in args.compare.split(","))
                ]
            except ValueError:
                raise ConfigError(
                    f"--compare {args.compare!r}: give BEAM:BATCH pairs, e.g. 2:512,4:384"
                ) from None
            rows = compare_briefs(model, root, configs, args.runs, log, size, args.replicas)
            print(
                "| beam | --batch-tokens (per batch) | whole brief (median) | runs | "
                "translation | five outputs | peak RSS |"
            )
            print("|---|---|---|---|---|---|---|")
            for row in rows:
                print(
                    f"| {row['beam']} | {row['batch_tokens']} "
                    f"({batch_budget(row['batch_tokens'], row['beam'])}) | {row['wall_s']:.2f} s | "
                    f"{', '.join(f'{w:.1f}' for w in row['walls'])} | {row['translate_s']:.2f} s | "
                    f"{row['render_s']:.2f} s | {row['peak_rss_mb']:,.0f} MB |"
                )
            return 0
        brief = brief_runs(
            model,
            root,
            args.beam,
            args.runs,
            log,
            shortlist=size,
            batch_tokens=args.batch_tokens,
            replicas=args.replicas,
        )
        for one in brief["runs"]:
            print(
                f"whole brief: {one['wall_s']} s, peak RSS {one['peak_rss_mb']} MB, {one['timings_s']}"
            )
        print(
            f"median {brief['wall_s']} s wall; peak RSS {brief['peak_rss_mb']} MB; "
            f"shortlist: {brief['form']}"
        )
        return 0
    try:
        beams = tuple(int(b) for b in args.beams.split(",") if b.strip())
    except ValueError:
        raise ConfigError(f"--beams {args.beams!r}: give beam widths, e.g. 1,2,4") from None
    results = bench(
        tiny=args.tiny,
        runs=args.runs,
        subset=args.subset,
        beam=args.beam,
        batch_tokens=args.batch_tokens,
        models_dir=settings.models_root,
        out=args.out,
        log=log,
        beams=beams,
    )
    print(table(results))
    print(f"\nwritten to {args.out}")
    return 0
