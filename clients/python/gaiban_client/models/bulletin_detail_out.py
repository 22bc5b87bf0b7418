from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulletin_state import BulletinState

if TYPE_CHECKING:
    from ..models.bulletin_content import BulletinContent
    from ..models.period_out import PeriodOut


T = TypeVar("T", bound="BulletinDetailOut")


@_attrs_define
class BulletinDetailOut:
    """
    Attributes:
        content (BulletinContent): The sections E-RPT-2 names, assembled from the period's submissions. A stored,
            editable
            document: the periods in it are named by their labels (`2026-Q3`), as a request gives
            them; the bulletin's own `period` is the whole object.
        generated_at (datetime.datetime):
        generated_by (None | UUID):
        id (UUID):
        jurisdiction_id (UUID):
        kind (str):
        kind_name (str):
        period (PeriodOut): A month, quarter or year, named the same way in every answer.
        published_at (datetime.datetime | None):
        published_by (None | UUID):
        rule (str):
        rulebook_version_id (UUID):
        source (str):
        state (BulletinState):
        title (str):
        updated_at (datetime.datetime):
    """

    content: BulletinContent
    generated_at: datetime.datetime
    generated_by: None | UUID
    id: UUID
    jurisdiction_id: UUID
    kind: str
    kind_name: str
    period: PeriodOut
    published_at: datetime.datetime | None
    published_by: None | UUID
    rule: str
    rulebook_version_id: UUID
    source: str
    state: BulletinState
    title: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        generated_at = self.generated_at.isoformat()

        generated_by: None | str
        if isinstance(self.generated_by, UUID):
            generated_by = str(self.generated_by)
        else:
            generated_by = self.generated_by

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        kind = self.kind

        kind_name = self.kind_name

        period = self.period.to_dict()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        if isinstance(self.published_by, UUID):
            published_by = str(self.published_by)
        else:
            published_by = self.published_by

        rule = self.rule

        rulebook_version_id = str(self.rulebook_version_id)

        source = self.source

        state = self.state.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "generated_at": generated_at,
                "generated_by": generated_by,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "kind": kind,
                "kind_name": kind_name,
                "period": period,
                "published_at": published_at,
                "published_by": published_by,
                "rule": rule,
                "rulebook_version_id": rulebook_version_id,
                "source": source,
                "state": state,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulletin_content import BulletinContent  # noqa: PLC0415
        from ..models.period_out import PeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        content = BulletinContent.from_dict(d.pop("content"))

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        def _parse_generated_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generated_by_type_0 = UUID(data)

                return generated_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        generated_by = _parse_generated_by(d.pop("generated_by"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        kind = d.pop("kind")

        kind_name = d.pop("kind_name")

        period = PeriodOut.from_dict(d.pop("period"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_published_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_by_type_0 = UUID(data)

                return published_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        published_by = _parse_published_by(d.pop("published_by"))

        rule = d.pop("rule")

        rulebook_version_id = UUID(d.pop("rulebook_version_id"))

        source = d.pop("source")

        state = BulletinState(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        bulletin_detail_out = cls(
            content=content,
            generated_at=generated_at,
            generated_by=generated_by,
            id=id,
            jurisdiction_id=jurisdiction_id,
            kind=kind,
            kind_name=kind_name,
            period=period,
            published_at=published_at,
            published_by=published_by,
            rule=rule,
            rulebook_version_id=rulebook_version_id,
            source=source,
            state=state,
            title=title,
            updated_at=updated_at,
        )

        bulletin_detail_out.additional_properties = d
        return bulletin_detail_out

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
