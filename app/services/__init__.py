"""Use cases: load, ask the domain, save, audit. Services flush; they never commit."""
