from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_state import DocumentState

T = TypeVar("T", bound="DocumentSummaryOut")


@_attrs_define
class DocumentSummaryOut:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        issuer (str):
        issuer_code (str):
        issuer_name (str):
        jurisdiction_id (UUID):
        number (None | str): 发文字号, set when signed; a void document keeps it.
        number_sequence (int | None):
        number_year (int | None):
        signed_on (datetime.date | None):
        state (DocumentState):
        title (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    id: UUID
    issuer: str
    issuer_code: str
    issuer_name: str
    jurisdiction_id: UUID
    number: None | str
    number_sequence: int | None
    number_year: int | None
    signed_on: datetime.date | None
    state: DocumentState
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        issuer = self.issuer

        issuer_code = self.issuer_code

        issuer_name = self.issuer_name

        jurisdiction_id = str(self.jurisdiction_id)

        number: None | str
        number = self.number

        number_sequence: int | None
        number_sequence = self.number_sequence

        number_year: int | None
        number_year = self.number_year

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        state = self.state.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "issuer": issuer,
                "issuer_code": issuer_code,
                "issuer_name": issuer_name,
                "jurisdiction_id": jurisdiction_id,
                "number": number,
                "number_sequence": number_sequence,
                "number_year": number_year,
                "signed_on": signed_on,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        issuer = d.pop("issuer")

        issuer_code = d.pop("issuer_code")

        issuer_name = d.pop("issuer_name")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        def _parse_number_sequence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        number_sequence = _parse_number_sequence(d.pop("number_sequence"))

        def _parse_number_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        number_year = _parse_number_year(d.pop("number_year"))

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        state = DocumentState(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        document_summary_out = cls(
            created_at=created_at,
            id=id,
            issuer=issuer,
            issuer_code=issuer_code,
            issuer_name=issuer_name,
            jurisdiction_id=jurisdiction_id,
            number=number,
            number_sequence=number_sequence,
            number_year=number_year,
            signed_on=signed_on,
            state=state,
            title=title,
            updated_at=updated_at,
        )

        document_summary_out.additional_properties = d
        return document_summary_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
