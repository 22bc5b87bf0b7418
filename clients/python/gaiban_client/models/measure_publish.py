from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasurePublish")


@_attrs_define
class MeasurePublish:
    """
    Attributes:
        document_id (UUID): An issued (signed and numbered) document of this jurisdiction. A draft, a voided document or
            an internal bulletin is refused (403, the rule named).
        kind (Literal['measure']):
        attachment_ids (list[UUID] | Unset): The document's attachments to publish with it (copied when published).
        include_text (bool | Unset): Publish the document's text too (false: its number, title and date only, with the
            files chosen). Default: True.
        title (None | str | Unset): Defaults to the document's title.
    """

    document_id: UUID
    kind: Literal["measure"]
    attachment_ids: list[UUID] | Unset = UNSET
    include_text: bool | Unset = True
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        kind = self.kind

        attachment_ids: list[str] | Unset = UNSET
        if not isinstance(self.attachment_ids, Unset):
            attachment_ids = []
            for attachment_ids_item_data in self.attachment_ids:
                attachment_ids_item = str(attachment_ids_item_data)
                attachment_ids.append(attachment_ids_item)

        include_text = self.include_text

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_id": document_id,
                "kind": kind,
            }
        )
        if attachment_ids is not UNSET:
            field_dict["attachment_ids"] = attachment_ids
        if include_text is not UNSET:
            field_dict["include_text"] = include_text
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("document_id"))

        kind = cast(Literal["measure"], d.pop("kind"))
        if kind != "measure":
            raise ValueError(f"kind must match const 'measure', got '{kind}'")

        _attachment_ids = d.pop("attachment_ids", UNSET)
        attachment_ids: list[UUID] | Unset = UNSET
        if _attachment_ids is not UNSET:
            attachment_ids = []
            for attachment_ids_item_data in _attachment_ids:
                attachment_ids_item = UUID(attachment_ids_item_data)

                attachment_ids.append(attachment_ids_item)

        include_text = d.pop("include_text", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        measure_publish = cls(
            document_id=document_id,
            kind=kind,
            attachment_ids=attachment_ids,
            include_text=include_text,
            title=title,
        )

        return measure_publish
