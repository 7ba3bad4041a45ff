"""Pure functions over a Dataset: select, assess, compare, trend, plan periods, rows.
No I/O, no words."""
