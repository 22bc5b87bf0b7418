"""Public disclosure (信息公开, E-PUB-1 / C-PUB-1): what the office publishes to the public and who
may publish it.

Ezhou §二(六): "通过门户网站等方式向社会公开工程建设项目审批制度改革工作内容，接受社会监督";
Changji 第十二条 (信息公开机制): "通过工程建设项目审批管理系统、政务服务一体化平台，实时公示改革
措施、改革进度和取得成效". The rulebook's ``disclosure`` section names the kinds of item the office
may publish and the posts (by key or by capability) that publish them. Three kinds:

- ``measure`` (改革措施): an issued document of the jurisdiction — signed and numbered; never a
  draft, a voided document or an internal bulletin (内部通报, Ezhou §三(三): internal);
- ``progress`` (改革进度): aggregate figures of the task breakdown and of report timeliness as of
  a day, computed when published and kept frozen;
- ``result`` (取得成效): a title and a text the office writes.

An item is withdrawn with a reason; the withdrawal is kept, the public no longer sees the item
(410 Gone), the office still does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import RuleViolation, StateConflict
from app.domain.messages import _
from app.domain.positions import Capability


class PublicationKind(StrEnum):
    measure = "measure"  # 改革措施
    progress = "progress"  # 改革进度
    result = "result"  # 取得成效


class PublicationState(StrEnum):
    published = "published"
    withdrawn = "withdrawn"


KIND_NAMES: Mapping[PublicationKind, str] = {
    PublicationKind.measure: "改革措施",
    PublicationKind.progress: "改革进度",
    PublicationKind.result: "取得成效",
}


@dataclass(frozen=True)
class DisclosureRules:
    """The rulebook's ``disclosure`` section: the kinds the office may publish, and who
    publishes (a post whose key is in ``roles`` or that has one of ``capabilities``)."""

    kinds: frozenset[PublicationKind]
    roles: frozenset[str]
    capabilities: frozenset[Capability]
    rule: str
    source: str


# The refusal when the rulebook in force has no disclosure section: the rule ids of both
# shipped rulebooks, since it cannot name the jurisdiction's own.
NO_RULES_RULE = "E-PUB-1 / C-PUB-1"
NO_RULES_SOURCE = "鄂州 §二(六)；昌吉 第十二条"


def check_may_publish(
    rules: DisclosureRules | None,
    kind: PublicationKind,
    roles: Iterable[str],
    capabilities: Iterable[Capability],
) -> None:
    """RuleViolation unless the rulebook lets a holder of ``roles`` (with ``capabilities``)
    publish an item of ``kind``."""
    if rules is None:
        raise RuleViolation(
            _(
                "The rulebook in force here defines no public disclosure (disclosure): "
                "publish a rulebook version that does."
            ),
            rule=NO_RULES_RULE,
            source=NO_RULES_SOURCE,
        )
    if kind not in rules.kinds:
        raise RuleViolation(
            _(
                "The rulebook in force does not let the office publish items of kind {kind} "
                "({rule}).",
                kind=kind.value,
                rule=rules.rule,
            ),
            rule=rules.rule,
            source=rules.source,
        )
    if rules.roles.isdisjoint(roles) and rules.capabilities.isdisjoint(capabilities):
        raise RuleViolation(
            _(
                "Only the posts the rulebook names publish to the public ({rule}): yours is "
                "not one of them.",
                rule=rules.rule,
            ),
            rule=rules.rule,
            source=rules.source,
        )


def check_document_publishable(state: str, rules: DisclosureRules) -> None:
    """Only an issued document (signed and numbered) is a reform measure the public sees: a
    draft is not the jurisdiction's yet, a voided one no longer is."""
    if state == "signed":
        return
    why = (
        _("it is a draft: it has not been signed or numbered")
        if state == "draft"
        else _("it is void")
    )
    raise RuleViolation(
        _(
            "Only an issued (signed and numbered) document is published as a reform measure "
            "({rule}): {why}.",
            rule=rules.rule,
            why=why,
        ),
        rule=rules.rule,
        source=rules.source,
    )


def refuse_bulletin(rules: DisclosureRules) -> RuleViolation:
    """An internal bulletin (内部情况通报) is for the leading group and its units only."""
    return RuleViolation(
        _(
            "An internal bulletin is not public (内部通报, Ezhou §三(三)); publish an issued "
            "document or write a result instead ({rule}).",
            rule=rules.rule,
        ),
        rule=rules.rule,
        source=rules.source,
    )


def check_withdrawable(state: PublicationState) -> None:
    if state is not PublicationState.published:
        raise StateConflict(_("The item is already withdrawn: its withdrawal is on record."))


def check_files_addable(kind: PublicationKind, state: PublicationState) -> None:
    """Files are added to a result the office writes; a measure's are the document's, chosen
    when it is published, and a progress snapshot has none. A withdrawn item takes nothing."""
    if kind is not PublicationKind.result:
        raise StateConflict(
            _(
                "Files are added to a result only: a measure publishes its document's "
                "attachments, chosen when published."
            )
        )
    if state is not PublicationState.published:
        raise StateConflict(_("The item is withdrawn: nothing is added to it."))


def timeliness_rate(on_time: int, late: int, missing: int) -> float | None:
    """The share of reports that were due and came in on time; None when none was due."""
    due = on_time + late + missing
    return None if due == 0 else round(on_time / due, 4)
