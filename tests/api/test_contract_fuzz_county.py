"""The contract fuzz (tests/api/contract_fuzz.py) as a county office's director and a member
unit's liaison officer."""

from __future__ import annotations

import pytest

from tests.api import contract_fuzz
from tests.api.contract_fuzz import Fuzz, fuzz_as

pytestmark = pytest.mark.heavy(seconds=80)

fuzz = contract_fuzz.fuzz  # this module's seeded world


@pytest.mark.parametrize("caller", ["county_office_director", "unit_liaison"])
def test_no_generated_request_gets_a_server_error_or_an_undocumented_answer(
    fuzz: Fuzz, caller: str
) -> None:
    fuzz_as(fuzz, caller)
