from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpeechIn")


@_attrs_define
class SpeechIn:
    """
    Attributes:
        main_points (str):
        speaker (str):
        unit_id (None | Unset | UUID):
    """

    main_points: str
    speaker: str
    unit_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        main_points = self.main_points

        speaker = self.speaker

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
                "main_points": main_points,
                "speaker": speaker,
            }
        )
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        main_points = d.pop("main_points")

        speaker = d.pop("speaker")

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

        speech_in = cls(
            main_points=main_points,
            speaker=speaker,
            unit_id=unit_id,
        )

        return speech_in
