from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.incoming_addressee import IncomingAddressee
from ..models.incoming_purpose import IncomingPurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingDocumentCreate")


@_attrs_define
class IncomingDocumentCreate:
    """A document sent to the leading group or its office for approval or filing (CO-DOC-3).

    Attributes:
        addressee (IncomingAddressee):
        body (str): The document's text (at most 20,000 characters).
        purpose (IncomingPurpose):
        title (str):
        is_major (bool | Unset): A major matter (重大事项): the office submits it on to the leader, who alone decides it
            (重大事项报领导小组组长审阅). Default: False.
        sender_number (None | str | Unset): The sender's own document number (来文字号), as the sender wrote it.
        to (Literal['parent'] | None | Unset): `parent`: this jurisdiction's office sends it to the leading group (or
            its office) of the jurisdiction above (a county to its city); the document is kept there and read here with
            `direction=sent`.
        unit_id (None | Unset | UUID): The member unit sending it. May be left out when the caller holds a unit post
            (head, liaison or information officer) for exactly one unit here. Must be left out with `to: parent`.
    """

    addressee: IncomingAddressee
    body: str
    purpose: IncomingPurpose
    title: str
    is_major: bool | Unset = False
    sender_number: None | str | Unset = UNSET
    to: Literal["parent"] | None | Unset = UNSET
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        addressee = self.addressee.value

        body = self.body

        purpose = self.purpose.value

        title = self.title

        is_major = self.is_major

        sender_number: None | str | Unset
        if isinstance(self.sender_number, Unset):
            sender_number = UNSET
        else:
            sender_number = self.sender_number

        to: Literal["parent"] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        elif isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addressee": addressee,
                "body": body,
                "purpose": purpose,
                "title": title,
            }
        )
        if is_major is not UNSET:
            field_dict["is_major"] = is_major
        if sender_number is not UNSET:
            field_dict["sender_number"] = sender_number
        if to is not UNSET:
            field_dict["to"] = to
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addressee = IncomingAddressee(d.pop("addressee"))

        body = d.pop("body")

        purpose = IncomingPurpose(d.pop("purpose"))

        title = d.pop("title")

        is_major = d.pop("is_major", UNSET)

        def _parse_sender_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_number = _parse_sender_number(d.pop("sender_number", UNSET))

        def _parse_to(data: object) -> Literal["parent"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            to_type_0 = cast(Literal["parent"], data)
            if to_type_0 != "parent":
                raise ValueError(f"to_type_0 must match const 'parent', got '{to_type_0}'")
            return to_type_0
            return cast(Literal["parent"] | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_unit_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        incoming_document_create = cls(
            addressee=addressee,
            body=body,
            purpose=purpose,
            title=title,
            is_major=is_major,
            sender_number=sender_number,
            to=to,
            unit_id=unit_id,
        )

        return incoming_document_create
