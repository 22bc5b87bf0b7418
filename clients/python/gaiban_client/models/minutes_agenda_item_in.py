from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decision_in import DecisionIn
    from ..models.speech_in import SpeechIn


T = TypeVar("T", bound="MinutesAgendaItemIn")


@_attrs_define
class MinutesAgendaItemIn:
    """
    Attributes:
        title (str):
        decisions (list[DecisionIn] | Unset):
        speeches (list[SpeechIn] | Unset):
    """

    title: str
    decisions: list[DecisionIn] | Unset = UNSET
    speeches: list[SpeechIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        decisions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.decisions, Unset):
            decisions = []
            for decisions_item_data in self.decisions:
                decisions_item = decisions_item_data.to_dict()
                decisions.append(decisions_item)

        speeches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speeches, Unset):
            speeches = []
            for speeches_item_data in self.speeches:
                speeches_item = speeches_item_data.to_dict()
                speeches.append(speeches_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if decisions is not UNSET:
            field_dict["decisions"] = decisions
        if speeches is not UNSET:
            field_dict["speeches"] = speeches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision_in import DecisionIn  # noqa: PLC0415
        from ..models.speech_in import SpeechIn  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        _decisions = d.pop("decisions", UNSET)
        decisions: list[DecisionIn] | Unset = UNSET
        if _decisions is not UNSET:
            decisions = []
            for decisions_item_data in _decisions:
                decisions_item = DecisionIn.from_dict(decisions_item_data)

                decisions.append(decisions_item)

        _speeches = d.pop("speeches", UNSET)
        speeches: list[SpeechIn] | Unset = UNSET
        if _speeches is not UNSET:
            speeches = []
            for speeches_item_data in _speeches:
                speeches_item = SpeechIn.from_dict(speeches_item_data)

                speeches.append(speeches_item)

        minutes_agenda_item_in = cls(
            title=title,
            decisions=decisions,
            speeches=speeches,
        )

        return minutes_agenda_item_in
