"""Messages for people: marked in the code, translated when the answer is written.

A message is written in English, marked with ``_`` so that the catalogue's extractor finds it
(``make messages``), its variable parts named::

    raise StateConflict(_("Meeting {number} is already archived.", number=meeting.number))

``_`` returns a :class:`Text`: a ``str`` whose value is the English text, formatted, so every
use of it as a string keeps working (logs, comparisons, tests), which also carries the
``msgid`` and the ``params``. The service's answers (app/errors.py, app/i18n.py) look the
``msgid`` up in the catalogue of the caller's language and format the translation with the
same params: the translation is chosen before the params are put in, so the word order may
differ. A param that is itself a Text is translated too.

The domain stays free of the catalogue: this module only marks and carries.
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """A marked message: its English text, plus what a translation needs."""

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, params: dict[str, Any]) -> Text:
        value = msgid.format(**params) if params else msgid
        text = super().__new__(cls, value)
        text.msgid = msgid
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.msgid, self.params))


def _(msgid: str, /, **params: Any) -> Text:
    """Marks ``msgid`` as a message to translate; ``params`` fill its ``{name}`` fields."""
    return Text(msgid, params)


def reason(exc: BaseException) -> Any:
    """What an exception says, as a message param: its marked message when it was raised with
    one (``raise ValueError(_("..."))``), else its text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def join(parts: list[Any] | tuple[Any, ...], separator: str = "; ") -> Text:
    """Several messages as one (each translated), joined by ``separator``."""
    params = {f"p{index}": part for index, part in enumerate(parts)}
    return Text(separator.join("{" + name + "}" for name in params), params)
