from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_in import RecipientIn


T = TypeVar("T", bound="DocumentCreate")


@_attrs_define
class DocumentCreate:
    """
    Attributes:
        issuer (str): An issuer the rulebook in force defines (`office`, `leading_group`).
        title (str):
        body (str | Unset): The text (at most 100,000 characters). Default: ''.
        copy_recipients (list[RecipientIn] | Unset): 抄送: for their information.
        main_recipients (list[RecipientIn] | Unset): 主送: expected to act on it. At least one before signing.
    """

    issuer: str
    title: str
    body: str | Unset = ""
    copy_recipients: list[RecipientIn] | Unset = UNSET
    main_recipients: list[RecipientIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        title = self.title

        body = self.body

        copy_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copy_recipients, Unset):
            copy_recipients = []
            for copy_recipients_item_data in self.copy_recipients:
                copy_recipients_item = copy_recipients_item_data.to_dict()
                copy_recipients.append(copy_recipients_item)

        main_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.main_recipients, Unset):
            main_recipients = []
            for main_recipients_item_data in self.main_recipients:
                main_recipients_item = main_recipients_item_data.to_dict()
                main_recipients.append(main_recipients_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "issuer": issuer,
                "title": title,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if copy_recipients is not UNSET:
            field_dict["copy_recipients"] = copy_recipients
        if main_recipients is not UNSET:
            field_dict["main_recipients"] = main_recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_in import RecipientIn  # noqa: PLC0415

        d = dict(src_dict)
        issuer = d.pop("issuer")

        title = d.pop("title")

        body = d.pop("body", UNSET)

        _copy_recipients = d.pop("copy_recipients", UNSET)
        copy_recipients: list[RecipientIn] | Unset = UNSET
        if _copy_recipients is not UNSET:
            copy_recipients = []
            for copy_recipients_item_data in _copy_recipients:
                copy_recipients_item = RecipientIn.from_dict(copy_recipients_item_data)

                copy_recipients.append(copy_recipients_item)

        _main_recipients = d.pop("main_recipients", UNSET)
        main_recipients: list[RecipientIn] | Unset = UNSET
        if _main_recipients is not UNSET:
            main_recipients = []
            for main_recipients_item_data in _main_recipients:
                main_recipients_item = RecipientIn.from_dict(main_recipients_item_data)

                main_recipients.append(main_recipients_item)

        document_create = cls(
            issuer=issuer,
            title=title,
            body=body,
            copy_recipients=copy_recipients,
            main_recipients=main_recipients,
        )

        return document_create
