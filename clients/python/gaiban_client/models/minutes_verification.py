from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MinutesVerification")


@_attrs_define
class MinutesVerification:
    """
    Attributes:
        addenda_intact (bool):
        canonical (bool): The stored text is the canonical form of its record.
        intact (bool): Both hashes agree and the text is canonical.
        meeting_id (UUID):
        recomputed (str): The hash of the stored canonical text, computed now.
        sha256 (str): The hash recorded when archived.
    """

    addenda_intact: bool
    canonical: bool
    intact: bool
    meeting_id: UUID
    recomputed: str
    sha256: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addenda_intact = self.addenda_intact

        canonical = self.canonical

        intact = self.intact

        meeting_id = str(self.meeting_id)

        recomputed = self.recomputed

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addenda_intact": addenda_intact,
                "canonical": canonical,
                "intact": intact,
                "meeting_id": meeting_id,
                "recomputed": recomputed,
                "sha256": sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addenda_intact = d.pop("addenda_intact")

        canonical = d.pop("canonical")

        intact = d.pop("intact")

        meeting_id = UUID(d.pop("meeting_id"))

        recomputed = d.pop("recomputed")

        sha256 = d.pop("sha256")

        minutes_verification = cls(
            addenda_intact=addenda_intact,
            canonical=canonical,
            intact=intact,
            meeting_id=meeting_id,
            recomputed=recomputed,
            sha256=sha256,
        )

        minutes_verification.additional_properties = d
        return minutes_verification

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
