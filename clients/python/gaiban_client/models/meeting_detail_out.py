from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_state import MeetingState

if TYPE_CHECKING:
    from ..models.agenda_item_out import AgendaItemOut
    from ..models.invitee_out import InviteeOut


T = TypeVar("T", bound="MeetingDetailOut")


@_attrs_define
class MeetingDetailOut:
    """
    Attributes:
        agenda_items (list[AgendaItemOut]):
        cancellation_reason (None | str):
        cancelled_at (datetime.datetime | None):
        cancelled_by (None | UUID): On whose decision it was cancelled.
        chair_delegation_id (None | UUID): The entrustment (委托) the chair acts under, if any.
        chair_id (UUID):
        chair_rule (str):
        consent_delegation_id (None | UUID):
        consent_rule (None | str):
        consented_at (datetime.datetime | None):
        consented_by (None | UUID):
        convene_delegation_id (None | UUID):
        convene_rule (str):
        convened_by (UUID):
        created_at (datetime.datetime):
        ends_at (datetime.datetime):
        held_recorded_at (datetime.datetime | None):
        id (UUID):
        invitees (list[InviteeOut]):
        is_extra (bool):
        jurisdiction_id (UUID):
        kind (str):
        kind_name (str): The meeting kind's name in the rulebook, e.g. 全体会议.
        minutes_required (bool): The rules require its minutes to be kept and archived (C-MTG-3).
        place (str):
        rulebook_version_id (UUID): The rulebook version that judged it.
        sequence (int): Raised on every change (the iCalendar SEQUENCE).
        starts_at (datetime.datetime):
        state (MeetingState):
        title (str):
        updated_at (datetime.datetime):
    """

    agenda_items: list[AgendaItemOut]
    cancellation_reason: None | str
    cancelled_at: datetime.datetime | None
    cancelled_by: None | UUID
    chair_delegation_id: None | UUID
    chair_id: UUID
    chair_rule: str
    consent_delegation_id: None | UUID
    consent_rule: None | str
    consented_at: datetime.datetime | None
    consented_by: None | UUID
    convene_delegation_id: None | UUID
    convene_rule: str
    convened_by: UUID
    created_at: datetime.datetime
    ends_at: datetime.datetime
    held_recorded_at: datetime.datetime | None
    id: UUID
    invitees: list[InviteeOut]
    is_extra: bool
    jurisdiction_id: UUID
    kind: str
    kind_name: str
    minutes_required: bool
    place: str
    rulebook_version_id: UUID
    sequence: int
    starts_at: datetime.datetime
    state: MeetingState
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agenda_items = []
        for agenda_items_item_data in self.agenda_items:
            agenda_items_item = agenda_items_item_data.to_dict()
            agenda_items.append(agenda_items_item)

        cancellation_reason: None | str
        cancellation_reason = self.cancellation_reason

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancelled_by: None | str
        if isinstance(self.cancelled_by, UUID):
            cancelled_by = str(self.cancelled_by)
        else:
            cancelled_by = self.cancelled_by

        chair_delegation_id: None | str
        if isinstance(self.chair_delegation_id, UUID):
            chair_delegation_id = str(self.chair_delegation_id)
        else:
            chair_delegation_id = self.chair_delegation_id

        chair_id = str(self.chair_id)

        chair_rule = self.chair_rule

        consent_delegation_id: None | str
        if isinstance(self.consent_delegation_id, UUID):
            consent_delegation_id = str(self.consent_delegation_id)
        else:
            consent_delegation_id = self.consent_delegation_id

        consent_rule: None | str
        consent_rule = self.consent_rule

        consented_at: None | str
        if isinstance(self.consented_at, datetime.datetime):
            consented_at = self.consented_at.isoformat()
        else:
            consented_at = self.consented_at

        consented_by: None | str
        if isinstance(self.consented_by, UUID):
            consented_by = str(self.consented_by)
        else:
            consented_by = self.consented_by

        convene_delegation_id: None | str
        if isinstance(self.convene_delegation_id, UUID):
            convene_delegation_id = str(self.convene_delegation_id)
        else:
            convene_delegation_id = self.convene_delegation_id

        convene_rule = self.convene_rule

        convened_by = str(self.convened_by)

        created_at = self.created_at.isoformat()

        ends_at = self.ends_at.isoformat()

        held_recorded_at: None | str
        if isinstance(self.held_recorded_at, datetime.datetime):
            held_recorded_at = self.held_recorded_at.isoformat()
        else:
            held_recorded_at = self.held_recorded_at

        id = str(self.id)

        invitees = []
        for invitees_item_data in self.invitees:
            invitees_item = invitees_item_data.to_dict()
            invitees.append(invitees_item)

        is_extra = self.is_extra

        jurisdiction_id = str(self.jurisdiction_id)

        kind = self.kind

        kind_name = self.kind_name

        minutes_required = self.minutes_required

        place = self.place

        rulebook_version_id = str(self.rulebook_version_id)

        sequence = self.sequence

        starts_at = self.starts_at.isoformat()

        state = self.state.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agenda_items": agenda_items,
                "cancellation_reason": cancellation_reason,
                "cancelled_at": cancelled_at,
                "cancelled_by": cancelled_by,
                "chair_delegation_id": chair_delegation_id,
                "chair_id": chair_id,
                "chair_rule": chair_rule,
                "consent_delegation_id": consent_delegation_id,
                "consent_rule": consent_rule,
                "consented_at": consented_at,
                "consented_by": consented_by,
                "convene_delegation_id": convene_delegation_id,
                "convene_rule": convene_rule,
                "convened_by": convened_by,
                "created_at": created_at,
                "ends_at": ends_at,
                "held_recorded_at": held_recorded_at,
                "id": id,
                "invitees": invitees,
                "is_extra": is_extra,
                "jurisdiction_id": jurisdiction_id,
                "kind": kind,
                "kind_name": kind_name,
                "minutes_required": minutes_required,
                "place": place,
                "rulebook_version_id": rulebook_version_id,
                "sequence": sequence,
                "starts_at": starts_at,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_out import AgendaItemOut  # noqa: PLC0415
        from ..models.invitee_out import InviteeOut  # noqa: PLC0415

        d = dict(src_dict)
        agenda_items = []
        _agenda_items = d.pop("agenda_items")
        for agenda_items_item_data in _agenda_items:
            agenda_items_item = AgendaItemOut.from_dict(agenda_items_item_data)

            agenda_items.append(agenda_items_item)

        def _parse_cancellation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancellation_reason = _parse_cancellation_reason(d.pop("cancellation_reason"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_cancelled_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_by_type_0 = UUID(data)

                return cancelled_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        cancelled_by = _parse_cancelled_by(d.pop("cancelled_by"))

        def _parse_chair_delegation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chair_delegation_id_type_0 = UUID(data)

                return chair_delegation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        chair_delegation_id = _parse_chair_delegation_id(d.pop("chair_delegation_id"))

        chair_id = UUID(d.pop("chair_id"))

        chair_rule = d.pop("chair_rule")

        def _parse_consent_delegation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consent_delegation_id_type_0 = UUID(data)

                return consent_delegation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consent_delegation_id = _parse_consent_delegation_id(d.pop("consent_delegation_id"))

        def _parse_consent_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        consent_rule = _parse_consent_rule(d.pop("consent_rule"))

        def _parse_consented_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consented_at_type_0 = datetime.datetime.fromisoformat(data)

                return consented_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        consented_at = _parse_consented_at(d.pop("consented_at"))

        def _parse_consented_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consented_by_type_0 = UUID(data)

                return consented_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consented_by = _parse_consented_by(d.pop("consented_by"))

        def _parse_convene_delegation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                convene_delegation_id_type_0 = UUID(data)

                return convene_delegation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        convene_delegation_id = _parse_convene_delegation_id(d.pop("convene_delegation_id"))

        convene_rule = d.pop("convene_rule")

        convened_by = UUID(d.pop("convened_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_held_recorded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_recorded_at_type_0 = datetime.datetime.fromisoformat(data)

                return held_recorded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        held_recorded_at = _parse_held_recorded_at(d.pop("held_recorded_at"))

        id = UUID(d.pop("id"))

        invitees = []
        _invitees = d.pop("invitees")
        for invitees_item_data in _invitees:
            invitees_item = InviteeOut.from_dict(invitees_item_data)

            invitees.append(invitees_item)

        is_extra = d.pop("is_extra")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        kind = d.pop("kind")

        kind_name = d.pop("kind_name")

        minutes_required = d.pop("minutes_required")

        place = d.pop("place")

        rulebook_version_id = UUID(d.pop("rulebook_version_id"))

        sequence = d.pop("sequence")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        state = MeetingState(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        meeting_detail_out = cls(
            agenda_items=agenda_items,
            cancellation_reason=cancellation_reason,
            cancelled_at=cancelled_at,
            cancelled_by=cancelled_by,
            chair_delegation_id=chair_delegation_id,
            chair_id=chair_id,
            chair_rule=chair_rule,
            consent_delegation_id=consent_delegation_id,
            consent_rule=consent_rule,
            consented_at=consented_at,
            consented_by=consented_by,
            convene_delegation_id=convene_delegation_id,
            convene_rule=convene_rule,
            convened_by=convened_by,
            created_at=created_at,
            ends_at=ends_at,
            held_recorded_at=held_recorded_at,
            id=id,
            invitees=invitees,
            is_extra=is_extra,
            jurisdiction_id=jurisdiction_id,
            kind=kind,
            kind_name=kind_name,
            minutes_required=minutes_required,
            place=place,
            rulebook_version_id=rulebook_version_id,
            sequence=sequence,
            starts_at=starts_at,
            state=state,
            title=title,
            updated_at=updated_at,
        )

        meeting_detail_out.additional_properties = d
        return meeting_detail_out

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
