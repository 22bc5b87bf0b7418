"""Guards of the service's messages (app/domain/messages.py, app/i18n.py).

Every message a person reads in a problem is marked with ``_`` in the code and translated in
app/locale/zh_CN/LC_MESSAGES/messages.po (compiled into messages.mo): these tests fail when a
marked message has no Chinese, when a translation loses a placeholder, when the .mo is not the
.po compiled, and when code raises an error with an unmarked message. ``make messages`` brings
the catalogue up to date; then translate the new entries in the .po and run it again.
"""

from __future__ import annotations

import ast
import io
import pickle
import string
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app.domain.messages import _, join, reason
from app.i18n import CHINESE, ENGLISH, localize, negotiate, pydantic_message

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
PO = APP / "locale" / "zh_CN" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")


@cache
def extracted() -> dict[str, str]:
    """Each msgid marked in app/, with the first place it is marked (as `make messages` finds
    them: babel.cfg, keyword ``_``)."""
    found: dict[str, str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        APP, method_map=[("**.py", "python")], keywords={"_": None}
    ):
        assert isinstance(message, str), (filename, lineno, message)
        found.setdefault(message, f"app/{filename}:{lineno}")
    return found


def catalogue() -> Catalog:
    with PO.open("rb") as po:
        return read_po(po)


def placeholders(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (name, conversion, spec)
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_every_marked_message_has_a_chinese_translation() -> None:
    translated = {m.id: m.string for m in catalogue() if m.id}
    untranslated = [
        f"{where}: {msgid!r}"
        for msgid, where in sorted(extracted().items(), key=lambda item: item[1])
        if not translated.get(msgid)
    ]
    assert not untranslated, (
        "messages without a Chinese translation (run `make messages`, translate them in "
        f"{PO.relative_to(ROOT)}, run it again):\n" + "\n".join(untranslated)
    )


def test_the_catalogue_holds_only_messages_the_code_marks() -> None:
    stale = sorted({m.id for m in catalogue() if m.id} - extracted().keys())
    assert not stale, f"no longer in the code (run `make messages`): {stale}"


def test_each_translation_keeps_the_placeholders_of_its_message() -> None:
    broken = [
        f"{m.id!r} -> {m.string!r}"
        for m in catalogue()
        if m.id and m.string and placeholders(str(m.id)) != placeholders(str(m.string))
    ]
    assert not broken, "\n".join(broken)


def test_the_compiled_catalogue_is_the_po_compiled() -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalogue())
    assert compiled.getvalue() == MO.read_bytes(), (
        f"{MO.relative_to(ROOT)} is out of date: run `make messages`"
    )


# --- no unmarked message in the code ---------------------------------------------------------

# The errors a person reads (answered as problems), by the position of their message argument;
# every subclass defined in app/ is found and added.
_ERROR_BASES = {"ServiceError", "DomainError"}
# Helpers whose argument becomes a problem's message: (position, keyword).
_CARRIERS: dict[str, tuple[int | None, str]] = {
    "FieldError": (1, "message"),
    "Decision": (3, "reason"),
    "problem_response": (1, "detail"),
    "add_unique": (2, "conflict_detail"),
}


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(APP.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _error_classes(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    names = set(_ERROR_BASES) | {"FieldError"}
    while True:
        grown = {
            node.name
            for _path, tree in modules
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(
                (base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)) in names
                for base in node.bases
            )
        }
        if grown <= names:
            return names
        names |= grown


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _messages(tree: ast.Module, errors: set[str]) -> Iterator[ast.expr]:
    """The expressions a problem's message comes from: each error's first argument (or
    ``detail=``), each carrier's, and each ``"msg"`` of a field error written as a dict."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _callee(node)
            if name is None or (name not in _CARRIERS and name not in errors):
                continue
            position, keyword = _CARRIERS.get(name, (0, "detail"))
            if position is not None and len(node.args) > position:
                yield node.args[position]
            yield from (k.value for k in node.keywords if k.arg == keyword)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "msg":
                    yield value


def _unmarked(node: ast.expr) -> bool:
    """A literal (or f-string, or one joined or formatted) not wrapped in ``_``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _unmarked(node.left) or _unmarked(node.right)
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) or _unmarked(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and isinstance(
            node.func.value, ast.Constant | ast.JoinedStr
        )
    return False


def test_no_error_is_raised_with_an_unmarked_message() -> None:
    modules = list(_sources())
    errors = _error_classes(modules)
    assert {"NotFound", "InvalidInput", "RuleViolation", "CalendarYearUnknown"} <= errors
    unmarked = [
        f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:80]}"
        for path, tree in modules
        for node in _messages(tree, errors)
        if _unmarked(node)
    ]
    assert not unmarked, (
        "messages not marked for translation: wrap each in _(...) with named params "
        "(app/domain/messages.py), then run `make messages`:\n" + "\n".join(unmarked)
    )


