"""Who may see and change what, as a table of named rules over small predicates.

Visibility follows the hierarchy: a jurisdiction's office sees its own data and its descendants'
(a city supervises its counties) but changes only its own; a county sees only its own; machine
clients are bound to one jurisdiction and its descendants, and write only to their own with the
``write`` scope. Anything a caller may not read is answered as absent (404) by the service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID

from app.domain.documents import ROUTING_RULE, ROUTING_SOURCE
from app.domain.major_matters import REPORT_RULE, REPORT_SOURCE, REVIEW_RULE, REVIEW_SOURCE
from app.domain.positions import (
    DEFAULT_POSITIONS,
    Capability,
    PositionDefinition,
    PositionLevel,
)


class ActorKind(StrEnum):
    user = "user"
    client = "client"


class ClientScope(StrEnum):
    read = "read"
    write = "write"
    # May exchange its token for a short-lived one of a person of its own jurisdiction
    # (RFC 8693 token exchange, POST /v1/auth/token): a portal signs its users in without
    # holding their passwords. Gives no read or write of its own.
    act_as = "act_as"


@dataclass(frozen=True)
class Grant:
    """A position in force: ``role`` (the position's key) in ``jurisdiction_id``, for
    ``unit_id`` when a member-unit post, with its level and the capabilities the rulebook in
    force today gives it. ``defined`` is false when that rulebook no longer defines the key:
    its holder keeps the level's powers (the office still works the day a post is renamed),
    none of the capabilities (see ``…/rulebook/check-holdings``)."""

    jurisdiction_id: UUID
    role: str
    unit_id: UUID | None
    level: PositionLevel
    capabilities: frozenset[Capability] = frozenset()
    defined: bool = True
    # The rulebook's title of the post, for showing it (None: not defined); no decision reads it.
    title_zh: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Decisions compare levels with ``is``: a plain string must not slip through.
        object.__setattr__(self, "level", PositionLevel(self.level))

    @classmethod
    def of(
        cls,
        jurisdiction_id: UUID,
        definition: PositionDefinition | None,
        unit_id: UUID | None = None,
        *,
        role: str | None = None,
        level: PositionLevel | None = None,
    ) -> Grant:
        """The grant of holding ``definition`` (None: a key the rulebook does not define,
        named by ``role``, at the ``level`` stored with the post)."""
        if definition is None:
            if role is None or level is None:
                raise ValueError("an undefined post needs its role and level")
            return cls(jurisdiction_id, role, unit_id, level, defined=False)
        return cls(
            jurisdiction_id,
            definition.key,
            unit_id,
            definition.level,
            definition.capabilities,
            title_zh=definition.title_zh,
        )

    @classmethod
    def default(cls, jurisdiction_id: UUID, role: str, unit_id: UUID | None = None) -> Grant:
        """The grant of a position of the default catalogue (tests, demo)."""
        return cls.of(jurisdiction_id, DEFAULT_POSITIONS[role], unit_id)


@dataclass(frozen=True)
class Actor:
    """The caller, person or machine, with what it holds today."""

    kind: ActorKind
    id: UUID
    # The login (username, or a machine client's client_id): it identifies the account, as the
    # audit trail does. Never shown where a person is named: that is ``display_name``.
    name: str
    is_platform_admin: bool = False
    grants: frozenset[Grant] = field(default_factory=frozenset)
    home_jurisdiction_id: UUID | None = None
    client_scopes: frozenset[ClientScope] = field(default_factory=frozenset)
    # Tokens issued in an older generation were revoked (app/deps.py refuses them).
    token_generation: int = 0
    # The client acting on this person's behalf, with a token from a token exchange: the
    # person's powers, and every act is audited with both.
    acting_client_id: UUID | None = None
    # The person's name as shown in signatures and every "by" field (李副主任, not
    # city.office_deputy_director); a machine client's is its client_id.
    display_name: str = ""

    def __post_init__(self) -> None:
        if not self.display_name:
            object.__setattr__(self, "display_name", self.name)

    def roles_in(self, jurisdiction_id: UUID) -> frozenset[str]:
        return frozenset(g.role for g in self.grants if g.jurisdiction_id == jurisdiction_id)

    def levels_in(self, jurisdiction_id: UUID) -> frozenset[PositionLevel]:
        return frozenset(g.level for g in self.grants if g.jurisdiction_id == jurisdiction_id)

    def capabilities_in(self, jurisdiction_id: UUID) -> frozenset[Capability]:
        return frozenset(
            c for g in self.grants if g.jurisdiction_id == jurisdiction_id for c in g.capabilities
        )

    def units_in(self, jurisdiction_id: UUID) -> frozenset[UUID]:
        return frozenset(
            g.unit_id
            for g in self.grants
            if g.jurisdiction_id == jurisdiction_id and g.unit_id is not None
        )


@dataclass(frozen=True)
class JurisdictionRef:
    """A jurisdiction and its ancestors, nearest last (enough to decide visibility)."""

    id: UUID
    ancestor_ids: tuple[UUID, ...] = ()
    time_zone: str = "Asia/Shanghai"  # the zone its days are judged in

    @property
    def lineage(self) -> tuple[UUID, ...]:
        return (*self.ancestor_ids, self.id)


# --- predicates ---------------------------------------------------------------------------

Predicate = Callable[[Actor, JurisdictionRef], bool]


def _is_admin(actor: Actor, _: JurisdictionRef) -> bool:
    return actor.is_platform_admin


def _holds_any_position_in(actor: Actor, j: JurisdictionRef) -> bool:
    return actor.kind is ActorKind.user and any(g.jurisdiction_id == j.id for g in actor.grants)


def _office_here(actor: Actor, j: JurisdictionRef) -> bool:
    return actor.kind is ActorKind.user and PositionLevel.office in actor.levels_in(j.id)


def _office_here_or_above(actor: Actor, j: JurisdictionRef) -> bool:
    return actor.kind is ActorKind.user and any(
        g.level is PositionLevel.office and g.jurisdiction_id in j.lineage for g in actor.grants
    )


def _capable_here(capability: Capability) -> Predicate:
    """A person holding a post here that the rulebook in force gives ``capability``."""

    def predicate(actor: Actor, j: JurisdictionRef) -> bool:
        return actor.kind is ActorKind.user and capability in actor.capabilities_in(j.id)

    predicate.__name__ = f"_{capability}_here"
    return predicate


_manages_accounts_here = _capable_here(Capability.manages_accounts)
_office_leadership_here = _capable_here(Capability.office_leadership)
_office_director_here = _capable_here(Capability.directs_office)
_leading_group_leadership_here = _capable_here(Capability.reads_all)
_decides_for_leading_group_here = _capable_here(Capability.decides_for_leading_group)
_leader_here = _capable_here(Capability.reviews_major_matters)


def _client_bound_here_or_above(scope: ClientScope) -> Callable[[Actor, JurisdictionRef], bool]:
    def predicate(actor: Actor, j: JurisdictionRef) -> bool:
        return (
            actor.kind is ActorKind.client
            and actor.home_jurisdiction_id in j.lineage
            and scope in actor.client_scopes
        )

    return predicate


def _client_bound_here(scope: ClientScope) -> Callable[[Actor, JurisdictionRef], bool]:
    def predicate(actor: Actor, j: JurisdictionRef) -> bool:
        return (
            actor.kind is ActorKind.client
            and actor.home_jurisdiction_id == j.id
            and scope in actor.client_scopes
        )

    return predicate


class Permission(StrEnum):
    read_jurisdiction = "read_jurisdiction"
    manage_organisation = "manage_organisation"
    oversee = "oversee"
    manage_accounts = "manage_accounts"
    publish_rulebook = "publish_rulebook"
    entrust = "entrust"
    convene_meeting = "convene_meeting"
    run_meetings = "run_meetings"
    read_all_submissions = "read_all_submissions"
    draft_bulletins = "draft_bulletins"
    publish_bulletins = "publish_bulletins"
    submit_reports = "submit_reports"
    compile_briefings = "compile_briefings"
    oversee_briefings = "oversee_briefings"
    read_received_major_matters = "read_received_major_matters"
    read_sent_major_matters = "read_sent_major_matters"
    send_major_matters = "send_major_matters"
    handle_major_matters = "handle_major_matters"
    review_major_matters = "review_major_matters"
    oversee_documents = "oversee_documents"
    draft_documents = "draft_documents"
    sign_documents = "sign_documents"
    read_received_incoming_documents = "read_received_incoming_documents"
    read_sent_incoming_documents = "read_sent_incoming_documents"
    send_incoming_documents = "send_incoming_documents"
    handle_incoming_documents = "handle_incoming_documents"
    read_all_tasks = "read_all_tasks"
    manage_tasks = "manage_tasks"
    read_inspections_from_above = "read_inspections_from_above"
    report_task_progress = "report_task_progress"
    verify_audit_trail = "verify_audit_trail"
    read_events = "read_events"
    manage_webhooks = "manage_webhooks"
    read_publications = "read_publications"
    publish_publications = "publish_publications"
    read_all_assessments = "read_all_assessments"
    manage_assessments = "manage_assessments"
    finalise_assessments = "finalise_assessments"


# A permission holds when any of its predicates does.
POLICY: dict[Permission, tuple[Predicate, ...]] = {
    # See the jurisdiction and its shared records (units, positions).
    Permission.read_jurisdiction: (
        _is_admin,
        _holds_any_position_in,
        _office_here_or_above,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Change member units and positions.
    Permission.manage_organisation: (
        _is_admin,
        _office_here,
        _client_bound_here(ClientScope.write),
    ),
    # See accounts and the audit trail: the office, here or above.
    Permission.oversee: (_is_admin, _office_here_or_above),
    # Verify the jurisdiction's audit hash chain and export its head, which another system
    # keeps: its office director (the one answerable for the trail), or an administrator.
    Permission.verify_audit_trail: (_is_admin, _office_director_here),
    # Create and change people's accounts and machine clients.
    Permission.manage_accounts: (_is_admin, _manages_accounts_here),
    # Publish a version of the jurisdiction's rulebook: its office director (a county's own
    # director for the county's rulebook, C-ORG-3), never a deputy, staff or a machine.
    Permission.publish_rulebook: (_is_admin, _office_director_here),
    # Entrust one's own acts to someone (委托): a person holding a position here. Which acts, to
    # whom, is the rulebook's to say (app.domain.rulebook.judge_delegation).
    Permission.entrust: (_is_admin, _holds_any_position_in),
    # Convene a meeting, consent to an extra one, cancel one's own: a person holding a position
    # here (whether the rulebook lets that person do it is app.domain.rulebook.decide's to say),
    # or a write client entering it on the convener's behalf.
    Permission.convene_meeting: (
        _is_admin,
        _holds_any_position_in,
        _client_bound_here(ClientScope.write),
    ),
    # The office's part of meetings (it "承办" them and keeps the minutes, C-MTG-3): invitees,
    # attendance, minutes, archiving, reasons for periods without a meeting, and entering acts
    # on a leader's behalf.
    Permission.run_meetings: (_is_admin, _office_here, _client_bound_here(ClientScope.write)),
    # Every unit's submissions and the compliance matrix: the office (here or above: a city
    # supervises its counties), the leading group's leader and deputies, to whom the reports go
    # (C-RPT-1), and read clients (the approval-management system). A unit's own people see
    # their unit's submissions only (may_read_unit_submissions).
    Permission.read_all_submissions: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Draft and edit the office's bulletins (E-RPT-2: the office analyses and reports): the
    # office here, its write client, an admin. Drafts are read by those who oversee (the office
    # here or above); a published bulletin by whoever reads the jurisdiction (it is internal:
    # no public route serves it).
    Permission.draft_bulletins: (_is_admin, _office_here, _client_bound_here(ClientScope.write)),
    # Publish one: the office's director or deputy director (a person signs it off), an admin.
    Permission.publish_bulletins: (_is_admin, _office_leadership_here),
    # Submit a report: a person holding a position here; whether the post is the one the
    # report kind names, for the unit, is app.domain.submissions.may_submit's to say.
    Permission.submit_reports: (_holds_any_position_in,),
    # Compile, edit, discard and send information briefings (信息简报, CO-RPT-1): the office
    # here (领导小组办公室 ... 形成信息简报), its write client, an admin.
    Permission.compile_briefings: (
        _is_admin,
        _office_here,
        _client_bound_here(ClientScope.write),
    ),
    # See briefing drafts and who has read a sent one: the office here or above (a city
    # supervises its counties' offices), read clients here or above, an admin. Anyone else who
    # reads the jurisdiction sees its sent briefings only.
    Permission.oversee_briefings: (
        _is_admin,
        _office_here_or_above,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Every major matter the leading group of J received (CO-RPT-2): the office here or above,
    # the leader and deputies to whom they go, read clients and admins. A sending unit's own
    # people see their unit's only (may_read_major_matter).
    Permission.read_received_major_matters: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # What J's office reported to the leading group above (a county's matters, kept in its
    # parent): its office here or above, read clients of J or above, admins.
    Permission.read_sent_major_matters: (
        _is_admin,
        _office_here_or_above,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Send (and send again) a major matter: a person holding a post here; whether it is a unit
    # post for the unit, or the office sending upward, is app.domain.major_matters' to say.
    Permission.send_major_matters: (_holds_any_position_in,),
    # Consolidate, forward (呈报) and return major matters: the office here, never a machine or
    # an administrator (the act is recorded as a person's hand-over).
    Permission.handle_major_matters: (_office_here,),
    # Review a forwarded major matter (审阅, CO-DOC-3): the leader here, no one else.
    Permission.review_major_matters: (_leader_here,),
    # Every official document of J, drafts included, and who has read an issued one: the
    # office here or above, the leader and deputy leaders (who sign the leading group's), read
    # clients here or above, admins. Anyone else who reads J sees the issued documents of
    # which they are a recipient (by their posts).
    Permission.oversee_documents: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Draft, edit, attach to and discard drafts: the office here, its write client, an admin.
    Permission.draft_documents: (_is_admin, _office_here, _client_bound_here(ClientScope.write)),
    # Sign (签发) or void (作废) a document: a person holding a position here; whether the
    # rulebook lets that person sign for the issuer, themselves or as entrusted, is
    # app.domain.rulebook.decide's to say (CO-DOC-1, CO-DOC-2). Never a machine.
    Permission.sign_documents: (_holds_any_position_in,),
    # Every document sent to J's leading group or office for approval or filing (呈批/报备,
    # CO-DOC-3): as major matters, the office here or above, the leader and deputies, read
    # clients and admins; a sending unit's own people see their unit's only
    # (may_read_incoming_document).
    Permission.read_received_incoming_documents: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # What J's office sent to the leading group above (kept in J's parent): its office here or
    # above, read clients of J or above, admins.
    Permission.read_sent_incoming_documents: (
        _is_admin,
        _office_here_or_above,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Send one: a person holding a post here; whether it is a unit post for the unit, or the
    # office sending upward, is app.domain.documents' to say.
    Permission.send_incoming_documents: (_holds_any_position_in,),
    # Submit on (呈批), approve, file and return: the office and the leading group's leader and
    # deputies here, never a machine or an administrator (each act is a person's hand-over);
    # which of them may take which act on which document is may_handle_incoming's to say.
    Permission.handle_incoming_documents: (_office_here, _decides_for_leading_group_here),
    # The whole task breakdown (C-TSK-1: the leading group keeps it and checks it): the office
    # here or above (a city sees its counties' tasks), the leader and deputies, read clients
    # (the approval-management system and progress scripts) and admins. A unit's own people
    # see the tasks it leads or cooperates on only (may_read_task).
    Permission.read_all_tasks: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Keep the table (E-TSK-1), confirm or send back completion, supervise (E-TSK-2), record
    # notices and accountability (E-TSK-3): the office here, its write client, an admin.
    Permission.manage_tasks: (_is_admin, _office_here, _client_bound_here(ClientScope.write)),
    # The inspections the office directly above plans or held of J (督导检查, CO-SUP-1) and
    # their findings for J (kept in J's parent, as what J's office sends up is, and read through
    # J's own path): J's office here or above, read clients of J or above, admins. Not J's
    # leadership nor J's units: the findings are the office's to answer.
    Permission.read_inspections_from_above: (
        _is_admin,
        _office_here_or_above,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Report progress, comment, reply to supervision: a person holding a post here (whether
    # for the task's lead unit is may_write_progress's to say) or whoever manages the tasks.
    Permission.report_task_progress: (
        _is_admin,
        _holds_any_position_in,
        _client_bound_here(ClientScope.write),
    ),
    # A jurisdiction's events feed (issue 17): what oversees it — the office here or above (a
    # city sees its counties' events), an admin — plus the leading group's leader and deputies
    # and read clients here or above (the approval-management system), who read every resource
    # an event points to. Unit-level people, who see their unit's records only, do not read it.
    Permission.read_events: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Send the jurisdiction's events to another system (webhooks): its office director, who
    # answers for where its records go, or an administrator (issue 17).
    Permission.manage_webhooks: (_is_admin, _office_director_here),
    # The office's list of what it published to the public (E-PUB-1 / C-PUB-1), withdrawn
    # items and their reasons included: the office here or above, the leading group's leader
    # and deputies, read clients here or above, admins. The public reads /v1/public/….
    Permission.read_publications: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Publish and withdraw: a person of the office here; which posts of it, by key or by
    # capability, is the rulebook's disclosure section's to say (app.domain.publications).
    Permission.publish_publications: (_office_here,),
    # Every scorecard of J's assessments (C-ASM-1: the office collects the data; a city reads
    # its counties' assessments): the office here or above, the leader and deputies, read
    # clients here or above, admins. A unit's people see their unit's card only, a county's
    # office its county's card in its parent's assessment (assessed_subjects).
    Permission.read_all_assessments: (
        _is_admin,
        _office_here_or_above,
        _leading_group_leadership_here,
        _client_bound_here_or_above(ClientScope.read),
    ),
    # Prepare an assessment, enter scores, decide appeals: the office here (领导小组办公室负责
    # 考核数据采集), its write client, an admin.
    Permission.manage_assessments: (
        _is_admin,
        _office_here,
        _client_bound_here(ClientScope.write),
    ),
    # Finalise it (the year's record, never changed again): the office director, or an admin.
    Permission.finalise_assessments: (_is_admin, _office_director_here),
}


# Permissions that are a governance rule's own words: their refusals name the rule and source
# (CO-RPT-2: the office consolidates and submits; CO-DOC-3: major matters go to the leader, and
# documents sent up for approval or filing go through the office).
GOVERNING_RULES: dict[Permission, tuple[str, str]] = {
    Permission.send_major_matters: (REPORT_RULE, REPORT_SOURCE),
    Permission.handle_major_matters: (REPORT_RULE, REPORT_SOURCE),
    Permission.review_major_matters: (REVIEW_RULE, REVIEW_SOURCE),
    Permission.send_incoming_documents: (ROUTING_RULE, ROUTING_SOURCE),
    Permission.handle_incoming_documents: (ROUTING_RULE, ROUTING_SOURCE),
}


def allows(actor: Actor, permission: Permission, jurisdiction: JurisdictionRef) -> bool:
    return any(predicate(actor, jurisdiction) for predicate in POLICY[permission])


# No jurisdiction has this id: a grant never names it.
_BELOW = UUID(int=0)


def allows_below(actor: Actor, permission: Permission, jurisdiction: JurisdictionRef) -> bool:
    """Whether ``permission`` holds in every jurisdiction under ``jurisdiction`` (for the rules
    that follow the hierarchy down: an office or client here or above; not a post held here)."""
    below = JurisdictionRef(id=_BELOW, ancestor_ids=jurisdiction.lineage)
    return allows(actor, permission, below)


def visible_roots(actor: Actor, permission: Permission) -> tuple[bool, frozenset[UUID]]:
    """For lists: (sees everything, jurisdictions whose whole subtree is visible).

    Only read-type permissions that follow the hierarchy downward are answerable this way.
    """
    if actor.is_platform_admin:
        return True, frozenset()
    if actor.kind is ActorKind.client:
        if permission is Permission.read_jurisdiction and ClientScope.read in actor.client_scopes:
            roots: Iterable[UUID] = (
                [actor.home_jurisdiction_id] if actor.home_jurisdiction_id else []
            )
            return False, frozenset(roots)
        return False, frozenset()
    office = frozenset(g.jurisdiction_id for g in actor.grants if g.level is PositionLevel.office)
    return False, office


def visible_exact(actor: Actor, permission: Permission) -> frozenset[UUID]:
    """For lists: jurisdictions visible by themselves only (not their subtree)."""
    if actor.kind is ActorKind.user and permission is Permission.read_jurisdiction:
        return frozenset(g.jurisdiction_id for g in actor.grants)
    return frozenset()


def permission_to_assign(sensitive: bool) -> Permission:
    """What the caller needs in a jurisdiction to assign (or change the tenure of) a post:
    account powers for a sensitive one (app.domain.holdings.duties_of), so office staff and
    write clients may not hand out governance powers (no self-promotion)."""
    return Permission.manage_accounts if sensitive else Permission.manage_organisation


def may_revoke_delegation(actor: Actor, jurisdiction: JurisdictionRef, delegator: UUID) -> bool:
    """A delegation is revoked by its delegator, the jurisdiction's office director or an admin."""
    return (
        actor.is_platform_admin
        or (actor.kind is ActorKind.user and actor.id == delegator)
        or _office_director_here(actor, jurisdiction)
    )


def may_act_for(actor: Actor, jurisdiction: JurisdictionRef, person: UUID) -> bool:
    """A governance act is recorded for its doer; only the office (or an admin, or a write
    client) enters one on someone else's behalf (a consent given by telephone, a convening
    decided at a meeting)."""
    return (actor.kind is ActorKind.user and actor.id == person) or allows(
        actor, Permission.run_meetings, jurisdiction
    )


def may_manage_meeting(actor: Actor, jurisdiction: JurisdictionRef, convener: UUID) -> bool:
    """A meeting is changed or cancelled by its convener or the office."""
    return may_act_for(actor, jurisdiction, convener)


def may_read_unit_submissions(
    actor: Actor, jurisdiction: JurisdictionRef, unit: UUID | None
) -> bool:
    """A unit's submissions: whoever reads all of them, or a person holding a post for that unit
    (its head, liaison or information officer). The office's own reports (unit None) are for
    those who read all."""
    if allows(actor, Permission.read_all_submissions, jurisdiction):
        return True
    return unit is not None and unit in actor.units_in(jurisdiction.id)


def _may_read_sent_up(
    actor: Actor,
    path: JurisdictionRef,
    received_here: bool,
    sender_unit: UUID | None,
    *,
    received: Permission,
    sent: Permission,
) -> bool:
    """Something a unit or a county's office sent up, reached through ``path``: one its leading
    group received (whoever holds ``received`` there, or a person holding a post for the sending
    unit), or one ``path``'s office sent upward (``sent`` of ``path``)."""
    if not received_here:
        return allows(actor, sent, path)
    if allows(actor, received, path):
        return True
    return sender_unit is not None and sender_unit in actor.units_in(path.id)


def may_read_major_matter(
    actor: Actor, path: JurisdictionRef, received_here: bool, sender_unit: UUID | None
) -> bool:
    """A major matter reached through ``path``: one its leading group received (whoever reads
    all of those, or a person holding a post for the sending unit), or one ``path``'s office
    sent upward (read_sent_major_matters of ``path``)."""
    return _may_read_sent_up(
        actor,
        path,
        received_here,
        sender_unit,
        received=Permission.read_received_major_matters,
        sent=Permission.read_sent_major_matters,
    )


def may_read_incoming_document(
    actor: Actor, path: JurisdictionRef, received_here: bool, sender_unit: UUID | None
) -> bool:
    """An incoming document reached through ``path``, read as a major matter is: one its leading
    group received, by whoever reads all of those or the sending unit's people; one ``path``'s
    office sent upward, by read_sent_incoming_documents of ``path``."""
    return _may_read_sent_up(
        actor,
        path,
        received_here,
        sender_unit,
        received=Permission.read_received_incoming_documents,
        sent=Permission.read_sent_incoming_documents,
    )


def is_major_matter_sender(
    actor: Actor, path: JurisdictionRef, received_here: bool, sender_unit: UUID | None
) -> bool:
    """The sender of a major matter reached through ``path``: a person holding a post for the
    sending unit, or (for one ``path`` sent upward) a person in ``path``'s office."""
    if not received_here:
        return _office_here(actor, path)
    return (
        actor.kind is ActorKind.user
        and sender_unit is not None
        and sender_unit in actor.units_in(path.id)
    )


def may_read_task(actor: Actor, jurisdiction: JurisdictionRef, unit_ids: Iterable[UUID]) -> bool:
    """A task: whoever reads the whole table, or a person holding a post for a unit that leads
    or cooperates on it."""
    if allows(actor, Permission.read_all_tasks, jurisdiction):
        return True
    return not actor.units_in(jurisdiction.id).isdisjoint(unit_ids)


def may_write_progress(actor: Actor, jurisdiction: JurisdictionRef, lead_unit: UUID) -> bool:
    """Progress is written by the lead unit's people and the office, no one else (E-TSK-1)."""
    return allows(actor, Permission.manage_tasks, jurisdiction) or (
        lead_unit in actor.units_in(jurisdiction.id)
    )


def may_read_unit_record(actor: Actor, jurisdiction: JurisdictionRef, unit: UUID) -> bool:
    """A task record addressed to or about one member unit (a supervision notice, an
    accountability record): whoever reads the whole task breakdown, or a person holding a post
    for that unit. Other units — even cooperating ones — do not see it."""
    if allows(actor, Permission.read_all_tasks, jurisdiction):
        return True
    return unit in actor.units_in(jurisdiction.id)


def unit_records_only(actor: Actor, jurisdiction: JurisdictionRef) -> frozenset[UUID] | None:
    """For lists of such records: None when the caller sees them all, else the units whose
    records it sees (its own, perhaps none)."""
    if allows(actor, Permission.read_all_tasks, jurisdiction):
        return None
    return actor.units_in(jurisdiction.id)


def assessed_subjects(
    actor: Actor, jurisdiction: JurisdictionRef, counties_led: frozenset[UUID]
) -> frozenset[UUID] | None:
    """The scorecards of J's assessment the caller reads: None for all (read_all_assessments),
    else its own — the member units it holds a post for, and the counties below J whose office
    it is in (``counties_led``: the jurisdictions directly below J where it holds an office
    post, looked up by the service)."""
    if allows(actor, Permission.read_all_assessments, jurisdiction):
        return None
    if actor.kind is not ActorKind.user:
        return frozenset()
    return actor.units_in(jurisdiction.id) | counties_led


def office_jurisdictions(actor: Actor) -> frozenset[UUID]:
    """Where the caller, a person, holds an office post."""
    if actor.kind is not ActorKind.user:
        return frozenset()
    return frozenset(g.jurisdiction_id for g in actor.grants if g.level is PositionLevel.office)
