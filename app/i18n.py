"""The language of the service's messages: Chinese (zh-CN) unless the caller asks for English.

County office staff read the problems the service answers, so their titles, details and field
messages are in Chinese by default; ``Accept-Language: en`` (or any ``en-*``) gives English.
The messages are marked in the code with ``_`` (app/domain/messages.py) and translated here,
when the answer is written, from the gettext catalogue app/locale/zh_CN/LC_MESSAGES/messages.mo
(compiled from messages.po by ``make messages``). English is the code's own text.

The request's language is chosen once, by RequestContextMiddleware (app/middleware.py, pure
ASGI, the outermost layer), and kept in a ContextVar that the exception handlers, which run in
the same task, read.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.messages import Text, _

if TYPE_CHECKING:
    from gettext import NullTranslations

CHINESE = "zh-CN"
ENGLISH = "en"
DEFAULT_LANGUAGE = CHINESE
LANGUAGES = (CHINESE, ENGLISH)
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"

_language: ContextVar[str] = ContextVar("language", default=DEFAULT_LANGUAGE)


def current_language() -> str:
    return _language.get()


def set_language(language: str) -> object:
    return _language.set(language)


def reset_language(token: object) -> None:
    _language.reset(token)  # type: ignore[arg-type]


@lru_cache(maxsize=256)
def negotiate(accept_language: str | None) -> str:
    """The language for an ``Accept-Language`` value (RFC 9110 §12.5.4): the preferred of
    those the caller accepts (by q-value, then order), Chinese (any ``zh``: zh, zh-CN, zh-Hans
    …) or English (any ``en``); Chinese when the header is absent, says ``*`` or names neither."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept_language.split(",")):
        tag, _sep, parameters = item.strip().partition(";")
        quality = 1.0
        for parameter in parameters.split(";"):
            name, _eq, value = parameter.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        if quality > 0 and tag:
            ranked.append((-quality, position, tag.strip().lower()))
    for _quality, _position, tag in sorted(ranked):
        primary = tag.split("-", 1)[0]
        if primary == "zh" or tag == "*":
            return CHINESE
        if primary == "en":
            return ENGLISH
    return DEFAULT_LANGUAGE


@cache
def catalogue(language: str) -> NullTranslations:
    """The language's translations, loaded once per process (on the first answer that needs
    them: the service's start does not wait for them)."""
    from babel.support import NullTranslations, Translations

    if language == ENGLISH:
        return NullTranslations()
    return Translations.load(LOCALE_DIR, locales=[language.replace("-", "_")], domain=DOMAIN)


def localize(text: Any, language: str | None = None) -> str:
    """``text`` in ``language`` (the request's by default): a Text by its msgid and params, a
    plain string by itself when the catalogue has it (a message that lost its mark: a
    constant read back from an exception), else as it is."""
    language = language or current_language()
    if language == ENGLISH:
        return str(text)
    return _render(text, catalogue(language))


