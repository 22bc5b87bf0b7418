from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publication_kind import PublicationKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress_figures import ProgressFigures
    from ..models.public_file import PublicFile
    from ..models.published_document import PublishedDocument


T = TypeVar("T", bound="PublicItem")


@_attrs_define
class PublicItem:
    """An item as the public sees it.

    Attributes:
        files (list[PublicFile]):
        id (UUID):
        kind (PublicationKind):
        kind_name (str):
        published_at (datetime.datetime):
        title (str):
        document (None | PublishedDocument | Unset): A measure's.
        progress (None | ProgressFigures | Unset): A progress item's.
        text (None | str | Unset): A measure's text, or a result's.
    """

    files: list[PublicFile]
    id: UUID
    kind: PublicationKind
    kind_name: str
    published_at: datetime.datetime
    title: str
    document: None | PublishedDocument | Unset = UNSET
    progress: None | ProgressFigures | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.progress_figures import ProgressFigures  # noqa: PLC0415
        from ..models.published_document import PublishedDocument  # noqa: PLC0415

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        id = str(self.id)

        kind = self.kind.value

        kind_name = self.kind_name

        published_at = self.published_at.isoformat()

        title = self.title

        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, PublishedDocument):
            document = self.document.to_dict()
        else:
            document = self.document

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, ProgressFigures):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
                "id": id,
                "kind": kind,
                "kind_name": kind_name,
                "published_at": published_at,
                "title": title,
            }
        )
        if document is not UNSET:
            field_dict["document"] = document
        if progress is not UNSET:
            field_dict["progress"] = progress
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_figures import ProgressFigures  # noqa: PLC0415
        from ..models.public_file import PublicFile  # noqa: PLC0415
        from ..models.published_document import PublishedDocument  # noqa: PLC0415

        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = PublicFile.from_dict(files_item_data)

            files.append(files_item)

        id = UUID(d.pop("id"))

        kind = PublicationKind(d.pop("kind"))

        kind_name = d.pop("kind_name")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        title = d.pop("title")

        def _parse_document(data: object) -> None | PublishedDocument | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = PublishedDocument.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublishedDocument | Unset, data)

        document = _parse_document(d.pop("document", UNSET))

        def _parse_progress(data: object) -> None | ProgressFigures | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = ProgressFigures.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressFigures | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        public_item = cls(
            files=files,
            id=id,
            kind=kind,
            kind_name=kind_name,
            published_at=published_at,
            title=title,
            document=document,
            progress=progress,
            text=text,
        )

        public_item.additional_properties = d
        return public_item

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
