"""The commands about the data directory itself: validate, indicators, sources, schema."""


from pathlib import Path
from typing import Annotated, Any

import typer

from qnplan.cli.common import (
    check_output,
    dataset,
    handled,
    listing_workbook,
    load_cached,
    out,
    print_listing,
    settings,
    stderr,
)
from qnplan.cli.options import (
    Format,
    FormatOpt,
    OutputOpt,
    SchemaKind,
    ValidateFormat,
    complete_province,
)
from qnplan.errors import UsageError
from qnplan.i18n import tr, tr_count
from qnplan.message import msg


def _validate_root(paths: list[Path], given: str | None) -> tuple[Path, list[Path] | None]:
    """The data folder to validate and the files to check in it (None: all), from the
    PATHs and --data (`given`)."""
    from qnplan.dataset.paths import data_root

    if not paths:
        return data_root(given), None
    for p in paths:
        if not p.exists():
            raise UsageError(msg("err.path_missing", path=str(p)))
    if len(paths) == 1 and paths[0].is_dir():
        return data_root(str(paths[0])), None
    if any(p.is_dir() for p in paths):
        raise UsageError(msg("err.dir_or_files"))
    if given:
        return data_root(given), paths
    first = paths[0].resolve()
    in_kind = first.parent.name in ("targets", "actuals", "plans")
    root = first.parent.parent if in_kind else first.parent
    return root, paths


@handled
def validate(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="[PATH]...", help="A data directory, or data files (default: the data directory).",
        show_default=False)] = None,
    fmt: Annotated[ValidateFormat, typer.Option(
        "--format", "-f", help="text, github (CI annotations) or json.")] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Exit 1 on warnings too, not only on errors.")] = False,
) -> None:
    """Check the data files and report every problem with file, line and column."""
    from qnplan.render.github import github_annotation
    from qnplan.render.issues import issue_line, issue_record

    run = settings(ctx)
    root, only = _validate_root(paths or [], run.data)
    ds, issues = load_cached(root, run, check_quotes=True, only=only)
    errors = sum(1 for i in issues if i.severity == "error")
    if fmt is ValidateFormat.json:
        from qnplan.render.json import to_json

        out(to_json([issue_record(i, run.lang) for i in issues]))
    elif fmt is ValidateFormat.github:
        for i in issues:
            out(github_annotation(i, run.lang) + "\n")
    else:
        for i in issues:
            out(issue_line(i, run.lang) + "\n")
        entries = sum(len(e) for es in (ds.targets, ds.actuals, ds.plans) for e in es.values())
        lang = run.lang
        stderr(tr("msg.validate_summary", lang, errors=tr_count("count.error", errors, lang),
                  warnings=tr_count("count.warning", len(issues) - errors, lang),
                  entries=tr_count("count.valid_entry", entries, lang),
                  quoted=tr_count("count.quote", ds.quotes_checked, lang)))
    if errors or (strict and issues):
        raise typer.Exit(1)


@handled
def indicators(ctx: typer.Context, fmt: FormatOpt = Format.table, output: OutputOpt = None) -> None:
    """List the indicator registry."""
    from qnplan.render.columns import indicators_table
    from qnplan.render.json import to_json
    from qnplan.render.records import indicator_records

    run = settings(ctx)
    check_output(fmt, output)
    ds = dataset(run)
    lang = run.lang
    print_listing(fmt, tr("title.indicators", lang), lang,
                  json=lambda: to_json(indicator_records(ds, lang)),
                  table=lambda: indicators_table(ds, lang),
                  records=lambda: indicator_records(ds, lang),
                  workbook=lambda: _registry_workbook(ds, "indicators", lang),
                  output=output)


@handled
def sources(ctx: typer.Context, fmt: FormatOpt = Format.table, output: OutputOpt = None) -> None:
    """List the cited documents."""
    from qnplan.render.columns import sources_table
    from qnplan.render.json import to_json
    from qnplan.render.records import source_records

    run = settings(ctx)
    check_output(fmt, output)
    ds = dataset(run)
    print_listing(fmt, tr("title.sources", run.lang), run.lang,
                  json=lambda: to_json(source_records(ds)),
                  table=lambda: sources_table(ds, run.lang),
                  records=lambda: source_records(ds),
                  workbook=lambda: _registry_workbook(ds, "sources", run.lang),
                  output=output)


def _registry_workbook(ds: Any, view: str, lang: str) -> tuple[bytes, str]:
    """A registry as an Excel workbook (the [xlsx] extra)."""
    from qnplan.render.records import indicator_records
    from qnplan.render.workbook import source_records

    records = (indicator_records(ds, lang) if view == "indicators"
               else source_records(list(ds.sources.values())))
    return listing_workbook(ds, view, tr(f"title.{view}", lang), records, lang)


@handled
def schema(
    ctx: typer.Context,
    kind: Annotated[SchemaKind | None, typer.Argument(
        help="One file kind; default: all five, keyed by kind.", show_default=False)] = None,
) -> None:
    """Print the JSON Schema of the YAML data files (for editors and other tools)."""
    from qnplan.dataset.schema import schemas
    from qnplan.render.json import to_json

    all_schemas = schemas()
    out(to_json(all_schemas[kind.value] if kind else all_schemas))


@handled
def init(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(
        metavar="DIR", help="The new data folder (must not exist, or be empty).")],
    province: Annotated[str, typer.Option(
        "--province", metavar="SLUG", autocompletion=complete_province,
        help="The province or city the folder is about, as its slug, e.g. lang-son.")],
) -> None:
    """Start an empty data folder for a province: its settings, the indicator registry, no
    figures; `extract --write` fills it."""
    from qnplan.dataset.init import start_folder
    from qnplan.provinces import place_name

    run = settings(ctx)
    for name in start_folder(folder, province):
        out(f"{folder / name}{'/' if name.endswith('/') else ''}\n")
    stderr(tr("msg.init_done", run.lang, path=str(folder), place=place_name(province)))
