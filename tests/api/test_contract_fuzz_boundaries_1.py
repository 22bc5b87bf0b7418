"""The contract fuzz's boundary values (tests/api/contract_fuzz.py), part 1 of 2 of the
operations: the two parts run in two test processes."""

from __future__ import annotations

import pytest

from tests.api import contract_fuzz
from tests.api.contract_fuzz import Fuzz, fuzz_boundaries

pytestmark = pytest.mark.heavy(seconds=50)

fuzz = contract_fuzz.fuzz  # this module's seeded world


def test_boundary_values_get_no_server_error_or_undocumented_answer(fuzz: Fuzz) -> None:
    fuzz_boundaries(fuzz, part=0, parts=2)
