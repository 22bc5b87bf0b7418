from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.matter_act import MatterAct
from ..models.matter_state import MatterState

T = TypeVar("T", bound="MajorMatterEventOut")


@_attrs_define
class MajorMatterEventOut:
    """One hand-over.

    Attributes:
        act (MatterAct):
        at (datetime.datetime): The server's time.
        by_name (str):
        by_user_id (UUID):
        consolidation_id (None | UUID): On a forwarding: shared by the matters forwarded together.
        from_state (MatterState | None): Null for the first submission.
        note (str): The forwarding note, the 批示, the reason for returning …
        position (int):
        to_state (MatterState):
    """

    act: MatterAct
    at: datetime.datetime
    by_name: str
    by_user_id: UUID
    consolidation_id: None | UUID
    from_state: MatterState | None
    note: str
    position: int
    to_state: MatterState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        act = self.act.value

        at = self.at.isoformat()

        by_name = self.by_name

        by_user_id = str(self.by_user_id)

        consolidation_id: None | str
        if isinstance(self.consolidation_id, UUID):
            consolidation_id = str(self.consolidation_id)
        else:
            consolidation_id = self.consolidation_id

        from_state: None | str
        if isinstance(self.from_state, MatterState):
            from_state = self.from_state.value
        else:
            from_state = self.from_state

        note = self.note

        position = self.position

        to_state = self.to_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "act": act,
                "at": at,
                "by_name": by_name,
                "by_user_id": by_user_id,
                "consolidation_id": consolidation_id,
                "from_state": from_state,
                "note": note,
                "position": position,
                "to_state": to_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        act = MatterAct(d.pop("act"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        by_name = d.pop("by_name")

        by_user_id = UUID(d.pop("by_user_id"))

        def _parse_consolidation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consolidation_id_type_0 = UUID(data)

                return consolidation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        consolidation_id = _parse_consolidation_id(d.pop("consolidation_id"))

        def _parse_from_state(data: object) -> MatterState | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_state_type_0 = MatterState(data)

                return from_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatterState | None, data)

        from_state = _parse_from_state(d.pop("from_state"))

        note = d.pop("note")

        position = d.pop("position")

        to_state = MatterState(d.pop("to_state"))

        major_matter_event_out = cls(
            act=act,
            at=at,
            by_name=by_name,
            by_user_id=by_user_id,
            consolidation_id=consolidation_id,
            from_state=from_state,
            note=note,
            position=position,
            to_state=to_state,
        )

        major_matter_event_out.additional_properties = d
        return major_matter_event_out

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
