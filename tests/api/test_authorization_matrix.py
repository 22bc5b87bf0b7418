"""Who may do what to which object: every route with a path id, every kind of caller, every place.

The expected answer of each request is computed here by a small oracle written from the access
rules themselves (not by asking app.domain.access), so a mistake in the policy table, in a
dependency or in a service shows up as a disagreement:

- A platform admin sees and changes everything.
- Holding any position in J reads J's shared records (the jurisdiction, its units and positions).
- Office roles of J read J and its descendants but change organisation data only in J.
- Accounts (users, clients) are seen by the office of their jurisdiction or above, and changed
  only by its office director or deputy; a person also sees their own account.
- A jurisdiction's audit trail is seen by the office of J or above; the global trail by admins.
  (Someone who sees J but not its trail gets 403: the jurisdiction itself is no secret to them.)
  Its events feed is read also by J's leader and deputy leader and read clients of J or above.
- Machine clients read their jurisdiction and its descendants; ``write`` changes organisation
  data of their own jurisdiction only; clients never see or manage accounts.
- What a caller cannot see answers 404; what it sees but may not change answers 403.
- A jurisdiction's rulebook, its versions and the check of its composition against it are read
  like shared records; only J's office director (or an admin) publishes a version there
  (C-ORG-3: a county's own, by the county). The check of who holds which position against it
  is seen as the audit trail is, by the office of J or above.
- Delegations (委托) are read like shared records; only a person holding a position in J (or an
  admin) enters one there, and only its delegator, J's office director or an admin revokes one.
  Entries and dry-run checks are dated 1900-01-01, when no rulebook is in force, so an allowed
  one answers 409 whatever rulebooks other rows publish; the matrix delegations are already
  revoked, so an allowed revocation answers 409 too.
- A feed token (for calendar programs) is revoked only by its own person; anyone else is told
  it does not exist. The matrix tokens are already revoked: 409 for their owner.
- Meetings are read like shared records. A person holding a position in J (or J's write client,
  or an admin) convenes, consents and cancels there; J's office (or its write client, or an
  admin) runs them: invitees, attendance, minutes, reasons for missed periods. Cancelling and
  changing a meeting is for its convener (the matrix meetings are the leader's) or the office.
  The matrix meetings are cancelled, so an allowed act on one answers 409; a new one is dated
  1900-01-01 (no rulebook in force: 409).

- Unit submissions: a person holding a position in J submits there (whether the post fits the
  report kind is the rulebook's to say: the matrix's JSON body is no multipart form, 415). Every
  unit's submissions and the compliance matrix are read by the office of J or above, J's leader
  and deputy leader, read clients of J or above and admins; the unit's own people (the matrix
  submission is the housing unit's, whose liaison is `liaison`) read its own; anyone else who
  sees J is told such a submission does not exist (404), and is refused the matrix (403).
- Major matters (CO-RPT-2, CO-DOC-3): a person holding a position in J may try to send one there
  (only a unit's post holders succeed: the liaison sends for the housing unit; anyone else gets
  the rule's 403). Every matter J received is read by whoever reads all submissions there; the
  sending unit's people read their unit's (the matrix matters are the housing unit's). A county's
  matter sent upward (kept in city_a, sent by county_a1's office) is also read through the
  county's own path, by the county's office (here or above), its read clients and admins. Only
  J's office forwards and returns, only J's leader reviews, and only the sender sends again —
  each refusal a 403 when the matter is visible; through the county's path the county's office
  only follows it (403 for forward and return). The matrix matters are reviewed: an allowed act
  answers 409.
- Incoming documents (呈批/报备, CO-DOC-3) are sent and read as major matters are (the matrix
  documents are the housing unit's, and county_a1's office's sent upward to city_a). J's office
  and J's leader and deputy leader may try to submit on, approve, file and return (anyone else
  who sees J: the rule's 403); reached through the sending county's path, the county only
  follows it (403). The matrix documents ask for approval and are approved: an allowed act
  answers 409, and filing one 422 (a request for approval is not filed).

- Bulletins (E-RPT-2) are drafted, edited and discarded by J's office (or its write client, or
  an admin) and published by J's office director or deputy (or an admin); a published one is
  read like shared records. The matrix bulletins are published, so an allowed change answers
  409; a new one is sent with an unknown field (422 once access is granted).
- Publications (E-PUB-1 / C-PUB-1, public disclosure): the office's list and items are read as
  all submissions are; only a person of J's office gets past the coarse check to publish (the
  matrix's unknown field answers 422 then) or withdraw; the rulebook then lets only its
  leadership (office_leadership) withdraw: the matrix publications are withdrawn already, so
  the director and deputy get 409, the staff the rule's 403. A file added without its form is
  422 once past the coarse check. The public routes take no token:
  every caller gets 200 for a jurisdiction's name, list and feeds, and 410 for the withdrawn
  item and its file in its own place (404 through another).
- Information briefings (CO-RPT-1): J's office (or its write client, or an admin) drafts,
  edits, discards and sends them; anyone who reads J reads the sent ones (the matrix briefings
  are sent, so every allowed change answers 409); drafts and read receipts are for the office of
  J or above, read clients of J or above and admins (others who see J: 403 for the receipts).
  A recipient reads its briefings through /v1/me/briefings/{id}: the leading group's leader and
  deputy, the units' people (the matrix `liaison`) and, for city_a's, county_a1's office — the
  one way up from a county to its city the rules open (抄送各县市); a machine client has no
  inbox (403); anyone else is told there is no such briefing.
- Official documents (CO-DOC-1/2, DOC-NUM): J's office (or its write client, or an admin)
  drafts, edits and discards them; a person holding a position in J signs and voids (whether
  the rulebook lets them is its own 403, after the state: the matrix documents are signed and
  void, so every allowed act answers 409). Every document of J, drafts and read receipts
  included, is seen by the office of J or above, J's leader and deputy leader, clients of J or
  above and admins; an issued one also by its recipients' people (the matrix documents went to
  the housing unit, whose liaison is `liaison`), and so are its attachments. Recipients read
  through /v1/me/documents/{id} as they read briefings.
- Task progress (E-TSK-1): the matrix tasks are led by each place's housing unit (whose liaison
  is `liaison`), with no cooperating unit, and cancelled. A person holding a position in J (or
  J's write client, or an admin) gets past the coarse check; then the task (404 unseen, read as
  the task is); then only the lead unit's liaison and the office (its people, its write client,
  an admin) write progress (others: 403 naming E-TSK-1), which answers 409 as the task is
  closed. Comments are written by the same callers and are allowed on closed tasks (201). The
  office (or its write client, or an admin) reviews and completes: 409 once permitted. Reports,
  their evidence files and comments are read by whoever reads the task.

- Supervision notices (E-TSK-2) are issued on a task by J's office (or its write client, or an
  admin): the matrix tasks are cancelled, so an allowed one answers 409. A notice, like an
  accountability record (E-TSK-3), is about one unit (the matrix ones are the housing unit's):
  read as the matrix task is, by whoever reads the whole task breakdown and the unit's people.
  The reply is the unit's: a person holding a post here (or the write client, or an admin) who
  sees the notice but does not speak for its unit gets the rule's 403; the liaison 409 (the
  matrix notices are answered). Public notices (通报) are written by the office and read like
  shared records; a new one or a new record is sent with an unknown field (422 once permitted).

- Inspections (督导检查, CO-SUP-1, issue 18) are planned, changed and recorded by J's office (or
  its write client, or an admin) — the permission that keeps the task breakdown — and read as
  supervision notices are: the matrix inspection of each place inspects its housing unit and is
  held, with one finding for that unit, answered and accepted, whose answer carries an evidence
  file. So every allowed change of the inspection or review of the finding answers 409; the
  unit's liaison answering it 409 and anyone else who sees it the rule's 403. A new inspection is
  sent with an unknown field (422 once permitted), a new finding with a unit that is none here
  (422 once the inspection is seen and may be changed); the evaluation without its period
  answers 422 to whoever reads J. A finding is linked to what it led to by the same callers: a
  new link names a task that is none here (422 once permitted); the matrix finding's link (to
  the place's task) is removed already, so removing it again answers 204 once permitted.
  city_a also holds an inspection of county_a1 with a finding for the county (answered by its
  office, accepted, its link removed), reached through every path as the county's matter sent
  upward is: at city_a read as the whole task breakdown is (no unit's people), through
  county_a1 by the county's office (here or above), its read clients and admins. Through the
  county's path every act of the office answers 403 once the record is seen (the county only
  reads and answers), and its office answering gets 409; at city_a the office's acts answer as
  for the unit's finding and nobody answers it (403).

- Assessments (绩效考核, C-ASM-1, issue 20): city_a's and county_a1's 2026 assessments (Changji's
  rulebook defines one; Ezhou's, city_b's, none) are final, each with its housing unit's manual
  score (with an evidence file) and a decided appeal, so every permitted write answers 409 (at
  city_b: 404, no assessment; preparing it there 409, no definition). They are read by whoever
  reads J and by the office of a county directly below (its county's card is kept at J: the one
  way up a county has here, as for briefings); every card by the office of J or above, J's
  leader and deputy, read clients of J or above and admins; a unit's card also by its people
  (the matrix `liaison`); the county's card (COUNTY_CARD) at city_a also by county_a1's office.
  J's office (or its write client, or an admin) scores, decides appeals and prepares; only J's
  office director (or an admin) finalises; whoever sees a card may try to appeal it (the
  final assessment answers 409 first).
- Webhook subscriptions (issue 17) are managed by J's office director or an admin, and no one
  else (others who see J: 403). The matrix subscriptions are switched off, each with a dead
  delivery: redelivering answers 409 once permitted; deleting one comes last, once per place.

World (tests/factories.py): city_a ── county_a1, and city_b.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import fastapi.routing
import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from pydantic import SecretStr

from app.db import Database
from app.domain.access import Actor, ActorKind
from app.domain.assessments import AppealOutcome
from app.models import (
    AccountabilityRecord,
    AccountabilityRecordTask,
    AssessmentScoreFile,
    Briefing,
    BriefingRecipient,
    Bulletin,
    Delegation,
    Document,
    DocumentAttachment,
    DocumentRecipient,
    Event,
    FeedToken,
    FindingAnswer,
    FindingEvidenceFile,
    FindingLink,
    IncomingDocument,
    IncomingDocumentEvent,
    Inspection,
    InspectionFinding,
    MajorMatter,
    MajorMatterEvent,
    Meeting,
    MeetingInvitee,
    MeetingMinutes,
    Publication,
    PublicationFile,
    PublicNotice,
    PublicNoticeTask,
    PublicNoticeUnit,
    ReportSubmission,
    SubmissionFile,
    SubmissionVersion,
    SupervisionNotice,
    Task,
    TaskEvidenceFile,
    TaskProgressReport,
    WebhookDelivery,
    WebhookSubscription,
)
from app.repositories import assessments as assessments_repo
from app.repositories import users as users_repo
from app.rulebooks import shipped_document
from app.schemas.assessments import AppealDecisionIn, AppealIn, ScoreIn
from app.schemas.clients import ClientCreate
from app.schemas.users import UserCreateWithPassword
from app.services import assessments, clients, users
from app.services.common import jurisdiction_ref
from app.services.minutes import EMPTY_DRAFT
from tests.factories import World, with_if_match

pytestmark = pytest.mark.heavy(seconds=90)

PLACES = ("city_a", "county_a1", "city_b")
EMPTY_BULLETIN: dict[str, Any] = {
    "period": "2026-Q3",
    "tasks": [],
    "experience": [],
    "problems_and_suggestions": [],
    "compliance": None,
    "analysis": "",
}
LINEAGE = {"city_a": ("city_a",), "county_a1": ("city_a", "county_a1"), "city_b": ("city_b",)}

OFFICE = frozenset({"office_director", "office_deputy_director", "office_staff"})
OFFICE_LEADERSHIP = frozenset({"office_director", "office_deputy_director"})
HOLDS_A_POSITION = frozenset({"leader", "deputy_leader", "liaison", *OFFICE})
PEOPLE = ("leader", "deputy_leader", *sorted(OFFICE), "liaison", "nobody")
CLIENTS = ("client_read", "client_write")  # both have the read scope; client_write also write

# Pairs (caller's place, object's place) that must never succeed: separate trees, and a county
# reaching up to its city.
FOREIGN = frozenset(
    {
        ("city_a", "city_b"),
        ("county_a1", "city_b"),
        ("city_b", "city_a"),
        ("city_b", "county_a1"),
        ("county_a1", "city_a"),
    }
)


# --- the oracle ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Caller:
    place: str | None  # None: the platform admin
    role: str  # 'admin', a person's role name from the factories, or a client name

    @property
    def name(self) -> str:
        return "admin" if self.place is None else f"{self.place}.{self.role}"

    @property
    def is_admin(self) -> bool:
        return self.place is None

    @property
    def is_office(self) -> bool:
        return self.role in OFFICE

    @property
    def is_client(self) -> bool:
        return self.role in CLIENTS


def reads_shared(c: Caller, place: str) -> bool:
    return (
        c.is_admin
        or (c.role in HOLDS_A_POSITION and c.place == place)
        or (c.is_office and c.place in LINEAGE[place])
        or (c.is_client and c.place in LINEAGE[place])
    )


def changes_organisation(c: Caller, place: str) -> bool:
    return (
        c.is_admin
        or (c.is_office and c.place == place)
        or (c.role == "client_write" and c.place == place)
    )


def oversees(c: Caller, place: str | None) -> bool:
    """Sees accounts and the audit trail of ``place`` (None: accounts of no jurisdiction)."""
    if c.is_admin:
        return True
    return place is not None and c.is_office and c.place in LINEAGE[place]


def manages_accounts(c: Caller, place: str | None) -> bool:
    return c.is_admin or (c.role in OFFICE_LEADERSHIP and c.place == place)


def entrusts(c: Caller, place: str) -> bool:
    return c.is_admin or (c.role in HOLDS_A_POSITION and c.place == place)


def convenes(c: Caller, place: str) -> bool:
    return c.is_admin or (c.role in HOLDS_A_POSITION | {"client_write"} and c.place == place)


def runs_meetings(c: Caller, place: str) -> bool:
    return changes_organisation(c, place)  # the office here, its write client, an admin


def reads_all_submissions(c: Caller, place: str) -> bool:
    return (
        c.is_admin
        or (c.is_office and c.place in LINEAGE[place])
        or (c.role in {"leader", "deputy_leader"} and c.place == place)
        or (c.is_client and c.place in LINEAGE[place])
    )


def compiles_briefings(c: Caller, place: str) -> bool:
    return changes_organisation(c, place)  # the office here, its write client, an admin


def oversees_briefings(c: Caller, place: str) -> bool:
    """Drafts and read receipts: the office of J or above, clients of J or above, admins."""
    return c.is_admin or ((c.is_office or c.is_client) and c.place in LINEAGE[place])


# CO-RPT-1 copies a city's briefings to its county offices, which read them in their inbox.
RECIPIENT_FOREIGN = FOREIGN - {("county_a1", "city_a")}


def oversees_documents(c: Caller, place: str) -> bool:
    """Drafts and read receipts: whoever reads all submissions there (the office of J or above,
    J's leader and deputy, clients of J or above, admins)."""
    return reads_all_submissions(c, place)


def signs_documents(c: Caller, place: str) -> bool:
    return c.role in HOLDS_A_POSITION and c.place == place


def manages_webhooks(c: Caller, place: str) -> bool:
    return c.is_admin or (c.role == "office_director" and c.place == place)


def revokes_delegation(c: Caller, place: str) -> bool:
    """The matrix delegations are the leader's: the leader, the office director or an admin."""
    return c.is_admin or (c.place == place and c.role in {"leader", "office_director"})


COUNTY_CARD = "county_card"
ASSESSED = ("city_a", "county_a1")  # Ezhou's rulebook (city_b's) defines no assessment


def leads_county_below(c: Caller, place: str) -> bool:
    """The office of a county directly below ``place`` (the world's one: county_a1)."""
    return c.is_office and c.place == "county_a1" and place == "city_a"


def enters_assessments(c: Caller, place: str) -> bool:
    return reads_shared(c, place) or leads_county_below(c, place)


def reads_all_assessments(c: Caller, place: str) -> bool:
    return reads_all_submissions(c, place)  # the same callers: office here or above, leaders …


def _assessments() -> list[Target]:
    return _in_place()


def _cards() -> list[Target]:
    """Each place's housing unit's card through every path; county_a1's card (kept at city_a)
    through every path."""
    return _crossed() + [Target(p, "county_a1", COUNTY_CARD) for p in PLACES]


def _read_assessment(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not enters_assessments(c, t.path_place) or t.path_place not in ASSESSED:
        return 404
    return 200


def _sees_card(c: Caller, t: Target) -> bool:
    assert t.path_place is not None
    here = t.path_place
    if t.who == COUNTY_CARD:
        return here == "city_a" and (reads_all_assessments(c, here) or leads_county_below(c, here))
    if t.object_place != here or here not in ASSESSED:
        return False
    return reads_all_assessments(c, here) or (c.role == "liaison" and c.place == here)


def _read_card(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not enters_assessments(c, t.path_place):
        return 404
    return 200 if _sees_card(c, t) else 404


def _read_appeal(c: Caller, t: Target) -> int:
    """The appeal named is the object place's housing card's (under COUNTY_CARD too): read
    by whoever sees that card, at its own place's path only."""
    return _read_card(c, Target(t.path_place, t.object_place))


def _read_card_file(c: Caller, t: Target) -> int:
    """The file named is the place's housing card's: under COUNTY_CARD it is another card's."""
    return 404 if t.who == COUNTY_CARD else _read_card(c, t)


def _appeal_card(c: Caller, t: Target) -> int:
    """Whoever sees the card may try: the final assessment answers 409 before the rule's 403."""
    return 409 if _read_card(c, t) == 200 else 404


def _assessment_act(permitted: Callable[[Caller, str], bool]) -> Callable[[Caller, Target], int]:
    """The office's (or the director's) acts on the final assessment: 409 once permitted, 404
    where there is none."""

    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        if not permitted(c, t.path_place):
            return 403
        return 409 if t.path_place in ASSESSED else 404

    return expect


def _names_a_subject_here(t: Target) -> bool:
    """Whether the card in the path is one of the path's assessment: the place's own housing
    card, or county_a1's card at city_a."""
    if t.who == COUNTY_CARD:
        return t.path_place == "city_a"
    return t.object_place == t.path_place


def _card_act(c: Caller, t: Target) -> int:
    """The office's acts on a card of the final assessment: as _assessment_act, but a card
    that is not one of this assessment's is not there (404) before the state is judged."""
    expected = _assessment_act(changes_organisation)(c, t)
    return 404 if expected == 409 and not _names_a_subject_here(t) else expected


def _decide_appeal(c: Caller, t: Target) -> int:
    """The appeal named is the object place's housing card's (under COUNTY_CARD too): there
    only at its own place's path, 404 elsewhere, before the state is judged."""
    expected = _assessment_act(changes_organisation)(c, t)
    return 404 if expected == 409 and t.object_place != t.path_place else expected


def _prepare_assessment(c: Caller, t: Target) -> int:
    """Prepared and final at city_a and county_a1 (409), no definition at city_b (409)."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 409 if changes_organisation(c, t.path_place) else 403


def finalises_assessments(c: Caller, place: str) -> bool:
    return c.is_admin or (c.role == "office_director" and c.place == place)


# --- the routes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """Where the request points: the jurisdiction in the path and the place of the object."""

    path_place: str | None
    object_place: str | None
    who: str = ""  # for accounts: 'nobody', 'client_read', 'admin'


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    targets: Callable[[], list[Target]]
    expect: Callable[[Caller, Target], int]
    body: Callable[[World, Target, int], dict[str, Any] | None] = lambda w, t, n: None
    # Pairs (caller's place, object's place) that must never succeed on this route.
    foreign: frozenset[tuple[str, str]] = FOREIGN
    form: bool = False  # the body is sent as a form (multipart routes), not as JSON


def _in_place() -> list[Target]:
    return [Target(p, p) for p in PLACES]


def _crossed() -> list[Target]:
    """Objects reached through their own jurisdiction and through every other one."""
    return [Target(path, obj) for path, obj in itertools.product(PLACES, PLACES)]


def _users() -> list[Target]:
    return [Target(None, p, "nobody") for p in PLACES] + [Target(None, None, "admin")]


def _feed_tokens() -> list[Target]:
    return [Target(None, p, "office_staff") for p in PLACES]


def _revoke_feed_token(c: Caller, t: Target) -> int:
    return 409 if (c.place, c.role) == (t.object_place, t.who) else 404  # 409: already revoked


def _clients() -> list[Target]:
    return [Target(None, p, "client_read") for p in PLACES]


def _spare_clients() -> list[Target]:
    """A client in each place that no caller uses: a new secret revokes its tokens."""
    return [Target(None, p, "client_spare") for p in PLACES]


def _read(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place) or t.object_place != t.path_place:
        return 404
    return 200


def _change(success: int) -> Callable[[Caller, Target], int]:
    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        if not changes_organisation(c, t.path_place):
            return 403
        if t.object_place != t.path_place:
            return 404
        return success

    return expect


def _change_leader_position(c: Caller, t: Target) -> int:
    """The position targets are leaders': changing one needs the office director or deputy."""
    outcome = _change(200)(c, t)
    if outcome == 200 and not manages_accounts(c, t.path_place):
        return 403
    return outcome


def _sees_user(c: Caller, t: Target) -> bool:
    own = (c.is_admin and t.who == "admin") or (
        not c.is_admin and c.place == t.object_place and c.role == t.who
    )
    return own or oversees(c, t.object_place)


def _spare_users() -> list[Target]:
    """An account in each place that no caller uses: a reset revokes its tokens."""
    return [Target(None, p, "spare") for p in PLACES] + [Target(None, None, "admin")]


def _reset_user(c: Caller, t: Target) -> int:
    if not _sees_user(c, t):
        return 404
    if c.is_admin:
        return 409 if t.who == "admin" else 200  # one's own: PUT /v1/me/password
    return 200 if manages_accounts(c, t.object_place) else 403


def _read_user(c: Caller, t: Target) -> int:
    return 200 if _sees_user(c, t) else 404


def _change_user(c: Caller, t: Target) -> int:
    if not _sees_user(c, t):
        return 404
    return 200 if manages_accounts(c, t.object_place) else 403


def _read_client(c: Caller, t: Target) -> int:
    return 200 if oversees(c, t.object_place) else 404


def _change_client(c: Caller, t: Target) -> int:
    if not oversees(c, t.object_place):
        return 404
    return 200 if manages_accounts(c, t.object_place) else 403


def _audit(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 200 if oversees(c, t.path_place) else 403


def _events(c: Caller, t: Target) -> int:
    """The events feed: read by whoever reads all submissions there (the office of J or above,
    J's leader and deputy, read clients of J or above, admins)."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 200 if reads_all_submissions(c, t.path_place) else 403


def _webhooks(success: int) -> Callable[[Caller, Target], int]:
    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        if not manages_webhooks(c, t.path_place):
            return 403
        return success if t.object_place == t.path_place else 404

    return expect


def _new_webhook(w: World, t: Target, n: int) -> dict[str, Any]:
    return {"url": f"https://93.184.215.14/matrix/{n}", "event_types": ["task.created"]}


NO_RULEBOOK_YET = "1900-01-01"  # no rulebook is in force on this day in any jurisdiction


def _create_delegation(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 409 if entrusts(c, t.path_place) else 403  # 409: no rulebook in force


def _revoke_delegation(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place) or t.object_place != t.path_place:
        return 404
    return 409 if revokes_delegation(c, t.path_place) else 403  # 409: already revoked


def _check_act(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    return 409 if reads_shared(c, t.path_place) else 404  # 409: no rulebook in force


def _new_delegation(w: World, t: Target, n: int) -> dict[str, Any]:
    assert t.path_place is not None
    return {
        "to_user_id": str(w.places[t.path_place].user_ids["nobody"]),
        "scopes": ["chair:plenary_meeting"],
        "valid_from": NO_RULEBOOK_YET,
        "reason": f"matrix {n}",
    }


def _act_check(w: World, t: Target, n: int) -> dict[str, Any]:
    assert t.path_place is not None
    return {
        "act": "chair",
        "person_id": str(w.places[t.path_place].user_ids["deputy_leader"]),
        "subject": "plenary_meeting",
        "on": NO_RULEBOOK_YET,
    }


def _publish_rulebook(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    director_here = c.role == "office_director" and c.place == t.path_place
    return 201 if c.is_admin or director_here else 403


def _read_obligations(c: Caller, t: Target) -> int:
    # The matrix sends no range: a caller who may read the jurisdiction gets past access and is
    # then told due_from/due_to are required (422); anyone else learns nothing (404), like _read.
    return 422 if _read(c, t) == 200 else _read(c, t)


def _meeting_act(
    permitted: Callable[[Caller, str], bool],
    success: int = 409,
    *,
    convener_too: bool = False,
) -> Callable[[Caller, Target], int]:
    """An act on the (cancelled) matrix meeting of the object's place: 409 when permitted."""

    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        if not permitted(c, t.path_place):
            return 403
        if t.object_place != t.path_place:
            return 404
        if convener_too and not (c.role == "leader" or runs_meetings(c, t.path_place)):
            return 403
        return success

    return expect


def _convene(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    if not convenes(c, t.path_place):
        return 403
    # The body names the leader as convener: only the leader or the office may say so.
    if not (c.role == "leader" or runs_meetings(c, t.path_place)):
        return 403
    return 409  # no rulebook in force on the day


def _period_reason(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 200 if runs_meetings(c, t.path_place) else 403


def _read_compliance(c: Caller, t: Target) -> int:
    return 422 if _read(c, t) == 200 else _read(c, t)  # the matrix sends no year


def _submit(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    if not (c.role in HOLDS_A_POSITION and c.place == t.path_place):
        return 403
    return 415  # a JSON body is no multipart submission (issue 19: was a 422)


def _read_submission(c: Caller, t: Target) -> int:
    """The matrix submission is the housing unit's: its liaison, or whoever reads them all."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place) or t.object_place != t.path_place:
        return 404
    own_unit = c.role == "liaison" and c.place == t.path_place
    return 200 if reads_all_submissions(c, t.path_place) or own_unit else 404


def _read_parent(c: Caller, t: Target) -> int:
    """The parent's public facts, for whoever reads J: only county_a1 has a parent."""
    found = _read(c, t)
    return 404 if found == 200 and t.path_place != "county_a1" else found


def _read_report_compliance(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 422 if reads_all_submissions(c, t.path_place) else 403  # 422: no query sent


def _bulletin_act(publishing: bool = False) -> Callable[[Caller, Target], int]:
    """On the (published) matrix bulletin of the object's place: 409 when permitted."""

    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        permitted = (
            manages_accounts(c, t.path_place)  # the office director or deputy, or an admin
            if publishing
            else changes_organisation(c, t.path_place)  # the office, its write client, admin
        )
        if not permitted:
            return 403
        return 404 if t.object_place != t.path_place else 409

    return expect


def _read_publications(c: Caller, t: Target) -> int:
    """The office's publications: read as all submissions are (the office of J or above, J's
    leader and deputy, clients of J or above, admins); others who see J: 403."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    if not reads_all_submissions(c, t.path_place):
        return 403
    return 404 if t.object_place != t.path_place else 200


def _publishes(c: Caller, place: str) -> bool:
    """Past the coarse check: a person of J's office (no admin, no machine)."""
    return c.is_office and c.place == place


def _publish(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 422 if _publishes(c, t.path_place) else 403  # 422: an unknown field


def _withdraw_publication(c: Caller, t: Target) -> int:
    """The matrix publications are withdrawn: 409 for the office's leadership (E-PUB-1,
    C-PUB-1: office_leadership publishes and withdraws), the rule's 403 for its staff."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    if not _publishes(c, t.path_place):
        return 403
    if t.object_place != t.path_place:
        return 404
    return 409 if c.role in OFFICE_LEADERSHIP else 403


def _public(c: Caller, t: Target) -> int:
    """No token needed: anyone reads what is public."""
    return 200


def _public_withdrawn(c: Caller, t: Target) -> int:
    """The matrix publications are withdrawn: 410 in their own place, for anyone."""
    return 410 if t.object_place == t.path_place else 404


def _draft_bulletin(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 422 if changes_organisation(c, t.path_place) else 403  # 422: an unknown field


def _compile_briefing(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 201 if compiles_briefings(c, t.path_place) else 403


def _read_my_briefing(c: Caller, t: Target) -> int:
    """The matrix briefing of a place went to its leading group, its two units and (city_a's)
    county_a1's office."""
    if c.is_client:
        return 403
    place = t.object_place
    own = c.place == place and c.role in {"leader", "deputy_leader", "liaison"}
    copied = place == "city_a" and c.place == "county_a1" and c.is_office
    return 200 if own or copied else 404


def _read_document(c: Caller, t: Target) -> int:
    """The matrix document of a place is issued (and void), sent to its housing unit."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place) or t.object_place != t.path_place:
        return 404
    recipient = c.role == "liaison" and c.place == t.path_place
    return 200 if oversees_documents(c, t.path_place) or recipient else 404


def _draft_document(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    return 422 if changes_organisation(c, t.path_place) else 403  # 422: an unknown field


def reads_all_tasks(c: Caller, place: str) -> bool:
    """The whole task breakdown: as every unit's submissions (the office of J or above, J's
    leader and deputy, clients of J or above, admins)."""
    return reads_all_submissions(c, place)


def _read_task(c: Caller, t: Target) -> int:
    """The matrix task of a place is led by its housing unit (the liaison's)."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place) or t.object_place != t.path_place:
        return 404
    lead_unit = c.role == "liaison" and c.place == t.path_place
    return 200 if reads_all_tasks(c, t.path_place) or lead_unit else 404


def writes_on_tasks(c: Caller, place: str) -> bool:
    """Reports progress, comments, replies: a person holding a position in J, J's write
    client, an admin."""
    return c.is_admin or (c.role in HOLDS_A_POSITION | {"client_write"} and c.place == place)


def _reply_to_notice(c: Caller, t: Target) -> int:
    """The matrix notice is the housing unit's, answered: its liaison 409, whoever else sees it
    the rule's 403 (E-TSK-2)."""
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    if not writes_on_tasks(c, t.path_place):
        return 403
    if _read_task(c, t) == 404:
        return 404
    return 409 if c.role == "liaison" else 403


def _read_without_period(c: Caller, t: Target) -> int:
    """The inspections' evaluation asked without its period: 422 to whoever reads J."""
    assert t.path_place is not None
    return 422 if reads_shared(c, t.path_place) else 404


def _task_write(success: int) -> Callable[[Caller, Target], int]:
    """Progress (409: the matrix task is closed) and comments (201): the coarse check, the task
    (404 unseen), then the lead unit's liaison or the office (403 naming E-TSK-1 for others)."""

    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        if not writes_on_tasks(c, t.path_place):
            return 403
        if _read_task(c, t) == 404:
            return 404
        lead_unit = c.role == "liaison" and c.place == t.path_place
        return success if lead_unit or changes_organisation(c, t.path_place) else 403

    return expect


def _matters() -> list[Target]:
    """Each place's unit matter through every path, and the county's matter sent upward through
    every path. That one is kept in city_a, but its object place is its sender, county_a1: the
    county's own record of what it sent (so the foreign-pair guard still forbids city_b)."""
    return _crossed() + [Target(p, "county_a1", UPWARD) for p in PLACES]


UPWARD = "upward"


def reads_sent_matters(c: Caller, place: str) -> bool:
    return c.is_admin or ((c.is_office or c.is_client) and c.place in LINEAGE[place])


def _sees_matter(c: Caller, t: Target) -> bool:
    assert t.path_place is not None
    if t.who == UPWARD:
        if t.path_place == "city_a":
            return reads_all_submissions(c, "city_a")
        return t.path_place == "county_a1" and reads_sent_matters(c, "county_a1")
    if t.object_place != t.path_place:
        return False
    own_unit = c.role == "liaison" and c.place == t.path_place
    return reads_all_submissions(c, t.path_place) or own_unit


def _read_matter(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    return 200 if reads_shared(c, t.path_place) and _sees_matter(c, t) else 404


def _matter_act(permitted: Callable[[Caller, str], bool]) -> Callable[[Caller, Target], int]:
    """Forward, return, review: the coarse permission (403 naming the rule), then the matter
    (404 unseen), then 403 when reached through the sending county (it only follows it), then
    409 (the matrix matters are reviewed)."""

    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        if not permitted(c, t.path_place):
            return 403
        if not _sees_matter(c, t):
            return 404
        if t.who == UPWARD and t.path_place == "county_a1":
            return 403
        return 409

    return expect


COUNTY_FINDING = "county_finding"


def _inspections() -> list[Target]:
    """Each place's inspection of its housing unit through every path, and city_a's inspection
    of county_a1 (its finding for the county) through every path; its object place is the
    county, whose record it is, so the foreign-pair guard forbids city_b."""
    return _crossed() + [Target(p, "county_a1", COUNTY_FINDING) for p in PLACES]


def _sees_county_record(c: Caller, t: Target) -> bool:
    """city_a's inspection of county_a1 and its finding for the county: at city_a as the whole
    task breakdown, through county_a1 as what the county's office sent upward is."""
    if t.path_place == "city_a":
        return reads_all_tasks(c, "city_a")
    return t.path_place == "county_a1" and reads_sent_matters(c, "county_a1")


def _read_inspection(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if t.who != COUNTY_FINDING:
        return _read_task(c, t)
    return 200 if reads_shared(c, t.path_place) and _sees_county_record(c, t) else 404


def _inspection_act(success: int = 409) -> Callable[[Caller, Target], int]:
    """The office's acts (plan, record, review, link): as a meeting's; on the county's record,
    after it is seen, 403 through the county's path (it only reads and answers)."""
    as_usual = _meeting_act(changes_organisation, success)

    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if t.who != COUNTY_FINDING:
            return as_usual(c, t)
        if not reads_shared(c, t.path_place):
            return 404
        if not changes_organisation(c, t.path_place):
            return 403
        if not _sees_county_record(c, t):
            return 404
        return 403 if t.path_place == "county_a1" else success

    return expect


def _answer_finding(c: Caller, t: Target) -> int:
    """As a supervision notice's reply; the county's finding is answered by its office through
    its own path (409: accepted), anyone else who sees it gets the rule's 403."""
    assert t.path_place is not None
    if t.who != COUNTY_FINDING:
        return _reply_to_notice(c, t)
    if not reads_shared(c, t.path_place):
        return 404
    if not writes_on_tasks(c, t.path_place):
        return 403
    if not _sees_county_record(c, t):
        return 404
    county_office = t.path_place == "county_a1" and c.place == "county_a1" and c.is_office
    return 409 if county_office else 403


def handles_matters(c: Caller, place: str) -> bool:
    return c.is_office and c.place == place


def reviews_matters(c: Caller, place: str) -> bool:
    return c.role == "leader" and c.place == place


def _resubmit_matter(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    if not (c.role in HOLDS_A_POSITION and c.place == t.path_place):
        return 403
    if not _sees_matter(c, t):
        return 404
    upward_sender = t.path_place == "county_a1" and c.is_office
    sender = upward_sender if t.who == UPWARD else c.role == "liaison"
    return 409 if sender else 403


def _send_matter(c: Caller, t: Target) -> int:
    assert t.path_place is not None
    if not reads_shared(c, t.path_place):
        return 404
    if not (c.role in HOLDS_A_POSITION and c.place == t.path_place):
        return 403
    return 201 if c.role == "liaison" else 403  # the liaison's unit is inferred


def handles_incoming(c: Caller, place: str) -> bool:
    return c.place == place and (c.is_office or c.role in {"leader", "deputy_leader"})


def _incoming_act(success: int) -> Callable[[Caller, Target], int]:
    """Forward, approve, file, return: the coarse permission (403 naming CO-DOC-3), then the
    document (404 unseen; seen as a major matter is), then 403 when reached through the sending
    county, then ``success`` (the matrix documents are approved: 409, or 422 for filing)."""

    def expect(c: Caller, t: Target) -> int:
        assert t.path_place is not None
        if not reads_shared(c, t.path_place):
            return 404
        if not handles_incoming(c, t.path_place):
            return 403
        if not _sees_matter(c, t):
            return 404
        if t.who == UPWARD and t.path_place == "county_a1":
            return 403
        return success

    return expect


def _new_incoming(w: World, t: Target, n: int) -> dict[str, Any]:
    return {"title": f"matrix {n}", "body": "matrix", "purpose": "approval", "addressee": "office"}


def _new_meeting(w: World, t: Target, n: int) -> dict[str, Any]:
    assert t.path_place is not None
    leader = str(w.places[t.path_place].user_ids["leader"])
    return {
        "kind": "plenary_meeting",
        "title": f"matrix {n}",
        "starts_at": f"{NO_RULEBOOK_YET}T09:00:00+08:00",
        "ends_at": f"{NO_RULEBOOK_YET}T10:00:00+08:00",
        "place": "matrix",
        "chair_id": leader,
        "convener_id": leader,
    }


def _new_rulebook_version(w: World, t: Target, n: int) -> dict[str, Any]:
    # Each publication its own day, far ahead: the versions in force today stay the world's.
    document = shipped_document("changji")
    document["effective_from"] = (date(2100, 1, 1) + timedelta(days=n)).isoformat()
    return document


def _new_unit(w: World, t: Target, n: int) -> dict[str, Any]:
    return {"code": f"matrix-{n}", "name": f"matrix unit {n}", "kind": "other"}


def _new_position(w: World, t: Target, n: int) -> dict[str, Any]:
    assert t.path_place is not None
    # A member position that starts in the future: it grants nothing today, so later requests
    # of the same test are judged on the world as built.
    return {
        "user_id": str(w.places[t.path_place].user_ids["nobody"]),
        "role": "member",
        "valid_from": "2999-01-01",
    }


JID, UNIT, POS = "/v1/jurisdictions/{jid}", "/units/{unit_id}", "/positions/{position_id}"
DELEGATION = "/delegations/{delegation_id}"
MEETINGS, MEETING = "/meetings", "/meetings/{meeting_id}"
INVITEE = MEETING + "/invitees/{invitee_id}"
SUBMISSION = "/submissions/{submission_id}"
MATTERS, MATTER = "/major-matters", "/major-matters/{matter_id}"
INCOMING, INCOMING_DOCUMENT = "/incoming-documents", "/incoming-documents/{document_id}"
BULLETIN = "/bulletins/{bulletin_id}"
PUBLICATION = "/publications/{publication_id}"
PUBLIC = "/v1/public/jurisdictions/{jid}"
BRIEFING = "/briefings/{briefing_id}"
DOCUMENT = "/documents/{document_id}"
ATTACHMENT = DOCUMENT + "/attachments/{attachment_id}"
TASKS, TASK = "/tasks", "/tasks/{task_id}"
SUPERVISIONS, SUPERVISION = "/supervision-notices", "/supervision-notices/{notice_id}"
PUBLIC_NOTICES, PUBLIC_NOTICE = "/public-notices", "/public-notices/{notice_id}"
RECORDS, RECORD = "/accountability-records", "/accountability-records/{record_id}"
HOOKS = "/webhook-subscriptions"
HOOK = HOOKS + "/{subscription_id}"
EVIDENCE = TASK + "/progress/{report_id}/evidence/{file_id}"
INSPECTIONS, INSPECTION = "/inspections", "/inspections/{inspection_id}"
FINDING = INSPECTION + "/findings/{finding_id}"
FINDING_EVIDENCE = FINDING + "/answers/{answer_id}/evidence/{file_id}"
FINDING_LINK = FINDING + "/links/{link_id}"
ASSESSMENT = "/assessments/{year}"
CARD = ASSESSMENT + "/scorecards/{subject_id}"
ROUTES: list[Route] = [
    Route("GET", JID, _in_place, _read),
    Route("PATCH", JID, _in_place, _change(200), lambda w, t, n: {"name": f"renamed {n}"}),
    Route("GET", JID + "/units", _in_place, _read),
    Route("POST", JID + "/units", _in_place, _change(201), _new_unit),
    Route("GET", JID + UNIT, _crossed, _read),
    Route("PATCH", JID + UNIT, _crossed, _change(200), lambda w, t, n: {"name": f"unit {n}"}),
    Route("GET", JID + "/positions", _in_place, _read),
    Route("POST", JID + "/positions", _in_place, _change(201), _new_position),
    Route("GET", JID + POS, _crossed, _read),
    Route(
        "PATCH", JID + POS, _crossed, _change_leader_position, lambda w, t, n: {"title": f"t{n}"}
    ),
    Route("GET", JID + "/audit-events", _in_place, _audit),
    Route("GET", JID + "/events", _in_place, _events),
    Route("GET", JID + "/rulebook", _in_place, _read),
    Route("GET", JID + "/parent", _in_place, _read_parent),
    Route("PUT", JID + "/rulebook", _in_place, _publish_rulebook, _new_rulebook_version),
    Route("GET", JID + "/rulebook/versions", _in_place, _read),
    Route("GET", JID + "/obligations", _in_place, _read_obligations),
    Route("GET", JID + "/composition", _in_place, _read),
    Route("GET", JID + "/rulebook/check-holdings", _in_place, _audit),
    Route("GET", JID + "/rulebook/versions/{version_id}", _crossed, _read),
    Route("GET", JID + "/delegations", _in_place, _read),
    Route("POST", JID + "/delegations", _in_place, _create_delegation, _new_delegation),
    Route("GET", JID + DELEGATION, _crossed, _read),
    Route(
        "POST",
        JID + DELEGATION + "/revoke",
        _crossed,
        _revoke_delegation,
        lambda w, t, n: {"reason": f"matrix {n}"},
    ),
    Route("POST", JID + "/rulebook/check", _in_place, _check_act, _act_check),
    Route("GET", JID + MEETINGS, _in_place, _read),
    Route("POST", JID + MEETINGS, _in_place, _convene, _new_meeting),
    Route("GET", JID + "/meetings.ics", _in_place, _read),
    Route("GET", JID + MEETINGS + "/compliance", _in_place, _read_compliance),
    Route(
        "PUT",
        JID + MEETINGS + "/compliance/{meeting_kind}/{period}",
        _in_place,
        _period_reason,
        lambda w, t, n: {"reason": f"matrix {n}"},
    ),
    Route("GET", JID + MEETING, _crossed, _read),
    Route(
        "PATCH",
        JID + MEETING,
        _crossed,
        _meeting_act(convenes, convener_too=True),
        lambda w, t, n: {"title": f"matrix {n}"},
    ),
    Route("POST", JID + MEETING + "/approve", _crossed, _meeting_act(convenes), lambda *_: {}),
    Route(
        "POST",
        JID + MEETING + "/cancel",
        _crossed,
        _meeting_act(convenes, convener_too=True),
        lambda w, t, n: {"reason": f"matrix {n}"},
    ),
    Route("POST", JID + MEETING + "/hold", _crossed, _meeting_act(runs_meetings)),
    Route(
        "POST",
        JID + MEETING + "/invitees",
        _crossed,
        _meeting_act(runs_meetings),
        lambda w, t, n: {"user_id": str(w.places[t.path_place or ""].user_ids["nobody"])},
    ),
    Route(
        "PATCH",
        JID + INVITEE,
        _crossed,
        _meeting_act(runs_meetings),
        lambda *_: {"attendance": "present"},
    ),
    Route("DELETE", JID + INVITEE, _crossed, _meeting_act(runs_meetings)),
    Route(
        "PUT",
        JID + MEETING + "/attendance",
        _crossed,
        _meeting_act(runs_meetings),
        lambda *_: {"records": [{"invitee_id": str(uuid.uuid4()), "attendance": "present"}]},
    ),
    Route("GET", JID + MEETING + "/minutes", _crossed, _read),
    Route("PUT", JID + MEETING + "/minutes", _crossed, _meeting_act(runs_meetings), lambda *_: {}),
    Route("POST", JID + MEETING + "/minutes/archive", _crossed, _meeting_act(runs_meetings)),
    Route(
        "POST",
        JID + MEETING + "/minutes/addenda",
        _crossed,
        _meeting_act(runs_meetings),
        lambda w, t, n: {"text": f"matrix {n}"},
    ),
    Route(
        "GET",
        JID + MEETING + "/minutes/verify",
        _crossed,
        lambda c, t: 409 if _read(c, t) == 200 else _read(c, t),  # 409: not archived
    ),
    Route("POST", JID + "/submissions", _in_place, _submit, lambda *_: {"report_kind": "x"}),
    Route("GET", JID + "/submissions", _in_place, _read),
    Route("GET", JID + SUBMISSION, _crossed, _read_submission),
    Route(
        "GET", JID + SUBMISSION + "/versions/{version}/files/{file_id}", _crossed, _read_submission
    ),
    Route("GET", JID + "/compliance", _in_place, _read_report_compliance),
    Route(
        "POST",
        JID + MATTERS,
        _in_place,
        _send_matter,
        lambda w, t, n: {"title": f"matrix {n}", "body": "matrix"},
    ),
    Route("GET", JID + MATTERS, _in_place, _read),
    Route("GET", JID + MATTER, _matters, _read_matter),
    Route("POST", JID + MATTER + "/forward", _matters, _matter_act(handles_matters), lambda *_: {}),
    Route(
        "POST",
        JID + MATTER + "/return",
        _matters,
        _matter_act(handles_matters),
        lambda *_: {"reason": "matrix"},
    ),
    Route(
        "POST",
        JID + MATTER + "/review",
        _matters,
        _matter_act(reviews_matters),
        lambda *_: {"comment": "matrix"},
    ),
    Route("POST", JID + MATTER + "/resubmit", _matters, _resubmit_matter, lambda *_: {"body": "m"}),
    # Sent as a major matter is: only the liaison (for its unit) succeeds.
    Route("POST", JID + INCOMING, _in_place, _send_matter, _new_incoming),
    Route("GET", JID + INCOMING, _in_place, _read),
    Route("GET", JID + INCOMING_DOCUMENT, _matters, _read_matter),
    Route(
        "POST", JID + INCOMING_DOCUMENT + "/forward", _matters, _incoming_act(409), lambda *_: {}
    ),
    Route(
        "POST", JID + INCOMING_DOCUMENT + "/approve", _matters, _incoming_act(409), lambda *_: {}
    ),
    Route("POST", JID + INCOMING_DOCUMENT + "/file", _matters, _incoming_act(422), lambda *_: {}),
    Route(
        "POST",
        JID + INCOMING_DOCUMENT + "/return",
        _matters,
        _incoming_act(409),
        lambda *_: {"reason": "matrix"},
    ),
    Route("POST", JID + "/bulletins", _in_place, _draft_bulletin, lambda *_: {"colour": 1}),
    Route("GET", JID + "/bulletins", _in_place, _read),
    Route("GET", JID + BULLETIN, _crossed, _read),
    Route("PATCH", JID + BULLETIN, _crossed, _bulletin_act(), lambda *_: {"analysis": "x"}),
    Route("DELETE", JID + BULLETIN, _crossed, _bulletin_act()),
    Route("POST", JID + BULLETIN + "/publish", _crossed, _bulletin_act(publishing=True)),
    Route("GET", JID + "/publications", _in_place, _read_publications),
    Route("GET", JID + PUBLICATION, _crossed, _read_publications),
    Route("POST", JID + "/publications", _in_place, _publish, lambda *_: {"colour": 1}),
    Route(
        "POST",
        JID + PUBLICATION + "/withdrawal",
        _crossed,
        _withdraw_publication,
        lambda *_: {"reason": "matrix"},
    ),
    # As the withdrawal: the matrix items are withdrawn (409); the missing file is judged last.
    Route("POST", JID + PUBLICATION + "/files", _crossed, _withdraw_publication),
    # The public routes take no token: every caller is the public (nothing foreign to refuse).
    Route("GET", PUBLIC, _in_place, _public, foreign=frozenset()),
    Route("GET", PUBLIC + "/publications", _in_place, _public, foreign=frozenset()),
    Route("GET", PUBLIC + "/feed.atom", _in_place, _public, foreign=frozenset()),
    Route("GET", PUBLIC + "/feed.json", _in_place, _public, foreign=frozenset()),
    Route("GET", PUBLIC + PUBLICATION, _crossed, _public_withdrawn, foreign=frozenset()),
    Route(
        "GET",
        PUBLIC + PUBLICATION + "/files/{file_id}",
        _crossed,
        _public_withdrawn,
        foreign=frozenset(),
    ),
    Route("GET", JID + "/briefings", _in_place, _read),
    Route(
        "POST",
        JID + "/briefings",
        _in_place,
        _compile_briefing,
        lambda w, t, n: {"title": f"matrix {n}"},
    ),
    Route("GET", JID + BRIEFING, _crossed, _read),
    Route(
        "PATCH",
        JID + BRIEFING,
        _crossed,
        _meeting_act(compiles_briefings),
        lambda w, t, n: {"title": f"matrix {n}"},
    ),
    Route("DELETE", JID + BRIEFING, _crossed, _meeting_act(compiles_briefings)),
    Route("POST", JID + BRIEFING + "/send", _crossed, _meeting_act(compiles_briefings)),
    Route("GET", JID + BRIEFING + "/reads", _crossed, _meeting_act(oversees_briefings, 200)),
    Route(
        "GET",
        "/v1/me/briefings/{briefing_id}",
        lambda: [Target(None, p) for p in PLACES],
        _read_my_briefing,
        foreign=RECIPIENT_FOREIGN,
    ),
    Route(
        "GET",
        "/v1/me/briefings/{briefing_id}/files/{file_id}",
        lambda: [Target(None, p) for p in PLACES],
        _read_my_briefing,  # as reading the briefing: the place's submission file, its item's
        foreign=RECIPIENT_FOREIGN,
    ),
    Route("GET", JID + "/documents", _in_place, _read),
    Route("POST", JID + "/documents", _in_place, _draft_document, lambda *_: {"colour": 1}),
    Route("GET", JID + DOCUMENT, _crossed, _read_document),
    Route(
        "PATCH",
        JID + DOCUMENT,
        _crossed,
        _meeting_act(changes_organisation),
        lambda *_: {"title": "matrix"},
    ),
    Route("DELETE", JID + DOCUMENT, _crossed, _meeting_act(changes_organisation)),
    Route("POST", JID + DOCUMENT + "/sign", _crossed, _meeting_act(signs_documents)),
    Route(
        "POST",
        JID + DOCUMENT + "/void",
        _crossed,
        _meeting_act(signs_documents),
        lambda *_: {"reason": "matrix"},
    ),
    # No file sent: 422 once the draft permission is granted, before the document is looked at.
    Route("POST", JID + DOCUMENT + "/attachments", _crossed, _draft_document),
    Route("GET", JID + ATTACHMENT, _crossed, _read_document),
    Route("DELETE", JID + ATTACHMENT, _crossed, _meeting_act(changes_organisation)),
    Route("GET", JID + DOCUMENT + "/reads", _crossed, _meeting_act(oversees_documents, 200)),
    Route(
        "GET",
        "/v1/me/documents/{document_id}",
        lambda: [Target(None, p) for p in PLACES],
        _read_my_briefing,  # sent to the same recipients as the matrix briefings
        foreign=RECIPIENT_FOREIGN,
    ),
    Route(
        "GET",
        "/v1/me/documents/{document_id}/attachments/{attachment_id}",
        lambda: [Target(None, p) for p in PLACES],
        _read_my_briefing,  # as reading the document: its recipients, in any jurisdiction
        foreign=RECIPIENT_FOREIGN,
    ),
    Route("GET", JID + TASKS, _in_place, _read),
    Route("GET", JID + TASKS + "/summary", _in_place, _read),
    Route("GET", JID + TASKS + "/export.xlsx", _in_place, _read),
    # No file sent: 422 once the permission to keep the table is granted.
    Route("POST", JID + TASKS + "/import", _in_place, _draft_document),
    # An unknown field: 422 once the permission to keep the table is granted.
    Route("POST", JID + TASKS, _in_place, _draft_document, lambda *_: {"colour": 1}),
    Route("POST", JID + TASKS + "/from-decision", _in_place, _draft_document, lambda *_: {"c": 1}),
    Route("GET", JID + TASK, _crossed, _read_task),
    # The matrix tasks are cancelled: every change answers 409 once permitted.
    Route(
        "PATCH",
        JID + TASK,
        _crossed,
        _meeting_act(changes_organisation),
        lambda *_: {"title": "matrix"},
    ),
    Route("DELETE", JID + TASK, _crossed, _meeting_act(changes_organisation)),
    Route(
        "POST",
        JID + TASK + "/cancel",
        _crossed,
        _meeting_act(changes_organisation),
        lambda *_: {"reason": "matrix"},
    ),
    Route(
        "POST",
        JID + TASK + SUPERVISIONS,
        _crossed,
        _meeting_act(changes_organisation),
        lambda *_: {"text": "matrix"},
    ),
    Route("GET", JID + TASK + SUPERVISIONS, _crossed, _read_task),
    Route("GET", JID + SUPERVISIONS, _in_place, _read),
    Route("GET", JID + SUPERVISION, _crossed, _read_task),
    Route(
        "POST",
        JID + SUPERVISION + "/reply",
        _crossed,
        _reply_to_notice,
        lambda *_: {"text": "matrix"},
    ),
    Route("POST", JID + PUBLIC_NOTICES, _in_place, _draft_document, lambda *_: {"colour": 1}),
    Route("GET", JID + PUBLIC_NOTICES, _in_place, _read),
    Route("GET", JID + PUBLIC_NOTICE, _crossed, _read),
    Route("POST", JID + RECORDS, _in_place, _draft_document, lambda *_: {"colour": 1}),
    Route("GET", JID + RECORDS, _in_place, _read),
    Route("GET", JID + RECORD, _crossed, _read_task),
    Route(
        "POST",
        JID + TASK + "/progress",
        _crossed,
        _task_write(409),
        lambda w, t, n: {"text": f"matrix {n}", "percent": "10"},
        form=True,
    ),
    Route("GET", JID + TASK + "/progress", _crossed, _read_task),
    Route("GET", JID + EVIDENCE, _crossed, _read_task),
    Route(
        "POST",
        JID + TASK + "/completion/confirm",
        _crossed,
        _meeting_act(changes_organisation),
        lambda *_: {},
    ),
    Route(
        "POST",
        JID + TASK + "/completion/send-back",
        _crossed,
        _meeting_act(changes_organisation),
        lambda *_: {"reason": "matrix"},
    ),
    Route(
        "POST",
        JID + TASK + "/complete",
        _crossed,
        _meeting_act(changes_organisation),
        lambda *_: {"note": "matrix"},
    ),
    # Comments are remarks: the cancelled matrix tasks take them.
    Route(
        "POST",
        JID + TASK + "/comments",
        _crossed,
        _task_write(201),
        lambda w, t, n: {"text": f"matrix {n}"},
    ),
    Route("GET", JID + TASK + "/comments", _crossed, _read_task),
    Route("GET", "/v1/users/{user_id}", _users, _read_user),
    Route(
        "PATCH",
        "/v1/users/{user_id}",
        _users,
        _change_user,
        lambda w, t, n: {"display_name": f"renamed {n}"},
    ),
    Route("POST", "/v1/users/{user_id}/password-reset", _spare_users, _reset_user),
    Route("GET", "/v1/clients/{client_pk}", _clients, _read_client),
    Route(
        "PATCH",
        "/v1/clients/{client_pk}",
        _clients,
        _change_client,
        lambda w, t, n: {"name": f"renamed {n}"},
    ),
    Route("POST", "/v1/clients/{client_pk}/secret", _spare_clients, _change_client),
    Route("POST", "/v1/me/feed-tokens/{token_id}/revoke", _feed_tokens, _revoke_feed_token),
    # Inspections (CO-SUP-1): the matrix ones are held; their finding is answered and accepted.
    Route("GET", JID + INSPECTIONS, _in_place, _read),
    Route("POST", JID + INSPECTIONS, _in_place, _draft_document, lambda *_: {"colour": 1}),
    Route("GET", JID + INSPECTIONS + "/evaluation", _in_place, _read_without_period),
    Route("GET", JID + INSPECTIONS + "/findings", _in_place, _read),
    Route("GET", JID + INSPECTION, _inspections, _read_inspection),
    Route("PATCH", JID + INSPECTION, _inspections, _inspection_act(), lambda *_: {"title": "m"}),
    Route(
        "POST",
        JID + INSPECTION + "/held",
        _inspections,
        _inspection_act(),
        lambda *_: {"summary": "matrix"},
    ),
    # A finding for a unit that is none here: 422 once the inspection is seen and may be changed.
    Route(
        "POST",
        JID + INSPECTION + "/findings",
        _inspections,
        _inspection_act(422),
        lambda *_: {
            "problem": "matrix",
            "cause": "matrix",
            "handling": "matrix",
            "unit_id": str(uuid.UUID(int=1)),
            "rectify_within_working_days": 5,
        },
    ),
    Route("GET", JID + INSPECTION + "/findings", _inspections, _read_inspection),
    Route("GET", JID + FINDING, _inspections, _read_inspection),
    Route(
        "POST",
        JID + FINDING + "/answers",
        _inspections,
        _answer_finding,
        lambda *_: {"text": "matrix"},
        form=True,
    ),
    Route("GET", JID + FINDING_EVIDENCE, _inspections, _read_inspection),
    Route("POST", JID + FINDING + "/accept", _inspections, _inspection_act(), lambda *_: {}),
    Route(
        "POST",
        JID + FINDING + "/send-back",
        _inspections,
        _inspection_act(),
        lambda *_: {"reason": "matrix"},
    ),
    # A link to a task that is none here: 422 once the finding is seen and may be changed.
    Route(
        "POST",
        JID + FINDING + "/links",
        _inspections,
        _inspection_act(422),
        lambda *_: {"kind": "task", "target_id": str(uuid.UUID(int=1))},
    ),
    # The matrix link is removed already: removing it again changes nothing (204).
    Route("DELETE", JID + FINDING_LINK, _inspections, _inspection_act(204)),
    # Assessments (C-ASM-1): the matrix ones are final.
    Route("GET", JID + ASSESSMENT, _assessments, _read_assessment, foreign=RECIPIENT_FOREIGN),
    Route("PUT", JID + ASSESSMENT, _assessments, _prepare_assessment, lambda *_: {}),
    Route(
        "GET",
        JID + ASSESSMENT + "/scorecards",
        _assessments,
        _read_assessment,
        foreign=RECIPIENT_FOREIGN,
    ),
    Route(
        "GET",
        JID + ASSESSMENT + "/table",
        _assessments,
        _read_assessment,
        foreign=RECIPIENT_FOREIGN,
    ),
    Route(
        "GET",
        JID + ASSESSMENT + "/appeals",
        _assessments,
        _read_assessment,
        foreign=RECIPIENT_FOREIGN,
    ),
    Route("GET", JID + CARD, _cards, _read_card, foreign=RECIPIENT_FOREIGN),
    Route(
        "PUT",
        JID + CARD + "/indicators/{indicator}",
        _cards,
        _card_act,
        lambda *_: {"score": 1, "reason": "matrix"},
    ),
    Route(
        "POST",
        JID + CARD + "/indicators/{indicator}/evidence",
        _cards,
        _card_act,
        lambda *_: {},
        form=True,
    ),
    Route(
        "GET",
        JID + CARD + "/indicators/{indicator}/evidence/{file_id}",
        _cards,
        _read_card_file,
        foreign=RECIPIENT_FOREIGN,
    ),
    Route(
        "POST",
        JID + CARD + "/indicators/{indicator}/appeals",
        _cards,
        _appeal_card,
        lambda *_: {"reason": "matrix"},
        foreign=RECIPIENT_FOREIGN,
    ),
    Route("GET", JID + ASSESSMENT + "/appeals/{appeal_id}", _cards, _read_appeal),
    Route(
        "POST",
        JID + ASSESSMENT + "/appeals/{appeal_id}/decision",
        _cards,
        _decide_appeal,
        lambda *_: {"outcome": "rejected", "reason": "matrix"},
    ),
    Route(
        "POST",
        JID + ASSESSMENT + "/finalisation",
        _assessments,
        _assessment_act(finalises_assessments),
    ),
    # Webhook subscriptions: the matrix ones are switched off, each with a dead delivery.
    Route("GET", JID + HOOKS, _in_place, _webhooks(200)),
    Route("POST", JID + HOOKS, _in_place, _webhooks(201), _new_webhook),
    Route("GET", JID + HOOK, _crossed, _webhooks(200)),
    Route("PATCH", JID + HOOK, _crossed, _webhooks(200), lambda w, t, n: {"description": f"m{n}"}),
    Route("GET", JID + HOOK + "/deliveries", _crossed, _webhooks(200)),
    Route("POST", JID + HOOK + "/deliveries/redelivery", _crossed, _webhooks(409)),
    Route("POST", JID + HOOK + "/deliveries/{delivery_id}/redelivery", _crossed, _webhooks(409)),
    # Last: each place's subscription is deleted once, by the one caller allowed to.
    Route("DELETE", JID + HOOK, _crossed, _webhooks(204)),
]


def callers_of(place: str) -> list[Caller]:
    if place == "admin":
        return [Caller(None, "admin")]
    return [Caller(place, role) for role in (*PEOPLE, *CLIENTS)]


ALL_CALLERS = [c for p in (*PLACES, "admin") for c in callers_of(p)]


# --- the world's ids ----------------------------------------------------------------------


@dataclass
class Ids:
    world: World
    positions: dict[str, uuid.UUID]  # each place's leader position
    delegations: dict[str, uuid.UUID]  # each place's (revoked) delegation from its leader
    rulebook_versions: dict[str, uuid.UUID]  # each place's own version, in force since 2020
    meetings: dict[str, uuid.UUID]  # each place's (cancelled) meeting, convened by its leader
    invitees: dict[str, uuid.UUID]  # an invitee of that meeting
    feed_tokens: dict[str, uuid.UUID]  # each place's office staff's (revoked) feed token
    submissions: dict[str, uuid.UUID]  # each place's housing unit's monthly report
    submission_files: dict[str, uuid.UUID]  # the file of its version 1
    matters: dict[str, uuid.UUID]  # each place's housing unit's (reviewed) major matter
    upward_matter: uuid.UUID  # county_a1's office's (reviewed) matter, kept in city_a
    incoming: dict[str, uuid.UUID]  # each place's housing unit's (approved) incoming document
    upward_incoming: uuid.UUID  # county_a1's office's (approved) document, kept in city_a
    bulletins: dict[str, uuid.UUID]  # each place's published bulletin
    briefings: dict[str, uuid.UUID]  # each place's sent briefing
    documents: dict[str, uuid.UUID]  # each place's signed and void document
    attachments: dict[str, uuid.UUID]  # that document's attachment
    tasks: dict[str, uuid.UUID]  # each place's (cancelled) task, led by its housing unit
    progress_reports: dict[str, uuid.UUID]  # a progress report on that task
    evidence_files: dict[str, uuid.UUID]  # that report's evidence file
    # On that task, to its housing unit: an answered supervision notice, a public notice and an
    # accountability record.
    supervision_notices: dict[str, uuid.UUID] = field(default_factory=dict)
    public_notices: dict[str, uuid.UUID] = field(default_factory=dict)
    accountability_records: dict[str, uuid.UUID] = field(default_factory=dict)
    webhook_subscriptions: dict[str, uuid.UUID] = field(default_factory=dict)
    webhook_deliveries: dict[str, uuid.UUID] = field(default_factory=dict)
    # Each place's held inspection of its housing unit, its finding for that unit (answered and
    # accepted), the answer and the answer's evidence file; under COUNTY_FINDING, city_a's of
    # county_a1 with its finding for the county.
    inspections: dict[str, uuid.UUID] = field(default_factory=dict)
    findings: dict[str, uuid.UUID] = field(default_factory=dict)
    finding_answers: dict[str, uuid.UUID] = field(default_factory=dict)
    finding_files: dict[str, uuid.UUID] = field(default_factory=dict)
    # That finding's link to the place's task, removed already.
    finding_links: dict[str, uuid.UUID] = field(default_factory=dict)
    # Each place's withdrawn publication (a result) and its published file.
    publications: dict[str, uuid.UUID] = field(default_factory=dict)
    publication_files: dict[str, uuid.UUID] = field(default_factory=dict)
    # city_a's and county_a1's final 2026 assessments: the housing unit's score's evidence file
    # and its (decided) appeal.
    assessment_files: dict[str, uuid.UUID] = field(default_factory=dict)
    assessment_appeals: dict[str, uuid.UUID] = field(default_factory=dict)

    def path(self, template: str, t: Target) -> str:
        w = self.world
        values: dict[str, str] = {}
        if t.path_place is not None:
            values["jid"] = str(w.places[t.path_place].id)
        if t.object_place is not None:
            place = w.places[t.object_place]
            values["unit_id"] = str(place.unit_ids["housing"])
            values["position_id"] = str(self.positions[t.object_place])
            values["delegation_id"] = str(self.delegations[t.object_place])
            values["version_id"] = str(self.rulebook_versions[t.object_place])
            values["meeting_id"] = str(self.meetings[t.object_place])
            values["invitee_id"] = str(self.invitees[t.object_place])
            values["submission_id"] = str(self.submissions[t.object_place])
            # Submission files and evidence files (of progress reports, of answers to findings)
            # all name theirs file_id.
            inspected = COUNTY_FINDING if t.who == COUNTY_FINDING else t.object_place
            values["file_id"] = str(
                self.publication_files[t.object_place]
                if "/publications/" in template
                else self.assessment_files.get(t.object_place, uuid.UUID(int=2))
                if "/assessments/" in template
                else self.finding_files[inspected]
                if "/answers/" in template
                else self.evidence_files[t.object_place]
                if "/evidence/" in template
                else self.submission_files[t.object_place]
            )
            values["inspection_id"] = str(self.inspections[inspected])
            values["finding_id"] = str(self.findings[inspected])
            values["answer_id"] = str(self.finding_answers[inspected])
            values["link_id"] = str(self.finding_links[inspected])
            values["version"] = "1"
            values["year"] = "2026"
            values["indicator"] = "innovation"
            values["subject_id"] = str(
                w.places["county_a1"].id if t.who == COUNTY_CARD else place.unit_ids["housing"]
            )
            values["appeal_id"] = str(self.assessment_appeals.get(t.object_place, uuid.UUID(int=3)))
            values["matter_id"] = str(
                self.upward_matter if t.who == UPWARD else self.matters[t.object_place]
            )
            incoming = self.upward_incoming if t.who == UPWARD else self.incoming[t.object_place]
            values["bulletin_id"] = str(self.bulletins[t.object_place])
            values["publication_id"] = str(self.publications[t.object_place])
            values["briefing_id"] = str(self.briefings[t.object_place])
            # Official and incoming documents both name theirs document_id.
            values["document_id"] = str(
                incoming if "/incoming-documents/" in template else self.documents[t.object_place]
            )
            values["attachment_id"] = str(self.attachments[t.object_place])
            values["task_id"] = str(self.tasks[t.object_place])
            values["notice_id"] = str(
                self.public_notices[t.object_place]
                if "/public-notices/" in template
                else self.supervision_notices[t.object_place]
            )
            values["record_id"] = str(self.accountability_records[t.object_place])
            values["subscription_id"] = str(self.webhook_subscriptions[t.object_place])
            values["delivery_id"] = str(self.webhook_deliveries[t.object_place])
            values["report_id"] = str(self.progress_reports[t.object_place])
            changji = t.object_place != "city_b"
            values["meeting_kind"] = "plenary_meeting" if changji else "joint_meeting"
            values["period"] = "2026-Q1" if changji else "2026"
            if t.who in place.user_ids:
                values["user_id"] = str(place.user_ids[t.who])
            if t.who in place.client_ids:
                values["client_pk"] = str(place.client_ids[t.who])
            values["token_id"] = str(self.feed_tokens[t.object_place])
        elif t.who == "admin":
            values["user_id"] = str(w.admin_id)
        return template.format(**values)


async def _ids(client: httpx.AsyncClient, world: World, database: Database) -> Ids:
    positions = {}
    for name, place in world.places.items():
        response = await client.get(
            f"/v1/jurisdictions/{place.id}/positions",
            params={"role": "leader"},
            headers=world.headers("admin"),
        )
        assert response.status_code == 200, response.text
        (leader,) = response.json()["items"]
        positions[name] = uuid.UUID(leader["id"])
    async with database.sessionmaker() as session, session.begin():
        for place in world.places.values():
            spare = await users.create_with_password(
                session,
                UserCreateWithPassword(
                    username=f"{place.code}.spare",
                    display_name="matrix",
                    password=SecretStr("matrix spare password"),
                    jurisdiction_id=place.id,
                ),
            )
            place.user_ids["spare"] = spare.id
            spare_client = await clients.create(
                session,
                None,
                ClientCreate(name="matrix spare", jurisdiction_id=place.id, scopes=["read"]),
            )
            place.client_ids["client_spare"] = spare_client.id
    # Without a rulebook no delegation can be entered through the API: one per place, straight
    # into the database, already revoked (so that revoking it again changes nothing).
    delegations = {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            row = Delegation(
                jurisdiction_id=place.id,
                from_user_id=place.user_ids["leader"],
                to_user_id=place.user_ids["deputy_leader"],
                scopes=["chair:plenary_meeting"],
                valid_from=date(2020, 1, 1),
                reason="matrix",
                revoked_on=date(2020, 6, 1),
                revoked_at=datetime.now(UTC),
                revocation_reason="matrix",
            )
            session.add(row)
            await session.flush()
            delegations[name] = row.id
    versions = {}
    for name, place in world.places.items():
        document = shipped_document("ezhou" if name == "city_b" else "changji")
        document["effective_from"] = "2020-01-01"
        response = await with_if_match(
            client,
            "PUT",
            f"/v1/jurisdictions/{place.id}/rulebook",
            json=document,
            headers=world.headers("admin"),
        )
        assert response.status_code == 201, response.text
        versions[name] = uuid.UUID(response.json()["id"])
    # A meeting per place, already cancelled (so every act on it changes nothing), with one
    # invitee and a draft of minutes, straight into the database.
    meetings, invitees, feed_tokens = {}, {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            leader = place.user_ids["leader"]
            meeting = Meeting(
                jurisdiction_id=place.id,
                kind="joint_meeting" if name == "city_b" else "plenary_meeting",
                kind_name="matrix",
                minutes_required=False,
                title="matrix",
                starts_at=datetime(2026, 3, 20, 1, 30, tzinfo=UTC),
                ends_at=datetime(2026, 3, 20, 3, 30, tzinfo=UTC),
                place="matrix",
                is_extra=False,
                state="cancelled",
                cancelled_at=datetime.now(UTC),
                cancellation_reason="matrix",
                agenda=[],
                rulebook_version_id=versions[name],
                convened_by=leader,
                convene_rule="matrix",
                chair_id=leader,
                chair_rule="matrix",
            )
            session.add(meeting)
            await session.flush()
            invitee = MeetingInvitee(
                jurisdiction_id=place.id,
                meeting_id=meeting.id,
                position=1,
                user_id=place.user_ids["deputy_leader"],
                basis="all_members",
            )
            session.add(invitee)
            session.add(
                MeetingMinutes(meeting_id=meeting.id, jurisdiction_id=place.id, draft=EMPTY_DRAFT)
            )
            await session.flush()
            meetings[name], invitees[name] = meeting.id, invitee.id
            token = FeedToken(
                user_id=place.user_ids["office_staff"],
                label="matrix",
                token_hash=f"matrix-{name}",
                revoked_at=datetime.now(UTC),
            )
            session.add(token)
            await session.flush()
            feed_tokens[name] = token.id
    # A submission per place (its housing unit's, one version, one file), straight into the
    # database: the matrix tests who reads it, not how it is submitted.
    submissions, submission_files = {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            now = datetime.now(UTC)
            head = ReportSubmission(
                jurisdiction_id=place.id,
                report_kind="matrix",
                period_kind="month",
                period_start=date(2026, 10, 1),
                period_label="2026-10",
                unit_id=place.unit_ids["housing"],
                first_submitted_at=now,
                first_submitted_on=now.date(),
                latest_version=1,
                latest_submitted_at=now,
            )
            session.add(head)
            await session.flush()
            version = SubmissionVersion(
                jurisdiction_id=place.id,
                submission_id=head.id,
                version=1,
                submitted_at=now,
                submitted_on=now.date(),
                submitted_by=place.user_ids["liaison"],
                submitted_by_name="matrix",
                submitted_as="liaison_officer",
                rulebook_version_id=versions[name],
                content={},
            )
            session.add(version)
            await session.flush()
            file = SubmissionFile(
                jurisdiction_id=place.id,
                version_id=version.id,
                field="report.electronic",
                part_key="report",
                format="electronic",
                position=1,
                filename="matrix.pdf",
                file_type="pdf",
                media_type="application/pdf",
                size_bytes=9,
                sha256="0" * 64,
                content=b"%PDF-1.4\n",
            )
            session.add(file)
            await session.flush()
            submissions[name], submission_files[name] = head.id, file.id
    # A major matter per place (its housing unit's) and county_a1's sent upward to city_a, all
    # already reviewed (every act on them answers 409), straight into the database.
    matters = {}
    async with database.sessionmaker() as session, session.begin():
        senders: list[tuple[str, str, str, uuid.UUID | None, uuid.UUID | None]] = [
            (name, name, "liaison", place.unit_ids["housing"], None)
            for name, place in world.places.items()
        ]
        senders.append((UPWARD, "city_a", "office_director", None, world.places["county_a1"].id))
        for key, name, sender, unit_id, county_id in senders:
            by = world.places["county_a1" if county_id else name].user_ids[sender]
            now = datetime.now(UTC)
            matter = MajorMatter(
                jurisdiction_id=world.places[name].id,
                title="matrix",
                body="matrix",
                urgency="normal",
                sender_unit_id=unit_id,
                sender_jurisdiction_id=county_id,
                submitted_by=by,
                submitted_by_name="matrix",
                submitted_at=now,
                state="reviewed",
                state_changed_at=now,
                events=1,
            )
            session.add(matter)
            await session.flush()
            session.add(
                MajorMatterEvent(
                    jurisdiction_id=matter.jurisdiction_id,
                    matter_id=matter.id,
                    position=1,
                    act="submit",
                    to_state="submitted",
                    by_user_id=by,
                    by_name="matrix",
                    at=now,
                    note="",
                )
            )
            matters[key] = matter.id
    upward_matter = matters.pop(UPWARD)
    # An incoming document per place (its housing unit's, for approval, to the office) and
    # county_a1's office's sent upward to city_a, all already approved, straight into the
    # database.
    incoming = {}
    async with database.sessionmaker() as session, session.begin():
        for key, name, sender, unit_id, county_id in senders:
            by = world.places["county_a1" if county_id else name].user_ids[sender]
            now = datetime.now(UTC)
            document = IncomingDocument(
                jurisdiction_id=world.places[name].id,
                title="matrix",
                body="matrix",
                purpose="approval",
                addressee="office",
                is_major=False,
                sender_unit_id=unit_id,
                sender_jurisdiction_id=county_id,
                submitted_by=by,
                submitted_by_name="matrix",
                submitted_at=now,
                state="approved",
                state_changed_at=now,
                events=1,
            )
            session.add(document)
            await session.flush()
            session.add(
                IncomingDocumentEvent(
                    jurisdiction_id=document.jurisdiction_id,
                    document_id=document.id,
                    position=1,
                    act="submit",
                    to_state="with_office",
                    by_user_id=by,
                    by_name="matrix",
                    at=now,
                    note="",
                )
            )
            incoming[key] = document.id
    upward_incoming = incoming.pop(UPWARD)
    # A published bulletin per place, straight into the database.
    bulletins = {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            bulletin = Bulletin(
                jurisdiction_id=place.id,
                kind="internal_bulletin",
                kind_name="matrix",
                period_kind="quarter",
                period_start=date(2026, 7, 1),
                period_label="2026-Q3",
                title="matrix",
                state="published",
                content=EMPTY_BULLETIN,
                rule="E-RPT-2",
                source="matrix",
                rulebook_version_id=versions[name],
                generated_at=datetime.now(UTC),
                published_at=datetime.now(UTC),
            )
            session.add(bulletin)
            await session.flush()
            bulletins[name] = bulletin.id
    # A sent briefing per place, straight into the database: to its leading group, copied to
    # its two units and (city_a's) to county_a1's office.
    briefings = {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            briefing = Briefing(
                jurisdiction_id=place.id,
                state="sent",
                title="matrix",
                body="matrix",
                # Drawn from the place's submission: its recipients download that file.
                items=[
                    {
                        "unit_id": str(place.unit_ids["housing"]),
                        "unit_name": "matrix",
                        "submission_id": str(submissions[name]),
                        "submission_version": 1,
                        "text": "matrix",
                    }
                ],
                created_by=place.user_ids["office_staff"],
                created_by_name="matrix",
                sent_at=datetime.now(UTC),
                sent_by=place.user_ids["office_director"],
                sent_by_name="matrix",
                issue_year=2026,
                issue_number=1,
            )
            session.add(briefing)
            await session.flush()
            recipients = [
                ("leading_group", place.id, None),
                ("member_unit", place.id, place.unit_ids["housing"]),
                ("member_unit", place.id, place.unit_ids["natural_resources"]),
            ]
            if name == "city_a":
                recipients.append(("county_office", world.places["county_a1"].id, None))
            for position, (kind, jurisdiction, unit) in enumerate(recipients, start=1):
                session.add(
                    BriefingRecipient(
                        jurisdiction_id=place.id,
                        briefing_id=briefing.id,
                        position=position,
                        kind=kind,
                        copy=kind != "leading_group",
                        recipient_jurisdiction_id=jurisdiction,
                        unit_id=unit,
                        name="matrix",
                    )
                )
            await session.flush()
            briefings[name] = briefing.id
    # A signed and voided document per place, straight into the database, to the same
    # recipients as the briefing (the housing unit its main recipient).
    documents, attachments = {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            document = Document(
                jurisdiction_id=place.id,
                issuer="office",
                issuer_name="matrix",
                issuer_code="矩阵办",
                title="matrix",
                body="matrix",
                state="draft",
                created_by=place.user_ids["office_staff"],
                created_by_name="matrix",
            )
            session.add(document)
            await session.flush()
            recipients = [
                ("member_unit", place.id, place.unit_ids["housing"]),
                ("leading_group", place.id, None),
                ("member_unit", place.id, place.unit_ids["natural_resources"]),
            ]
            if name == "city_a":
                recipients.append(("county_office", world.places["county_a1"].id, None))
            for position, (kind, jurisdiction, unit) in enumerate(recipients, start=1):
                session.add(
                    DocumentRecipient(
                        jurisdiction_id=place.id,
                        document_id=document.id,
                        position=position,
                        kind=kind,
                        copy=position > 1,
                        recipient_jurisdiction_id=jurisdiction,
                        unit_id=unit,
                        name="matrix",
                    )
                )
            attachment = DocumentAttachment(
                jurisdiction_id=place.id,
                document_id=document.id,
                position=1,
                filename="matrix.pdf",
                file_type="pdf",
                media_type="application/pdf",
                size_bytes=len(b"%PDF-1.4 matrix"),
                sha256="0" * 64,
                uploaded_at=datetime.now(UTC),
                uploaded_by=place.user_ids["office_staff"],
                content=b"%PDF-1.4 matrix",
            )
            session.add(attachment)
            await session.flush()
            attachments[name] = attachment.id
            # Signed and voided after its recipients: the database fixes them once signed.
            now = datetime.now(UTC)
            document.state = "void"
            document.number_year, document.number_sequence = 2026, 1
            document.number = "矩阵办〔2026〕1号"
            document.signed_at, document.signed_on = now, now.date()
            document.signed_by = place.user_ids["office_director"]
            document.signed_by_name = "matrix"
            document.sign_rule, document.sign_source = "matrix", "matrix"
            document.voided_at, document.voided_by = now, place.user_ids["office_director"]
            document.voided_by_name, document.void_reason = "matrix", "matrix"
            await session.flush()
            documents[name] = document.id
    # A cancelled task per place, led by its housing unit, straight into the database, with a
    # progress report and its evidence file: added while it was in progress, as the database
    # keeps a closed task final.
    tasks, progress_reports, evidence_files = {}, {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            task = Task(
                jurisdiction_id=place.id,
                code="1",
                title="matrix",
                category="matrix",
                source_kind="other",
                lead_unit_id=place.unit_ids["housing"],
                deadline=date(2026, 12, 31),
                state="in_progress",
                created_on=date(2026, 1, 5),
                started_on=date(2026, 1, 5),
                created_by=place.user_ids["office_staff"],
                created_by_name="matrix",
            )
            session.add(task)
            await session.flush()
            report = TaskProgressReport(
                jurisdiction_id=place.id,
                task_id=task.id,
                unit_id=place.unit_ids["housing"],
                reported_on=date(2026, 1, 5),
                author_id=place.user_ids["liaison"],
                author_name="matrix",
                text="matrix",
                percent=10,
                proposes_completion=False,
            )
            session.add(report)
            await session.flush()
            evidence = TaskEvidenceFile(
                jurisdiction_id=place.id,
                report_id=report.id,
                position=1,
                filename="matrix.pdf",
                file_type="pdf",
                media_type="application/pdf",
                size_bytes=len(b"%PDF-1.4 matrix"),
                sha256="0" * 64,
                content=b"%PDF-1.4 matrix",
            )
            session.add(evidence)
            await session.flush()
            task.state = "cancelled"
            task.cancelled_on, task.cancel_reason = date(2026, 1, 6), "matrix"
            await session.flush()
            tasks[name] = task.id
            progress_reports[name] = report.id
            evidence_files[name] = evidence.id
    supervision_notices, public_notices, records = await _task_records(world, database, tasks)
    hooks, deliveries = await _webhook_records(world, database)
    inspection_ids = await _inspection_records(world, database, tasks)
    ids = Ids(
        world,
        positions,
        delegations,
        versions,
        meetings,
        invitees,
        feed_tokens,
        submissions,
        submission_files,
        matters,
        upward_matter,
        incoming,
        upward_incoming,
        bulletins,
        briefings,
        documents,
        attachments,
        tasks,
        progress_reports,
        evidence_files,
        supervision_notices,
        public_notices,
        records,
        hooks,
        deliveries,
    )
    (
        ids.inspections,
        ids.findings,
        ids.finding_answers,
        ids.finding_files,
        ids.finding_links,
    ) = inspection_ids
    ids.publications, ids.publication_files = await _publications(world, database)
    ids.assessment_files, ids.assessment_appeals = await _assessment_records(world, database)
    return ids


async def _assessment_records(
    world: World, database: Database
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    """city_a's and county_a1's 2026 assessments, made by the service as the office would:
    prepared, every manual score entered (the housing unit's with an evidence file), the
    liaison's appeal against the housing card rejected, finalised."""
    admin = Actor(ActorKind.user, world.admin_id, "platform.admin", is_platform_admin=True)
    now = datetime.now(UTC)
    files, appeals = {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name in ASSESSED:
            place = world.places[name]
            ref = await jurisdiction_ref(session, place.id)
            assert ref is not None
            await assessments.prepare(session, admin, ref, 2026, now)
            subjects = [*place.unit_ids.values()]
            if name == "city_a":
                subjects.append(world.places["county_a1"].id)
            for subject in subjects:
                await assessments.put_score(
                    session,
                    admin,
                    ref,
                    2026,
                    subject,
                    "innovation",
                    ScoreIn(score=Decimal(10), reason="matrix"),
                    now,
                )
            housing = place.unit_ids["housing"]
            row = await assessments_repo.get(session, place.id, 2026)
            assert row is not None
            stored = await assessments_repo.score(session, place.id, row.id, housing, "innovation")
            assert stored is not None
            evidence = AssessmentScoreFile(
                id=uuid.uuid4(),
                jurisdiction_id=place.id,
                score_id=stored.id,
                position=1,
                filename="matrix.pdf",
                file_type="pdf",
                media_type="application/pdf",
                size_bytes=len(b"%PDF-1.4 matrix"),
                sha256="0" * 64,
                content=b"%PDF-1.4 matrix",
            )
            session.add(evidence)
            liaison = await users_repo.load_actor(session, place.user_ids["liaison"])
            assert liaison is not None
            appeal = await assessments.appeal(
                session,
                assessments.Reader(liaison, ref),
                2026,
                housing,
                "tasks_on_time",
                AppealIn(reason="matrix"),
                now,
            )
            await assessments.decide(
                session,
                admin,
                ref,
                2026,
                appeal.id,
                AppealDecisionIn(outcome=AppealOutcome.rejected, reason="matrix"),
                now,
            )
            await assessments.finalise(session, admin, ref, 2026, now)
            files[name], appeals[name] = evidence.id, appeal.id
    return files, appeals


async def _publications(
    world: World, database: Database
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    """Each place's publication, withdrawn already, with one file, straight into the database."""
    publications, files = {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            director = place.user_ids["office_director"]
            file_id = uuid.uuid4()
            publication = Publication(
                jurisdiction_id=place.id,
                kind="result",
                title="matrix",
                state="withdrawn",
                content={"text": "matrix", "files": []},
                rule="E-PUB-1",
                source="matrix",
                published_at=datetime.now(UTC),
                published_by=director,
                published_by_name="matrix",
                withdrawn_at=datetime.now(UTC),
                withdrawn_by=director,
                withdrawn_by_name="matrix",
                withdrawal_reason="matrix",
            )
            session.add(publication)
            await session.flush()
            session.add(
                PublicationFile(
                    id=file_id,
                    jurisdiction_id=place.id,
                    publication_id=publication.id,
                    position=1,
                    filename="matrix.pdf",
                    media_type="application/pdf",
                    size_bytes=6,
                    sha256="0" * 64,
                    content=b"matrix",
                )
            )
            publications[name], files[name] = publication.id, file_id
    return publications, files


async def _inspection_records(
    world: World, database: Database, tasks: dict[str, uuid.UUID]
) -> tuple[dict[str, uuid.UUID], ...]:
    """Each place's held inspection of its housing unit with a finding for it, answered (with
    an evidence file) and accepted, and linked to the place's task (a link removed since),
    straight into the database; and (under COUNTY_FINDING) city_a's of county_a1, its finding
    for the county answered by the county's office."""
    found: tuple[dict[str, uuid.UUID], ...] = ({}, {}, {}, {}, {})
    county = world.places["county_a1"]
    records = [
        (name, place, place.unit_ids["housing"], None, place.user_ids["liaison"])
        for name, place in world.places.items()
    ]
    records.append(
        (COUNTY_FINDING, world.places["city_a"], None, county.id, county.user_ids["office_staff"])
    )
    async with database.sessionmaker() as session, session.begin():
        for name, place, housing, county_id, author in records:
            staff = place.user_ids["office_staff"]
            inspection = Inspection(
                jurisdiction_id=place.id,
                title="matrix",
                starts_on=date(2026, 1, 5),
                ends_on=date(2026, 1, 5),
                unit_ids=[housing] if housing else [],
                county_ids=[county_id] if county_id else [],
                inspectors=["matrix"],
                state="held",
                held_on=date(2026, 1, 5),
                summary="matrix",
                held_by=staff,
                held_by_name="matrix",
                created_by=staff,
                created_by_name="matrix",
            )
            session.add(inspection)
            await session.flush()
            finding = InspectionFinding(
                jurisdiction_id=place.id,
                inspection_id=inspection.id,
                unit_id=housing,
                county_id=county_id,
                problem="matrix",
                cause="matrix",
                handling="matrix",
                recorded_on=date(2026, 1, 5),
                working_days=5,
                due_on=date(2026, 1, 12),
                state="accepted",
                rectified_on=date(2026, 1, 6),
                created_by=staff,
                created_by_name="matrix",
            )
            session.add(finding)
            await session.flush()
            answer = FindingAnswer(
                jurisdiction_id=place.id,
                finding_id=finding.id,
                unit_id=housing,
                county_id=county_id,
                text="matrix",
                answered_on=date(2026, 1, 6),
                author_id=author,
                author_name="matrix",
                review_outcome="accepted",
                reviewed_at=datetime.now(UTC),
                reviewed_on=date(2026, 1, 7),
                reviewed_by=staff,
                reviewed_by_name="matrix",
            )
            session.add(answer)
            await session.flush()
            evidence = FindingEvidenceFile(
                jurisdiction_id=place.id,
                answer_id=answer.id,
                position=1,
                filename="matrix.pdf",
                file_type="pdf",
                media_type="application/pdf",
                size_bytes=len(b"%PDF-1.4 matrix"),
                sha256="0" * 64,
                content=b"%PDF-1.4 matrix",
            )
            link = FindingLink(
                jurisdiction_id=place.id,
                finding_id=finding.id,
                kind="task",
                task_id=tasks["city_a" if county_id else name],
                linked_on=date(2026, 1, 7),
                created_by=staff,
                created_by_name="matrix",
                removed_at=datetime.now(UTC),
                removed_by=staff,
                removed_by_name="matrix",
            )
            session.add_all([evidence, link])
            await session.flush()
            for ids, value in zip(
                found, (inspection.id, finding.id, answer.id, evidence.id, link.id), strict=True
            ):
                ids[name] = value
    return found


async def _webhook_records(
    world: World, database: Database
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    """Each place's webhook subscription, switched off, with a dead delivery of an event there,
    straight into the database."""
    hooks, deliveries = {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            hook = WebhookSubscription(
                jurisdiction_id=place.id,
                url="https://93.184.215.14/matrix",
                event_types=["task.created"],
                secret="whsec_bWF0cml4",
                is_active=False,
                disabled_reason="matrix",
            )
            event = Event(
                jurisdiction_id=place.id,
                type="task.created",
                resource_type="task",
                resource_id="matrix",
                resource_url="/matrix",
            )
            session.add_all([hook, event])
            await session.flush()
            delivery = WebhookDelivery(
                jurisdiction_id=place.id,
                subscription_id=hook.id,
                event_id=event.id,
                status="dead",
                attempts=9,
            )
            session.add(delivery)
            await session.flush()
            hooks[name], deliveries[name] = hook.id, delivery.id
    return hooks, deliveries


async def _task_records(
    world: World, database: Database, tasks: dict[str, uuid.UUID]
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    """On each place's (cancelled) matrix task, to its housing unit, straight into the database:
    an answered supervision notice, a public notice and an accountability record."""
    notices, public, records = {}, {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            housing, staff = place.unit_ids["housing"], place.user_ids["office_staff"]
            notice = SupervisionNotice(
                jurisdiction_id=place.id,
                task_id=tasks[name],
                unit_id=housing,
                text="matrix",
                issued_on=date(2026, 1, 5),
                reply_due_on=date(2026, 1, 12),
                issued_by=staff,
                issued_by_name="matrix",
                reply_text="matrix",
                replied_at=datetime.now(UTC),
                replied_on=date(2026, 1, 6),
                replied_by=place.user_ids["liaison"],
                replied_by_name="matrix",
            )
            public_notice = PublicNotice(
                jurisdiction_id=place.id,
                title="matrix",
                body="matrix",
                tone="criticism",
                issued_on=date(2026, 1, 20),
                evidence_supervision_ids=[],
                evidence_report_ids=[],
                created_by=staff,
                created_by_name="matrix",
            )
            record = AccountabilityRecord(
                jurisdiction_id=place.id,
                unit_id=housing,
                decided_on=date(2026, 1, 21),
                measure="约谈",
                reason="matrix",
                decided_by="matrix",
                rule="E-TSK-3",
                source="matrix",
                created_by=staff,
                created_by_name="matrix",
            )
            session.add_all([notice, public_notice, record])
            await session.flush()
            session.add_all(
                [
                    PublicNoticeUnit(
                        jurisdiction_id=place.id,
                        notice_id=public_notice.id,
                        unit_id=housing,
                        position=1,
                    ),
                    PublicNoticeTask(
                        jurisdiction_id=place.id,
                        notice_id=public_notice.id,
                        task_id=tasks[name],
                        position=1,
                    ),
                    AccountabilityRecordTask(
                        jurisdiction_id=place.id,
                        record_id=record.id,
                        task_id=tasks[name],
                        position=1,
                    ),
                ]
            )
            notices[name], public[name], records[name] = notice.id, public_notice.id, record.id
    return notices, public, records


# --- tests --------------------------------------------------------------------------------


def _api_routes(app: FastAPI) -> list[tuple[str, set[str]]]:
    """(path, methods) of every APIRoute, through included routers (FastAPI ≥ 0.160 keeps them
    nested and offers iter_route_contexts; older versions flatten app.routes)."""
    iterate = getattr(fastapi.routing, "iter_route_contexts", None)
    found = []
    for route in iterate(app.routes) if iterate else app.routes:
        original = getattr(route, "original_route", route)
        if isinstance(original, APIRoute):
            found.append((getattr(route, "path", ""), set(getattr(route, "methods", None) or ())))
    return found


PLATFORM_WIDE = ("/v1/calendar/",)


def test_matrix_covers_every_route_with_a_path_id(app: FastAPI) -> None:
    routes = _api_routes(app)
    assert len(routes) > len(ROUTES), "the app's routes were not found"
    # Paths whose variable names no tenant object (a calendar date or year) are platform-wide.
    served = {
        (method, path)
        for path, methods in routes
        if "{" in path and not path.startswith(PLATFORM_WIDE)
        for method in methods
    }
    covered = {(r.method, r.template) for r in ROUTES}
    assert not served - covered, f"routes with no authorization matrix: {sorted(served - covered)}"
    assert not covered - served, f"matrix rows for routes that do not exist: {covered - served}"


def test_oracle_refuses_every_cross_jurisdiction_request() -> None:
    """The oracle itself never grants a foreign caller anything (guards the oracle)."""
    for caller, route in itertools.product(ALL_CALLERS, ROUTES):
        for target in route.targets():
            places = {target.path_place, target.object_place} - {None}
            if any((caller.place, p) in route.foreign for p in places):
                assert route.expect(caller, target) >= 400, (caller.name, route, target)


# The route matrix is the suite's longest test: its callers are split between this module and
# tests/api/test_authorization_matrix_counties.py, so that the two test processes (xdist, one
# module each) share it.
CALLER_PLACES_HERE = ("city_a", "admin")


@pytest.mark.parametrize("caller_place", CALLER_PLACES_HERE)
async def test_every_route_with_an_id_answers_each_caller_as_the_rules_say(
    client: httpx.AsyncClient, world: World, database: Database, caller_place: str
) -> None:
    await check_every_route(client, world, database, caller_place)


async def check_every_route(
    client: httpx.AsyncClient, world: World, database: Database, caller_place: str
) -> None:
    ids = await _ids(client, world, database)
    counter = itertools.count()
    disagreements: list[str] = []
    cross_successes: list[str] = []
    tried = 0
    for caller in callers_of(caller_place):
        headers = world.headers(caller.name)
        for route in ROUTES:
            for target in route.targets():
                n = next(counter)
                path = ids.path(route.template, target)
                body = route.body(world, target, n)
                sent = {"data": body} if route.form else {"json": body}
                # Whatever the version (app/routers/conditional.py): authorization is judged
                # here. Not on a PUT that may make what it names (`*` needs it to exist).
                changes = route.method in ("PATCH", "DELETE") or route.template.endswith(
                    ("/rulebook", "/minutes")
                )
                conditional = {"If-Match": "*"} if changes else {}
                response = await client.request(
                    route.method, path, headers={**headers, **conditional}, **sent
                )
                tried += 1
                expected = route.expect(caller, target)
                where = (
                    f"{caller.name} {route.method} {route.template} "
                    f"path={target.path_place} object={target.object_place} {target.who}"
                )
                if response.status_code != expected:
                    disagreements.append(
                        f"{where}: expected {expected}, got {response.status_code} "
                        f"{response.text[:160]}"
                    )
                places = {target.path_place, target.object_place} - {None}
                if response.is_success and any((caller.place, p) in route.foreign for p in places):
                    cross_successes.append(f"{where}: {response.status_code}")
                if response.status_code >= 400:
                    assert response.headers["content-type"] == "application/problem+json", where
                    assert response.json()["status"] == response.status_code, where
    assert tried > 0
    assert not cross_successes, "cross-jurisdiction successes:\n" + "\n".join(cross_successes)
    assert not disagreements, f"{len(disagreements)} of {tried} answers disagree:\n" + "\n".join(
        disagreements
    )


# --- lists: zero leaked rows --------------------------------------------------------------


async def _items(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> httpx.Response:
    """One page holding the whole list (the world is far smaller than the maximum limit)."""
    response = await client.get(url, params={"limit": 200}, headers=headers)
    if response.status_code == 200:
        assert response.json()["next_cursor"] is None, url
    return response


@pytest.mark.parametrize("caller_place", [*PLACES, "admin"])
async def test_lists_show_each_caller_exactly_the_rows_it_may_see(
    client: httpx.AsyncClient, world: World, caller_place: str
) -> None:
    problems: list[str] = []
    place_of_jurisdiction = {world.places[p].id: p for p in PLACES}

    def check(condition: bool, message: str) -> None:
        if not condition:
            problems.append(message)

    for caller in callers_of(caller_place):
        h = world.headers(caller.name)
        who = caller.name

        # Jurisdictions: exactly those whose shared records the caller reads.
        for children_of in (None, "city_a"):
            query = {"parent_id": str(world.places[children_of].id)} if children_of else {}
            response = await client.get("/v1/jurisdictions", params=query, headers=h)
            check(response.status_code == 200, f"{who} jurisdictions {query}: {response.text}")
            got = {place_of_jurisdiction.get(uuid.UUID(j["id"])) for j in response.json()["items"]}
            candidates = ("county_a1",) if children_of else PLACES
            expected = {p for p in candidates if reads_shared(caller, p)}
            check(got == expected, f"{who} jurisdictions {query}: got {got}, want {expected}")

        # Units and positions, per jurisdiction.
        for place_name in PLACES:
            place = world.places[place_name]
            base = f"/v1/jurisdictions/{place.id}"
            for resource in ("units", "positions"):
                response = await _items(client, f"{base}/{resource}", h)
                if not reads_shared(caller, place_name):
                    check(response.status_code == 404, f"{who} {resource} of {place_name}")
                    continue
                check(response.status_code == 200, f"{who} {resource} of {place_name}")
                items = response.json()["items"]
                leaked = [i for i in items if i["jurisdiction_id"] != str(place.id)]
                check(not leaked, f"{who} {resource} of {place_name} leaked {leaked}")
                if resource == "units":
                    want = {"housing", "natural_resources"}
                    got_codes = {i["code"] for i in items}
                    check(want <= got_codes, f"{who} units of {place_name}: {got_codes}")
                else:
                    holders = {i["user_id"] for i in items}
                    want = {str(uid) for name, uid in place.user_ids.items() if name != "nobody"}
                    check(holders == want, f"{who} positions of {place_name}: {holders}")

            # The audit trail of the jurisdiction.
            response = await _items(client, f"{base}/audit-events", h)
            expected_status = _audit(caller, Target(place_name, place_name))
            check(
                response.status_code == expected_status,
                f"{who} audit of {place_name}: {response.status_code}, want {expected_status}",
            )
            if response.status_code == 200:
                events = response.json()["items"]
                leaked = [e for e in events if e["jurisdiction_id"] != str(place.id)]
                check(not leaked, f"{who} audit of {place_name} leaked {leaked}")
                entities = {e["entity_id"] for e in events}
                want = {str(place.id), str(place.unit_ids["housing"])}
                check(want <= entities, f"{who} audit of {place_name} misses {want - entities}")

        # Accounts: exactly those of the jurisdictions the caller oversees.
        all_users: dict[uuid.UUID, str | None] = {
            uid: p for p in PLACES for uid in world.places[p].user_ids.values()
        }
        all_users[world.admin_id] = None  # the platform admin's account belongs to no place
        all_clients: dict[uuid.UUID, str | None] = {
            cid: p for p in PLACES for cid in world.places[p].client_ids.values()
        }
        for url, universe in (("/v1/users", all_users), ("/v1/clients", all_clients)):
            for filter_place in (None, *PLACES):
                params: dict[str, Any] = {"limit": 200}
                if filter_place is not None:
                    params["jurisdiction_id"] = str(world.places[filter_place].id)
                response = await client.get(url, params=params, headers=h)
                check(response.status_code == 200, f"{who} {url} {filter_place}: {response.text}")
                body = response.json()
                check(body["next_cursor"] is None, f"{who} {url}: one page expected")
                got_ids = {uuid.UUID(i["id"]) for i in body["items"]}
                unknown = got_ids - set(universe)
                check(not unknown, f"{who} {url} {filter_place}: rows from nowhere {unknown}")
                leaked_ids = {
                    i for i in got_ids & set(universe) if not oversees(caller, universe[i])
                }
                check(not leaked_ids, f"{who} {url} {filter_place} leaked {leaked_ids}")
                want_ids = {
                    i
                    for i, p in universe.items()
                    if oversees(caller, p) and (filter_place is None or p == filter_place)
                }
                check(
                    got_ids == want_ids,
                    f"{who} {url} {filter_place}: missing {want_ids - got_ids}",
                )
                for item in body["items"]:
                    check("password" not in item and "secret_hash" not in item, f"{who} {url}")
                    check("client_secret" not in item, f"{who} {url} shows a secret")

        # The whole audit trail: platform administrators only.
        response = await _items(client, "/v1/audit-events", h)
        if caller.is_admin:
            check(response.status_code == 200, f"{who} audit-events: {response.status_code}")
            seen = {e["jurisdiction_id"] for e in response.json()["items"]}
            want_j = {str(world.places[p].id) for p in PLACES}
            check(want_j <= seen, f"admin audit-events misses {want_j - seen}")
        else:
            check(response.status_code == 403, f"{who} audit-events: {response.status_code}")

    assert not problems, f"{len(problems)} list answers are wrong:\n" + "\n".join(problems)