def test_no_module_that_marks_messages_rebinds_the_marker() -> None:
    """``for _, x in …`` in a function that also calls ``_(…)`` makes ``_`` a local there: the
    call then fails (or calls a value). Throwaway names are ``__`` in such modules (except in a
    comprehension, whose names are its own)."""
    rebound = []
    for path, tree in _sources():
        if not any(
            isinstance(node, ast.ImportFrom)
            and node.module == "app.domain.messages"
            and any(alias.name == "_" for alias in node.names)
            for node in tree.body
        ):
            continue
        # A comprehension's own names stay in it: ``for _, x in`` there shadows nothing outside.
        own = {
            id(name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp)
            for generator in node.generators
            for name in ast.walk(generator.target)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Name)
                and node.id == "_"
                and isinstance(node.ctx, ast.Store)
                and id(node) not in own
            ):
                rebound.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.arg) and node.arg == "_":
                rebound.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not rebound, rebound


# --- Text, localize, negotiate ---------------------------------------------------------------


def test_a_marked_message_is_its_english_text_and_carries_its_msgid_and_params() -> None:
    text = _("Meeting {number} is archived.", number=7)
    assert text == "Meeting 7 is archived."
    assert isinstance(text, str)
    assert (text.msgid, text.params) == ("Meeting {number} is archived.", {"number": 7})
    assert pickle.loads(pickle.dumps(text)).params  # noqa: S301 (its own bytes) == {"number": 7}
    assert _("100% {not a field}") == "100% {not a field}"  # no params: never formatted


def test_a_message_is_rendered_in_chinese_with_its_params_translated_too() -> None:
    refusal = _(
        "{refusal} ({rule})",
        refusal=_("Only this jurisdiction's office may do this."),
        rule="CO-DOC-1",
    )
    assert localize(refusal, CHINESE) == "只有本辖区办公室可以执行此操作。（CO-DOC-1）"
    assert localize(refusal, ENGLISH) == "Only this jurisdiction's office may do this. (CO-DOC-1)"
    assert localize(_("not in {year}", year=2027), CHINESE) == "不在 2027 年内"
    # A message that lost its mark is still found by its text; anything else stays as it is.
    assert localize("No such resource.", CHINESE) == "没有该资源。"
    assert localize("鄂州工改办〔2019〕23号", CHINESE) == "鄂州工改办〔2019〕23号"
    assert localize(join([_("Conflict"), _("Not found")]), CHINESE) == "冲突; 未找到"


def test_a_validator_s_marked_reason_survives_its_exception() -> None:
    error = ValueError(_("must be a string"))
    assert reason(error) is error.args[0]
    assert localize(reason(error), CHINESE) == "须为字符串"
    assert reason(KeyError("a", "b")) == "('a', 'b')"


def test_pydantic_errors_are_translated_by_type_and_context() -> None:
    too_short = {
        "type": "string_too_short",
        "msg": "String should have at least 3 characters",
        "ctx": {"min_length": 3},
    }
    assert pydantic_message(too_short, CHINESE) == "字符串长度不得少于 3 个字符"
    assert pydantic_message(too_short, ENGLISH) == "String should have at least 3 characters"
    literal = {
        "type": "literal_error",
        "msg": "Input should be 'a' or 'b'",
        "ctx": {"expected": "'a' or 'b'"},
    }
    assert pydantic_message(literal, CHINESE) == "输入值须为 'a' 或 'b'"
    odd = {"type": "no_such_type", "msg": "Something English"}
    assert pydantic_message(odd, CHINESE) == "Something English"
    validator = {
        "type": "value_error",
        "msg": "Value error, must be a string",
        "ctx": {"error": ValueError(_("must be a string"))},
    }
    assert pydantic_message(validator, CHINESE) == "须为字符串"
    assert pydantic_message(validator, ENGLISH) == "Value error, must be a string"


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        (None, CHINESE),
        ("", CHINESE),
        ("zh", CHINESE),
        ("zh-CN", CHINESE),
        ("zh-Hans-CN", CHINESE),
        ("zh-TW", CHINESE),
        ("en", ENGLISH),
        ("EN-us", ENGLISH),
        ("en-GB,en;q=0.9", ENGLISH),
        ("fr-FR,fr;q=0.9,en;q=0.8", ENGLISH),
        ("de", CHINESE),
        ("*", CHINESE),
        ("en;q=0.3,zh;q=0.7", CHINESE),
        ("zh;q=0.3,en;q=0.7", ENGLISH),
        ("en;q=0,zh", CHINESE),
        ("en;q=0", CHINESE),
        ("en;q=oops", CHINESE),
        ("zh-CN,zh;q=0.9,en;q=0.8", CHINESE),
    ],
)
def test_the_language_is_negotiated_from_accept_language(
    accept_language: str | None, language: str
) -> None:
    assert negotiate(accept_language) == language