def _render(text: Any, translations: NullTranslations) -> str:
    if isinstance(text, Text):
        template = translations.gettext(text.msgid)
        if not text.params:
            return template
        params = {
            name: _render(value, translations) if isinstance(value, Text) else value
            for name, value in text.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            return str(text)
    if isinstance(text, str) and text:
        return translations.gettext(text)
    return str(text)


# Pydantic's validation messages, by error type: each translated with the error's ctx.
# A type not listed keeps pydantic's English message.
PYDANTIC_MESSAGES: dict[str, Text] = {
    "missing": _("Field required"),
    "extra_forbidden": _("Extra inputs are not permitted"),
    "string_type": _("Input should be a valid string"),
    "string_too_short": _("String should have at least {min_length} characters"),
    "string_too_long": _("String should have at most {max_length} characters"),
    "string_pattern_mismatch": _("String should match pattern '{pattern}'"),
    "int_type": _("Input should be a valid integer"),
    "int_parsing": _("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": _("Input should be a valid integer, got a number with a fractional part"),
    "float_type": _("Input should be a valid number"),
    "float_parsing": _("Input should be a valid number, unable to parse string as a number"),
    "bool_type": _("Input should be a valid boolean"),
    "bool_parsing": _("Input should be a valid boolean, unable to interpret input"),
    "uuid_type": _("UUID input should be a string, bytes or UUID object"),
    "uuid_parsing": _("Input should be a valid UUID, {error}"),
    "date_type": _("Input should be a valid date"),
    "date_parsing": _("Input should be a valid date in the format YYYY-MM-DD, {error}"),
    "date_from_datetime_parsing": _("Input should be a valid date or datetime, {error}"),
    "date_from_datetime_inexact": _(
        "Datetimes provided to dates should have zero time - e.g. be exact dates"
    ),
    "datetime_type": _("Input should be a valid datetime"),
    "datetime_parsing": _("Input should be a valid datetime, {error}"),
    "datetime_from_date_parsing": _("Input should be a valid datetime or date, {error}"),
    "timezone_aware": _("Input should have timezone info"),
    "time_parsing": _("Input should be in a valid time format, {error}"),
    "enum": _("Input should be {expected}"),
    "literal_error": _("Input should be {expected}"),
    "greater_than": _("Input should be greater than {gt}"),
    "greater_than_equal": _("Input should be greater than or equal to {ge}"),
    "less_than": _("Input should be less than {lt}"),
    "less_than_equal": _("Input should be less than or equal to {le}"),
    "too_short": _(
        "{field_type} should have at least {min_length} items after validation, not {actual_length}"
    ),
    "too_long": _(
        "{field_type} should have at most {max_length} items after validation, not {actual_length}"
    ),
    "list_type": _("Input should be a valid list"),
    "dict_type": _("Input should be a valid dictionary"),
    "model_type": _("Input should be a valid dictionary or instance of {class_name}"),
    "model_attributes_type": _(
        "Input should be a valid dictionary or object to extract fields from"
    ),
    "json_invalid": _("Invalid JSON: {error}"),
    "url_parsing": _("Input should be a valid URL, {error}"),
    "url_scheme": _("URL scheme should be {expected_schemes}"),
    "multiple_of": _("Input should be a multiple of {multiple_of}"),
    "decimal_parsing": _("Input should be a valid decimal"),
}


def pydantic_message(error: Mapping[str, Any], language: str | None = None) -> str:
    """One pydantic error's message in ``language``: by its type and ctx; a ``value_error``
    by the message of the ValueError a validator raised (marked with ``_`` there)."""
    language = language or current_language()
    english = str(error.get("msg", ""))
    if language == ENGLISH:
        return english
    ctx = error.get("ctx") or {}
    kind = error.get("type")
    if kind in ("value_error", "assertion_error"):
        cause = ctx.get("error")
        message = cause.args[0] if isinstance(cause, Exception) and cause.args else cause
        if isinstance(message, str) and message:
            return localize(message, language)
        return english
    template = PYDANTIC_MESSAGES.get(str(kind))
    if template is None:
        return english
    params: dict[str, Any] = {
        name: value if isinstance(value, str | int | float) else str(value)
        for name, value in ctx.items()
    }
    if "field_type" in params:
        params["field_type"] = _FIELD_TYPES.get(str(params["field_type"]), _("Value"))
    if "expected" in params:  # "'a', 'b' or 'c'": pydantic's English "or"
        params["expected"] = str(params["expected"]).replace(" or ", localize(_(" or "), language))
    try:
        return localize(Text(template.msgid, params), language)
    except (KeyError, IndexError, ValueError):  # a ctx without a field the template names
        return english


_FIELD_TYPES: dict[str, Text] = {
    "List": _("List"),
    "Tuple": _("Tuple"),
    "Set": _("Set"),
    "Dictionary": _("Dictionary"),
    "Value": _("Value"),
}
