"""Pure governance rules: standard library only, no I/O, no clock (``today`` is passed in)."""
