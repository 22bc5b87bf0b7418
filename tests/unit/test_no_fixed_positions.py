"""No decision names a position (issue 18): the service's rules read a post's level and the
capabilities the rulebook gives it, so the nine default keys appear in app/ only where they are
data — the default catalogue itself, the demo's accounts for the shipped jurisdictions, and the
API's descriptions. A decision that compares a role with ``leader`` again fails here."""

from __future__ import annotations

import re

from app.domain.positions import DEFAULT_POSITIONS
from app.settings import PROJECT_ROOT

APP = PROJECT_ROOT / "app"
# Where the default keys are data, not decisions.
ALLOWED = {
    "app/domain/positions.py",  # the default catalogue
    "app/demo_data.py",  # the demo's accounts, named by post
    "app/services/demo.py",  # … and the demo loader that assigns them
}
# Words in prose (descriptions, messages, comments) are not decisions: only code is searched.
STRING_OR_COMMENT = re.compile(r'("""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"[^"\n]*"|\'[^\'\n]*\'|#.*)')
ATTRIBUTE = re.compile(r"\b(?:DefaultPosition|PositionRole)\.(\w+)")
# A key written as a string where code decides with it: compared (``role == "leader"``,
# ``"leader" != role``), tested for membership either way (``role in ("leader",)``,
# ``"leader" in roles``), matched (``case "leader":``) or looked up in the catalogue
# (``DEFAULT_POSITIONS["leader"]``).
_Q = r"[\"'](?P<{}>[a-z_]+)[\"']"
COMPARED = re.compile(
    r"(?:(?:==|!=|\bin)\s*[\(\[{]?\s*" + _Q.format("key") + ")"
    r"|(?:" + _Q.format("left") + r"\s*(?:==|!=|\bin\b|\bnot\s+in\b))"
    r"|(?:\bcase\s+" + _Q.format("case") + ")"
    r"|(?:DEFAULT_POSITIONS\s*\[\s*" + _Q.format("lookup") + ")"
)


def _code_of(text: str) -> str:
    return STRING_OR_COMMENT.sub(lambda m: '""' if not m.group(0).startswith("#") else "", text)


def _named_in_decisions() -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for path in sorted(APP.rglob("*.py")):
        relative = str(path.relative_to(PROJECT_ROOT))
        if relative in ALLOWED:
            continue
        text = path.read_text(encoding="utf-8")
        code = _code_of(text)
        found = set(ATTRIBUTE.findall(code))
        # A key compared as a string (``role == "leader"``) is a decision too.
        found |= {
            key
            for m in COMPARED.finditer(text)
            if not _in_prose(text, m.start())
            for key in m.groupdict().values()
            if key in DEFAULT_POSITIONS
        }
        if found:
            named[relative] = found
    return named


def _in_prose(text: str, index: int) -> bool:
    """Whether the quote at ``index`` lies inside a docstring or a comment."""
    line_start = text.rfind("\n", 0, index) + 1
    if "#" in text[line_start:index]:
        return True
    return text.count('"""', 0, index) % 2 == 1


def test_no_decision_in_app_names_a_default_position() -> None:
    assert _named_in_decisions() == {}


def test_the_guard_finds_a_decision_that_names_one() -> None:
    code = (
        "def may(role: str, roles: set[str]) -> bool:\n"
        "    match role:\n"
        '        case "unit_head":\n'
        "            return True\n"
        '    return role == "leader" or role in ("member",) or "office_staff" in roles or bool(\n'
        '        DEFAULT_POSITIONS["liaison_officer"]\n'
        "    )\n"
    )
    found = [k for m in COMPARED.finditer(code) for k in m.groupdict().values() if k]
    assert found == ["unit_head", "leader", "member", "office_staff", "liaison_officer"]
    assert ATTRIBUTE.findall(_code_of("x = PositionRole.unit_head  # the head\n")) == ["unit_head"]
