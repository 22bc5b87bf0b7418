"""Request dependencies: the caller, and coarse permission checks readable from a route's signature.

async def create_unit(scope: ManageOrganisation, ...)   # office of {jid}, or admin, or write client
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Annotated, Protocol

from fastapi import Depends, Path, Query, Request
from fastapi.openapi.models import OAuth2 as OAuth2Model
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword, OAuthFlows
from fastapi.security import OAuth2PasswordBearer

from app.db import Session
from app.domain.access import (
    GOVERNING_RULES,
    Actor,
    ActorKind,
    ClientScope,
    JurisdictionRef,
    Permission,
    allows,
)
from app.domain.messages import _, reason
from app.errors import Forbidden, GovernanceRefusal, NotFound, Unauthorized
from app.invalidation import through_cache
from app.repositories import clients as clients_repo
from app.repositories import feed_tokens as feed_tokens_repo
from app.repositories import users as users_repo
from app.security import FEED_TOKEN_PREFIX, TokenError, TokenService, hash_feed_token
from app.services.common import jurisdiction_ref
from app.settings import Settings

TOKEN_URL = "/v1/auth/token"  # noqa: S105 - a path, not a secret


class BearerToken(OAuth2PasswordBearer):
    """The bearer token from ``POST /v1/auth/token``, read from the Authorization header.

    Documented as one OAuth2 scheme with both of the endpoint's flows the OpenAPI document can
    name: password (people) and client credentials (machine clients; the client's scopes are
    its registration's, not requested). The token exchange (RFC 8693) has no OpenAPI flow: the
    endpoint's description tells it. The interactive docs' "Authorize" offers both flows."""

    def __init__(self) -> None:
        super().__init__(tokenUrl=TOKEN_URL, scheme_name="OAuth2", auto_error=False)
        self.model = OAuth2Model(
            description="A bearer token from POST /v1/auth/token: a person's (password "
            "grant, or a token exchange by a machine client with `act_as`) or a machine "
            "client's (client credentials). What it may do comes from the person's positions "
            "or the client's scopes, not from requested scopes.",
            flows=OAuthFlows(
                password=OAuthFlowPassword(tokenUrl=TOKEN_URL),
                clientCredentials=OAuthFlowClientCredentials(tokenUrl=TOKEN_URL),
            ),
        )


oauth2_scheme = BearerToken()


async def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_token_service(request: Request) -> TokenService:
    service: TokenService = request.app.state.token_service
    return service


AppSettings = Annotated[Settings, Depends(get_settings_dep)]


class Clock(Protocol):
    """Where the service reads the time of day from (``app.state.clock``), so that what depends
    on today — which periods are over, whether a meeting has begun — can be tested on any day."""

    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


async def current_time(request: Request) -> datetime:
    clock: Clock = request.app.state.clock
    return clock.now()


Now = Annotated[datetime, Depends(current_time)]
Tokens = Annotated[TokenService, Depends(get_token_service)]


async def _actor_for(
    request: Request, session: Session, tokens: Tokens, token: str | None
) -> Actor:
    if not token:
        raise Unauthorized(_("This resource needs a bearer token."), error=None)
    try:
        claims = tokens.verify(token)
    except TokenError as exc:
        raise Unauthorized(_("The token was refused: {exc}.", exc=reason(exc))) from exc

    kind, _sep, raw_id = claims.sub.partition(":")
    try:
        subject_id = uuid.UUID(raw_id)
    except ValueError as exc:
        raise Unauthorized(_("The token was refused: unknown subject.")) from exc
    actor = await _load_actor(session, kind, subject_id)
    if actor is None:
        raise Unauthorized(_("The token was refused: the account is unknown or disabled."))
    if claims.gen != actor.token_generation:
        raise Unauthorized(
            _(
                "The token was refused: it was revoked (password changed or reset, "
                "secret rotated, or account disabled since); get a new one."
            )
        )
    if claims.act is not None:
        actor = await _acted_for(session, actor, claims.act, claims.act_gen)
    request.state.actor = actor
    return actor


async def _acted_for(session: Session, person: Actor, act: str, act_gen: int | None) -> Actor:
    """The person of an exchanged token (RFC 8693), with the client acting for them. What the
    exchange checked is checked again on every use, from the cached actors: the client still
    active, in the same token generation (a rotated secret or a disabled client revokes the
    tokens it got for people), still holding act_as, and the person still of its jurisdiction
    and no platform administrator."""
    kind, _sep, raw_id = act.partition(":")
    try:
        client_id = uuid.UUID(raw_id)
    except ValueError as exc:
        raise Unauthorized(_("The token was refused: unknown acting client.")) from exc
    client = await _load_actor(session, kind, client_id) if kind == ActorKind.client else None
    if (
        client is None
        or act_gen != client.token_generation
        or ClientScope.act_as not in client.client_scopes
        or person.kind is not ActorKind.user
        or person.is_platform_admin
        or person.home_jurisdiction_id != client.home_jurisdiction_id
    ):
        raise Unauthorized(
            _(
                "The token was refused: the client it was issued to may no longer act "
                "for this person (client disabled, secret rotated or act_as "
                "withdrawn); exchange anew."
            )
        )
    return replace(person, acting_client_id=client.id)


async def _load_actor(session: Session, kind: str, subject_id: uuid.UUID) -> Actor | None:
    """The account and its posts in force, from the process's cache when it holds them
    (app/invalidation.py: dropped on any change to users, posts, clients or jurisdictions)."""

    async def load() -> Actor | None:
        if kind == ActorKind.user:
            return await users_repo.load_actor(session, subject_id)
        if kind == ActorKind.client:
            return await clients_repo.load_actor(session, subject_id)
        return None

    return await through_cache(session, lambda c: c.actors, (kind, subject_id), load)


async def get_actor(
    request: Request,
    session: Session,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Actor:
    # The token service from the app's state, not Tokens: every route solves this dependency
    # twice (its router's and its scope's), sub-dependencies included, ~30 µs each.
    return await _actor_for(request, session, request.app.state.token_service, token)


async def actor_for_token(request: Request, session: Session, token: str) -> Actor:
    """The caller a token names, checked as a bearer token is (401 Unauthorized otherwise): for
    the progress board (app/board), which keeps a person's access token in a cookie."""
    return await _actor_for(request, session, request.app.state.token_service, token)


async def get_feed_actor(
    request: Request,
    session: Session,
    header_token: Annotated[str | None, Depends(oauth2_scheme)],
    access_token: Annotated[
        str | None,
        Query(
            max_length=4096,
            description="A feed token (POST /v1/me/feed-tokens), for calendar programs that "
            "cannot send a header. Access tokens go in the Authorization header only. The "
            "header wins when both are given.",
        ),
    ] = None,
) -> Actor:
    """The caller of a feed: an access token or a feed token (app.services.feed_tokens), in the
    header or in the query."""
    if (
        header_token is None
        and access_token is not None
        and not access_token.startswith(FEED_TOKEN_PREFIX)
    ):
        # An access token in a URL lands in proxy and browser logs (RFC 6750 §2.3, §5.3):
        # URLs carry only feed tokens, which read feeds and nothing else.
        raise Unauthorized(
            _(
                "Only a feed token (POST /v1/me/feed-tokens) may be given as "
                "access_token; send an access token in the Authorization header."
            )
        )
    token = header_token or access_token
    if token is not None and token.startswith(FEED_TOKEN_PREFIX):
        owner = await feed_tokens_repo.owner_of(session, hash_feed_token(token))
        actor = await users_repo.load_actor(session, owner) if owner is not None else None
        if actor is None:
            raise Unauthorized(
                _("The feed token was refused: unknown, revoked or its account off.")
            )
        request.state.actor = actor
        return actor
    return await _actor_for(request, session, request.app.state.token_service, token)


CurrentActor = Annotated[Actor, Depends(get_actor)]
FeedActor = Annotated[Actor, Depends(get_feed_actor)]


async def require_platform_admin(actor: CurrentActor) -> Actor:
    if not actor.is_platform_admin:
        raise Forbidden(_("Only a platform administrator may do this."))
    return actor


PlatformAdmin = Annotated[Actor, Depends(require_platform_admin)]


@dataclass(frozen=True)
class JurisdictionScope:
    """The caller and the jurisdiction named in the path, already checked."""

    actor: Actor
    jurisdiction: JurisdictionRef

    @property
    def id(self) -> uuid.UUID:
        return self.jurisdiction.id


JurisdictionId = Annotated[uuid.UUID, Path(description="The jurisdiction's id.")]


def jurisdiction_scope(
    permission: Permission,
) -> Callable[[JurisdictionId, Request, Session], Awaitable[JurisdictionScope]]:
    """A jurisdiction the caller cannot see answers 404; one it sees but may not change, 403."""

    async def dependency(
        jid: JurisdictionId, request: Request, session: Session
    ) -> JurisdictionScope:
        return await _scope(jid, authenticated_actor(request), session, permission)

    return dependency


def authenticated_actor(request: Request) -> Actor:
    """The caller get_actor found for this request. Every route under /v1 has get_actor as its
    router's dependency (app/main.py), solved before the route's own: reading its result here,
    instead of declaring CurrentActor again, spares FastAPI solving get_actor's dependencies a
    second time (it does so before it looks in its cache)."""
    actor = getattr(request.state, "actor", None)
    if not isinstance(actor, Actor):
        raise RuntimeError("no authenticated caller: this route is not under get_actor")
    return actor


async def _scope(
    jid: uuid.UUID, actor: Actor, session: Session, permission: Permission
) -> JurisdictionScope:
    ref = await jurisdiction_ref(session, jid)
    if ref is None or not allows(actor, Permission.read_jurisdiction, ref):
        raise NotFound(_("No such jurisdiction."))
    if permission is not Permission.read_jurisdiction and not allows(actor, permission, ref):
        if permission in GOVERNING_RULES:
            rule, source = GOVERNING_RULES[permission]
            raise GovernanceRefusal(
                _("{refusal} ({rule})", refusal=_REFUSALS[permission], rule=rule),
                rule=rule,
                source=source,
            )
        raise Forbidden(_REFUSALS[permission])
    return JurisdictionScope(actor=actor, jurisdiction=ref)


async def feed_read_scope(
    jid: JurisdictionId, actor: FeedActor, session: Session
) -> JurisdictionScope:
    """Like ReadJurisdiction, for feeds whose token may come in the query."""
    return await _scope(jid, actor, session, Permission.read_jurisdiction)


_REFUSALS = {
    Permission.manage_webhooks: (
        _(
            "Only this jurisdiction's office director (or a platform administrator) manages its "
            "webhook subscriptions."
        )
    ),
    Permission.read_events: (
        _(
            "Only the office (here or above), the leading group's leadership or a read client "
            "reads this jurisdiction's events."
        )
    ),
    Permission.manage_organisation: _(
        "Only this jurisdiction's office may change its organisation."
    ),
    Permission.oversee: _("Only the office of this jurisdiction or one above it may see this."),
    Permission.manage_accounts: (
        _("Only this jurisdiction's office director or deputy may manage accounts.")
    ),
    Permission.publish_rulebook: (
        _("Only this jurisdiction's office director may publish its rulebook.")
    ),
    Permission.entrust: _(
        "Only a person holding a position in this jurisdiction may entrust acts."
    ),
    Permission.convene_meeting: (
        _(
            "Only a person holding a position in this jurisdiction (or its office on their behalf) "
            "may do this."
        )
    ),
    Permission.run_meetings: _("Only this jurisdiction's office may do this."),
    Permission.read_all_submissions: (
        _(
            "Only the office, the leading group's leadership or a read client sees every unit's "
            "reports here."
        )
    ),
    Permission.draft_bulletins: _("Only this jurisdiction's office drafts its bulletins."),
    Permission.publish_bulletins: (
        _("Only this jurisdiction's office director or deputy director publishes a bulletin.")
    ),
    Permission.submit_reports: (
        _(
            "Only a person holding a post here (a unit's liaison or information officer, or the "
            "office) submits reports."
        )
    ),
    Permission.compile_briefings: _(
        "Only this jurisdiction's office compiles and sends briefings."
    ),
    Permission.oversee_briefings: (
        _("Only the office of this jurisdiction or one above it sees briefing drafts and reads.")
    ),
    Permission.read_received_major_matters: (
        _(
            "Only the office, the leading group's leadership or a read client sees every major "
            "matter received here."
        )
    ),
    Permission.read_sent_major_matters: (
        _("Only this jurisdiction's office (or one above) sees the major matters it sent upward.")
    ),
    Permission.send_major_matters: (
        _(
            "Major matters are sent by a member unit's head, liaison or information officer, or by "
            "a county's office to the leading group above."
        )
    ),
    Permission.handle_major_matters: (
        _("Only this leading group's office consolidates, forwards and returns major matters.")
    ),
    Permission.review_major_matters: (
        _("Only the leader of this leading group (组长) reviews major matters.")
    ),
    Permission.oversee_documents: (
        _(
            "Only this jurisdiction's office (or one above it) and its leadership see drafts and "
            "who has read a document."
        )
    ),
    Permission.draft_documents: _("Only this jurisdiction's office drafts its documents."),
    Permission.sign_documents: (
        _(
            "Documents are signed by a person holding a position in this jurisdiction, as its "
            "rulebook allows."
        )
    ),
    Permission.read_received_incoming_documents: (
        _(
            "Only the office, the leading group's leadership or a read client sees every document "
            "sent here for approval or filing."
        )
    ),
    Permission.read_sent_incoming_documents: (
        _("Only this jurisdiction's office (or one above) sees the documents it sent upward.")
    ),
    Permission.send_incoming_documents: (
        _(
            "Documents for approval or filing are sent by a member unit's head, liaison or "
            "information officer, or by a county's office to the leading group above."
        )
    ),
    Permission.handle_incoming_documents: (
        _(
            "Only this leading group's office and its leader or deputy leaders handle the "
            "documents "
            "sent to it for approval or filing."
        )
    ),
    Permission.read_all_tasks: (
        _(
            "Only the office, the leading group's leadership or a read client sees the whole task "
            "breakdown here."
        )
    ),
    Permission.manage_tasks: _("Only this jurisdiction's office keeps its task breakdown."),
    Permission.read_all_assessments: _("Only the office and the leadership read every scorecard."),
    Permission.manage_assessments: _(
        "Only this jurisdiction's office prepares its assessments, scores them and decides "
        "appeals (C-ASM-1)."
    ),
    Permission.finalise_assessments: _(
        "Only this jurisdiction's office director finalises its assessments (C-ASM-1)."
    ),
    Permission.report_task_progress: (
        _(
            "Only a person holding a post here (the lead unit's people, or the office) writes "
            "on tasks."
        )
    ),
    Permission.read_publications: (
        _(
            "Only the office, the leading group's leadership or a read client sees the office's "
            "publications here; the public reads them under /v1/public."
        )
    ),
    Permission.publish_publications: (
        _("Only this jurisdiction's office publishes to the public (E-PUB-1 / C-PUB-1).")
    ),
    Permission.verify_audit_trail: (
        _(
            "Only this jurisdiction's office director (or a platform administrator) verifies its "
            "audit trail."
        )
    ),
}


async def audit_chain_scope(
    request: Request,
    session: Session,
    jurisdiction_id: Annotated[
        uuid.UUID | None,
        Query(
            description="The jurisdiction whose chain is meant; none: the platform's chain "
            "(events without a jurisdiction) or, to verify, every chain (platform "
            "administrators only)."
        ),
    ] = None,
) -> JurisdictionScope | None:
    """The jurisdiction of an audit chain named in the query, checked as a path's would be
    (unseen: 404; seen, not its office director: 403); None for the platform's chain or every
    chain, which only a platform administrator reaches."""
    actor = authenticated_actor(request)
    if jurisdiction_id is None:
        if not actor.is_platform_admin:
            raise Forbidden(
                _(
                    "Only a platform administrator verifies the platform's chain or every "
                    "chain; name a jurisdiction_id."
                )
            )
        return None
    return await _scope(jurisdiction_id, actor, session, Permission.verify_audit_trail)


ReadJurisdiction = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.read_jurisdiction))
]
ManageOrganisation = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.manage_organisation))
]
OverseeJurisdiction = Annotated[JurisdictionScope, Depends(jurisdiction_scope(Permission.oversee))]
PublishRulebook = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.publish_rulebook))
]
Entrust = Annotated[JurisdictionScope, Depends(jurisdiction_scope(Permission.entrust))]
ConveneMeeting = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.convene_meeting))
]
RunMeetings = Annotated[JurisdictionScope, Depends(jurisdiction_scope(Permission.run_meetings))]
FeedReadJurisdiction = Annotated[JurisdictionScope, Depends(feed_read_scope)]
ReadAllSubmissions = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.read_all_submissions))
]
SubmitReports = Annotated[JurisdictionScope, Depends(jurisdiction_scope(Permission.submit_reports))]
DraftBulletins = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.draft_bulletins))
]
PublishBulletins = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.publish_bulletins))
]
CompileBriefings = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.compile_briefings))
]
OverseeBriefings = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.oversee_briefings))
]
SendMajorMatters = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.send_major_matters))
]
HandleMajorMatters = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.handle_major_matters))
]
ReviewMajorMatters = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.review_major_matters))
]
OverseeDocuments = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.oversee_documents))
]
DraftDocuments = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.draft_documents))
]
SignDocuments = Annotated[JurisdictionScope, Depends(jurisdiction_scope(Permission.sign_documents))]
SendIncomingDocuments = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.send_incoming_documents))
]
HandleIncomingDocuments = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.handle_incoming_documents))
]
ManageTasks = Annotated[JurisdictionScope, Depends(jurisdiction_scope(Permission.manage_tasks))]
ManageAssessments = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.manage_assessments))
]
FinaliseAssessments = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.finalise_assessments))
]
ReportTaskProgress = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.report_task_progress))
]
ReadPublications = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.read_publications))
]
PublishPublications = Annotated[
    JurisdictionScope, Depends(jurisdiction_scope(Permission.publish_publications))
]
AuditChainScope = Annotated[JurisdictionScope | None, Depends(audit_chain_scope)]
