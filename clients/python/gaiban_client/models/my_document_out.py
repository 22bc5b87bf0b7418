from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_state import DocumentState

if TYPE_CHECKING:
    from ..models.document_recipient_out import DocumentRecipientOut
    from ..models.my_attachment_out import MyAttachmentOut
    from ..models.my_recipient_out import MyRecipientOut
    from ..models.signature_out import SignatureOut
    from ..models.void_out import VoidOut


T = TypeVar("T", bound="MyDocumentOut")


@_attrs_define
class MyDocumentOut:
    """
    Attributes:
        action_expected (bool):
        attachments (list[MyAttachmentOut]):
        body (str):
        copy_recipients (list[DocumentRecipientOut]):
        created_at (datetime.datetime):
        created_by (UUID):
        created_by_name (str):
        id (UUID):
        issuer (str):
        issuer_code (str):
        issuer_name (str):
        jurisdiction_id (UUID):
        main_recipients (list[DocumentRecipientOut]):
        number (None | str): 发文字号, set when signed; a void document keeps it.
        number_sequence (int | None):
        number_year (int | None):
        read_at (datetime.datetime): The caller's first read (this one, if it was).
        received_as (list[MyRecipientOut]):
        signature (None | SignatureOut):
        signed_on (datetime.date | None):
        state (DocumentState):
        title (str):
        updated_at (datetime.datetime):
        void (None | VoidOut):
    """

    action_expected: bool
    attachments: list[MyAttachmentOut]
    body: str
    copy_recipients: list[DocumentRecipientOut]
    created_at: datetime.datetime
    created_by: UUID
    created_by_name: str
    id: UUID
    issuer: str
    issuer_code: str
    issuer_name: str
    jurisdiction_id: UUID
    main_recipients: list[DocumentRecipientOut]
    number: None | str
    number_sequence: int | None
    number_year: int | None
    read_at: datetime.datetime
    received_as: list[MyRecipientOut]
    signature: None | SignatureOut
    signed_on: datetime.date | None
    state: DocumentState
    title: str
    updated_at: datetime.datetime
    void: None | VoidOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signature_out import SignatureOut  # noqa: PLC0415
        from ..models.void_out import VoidOut  # noqa: PLC0415

        action_expected = self.action_expected

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        body = self.body

        copy_recipients = []
        for copy_recipients_item_data in self.copy_recipients:
            copy_recipients_item = copy_recipients_item_data.to_dict()
            copy_recipients.append(copy_recipients_item)

        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        created_by_name = self.created_by_name

        id = str(self.id)

        issuer = self.issuer

        issuer_code = self.issuer_code

        issuer_name = self.issuer_name

        jurisdiction_id = str(self.jurisdiction_id)

        main_recipients = []
        for main_recipients_item_data in self.main_recipients:
            main_recipients_item = main_recipients_item_data.to_dict()
            main_recipients.append(main_recipients_item)

        number: None | str
        number = self.number

        number_sequence: int | None
        number_sequence = self.number_sequence

        number_year: int | None
        number_year = self.number_year

        read_at = self.read_at.isoformat()

        received_as = []
        for received_as_item_data in self.received_as:
            received_as_item = received_as_item_data.to_dict()
            received_as.append(received_as_item)

        signature: dict[str, Any] | None
        if isinstance(self.signature, SignatureOut):
            signature = self.signature.to_dict()
        else:
            signature = self.signature

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        state = self.state.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        void: dict[str, Any] | None
        if isinstance(self.void, VoidOut):
            void = self.void.to_dict()
        else:
            void = self.void

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_expected": action_expected,
                "attachments": attachments,
                "body": body,
                "copy_recipients": copy_recipients,
                "created_at": created_at,
                "created_by": created_by,
                "created_by_name": created_by_name,
                "id": id,
                "issuer": issuer,
                "issuer_code": issuer_code,
                "issuer_name": issuer_name,
                "jurisdiction_id": jurisdiction_id,
                "main_recipients": main_recipients,
                "number": number,
                "number_sequence": number_sequence,
                "number_year": number_year,
                "read_at": read_at,
                "received_as": received_as,
                "signature": signature,
                "signed_on": signed_on,
                "state": state,
                "title": title,
                "updated_at": updated_at,
                "void": void,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_recipient_out import DocumentRecipientOut  # noqa: PLC0415
        from ..models.my_attachment_out import MyAttachmentOut  # noqa: PLC0415
        from ..models.my_recipient_out import MyRecipientOut  # noqa: PLC0415
        from ..models.signature_out import SignatureOut  # noqa: PLC0415
        from ..models.void_out import VoidOut  # noqa: PLC0415

        d = dict(src_dict)
        action_expected = d.pop("action_expected")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = MyAttachmentOut.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        body = d.pop("body")

        copy_recipients = []
        _copy_recipients = d.pop("copy_recipients")
        for copy_recipients_item_data in _copy_recipients:
            copy_recipients_item = DocumentRecipientOut.from_dict(copy_recipients_item_data)

            copy_recipients.append(copy_recipients_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = UUID(d.pop("created_by"))

        created_by_name = d.pop("created_by_name")

        id = UUID(d.pop("id"))

        issuer = d.pop("issuer")

        issuer_code = d.pop("issuer_code")

        issuer_name = d.pop("issuer_name")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        main_recipients = []
        _main_recipients = d.pop("main_recipients")
        for main_recipients_item_data in _main_recipients:
            main_recipients_item = DocumentRecipientOut.from_dict(main_recipients_item_data)

            main_recipients.append(main_recipients_item)

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        def _parse_number_sequence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        number_sequence = _parse_number_sequence(d.pop("number_sequence"))

        def _parse_number_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        number_year = _parse_number_year(d.pop("number_year"))

        read_at = datetime.datetime.fromisoformat(d.pop("read_at"))

        received_as = []
        _received_as = d.pop("received_as")
        for received_as_item_data in _received_as:
            received_as_item = MyRecipientOut.from_dict(received_as_item_data)

            received_as.append(received_as_item)

        def _parse_signature(data: object) -> None | SignatureOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signature_type_0 = SignatureOut.from_dict(data)

                return signature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureOut, data)

        signature = _parse_signature(d.pop("signature"))

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        state = DocumentState(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_void(data: object) -> None | VoidOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                void_type_0 = VoidOut.from_dict(data)

                return void_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VoidOut, data)

        void = _parse_void(d.pop("void"))

        my_document_out = cls(
            action_expected=action_expected,
            attachments=attachments,
            body=body,
            copy_recipients=copy_recipients,
            created_at=created_at,
            created_by=created_by,
            created_by_name=created_by_name,
            id=id,
            issuer=issuer,
            issuer_code=issuer_code,
            issuer_name=issuer_name,
            jurisdiction_id=jurisdiction_id,
            main_recipients=main_recipients,
            number=number,
            number_sequence=number_sequence,
            number_year=number_year,
            read_at=read_at,
            received_as=received_as,
            signature=signature,
            signed_on=signed_on,
            state=state,
            title=title,
            updated_at=updated_at,
            void=void,
        )

        my_document_out.additional_properties = d
        return my_document_out

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
