from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publication_kind import PublicationKind
from ..models.publication_state import PublicationState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress_figures import ProgressFigures
    from ..models.public_file import PublicFile
    from ..models.published_document import PublishedDocument
    from ..models.withdrawal_out import WithdrawalOut


T = TypeVar("T", bound="PublicationOut")


@_attrs_define
class PublicationOut:
    """An item as the office sees it: the public item, its state, who published it under which
    rule, and its withdrawal.

        Attributes:
            document_id (None | UUID):
            files (list[PublicFile]):
            id (UUID):
            jurisdiction_id (UUID):
            kind (PublicationKind):
            kind_name (str):
            public_url (str): Where the public reads it (410 once withdrawn).
            published_at (datetime.datetime):
            published_by (UUID):
            published_by_name (str):
            rule (str):
            source (str):
            state (PublicationState):
            title (str):
            withdrawal (None | WithdrawalOut):
            document (None | PublishedDocument | Unset): A measure's.
            progress (None | ProgressFigures | Unset): A progress item's.
            text (None | str | Unset): A measure's text, or a result's.
    """

    document_id: None | UUID
    files: list[PublicFile]
    id: UUID
    jurisdiction_id: UUID
    kind: PublicationKind
    kind_name: str
    public_url: str
    published_at: datetime.datetime
    published_by: UUID
    published_by_name: str
    rule: str
    source: str
    state: PublicationState
    title: str
    withdrawal: None | WithdrawalOut
    document: None | PublishedDocument | Unset = UNSET
    progress: None | ProgressFigures | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.progress_figures import ProgressFigures  # noqa: PLC0415
        from ..models.published_document import PublishedDocument  # noqa: PLC0415
        from ..models.withdrawal_out import WithdrawalOut  # noqa: PLC0415

        document_id: None | str
        if isinstance(self.document_id, UUID):
            document_id = str(self.document_id)
        else:
            document_id = self.document_id

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        kind = self.kind.value

        kind_name = self.kind_name

        public_url = self.public_url

        published_at = self.published_at.isoformat()

        published_by = str(self.published_by)

        published_by_name = self.published_by_name

        rule = self.rule

        source = self.source

        state = self.state.value

        title = self.title

        withdrawal: dict[str, Any] | None
        if isinstance(self.withdrawal, WithdrawalOut):
            withdrawal = self.withdrawal.to_dict()
        else:
            withdrawal = self.withdrawal

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
                "document_id": document_id,
                "files": files,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "kind": kind,
                "kind_name": kind_name,
                "public_url": public_url,
                "published_at": published_at,
                "published_by": published_by,
                "published_by_name": published_by_name,
                "rule": rule,
                "source": source,
                "state": state,
                "title": title,
                "withdrawal": withdrawal,
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
        from ..models.withdrawal_out import WithdrawalOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_document_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_id_type_0 = UUID(data)

                return document_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        document_id = _parse_document_id(d.pop("document_id"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = PublicFile.from_dict(files_item_data)

            files.append(files_item)

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        kind = PublicationKind(d.pop("kind"))

        kind_name = d.pop("kind_name")

        public_url = d.pop("public_url")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        published_by = UUID(d.pop("published_by"))

        published_by_name = d.pop("published_by_name")

        rule = d.pop("rule")

        source = d.pop("source")

        state = PublicationState(d.pop("state"))

        title = d.pop("title")

        def _parse_withdrawal(data: object) -> None | WithdrawalOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                withdrawal_type_0 = WithdrawalOut.from_dict(data)

                return withdrawal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WithdrawalOut, data)

        withdrawal = _parse_withdrawal(d.pop("withdrawal"))

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

        publication_out = cls(
            document_id=document_id,
            files=files,
            id=id,
            jurisdiction_id=jurisdiction_id,
            kind=kind,
            kind_name=kind_name,
            public_url=public_url,
            published_at=published_at,
            published_by=published_by,
            published_by_name=published_by_name,
            rule=rule,
            source=source,
            state=state,
            title=title,
            withdrawal=withdrawal,
            document=document,
            progress=progress,
            text=text,
        )

        publication_out.additional_properties = d
        return publication_out

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
