from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_in import RecipientIn


T = TypeVar("T", bound="DocumentUpdate")


@_attrs_define
class DocumentUpdate:
    """A draft's changes; what is left out stays. Recipient lists given replace the old ones.

    Attributes:
        body (None | str | Unset):
        copy_recipients (list[RecipientIn] | None | Unset):
        issuer (None | str | Unset):
        main_recipients (list[RecipientIn] | None | Unset):
        title (None | str | Unset):
    """

    body: None | str | Unset = UNSET
    copy_recipients: list[RecipientIn] | None | Unset = UNSET
    issuer: None | str | Unset = UNSET
    main_recipients: list[RecipientIn] | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        copy_recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.copy_recipients, Unset):
            copy_recipients = UNSET
        elif isinstance(self.copy_recipients, list):
            copy_recipients = []
            for copy_recipients_type_0_item_data in self.copy_recipients:
                copy_recipients_type_0_item = copy_recipients_type_0_item_data.to_dict()
                copy_recipients.append(copy_recipients_type_0_item)

        else:
            copy_recipients = self.copy_recipients

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        main_recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.main_recipients, Unset):
            main_recipients = UNSET
        elif isinstance(self.main_recipients, list):
            main_recipients = []
            for main_recipients_type_0_item_data in self.main_recipients:
                main_recipients_type_0_item = main_recipients_type_0_item_data.to_dict()
                main_recipients.append(main_recipients_type_0_item)

        else:
            main_recipients = self.main_recipients

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if copy_recipients is not UNSET:
            field_dict["copy_recipients"] = copy_recipients
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if main_recipients is not UNSET:
            field_dict["main_recipients"] = main_recipients
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_in import RecipientIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_copy_recipients(data: object) -> list[RecipientIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                copy_recipients_type_0 = []
                _copy_recipients_type_0 = data
                for copy_recipients_type_0_item_data in _copy_recipients_type_0:
                    copy_recipients_type_0_item = RecipientIn.from_dict(copy_recipients_type_0_item_data)

                    copy_recipients_type_0.append(copy_recipients_type_0_item)

                return copy_recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RecipientIn] | None | Unset, data)

        copy_recipients = _parse_copy_recipients(d.pop("copy_recipients", UNSET))

        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))

        def _parse_main_recipients(data: object) -> list[RecipientIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                main_recipients_type_0 = []
                _main_recipients_type_0 = data
                for main_recipients_type_0_item_data in _main_recipients_type_0:
                    main_recipients_type_0_item = RecipientIn.from_dict(main_recipients_type_0_item_data)

                    main_recipients_type_0.append(main_recipients_type_0_item)

                return main_recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RecipientIn] | None | Unset, data)

        main_recipients = _parse_main_recipients(d.pop("main_recipients", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        document_update = cls(
            body=body,
            copy_recipients=copy_recipients,
            issuer=issuer,
            main_recipients=main_recipients,
            title=title,
        )

        return document_update
