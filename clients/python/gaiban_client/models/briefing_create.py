from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.briefing_item_in import BriefingItemIn
    from ..models.compile_from import CompileFrom


T = TypeVar("T", bound="BriefingCreate")


@_attrs_define
class BriefingCreate:
    """
    Attributes:
        title (str):
        body (str | Unset): The office's compiled text (编者按、综述). Default: ''.
        compile_from (CompileFrom | None | Unset): Draw one item per submission of this kind and period. Not with
            source_submission_ids or items.
        items (list[BriefingItemIn] | None | Unset): The items as written. Not with compile_from or
            source_submission_ids.
        source_submission_ids (list[UUID] | None | Unset): Draw one item from each of these submissions (latest
            version), in this order. Not with compile_from or items.
    """

    title: str
    body: str | Unset = ""
    compile_from: CompileFrom | None | Unset = UNSET
    items: list[BriefingItemIn] | None | Unset = UNSET
    source_submission_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.compile_from import CompileFrom  # noqa: PLC0415

        title = self.title

        body = self.body

        compile_from: dict[str, Any] | None | Unset
        if isinstance(self.compile_from, Unset):
            compile_from = UNSET
        elif isinstance(self.compile_from, CompileFrom):
            compile_from = self.compile_from.to_dict()
        else:
            compile_from = self.compile_from

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        source_submission_ids: list[str] | None | Unset
        if isinstance(self.source_submission_ids, Unset):
            source_submission_ids = UNSET
        elif isinstance(self.source_submission_ids, list):
            source_submission_ids = []
            for source_submission_ids_type_0_item_data in self.source_submission_ids:
                source_submission_ids_type_0_item = str(source_submission_ids_type_0_item_data)
                source_submission_ids.append(source_submission_ids_type_0_item)

        else:
            source_submission_ids = self.source_submission_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if compile_from is not UNSET:
            field_dict["compile_from"] = compile_from
        if items is not UNSET:
            field_dict["items"] = items
        if source_submission_ids is not UNSET:
            field_dict["source_submission_ids"] = source_submission_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.briefing_item_in import BriefingItemIn  # noqa: PLC0415
        from ..models.compile_from import CompileFrom  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        body = d.pop("body", UNSET)

        def _parse_compile_from(data: object) -> CompileFrom | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compile_from_type_0 = CompileFrom.from_dict(data)

                return compile_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompileFrom | None | Unset, data)

        compile_from = _parse_compile_from(d.pop("compile_from", UNSET))

        def _parse_items(data: object) -> list[BriefingItemIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = BriefingItemIn.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BriefingItemIn] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_source_submission_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                source_submission_ids_type_0 = []
                _source_submission_ids_type_0 = data
                for source_submission_ids_type_0_item_data in _source_submission_ids_type_0:
                    source_submission_ids_type_0_item = UUID(source_submission_ids_type_0_item_data)

                    source_submission_ids_type_0.append(source_submission_ids_type_0_item)

                return source_submission_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        source_submission_ids = _parse_source_submission_ids(d.pop("source_submission_ids", UNSET))

        briefing_create = cls(
            title=title,
            body=body,
            compile_from=compile_from,
            items=items,
            source_submission_ids=source_submission_ids,
        )

        return briefing_create
