"""`python -m fuzz.run TARGET --runs N --seed S`: one coverage-guided atheris run of a
target (fuzz/targets), starting from its seed corpus in fuzz/corpus/TARGET.

New inputs that reach new code are kept in a work folder (`.fuzz/corpus/TARGET`, not in
the repository); a crashing input is written to `.fuzz/crashes/` and the run stops with
its traceback. `make fuzz` runs every target this way.
"""

from __future__ import annotations

import argparse
import gc
import sys
import types
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WORK = HERE.parent / ".fuzz"
# Coverage is measured in the project and the parsers it hands outside input to, not in
# the web framework or the database driver (instrumenting those made the web target
# twenty times slower for no new paths in briefing).
COVERED = ("briefing", "defusedxml", "xml", "html", "_markupbase", "csv", "json", "codecs")


def instrument(atheris: Any) -> int:
    """Instrument every loaded Python function of the COVERED modules; returns how many."""
    count = 0
    for obj in gc.get_objects():
        if not isinstance(obj, types.FunctionType):
            continue
        module = getattr(obj, "__module__", None) or ""
        if module.split(".")[0] not in COVERED or module not in sys.modules:
            continue
        try:
            atheris.instrument_func(obj)
        except Exception:  # a function atheris cannot patch stays as it is
            continue
        count += 1
    return count


def main() -> None:
    from fuzz.targets import TARGETS, load

    parser = argparse.ArgumentParser(prog="python -m fuzz.run")
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--runs", type=int, default=10_000, help="inputs to run")
    parser.add_argument("--seed", type=int, default=22, help="libFuzzer's random seed")
    parser.add_argument(
        "--max-len", type=int, default=0, help="longest input in bytes (0: twice the largest seed)"
    )
    parser.add_argument(
        "--seconds", type=int, default=0, help="stop after this long even if inputs are left"
    )
    args = parser.parse_args()
    try:
        import atheris
    except ImportError:
        sys.exit("atheris is not installed; run `make fuzz`, which installs it")
    target = load(args.target)
    seeds = sorted((HERE / "corpus" / args.target).iterdir())
    for seed in seeds:  # the lazy imports of each reader happen before instrumenting
        target(seed.read_bytes())
    instrumented = instrument(atheris)
    print(f"INFO: instrumented {instrumented} functions of {', '.join(COVERED)}", flush=True)
    work = WORK / "corpus" / args.target
    work.mkdir(parents=True, exist_ok=True)
    (WORK / "crashes").mkdir(parents=True, exist_ok=True)
    # libFuzzer cuts every input, seeds included, to -max_len: a document.json seed of
    # 21 KB cut to 8 KB is no document at all.
    max_len = args.max_len or max(8192, 2 * max(len(seed.read_bytes()) for seed in seeds))
    atheris.Setup(
        [
            sys.argv[0],
            f"-runs={args.runs}",
            f"-seed={args.seed}",
            f"-max_len={max_len}",
            f"-artifact_prefix={WORK / 'crashes'}/{args.target}-",
            "-print_final_stats=1",
            f"-max_total_time={args.seconds}",
            str(work),
            str(HERE / "corpus" / args.target),
        ],
        target,
    )
    atheris.Fuzz()


if __name__ == "__main__":
    main()
