from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.addendum_out import AddendumOut
    from ..models.attendee_out import AttendeeOut
    from ..models.minutes_content import MinutesContent
    from ..models.minutes_out_archived_record_type_0 import MinutesOutArchivedRecordType0
    from ..models.missing_field import MissingField


T = TypeVar("T", bound="MinutesOut")


@_attrs_define
class MinutesOut:
    """
    Attributes:
        addenda (list[AddendumOut]):
        archived_at (datetime.datetime | None):
        archived_by (None | str):
        archived_record (MinutesOutArchivedRecordType0 | None): The record as archived. Its canonical JSON is the UTF-8
            text of json.dumps(record, sort_keys=True, separators=(',', ':'), ensure_ascii=False) (RFC 8785 for these
            documents: no numbers but integers).
        attendees (list[AttendeeOut]): From the attendance records.
        draft (MinutesContent):
        meeting_id (UUID):
        missing (list[MissingField]): What archiving would refuse now (the rulebook's required fields).
        required_fields (list[str]):
        rule (None | str): The rule naming the required fields, e.g. C-MTG-3.
        sha256 (None | str): SHA-256 (hex) of `archived_record`'s canonical JSON.
        source (None | str):
        status (str): draft or archived.
        updated_at (datetime.datetime):
    """

    addenda: list[AddendumOut]
    archived_at: datetime.datetime | None
    archived_by: None | str
    archived_record: MinutesOutArchivedRecordType0 | None
    attendees: list[AttendeeOut]
    draft: MinutesContent
    meeting_id: UUID
    missing: list[MissingField]
    required_fields: list[str]
    rule: None | str
    sha256: None | str
    source: None | str
    status: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.minutes_out_archived_record_type_0 import MinutesOutArchivedRecordType0  # noqa: PLC0415

        addenda = []
        for addenda_item_data in self.addenda:
            addenda_item = addenda_item_data.to_dict()
            addenda.append(addenda_item)

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        archived_by: None | str
        archived_by = self.archived_by

        archived_record: dict[str, Any] | None
        if isinstance(self.archived_record, MinutesOutArchivedRecordType0):
            archived_record = self.archived_record.to_dict()
        else:
            archived_record = self.archived_record

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        draft = self.draft.to_dict()

        meeting_id = str(self.meeting_id)

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        required_fields = self.required_fields

        rule: None | str
        rule = self.rule

        sha256: None | str
        sha256 = self.sha256

        source: None | str
        source = self.source

        status = self.status

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addenda": addenda,
                "archived_at": archived_at,
                "archived_by": archived_by,
                "archived_record": archived_record,
                "attendees": attendees,
                "draft": draft,
                "meeting_id": meeting_id,
                "missing": missing,
                "required_fields": required_fields,
                "rule": rule,
                "sha256": sha256,
                "source": source,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.addendum_out import AddendumOut  # noqa: PLC0415
        from ..models.attendee_out import AttendeeOut  # noqa: PLC0415
        from ..models.minutes_content import MinutesContent  # noqa: PLC0415
        from ..models.minutes_out_archived_record_type_0 import MinutesOutArchivedRecordType0  # noqa: PLC0415
        from ..models.missing_field import MissingField  # noqa: PLC0415

        d = dict(src_dict)
        addenda = []
        _addenda = d.pop("addenda")
        for addenda_item_data in _addenda:
            addenda_item = AddendumOut.from_dict(addenda_item_data)

            addenda.append(addenda_item)

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        def _parse_archived_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        archived_by = _parse_archived_by(d.pop("archived_by"))

        def _parse_archived_record(data: object) -> MinutesOutArchivedRecordType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                archived_record_type_0 = MinutesOutArchivedRecordType0.from_dict(data)

                return archived_record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinutesOutArchivedRecordType0 | None, data)

        archived_record = _parse_archived_record(d.pop("archived_record"))

        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = AttendeeOut.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        draft = MinutesContent.from_dict(d.pop("draft"))

        meeting_id = UUID(d.pop("meeting_id"))

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = MissingField.from_dict(missing_item_data)

            missing.append(missing_item)

        required_fields = cast(list[str], d.pop("required_fields"))

        def _parse_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule = _parse_rule(d.pop("rule"))

        def _parse_sha256(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sha256 = _parse_sha256(d.pop("sha256"))

        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))

        status = d.pop("status")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        minutes_out = cls(
            addenda=addenda,
            archived_at=archived_at,
            archived_by=archived_by,
            archived_record=archived_record,
            attendees=attendees,
            draft=draft,
            meeting_id=meeting_id,
            missing=missing,
            required_fields=required_fields,
            rule=rule,
            sha256=sha256,
            source=source,
            status=status,
            updated_at=updated_at,
        )

        minutes_out.additional_properties = d
        return minutes_out

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
