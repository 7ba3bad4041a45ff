"""`qnplan plan [FROM-TO]`: a plan period's targets and their progress (DESIGN §9), or the
periods that exist."""


from typing import Annotated

import typer

from qnplan.cli.common import (
    check_output,
    dataset,
    handled,
    listing_workbook,
    print_listing,
    settings,
)
from qnplan.cli.options import Format, FormatOpt, OutputOpt, ScopeOpt, SourceOpt, completer
from qnplan.i18n import tr

complete_period = completer("periods")


@handled
def plan(
    ctx: typer.Context,
    period: Annotated[str | None, typer.Argument(
        metavar="[FROM-TO]", show_default=False, autocompletion=complete_period,
        help="Plan period, e.g. 2021-2025 (default: list the periods).")] = None,
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = None,
    source: SourceOpt = None,
    output: OutputOpt = None,
) -> None:
    """A plan period's targets (five-year plan, strategy to 2030) and their progress."""
    from qnplan.analysis.plans import check_period, plan_rows
    from qnplan.render import plans as r

    run = settings(ctx)
    check_output(fmt, output)
    ds = dataset(run)
    lang = run.lang
    if period is None:
        title = tr("title.plan_periods", lang)
        print_listing(fmt, title, lang,
                      json=lambda: r.periods_json(ds),
                      table=lambda: r.periods_table(ds, lang),
                      records=lambda: r.periods_records(ds),
                      workbook=lambda: listing_workbook(ds, "plans", title,
                                                        r.periods_records(ds), lang),
                      output=output)
        return
    span = check_period(ds, period)
    scope = scope or ds.province
    rows = plan_rows(ds, span, scope, source)
    title = tr("title.plan", lang, period=r.period_text(span), scope=scope)
    print_listing(fmt, title, lang,
                  json=lambda: r.plan_json(span, scope, rows),
                  table=lambda: r.plan_table(rows, span, lang, ds.province),
                  records=lambda: r.plan_records(rows, lang),
                  workbook=lambda: listing_workbook(ds, "plan", title, r.plan_records(rows, lang),
                                                    lang, {"period": r.period_text(span)}),
                  output=output)
