"""`briefing models`: the catalog's models listed, pulled, converted, shortlisted."""

from __future__ import annotations

import argparse

from briefing.cli.common import Commands, Handler
from briefing.config import load_settings
from briefing.errors import BriefingError


def register(commands: Commands) -> dict[str, Handler]:
    """Add `models` to `commands`; its handler by command name."""
    models = commands.add_parser("models", help="list the default models, or download one")
    models_commands = models.add_subparsers(dest="models_command", metavar="ACTION")
    models_commands.add_parser("list", help="the catalog: default model per direction, licences")
    pull = models_commands.add_parser("pull", help="download a hub model into models/hf/")
    pull.add_argument("model", help="hub id, e.g. facebook/nllb-200-distilled-600M")
    convert = models_commands.add_parser(
        "convert", help="convert a transformers model to CTranslate2 (models/ct2/, cached)"
    )
    convert.add_argument("model", help="hub id or directory of a transformers checkpoint")
    convert.add_argument(
        "--quantization", default="int8", choices=("int8", "int8_float32", "float32")
    )
    convert.add_argument("--force", action="store_true", help="convert again even if cached")
    shortlist = models_commands.add_parser(
        "shortlist",
        help="how many vocabulary pieces CTranslate2 decodes over for the target languages",
    )
    shortlist.add_argument(
        "model", help="hub id or directory (converted to CTranslate2 if need be)"
    )
    shortlist.add_argument(
        "--languages", default="ko,en", help="target languages, comma-separated (default ko,en)"
    )
    shortlist.add_argument(
        "--size", type=int, default=None, help="most pieces (default: the shortlist_size setting)"
    )

    return {"models": cmd_models}


def cmd_models(args: argparse.Namespace) -> int:
    """`briefing models`: list the catalog's models, pull one, convert one to CTranslate2, or
    describe a shortlist."""
    from briefing.modelstore import download, load_catalog, local_name

    settings = load_settings({}, config_file=args.config)
    catalog = load_catalog(settings.catalog)
    if args.models_command == "convert":
        from briefing.translate.ct2 import convert

        path = convert(
            args.model, settings.models_root, args.quantization, force=args.force, log=print
        )
        print(f"{args.model} → {path}")
        return 0
    if args.models_command == "shortlist":
        from briefing.translate.ct2 import describe_shortlist

        languages = [part.strip() for part in args.languages.split(",") if part.strip()]
        size = settings.shortlist_size if args.size is None else args.size
        print(describe_shortlist(args.model, settings.models_root, languages, size, log=print))
        return 0
    if args.models_command == "pull":
        target = settings.models_root / "hf" / local_name(args.model)
        if target.exists():
            print(f"{args.model} is already in {target}")
            return 0
        try:
            path = download(args.model, target)
        except BriefingError:
            raise
        except Exception as exc:
            raise BriefingError(f"could not download {args.model}: {exc}") from None
        print(f"downloaded {args.model} to {path}")
        return 0
    for pair, model in {**catalog.translate, **catalog.summarize}.items():
        entry = catalog.models.get(model, {})
        licence = catalog.licence(model) or "?"
        print(f"{pair:12} {model}  licence {licence}  {entry.get('size', '')}")
    return 0
