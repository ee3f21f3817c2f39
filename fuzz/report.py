"""`python -m fuzz.report`: the inputs each target ran in the last `make fuzz`, from the
libFuzzer logs in .fuzz/logs/, as a Markdown table for docs/fuzzing.md."""

from __future__ import annotations

import re

from fuzz.run import WORK
from fuzz.targets import TARGETS


def main() -> None:
    rows, total = [], 0
    for name in TARGETS:
        log = WORK / "logs" / f"{name}.log"
        if not log.is_file():
            rows.append(f"| {name} | not run | |")
            continue
        text = log.read_text(encoding="utf-8", errors="replace")
        ran = re.findall(r"stat::number_of_executed_units: (\d+)", text)
        speed = re.findall(r"stat::average_exec_per_sec:\s+(\d+)", text)
        crashed = "Uncaught Python exception" in text or "ContractBroken" in text
        count = int(ran[-1]) if ran else 0
        total += count
        outcome = "crashed (see the log)" if crashed else ("done" if ran else "stopped")
        rows.append(f"| {name} | {count:,} | {speed[-1] if speed else '?'} | {outcome} |")
    print("| target | inputs | inputs/s | outcome |\n|---|---:|---:|---|")
    print("\n".join(rows))
    print(f"| all | {total:,} | | |")


if __name__ == "__main__":
    main()
