"""Finding the quantitative statements of a plan or report (`qnplan extract`).

Rules over regular expressions: the text is split into sentences and clauses, every figure
with a unit is classified by the words around it, and the indicator is chosen through the
`aliases` that indicators.yaml holds. Nothing here imports Typer or Rich."""
