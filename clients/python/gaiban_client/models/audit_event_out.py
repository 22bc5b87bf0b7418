from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_event_out_after_type_0 import AuditEventOutAfterType0
    from ..models.audit_event_out_before_type_0 import AuditEventOutBeforeType0


T = TypeVar("T", bound="AuditEventOut")


@_attrs_define
class AuditEventOut:
    """
    Attributes:
        acting_client_id (None | UUID): The machine client that did this on the person's behalf, with a token from a
            token exchange (the actor is the person); null otherwise.
        action (str):
        actor_id (None | UUID):
        actor_kind (str):
        actor_name (str):
        after (AuditEventOutAfterType0 | None):
        before (AuditEventOutBeforeType0 | None):
        chain_seq (int): The event's number in its jurisdiction's chain (the platform's chain when it has no
            jurisdiction), from 1.
        delegation_id (None | UUID):
        entity_id (str):
        entity_type (str):
        id (int):
        jurisdiction_id (None | UUID):
        occurred_at (datetime.datetime):
        prev_hash (str): The previous event's row_hash (64 zeros for the first).
        request_id (None | str):
        row_hash (str): SHA-256 of the event's canonical content and prev_hash (README, Audit trail).
    """

    acting_client_id: None | UUID
    action: str
    actor_id: None | UUID
    actor_kind: str
    actor_name: str
    after: AuditEventOutAfterType0 | None
    before: AuditEventOutBeforeType0 | None
    chain_seq: int
    delegation_id: None | UUID
    entity_id: str
    entity_type: str
    id: int
    jurisdiction_id: None | UUID
    occurred_at: datetime.datetime
    prev_hash: str
    request_id: None | str
    row_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_out_after_type_0 import AuditEventOutAfterType0  # noqa: PLC0415
        from ..models.audit_event_out_before_type_0 import AuditEventOutBeforeType0  # noqa: PLC0415

        acting_client_id: None | str
        if isinstance(self.acting_client_id, UUID):
            acting_client_id = str(self.acting_client_id)
        else:
            acting_client_id = self.acting_client_id

        action = self.action

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor_kind = self.actor_kind

        actor_name = self.actor_name

        after: dict[str, Any] | None
        if isinstance(self.after, AuditEventOutAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        before: dict[str, Any] | None
        if isinstance(self.before, AuditEventOutBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        chain_seq = self.chain_seq

        delegation_id: None | str
        if isinstance(self.delegation_id, UUID):
            delegation_id = str(self.delegation_id)
        else:
            delegation_id = self.delegation_id

        entity_id = self.entity_id

        entity_type = self.entity_type

        id = self.id

        jurisdiction_id: None | str
        if isinstance(self.jurisdiction_id, UUID):
            jurisdiction_id = str(self.jurisdiction_id)
        else:
            jurisdiction_id = self.jurisdiction_id

        occurred_at = self.occurred_at.isoformat()

        prev_hash = self.prev_hash

        request_id: None | str
        request_id = self.request_id

        row_hash = self.row_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acting_client_id": acting_client_id,
                "action": action,
                "actor_id": actor_id,
                "actor_kind": actor_kind,
                "actor_name": actor_name,
                "after": after,
                "before": before,
                "chain_seq": chain_seq,
                "delegation_id": delegation_id,
                "entity_id": entity_id,
                "entity_type": entity_type,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "occurred_at": occurred_at,
                "prev_hash": prev_hash,
                "request_id": request_id,
                "row_hash": row_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_out_after_type_0 import AuditEventOutAfterType0  # noqa: PLC0415
        from ..models.audit_event_out_before_type_0 import AuditEventOutBeforeType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acting_client_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acting_client_id_type_0 = UUID(data)

                return acting_client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        acting_client_id = _parse_acting_client_id(d.pop("acting_client_id"))

        action = d.pop("action")

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        actor_kind = d.pop("actor_kind")

        actor_name = d.pop("actor_name")

        def _parse_after(data: object) -> AuditEventOutAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditEventOutAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventOutAfterType0 | None, data)

        after = _parse_after(d.pop("after"))

        def _parse_before(data: object) -> AuditEventOutBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditEventOutBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventOutBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        chain_seq = d.pop("chain_seq")

        def _parse_delegation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegation_id_type_0 = UUID(data)

                return delegation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        delegation_id = _parse_delegation_id(d.pop("delegation_id"))

        entity_id = d.pop("entity_id")

        entity_type = d.pop("entity_type")

        id = d.pop("id")

        def _parse_jurisdiction_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                jurisdiction_id_type_0 = UUID(data)

                return jurisdiction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        jurisdiction_id = _parse_jurisdiction_id(d.pop("jurisdiction_id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        prev_hash = d.pop("prev_hash")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        row_hash = d.pop("row_hash")

        audit_event_out = cls(
            acting_client_id=acting_client_id,
            action=action,
            actor_id=actor_id,
            actor_kind=actor_kind,
            actor_name=actor_name,
            after=after,
            before=before,
            chain_seq=chain_seq,
            delegation_id=delegation_id,
            entity_id=entity_id,
            entity_type=entity_type,
            id=id,
            jurisdiction_id=jurisdiction_id,
            occurred_at=occurred_at,
            prev_hash=prev_hash,
            request_id=request_id,
            row_hash=row_hash,
        )

        audit_event_out.additional_properties = d
        return audit_event_out

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
