from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

if TYPE_CHECKING:
    from ..models.submission_create import SubmissionCreate


T = TypeVar("T", bound="SubmissionForm")


@_attrs_define
class SubmissionForm:
    """A report's multipart form: its content as JSON in the field `submission`, and its files
    in fields named `<part>.<format>` as the report kind lists them.

        Attributes:
            submission (SubmissionCreate): The `submission` field of the multipart request (JSON).
    """

    submission: SubmissionCreate
    additional_properties: dict[str, list[File]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission = self.submission.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_tuple()

                field_dict[prop_name].append(additional_property_item)

        field_dict.update(
            {
                "submission": submission,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("submission", (None, json.dumps(self.submission.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            for additional_property_item_element in prop:
                files.append((prop_name, additional_property_item_element.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission_create import SubmissionCreate  # noqa: PLC0415

        d = dict(src_dict)
        submission = SubmissionCreate.from_dict(d.pop("submission"))

        submission_form = cls(
            submission=submission,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = File(payload=BytesIO(additional_property_item_data))

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        submission_form.additional_properties = additional_properties
        return submission_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[File]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[File]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
