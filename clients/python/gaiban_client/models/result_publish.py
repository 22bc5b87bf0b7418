from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResultPublish")


@_attrs_define
class ResultPublish:
    """
    Attributes:
        kind (Literal['result']):
        text (str):
        title (str):
    """

    kind: Literal["result"]
    text: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        text = self.text

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "text": text,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["result"], d.pop("kind"))
        if kind != "result":
            raise ValueError(f"kind must match const 'result', got '{kind}'")

        text = d.pop("text")

        title = d.pop("title")

        result_publish = cls(
            kind=kind,
            text=text,
            title=title,
        )

        return result_publish
