"""The evaluations against answer keys: `briefing eval-checks`, `eval-digest`, `eval-names` and
`eval-facts`."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.common import Commands, Handler
from briefing.errors import BriefingError


def register(commands: Commands) -> dict[str, Handler]:
    """Add `eval-checks`, `eval-digest`, `eval-names` and `eval-facts` to `commands`;
    their handlers by command name."""
    checks_eval = commands.add_parser(
        "eval-checks",
        help="meaning-changing alterations the checks catch, and flags on correct translations",
    )
    checks_eval.add_argument(
        "file",
        type=Path,
        nargs="?",
        default=None,
        help="default: tests/data/checks/alterations.tsv",
    )
    checks_eval.add_argument("--misses", action="store_true", help="list misses and false flags")

    digest_eval = commands.add_parser(
        "eval-digest",
        help="precision and recall of a digest's merged people, organisations, figures and "
        "conflicts against answer keys",
    )
    digest_eval.add_argument(
        "directory",
        type=Path,
        nargs="?",
        default=None,
        help="default: the held-out set tests/data/digest (where present) and the dev set "
        "tests/data/digest-dev; one folder per event: its articles and key.json",
    )
    digest_eval.add_argument("--misses", action="store_true", help="list misses and extras")

    names_eval = commands.add_parser(
        "eval-names",
        help="names across scripts against answer keys of what publications print",
    )
    names_eval.add_argument(
        "directory",
        type=Path,
        nargs="?",
        default=None,
        help="default: tests/data/names (vi-hangul.tsv, ko-latin.tsv, articles/)",
    )
    names_eval.add_argument("--misses", action="store_true", help="list every miss")

    evaluate = commands.add_parser(
        "eval-facts", help="precision and recall of the facts against hand-made answer keys"
    )
    evaluate.add_argument(
        "directory",
        type=Path,
        nargs="?",
        default=None,
        help="default: the tuned set (tests/data/facts) and the frozen sets "
        "(tests/data/frozen, tests/data/frozen-2, tests/data/frozen-3, tests/data/frozen-4, tests/data/frozen-5, tests/data/frozen-6, tests/data/frozen-7, tests/data/frozen-8, tests/data/frozen-9, tests/data/frozen-10, tests/data/frozen-11, tests/data/frozen-12, tests/data/frozen-13, tests/data/frozen-14, tests/data/frozen-15, tests/data/frozen-16, tests/data/frozen-17, tests/data/frozen-18, tests/data/frozen-19, tests/data/frozen-20, tests/data/frozen-21, tests/data/frozen-22, tests/data/frozen-23, tests/data/frozen-24, tests/data/frozen-25, tests/data/frozen-26, tests/data/frozen-27, tests/data/frozen-28, tests/data/frozen-29, tests/data/frozen-30, tests/data/frozen-31, tests/data/frozen-32, tests/data/frozen-33, tests/data/frozen-34, tests/data/frozen-35, tests/data/frozen-36, tests/data/frozen-37, tests/data/frozen-38, tests/data/frozen-39, tests/data/frozen-40, tests/data/frozen-41, tests/data/frozen-42, tests/data/frozen-43, tests/data/frozen-44, tests/data/frozen-45, tests/data/frozen-46, tests/data/frozen-47, tests/data/frozen-48, tests/data/frozen-49, tests/data/frozen-50, tests/data/frozen-51)",
    )
    evaluate.add_argument(
        "--misses", action="store_true", help="also list each miss and each extra"
    )
    evaluate.add_argument(
        "--rules",
        action="store_true",
        help="also print, per rule, how many facts it stated and how many were right",
    )

    return {
        "eval-checks": cmd_eval_checks,
        "eval-digest": cmd_eval_digest,
        "eval-names": cmd_eval_names,
        "eval-facts": cmd_eval_facts,
    }


def cmd_eval_checks(args: argparse.Namespace) -> int:
    """`briefing eval-checks`: the alterations the checks catch, and their false flags."""
    from datetime import date

    from briefing.checks_eval import evaluate, table
    from briefing.paths import CHECKOUT

    path = args.file or CHECKOUT / "tests" / "data" / "checks" / "alterations.tsv"
    if not path.is_file():
        raise BriefingError(f"{path}: no alteration set; see tests/data/checks/README.md")
    glossary = CHECKOUT / "seeds" / "vn-kr-digital-forum.glossary.csv"
    scores = evaluate(path, glossary if glossary.is_file() else None)
    print(f"checks against the alterations in {path} ({date.today().isoformat()})\n")
    print(table(scores.values()))
    if args.misses:
        for score in scores.values():
            for miss in score.misses:
                print(f"miss  {score.kind}: {miss}")
            for false in score.false:
                print(f"false {score.kind}: {false}")
    return 0


def cmd_eval_digest(args: argparse.Namespace) -> int:
    """`briefing eval-digest`: score digests against the held-out and dev answer keys."""
    from datetime import date

    from briefing.digest.score import evaluate, table
    from briefing.paths import CHECKOUT

    data = CHECKOUT / "tests" / "data"
    if args.directory:
        sets = [("", args.directory)]
    else:  # the held-out set where it is checked out, then the dev set (a ceiling)
        sets = [
            ("Blind set: events keyed blind; scored on arrival, then its misses read (a development figure now)", data / "digest"),
            ("Dev set: events written with the code (a ceiling, not a measure)", data / "digest-dev"),
        ]  # fmt: skip
        if not sets[0][1].is_dir():
            print(f"(no held-out set in {sets[0][1]}: only the dev set is scored)\n")
            sets = sets[1:]
    for number, (heading, folder) in enumerate(sets):
        if not folder.is_dir():
            raise BriefingError(
                f"{folder}: no such folder of events (<event>/NN-outlet.vi.txt … and key.json)"
            )
        results = evaluate(folder)
        if heading:
            print(("\n" if number else "") + heading)
        print(
            f"digest against {len(results)} event key(s) in {folder}, articles briefed with "
            f"the fake translator ({date.today().isoformat()})\n"
        )
        print(table(results))
        if args.misses:
            for scores in results.values():
                for kind, score in scores.items():
                    for miss in score.misses:
                        print(f"miss  {kind:13} {miss}")
                    for extra in score.extras:
                        print(f"extra {kind:13} {extra}")
    return 0


def cmd_eval_names(args: argparse.Namespace) -> int:
    """`briefing eval-names`: names across scripts against their answer keys."""
    from datetime import date

    from briefing.names.scores import score_articles, score_tables, table
    from briefing.paths import CHECKOUT

    folder = args.directory or CHECKOUT / "tests" / "data" / "names"
    for needed in ("vi-hangul.tsv", "ko-latin.tsv", "articles"):
        if not (folder / needed).exists():
            raise BriefingError(f"{folder}: no {needed}; see tests/data/names/README.md")
    rates = score_tables(folder) + score_articles(folder / "articles")
    print(f"names against the answer keys in {folder} ({date.today().isoformat()})\n")
    print(table(rates))
    if args.misses:
        for rate in rates:
            for miss in rate.misses:
                print(f"miss  {rate.name}: {miss}")
    return 0


def cmd_eval_facts(args: argparse.Namespace) -> int:
    """`briefing eval-facts`: precision and recall of the facts on each keyed set."""
    from datetime import date

    from briefing.evaluate import evaluate, rule_table, table
    from briefing.paths import CHECKOUT

    data = CHECKOUT / "tests" / "data"
    sets = (
        [("", args.directory)]
        if args.directory
        else [
            ("Tuned set: the articles the rules were written against (a ceiling)", data / "facts"),
            ("Frozen set: articles keyed before the rules that read them (never tuned to)", data / "frozen"),
            ("Second frozen set: written later, before this session's rules (never tuned to)", data / "frozen-2"),
            ("Third frozen set: its held-out half, written blind before the rules that read it (never tuned to)", data / "frozen-3"),
            ("Fourth frozen set: its held-out half, written blind on 2026-12-05 (never tuned to)", data / "frozen-4"),
            ("Fifth frozen set: written blind on 2026-12-05, after that day's first rules (never tuned to)", data / "frozen-5"),
            ("Sixth frozen set: written blind on 2026-12-05, scored first at ae3ec9b (never tuned to)", data / "frozen-6"),
            ("Seventh frozen set: written blind on 2026-12-05, scored first at d6e68b9 (never tuned to)", data / "frozen-7"),
            ("Eighth frozen set: written blind on 2026-12-05, scored first at 91d4ea6 (never tuned to)", data / "frozen-8"),
            ("Ninth frozen set: written blind on 2026-12-05, scored first at d693f42 (never tuned to)", data / "frozen-9"),
            ("Tenth frozen set: written blind on 2026-12-05, scored first at 5a4ac6a (never tuned to)", data / "frozen-10"),
            ("Eleventh frozen set: written blind on 2026-12-05, scored first at 9d3b3e4 (never tuned to)", data / "frozen-11"),
            ("Twelfth frozen set: written blind on 2026-12-05, scored first at 150cf30 (never tuned to)", data / "frozen-12"),
            ("Thirteenth frozen set: written blind on 2026-12-05, scored first at 4e8b313 (never tuned to)", data / "frozen-13"),
            ("Fourteenth frozen set: written blind on 2026-12-05, scored first at 2d9d006 and 97c05a6 (never tuned to)", data / "frozen-14"),
            ("Fifteenth frozen set: written blind on 2026-12-05, scored first at e6adb3c (never tuned to)", data / "frozen-15"),
            ("Sixteenth frozen set: written blind on 2026-12-05, scored first at efd859c (never tuned to)", data / "frozen-16"),
            ("Seventeenth frozen set: written blind on 2026-12-05, scored first at 163b35c (never tuned to)", data / "frozen-17"),
            ("Eighteenth frozen set: written blind on 2026-12-05, scored first at 00c4b9d (never tuned to)", data / "frozen-18"),
            ("Nineteenth frozen set: written blind on 2026-12-05, scored first at 0508d57 (never tuned to)", data / "frozen-19"),
            ("Twentieth frozen set: written blind on 2026-12-06, scored first at f801832 (never tuned to)", data / "frozen-20"),
            ("Twenty-first frozen set: written blind on 2026-12-06, scored first at 225e68a (never tuned to)", data / "frozen-21"),
            ("Twenty-second frozen set: written blind on 2026-12-06, scored first at 21aea16 (never tuned to)", data / "frozen-22"),
            ("Twenty-third frozen set: written blind on 2026-12-06, scored first at 7728daa (never tuned to)", data / "frozen-23"),
            ("Twenty-fourth frozen set: written blind on 2026-12-06, scored first at 99c0daa (never tuned to)", data / "frozen-24"),
            ("Twenty-fifth frozen set: written blind on 2026-12-06, scored first at 745d198 (never tuned to)", data / "frozen-25"),
            ("Twenty-sixth frozen set: written blind on 2026-12-06, scored first at b77ec07 (never tuned to)", data / "frozen-26"),
            ("Twenty-seventh frozen set: written blind on 2026-12-06, scored first at 4662c82 (never tuned to)", data / "frozen-27"),
            ("Twenty-eighth frozen set: written blind on 2026-12-06, scored first at 866d6ae (never tuned to)", data / "frozen-28"),
            ("Twenty-ninth frozen set: written blind on 2026-12-06, scored first at c0ebb5e (never tuned to)", data / "frozen-29"),
            ("Thirtieth frozen set: written blind on 2026-12-06, scored first at 58f8d4b (never tuned to)", data / "frozen-30"),
            ("Thirty-first frozen set: written blind on 2026-12-06, scored first at 701182c (never tuned to)", data / "frozen-31"),
            ("Thirty-second frozen set: written blind on 2026-12-06, scored first at f8bb322 (never tuned to)", data / "frozen-32"),
            ("Thirty-third frozen set: written blind on 2026-12-06, scored first at 24b86c0 (never tuned to)", data / "frozen-33"),
            ("Thirty-fourth frozen set: written blind on 2026-12-06, scored first at c30d197 (never tuned to)", data / "frozen-34"),
            ("Thirty-fifth frozen set: written blind on 2026-12-06, scored first at 157dcca (never tuned to)", data / "frozen-35"),
            ("Thirty-sixth frozen set: written blind on 2026-12-06, scored first at b03cc4e (never tuned to)", data / "frozen-36"),
            ("Thirty-seventh frozen set: written blind on 2026-12-06, scored first at 6e98aa4 (never tuned to)", data / "frozen-37"),
            ("Thirty-eighth frozen set: written blind on 2026-12-06, scored first at f2cab7e (never tuned to)", data / "frozen-38"),
            ("Thirty-ninth frozen set: written blind on 2026-12-06, scored first at 1a754bf (never tuned to)", data / "frozen-39"),
            ("Fortieth frozen set: written blind on 2026-12-06, scored first at a5eb8e9 (never tuned to)", data / "frozen-40"),
            ("Forty-first frozen set: written blind on 2026-12-06, scored first at 832e913 (never tuned to)", data / "frozen-41"),
            ("Forty-second frozen set: written blind on 2026-12-06, scored first at 5c9d68d (never tuned to)", data / "frozen-42"),
            ("Forty-third frozen set: written blind on 2026-12-07, scored first at 0c2d735 (never tuned to)", data / "frozen-43"),
            ("Forty-fourth frozen set: written blind on 2026-12-07, scored first at 1802595 (never tuned to)", data / "frozen-44"),
            ("Forty-fifth frozen set: written blind on 2026-12-07, scored first at b2584ec (never tuned to)", data / "frozen-45"),
            ("Forty-sixth frozen set: written blind on 2026-12-07, scored first at 2094f8e (never tuned to)", data / "frozen-46"),
            ("Forty-seventh frozen set: written blind on 2026-12-07, scored first at 336c7c8 (never tuned to)", data / "frozen-47"),
            ("Forty-eighth frozen set: written blind on 2026-12-07, scored first at 86c11ee (never tuned to)", data / "frozen-48"),
            ("Forty-ninth frozen set: written blind on 2026-12-07, scored first at 15df60c (never tuned to)", data / "frozen-49"),
            ("Fiftieth frozen set: written blind on 2026-12-07, scored first at e178be8 (never tuned to)", data / "frozen-50"),
            ("Fifty-first frozen set: written blind on 2026-12-07, scored first at 1350bdb (never tuned to)", data / "frozen-51"),
        ]
    )  # fmt: skip
    for number, (heading, directory) in enumerate(sets):
        if not directory.is_dir():
            raise BriefingError(f"{directory}: no such folder of articles and answer keys")
        results = evaluate(directory)
        if not results:
            raise BriefingError(f"{directory}: no NAME.<lang>.txt article with a NAME.key.json key")
        count = sum(1 for _ in directory.glob("*.key.json"))
        if heading:
            print(("\n" if number else "") + heading)
        print(f"facts against {count} answer keys in {directory} ({date.today().isoformat()})\n")
        print(table(results))
        if args.rules and (args.directory or number == 0):
            print("\n" + rule_table(results))
        if args.misses and (args.directory or number == 0):  # the frozen set's misses: ask for them
            for language, scores in results.items():
                for kind, score in scores.items():
                    for miss in score.misses:
                        print(f"miss  {language} {kind:13} {miss}")
                    for extra in score.extras:
                        print(f"extra {language} {kind:13} {extra}")
    return 0
