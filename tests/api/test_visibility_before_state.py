"""Visibility before state (issue 16): a caller who may not see a resource (its GET answers 404)
gets from every action on it exactly what it gets for an id that does not exist — never a 409
telling the resource's state, nor a 403 telling that it is there.

Table-driven over every action route of the authorization matrix whose path names a resource
(tests/api/test_authorization_matrix.py: its ROUTES, its objects, all in a state that answers
409 to whoever may act on them). Each caller below is tried on each object it cannot see; the
answer must be the same, status, title and detail, as for a random id in the object's place.
A caller refused by the route itself, whatever the id (a coarse 403, as a unit's liaison trying
to draft), gets that same refusal for both, which tells nothing about the object.

World (tests/factories.py): city_a ── county_a1, and city_b; `liaison` is each place's housing
unit's liaison officer; here each place also gets `other_liaison`, the liaison officer of its
natural resources unit, who sees none of the housing unit's records.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from app.db import Database
from app.domain.organisation import PositionRole
from app.models import Document, DocumentAttachment, DocumentRecipient
from app.schemas.positions import PositionCreate
from app.schemas.users import UserCreateWithPassword
from app.services import positions, users
from tests import sample_files
from tests.api.test_authorization_matrix import ROUTES, Ids, _ids
from tests.api.test_documents import draft, housing, signed
from tests.factories import PASSWORD, World

pytestmark = pytest.mark.usefixtures("pinned_clock")

# Path parameters that name a resource (not the jurisdiction, a meeting kind or a period).
RESOURCE_ID = re.compile(r"\{(\w+_(?:id|pk))\}")

# Who may not see some of the objects: a unit's liaison for drafts and another unit's records, a
# county's leader for what its office sent upward, a county's office for its city's records, a
# person holding no post, another jurisdiction's office and its client.
STRANGERS = (
    "city_a.liaison",
    "city_a.other_liaison",
    "county_a1.liaison",
    "county_a1.other_liaison",
    "county_a1.leader",
    "county_a1.office_director",
    "city_a.nobody",
    "city_b.office_director",
    "city_b.client_write",
)

ACTIONS = [
    route
    for route in ROUTES
    if route.method in {"POST", "PUT", "PATCH", "DELETE"} and RESOURCE_ID.search(route.template)
]


def resource_path(template: str) -> str:
    """The GET of the resource an action route acts on: its path up to the first resource id."""
    found = RESOURCE_ID.search(template)
    assert found is not None
    return template[: found.end()]


def with_random_id(template: str) -> str:
    """The template with its first resource id replaced by one that names nothing."""
    return RESOURCE_ID.sub(str(uuid.uuid4()), template, count=1)


async def add_other_liaisons(world: World, database: Database) -> None:
    """Each place's natural resources unit gets a liaison officer, `other_liaison`."""
    async with database.sessionmaker() as session, session.begin():
        for place in world.places.values():
            user = await users.create_with_password(
                session,
                UserCreateWithPassword(
                    username=f"{place.code}.other_liaison",
                    display_name=f"{place.code} other liaison",
                    password=SecretStr(PASSWORD),
                    jurisdiction_id=place.id,
                ),
            )
            await positions.create(
                session,
                None,
                place.id,
                PositionCreate(
                    user_id=user.id,
                    role=PositionRole.liaison_officer,
                    unit_id=place.unit_ids["natural_resources"],
                    valid_from=date(2020, 1, 1),
                ),
            )
            place.user_ids["other_liaison"] = user.id


async def housing_only_documents(
    world: World, database: Database, state: str
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    """Per place, a document with an attachment, sent to the housing unit alone, straight into
    the database: a draft (seen by those who oversee documents only) or a void one (also by the
    housing unit's people). The matrix's own documents go to both units."""
    documents, attachments = {}, {}
    async with database.sessionmaker() as session, session.begin():
        for name, place in world.places.items():
            document = Document(
                jurisdiction_id=place.id,
                issuer="office",
                issuer_name="visibility",
                issuer_code="可见办",
                title="visibility",
                body="visibility",
                state="draft",
                created_by=place.user_ids["office_staff"],
                created_by_name="visibility",
            )
            session.add(document)
            await session.flush()
            session.add(
                DocumentRecipient(
                    jurisdiction_id=place.id,
                    document_id=document.id,
                    position=1,
                    kind="member_unit",
                    copy=False,
                    recipient_jurisdiction_id=place.id,
                    unit_id=place.unit_ids["housing"],
                    name="visibility",
                )
            )
            content = sample_files.pdf()
            attachment = DocumentAttachment(
                jurisdiction_id=place.id,
                document_id=document.id,
                position=1,
                filename="visibility.pdf",
                file_type="pdf",
                media_type="application/pdf",
                size_bytes=len(content),
                sha256="0" * 64,
                uploaded_at=datetime.now(UTC),
                uploaded_by=place.user_ids["office_staff"],
                content=content,
            )
            session.add(attachment)
            await session.flush()
            if state == "void":  # signed and voided after its recipients, as the database wants
                now = datetime.now(UTC)
                document.state = "void"
                document.number_year, document.number_sequence = 2026, 1
                document.number = "可见办〔2026〕1号"
                document.signed_at, document.signed_on = now, now.date()
                document.signed_by = place.user_ids["office_director"]
                document.signed_by_name = "visibility"
                document.sign_rule, document.sign_source = "visibility", "visibility"
                document.voided_at, document.voided_by = now, place.user_ids["office_director"]
                document.voided_by_name, document.void_reason = "visibility", "visibility"
                await session.flush()
            documents[name], attachments[name] = document.id, attachment.id
    return documents, attachments


def answer(response: httpx.Response) -> tuple[int, str | None, str | None]:
    body = response.json() if response.content else {}
    return response.status_code, body.get("title"), body.get("detail")


def test_the_table_covers_every_action_on_a_resource() -> None:
    """Every action route on a single resource is in the table (and so is tried below)."""
    covered = {f"{r.method} {r.template.removeprefix('/v1')}" for r in ACTIONS}
    for expected in (
        "POST /jurisdictions/{jid}/documents/{document_id}/sign",
        "POST /jurisdictions/{jid}/documents/{document_id}/void",
        "POST /jurisdictions/{jid}/meetings/{meeting_id}/cancel",
        "PUT /jurisdictions/{jid}/meetings/{meeting_id}/minutes",
        "POST /jurisdictions/{jid}/major-matters/{matter_id}/review",
        "POST /jurisdictions/{jid}/incoming-documents/{document_id}/approve",
        "POST /jurisdictions/{jid}/bulletins/{bulletin_id}/publish",
        "POST /jurisdictions/{jid}/briefings/{briefing_id}/send",
        "POST /jurisdictions/{jid}/tasks/{task_id}/progress",
        "POST /jurisdictions/{jid}/tasks/{task_id}/supervision-notices",
        "POST /jurisdictions/{jid}/supervision-notices/{notice_id}/reply",
        "POST /jurisdictions/{jid}/delegations/{delegation_id}/revoke",
        "PATCH /jurisdictions/{jid}/positions/{position_id}",
        "POST /me/feed-tokens/{token_id}/revoke",
    ):
        assert expected in covered, expected
    assert len(ACTIONS) >= 40


@pytest.mark.parametrize("who", STRANGERS)
async def test_an_unseen_resource_answers_every_action_as_one_that_does_not_exist(
    client: httpx.AsyncClient, world: World, database: Database, who: str
) -> None:
    ids: Ids = await _ids(client, world, database)
    await add_other_liaisons(world, database)
    # The matrix's documents, and documents sent to the housing unit alone: a draft and a void.
    variants = [ids]
    for state in ("draft", "void"):
        documents, attachments = await housing_only_documents(world, database, state)
        variants.append(dataclasses.replace(ids, documents=documents, attachments=attachments))
    cases = [
        (route, target, variant)
        for route in ACTIONS
        for target in route.targets()
        for variant in (variants if "}/documents/{document_id}" in route.template else [ids])
    ]
    headers = world.headers(who)
    seen: dict[str, bool] = {}
    differences: list[str] = []
    tried = 0
    reads_place: dict[str, bool] = {}
    for place, found in world.places.items():
        response = await client.get(f"/v1/jurisdictions/{found.id}", headers=headers)
        reads_place[place] = response.status_code == 200
    for route, target, objects in cases:
        if (
            target.path_place is not None
            and not reads_place[target.path_place]
            and target.object_place != target.path_place
        ):
            continue  # a place the caller does not see: its own objects are tried, that is enough
        path = objects.path(route.template, target)
        unknown = objects.path(with_random_id(route.template), target)
        read = objects.path(resource_path(route.template), target)
        body = route.body(world, target, tried)
        sent: dict[str, Any] = {"data": body} if route.form else {"json": body}
        if route.template.endswith("/attachments"):
            # The matrix sends no file (422 once permitted): here one, so that the answer is
            # about the document.
            sent = {"files": {"file": ("附件.pdf", sample_files.pdf(), "application/pdf")}}
        if read not in seen:
            seen[read] = (await client.get(read, headers=headers)).status_code != 404
        if seen[read]:
            continue
        existing = await client.request(route.method, path, headers=headers, **sent)
        missing = await client.request(route.method, unknown, headers=headers, **sent)
        tried += 1
        # 404 as for no such resource; or the route's own 403 whatever the id (the caller may
        # not do this here at all), which tells nothing about the resource either.
        if answer(existing) != answer(missing) or existing.status_code not in (403, 404):
            differences.append(
                f"{route.method} {route.template} path={target.path_place} "
                f"object={target.object_place} {target.who}: existing {answer(existing)} vs "
                f"missing {answer(missing)}"
            )
    assert tried > 0
    assert not differences, f"{len(differences)} of {tried} differ:\n" + "\n".join(differences)


@pytest.mark.parametrize("act", ["sign", "void"])
async def test_a_unit_liaison_cannot_tell_a_draft_from_no_document(
    client: httpx.AsyncClient, books: World, act: str
) -> None:
    """The issue's own case: the housing unit's liaison does not see a draft (404), so signing
    or voiding it is 404 too — not the rulebook's 403, not 409 'it is a draft'."""
    document = await draft(client, books)
    base = f"/v1/jurisdictions/{books.places['city_a'].id}/documents"
    headers = books.headers("city_a.liaison")
    read = await client.get(f"{base}/{document['id']}", headers=headers)
    assert read.status_code == 404
    body = {"reason": "issued by mistake"} if act == "void" else None
    existing = await client.post(f"{base}/{document['id']}/{act}", headers=headers, json=body)
    missing = await client.post(f"{base}/{uuid.uuid4()}/{act}", headers=headers, json=body)
    assert answer(existing) == answer(missing) == answer(read)
    assert existing.status_code == 404


async def test_a_recipient_who_sees_a_document_is_refused_by_the_rule_or_the_state(
    client: httpx.AsyncClient, books: World
) -> None:
    """Visibility decided, the answer goes on as before: the housing liaison sees a document
    sent to the housing unit, so voiding it is the rulebook's 403 and signing it 409."""
    document = await signed(
        client, books, "city_a.office_director", main_recipients=[housing(books)]
    )
    base = f"/v1/jurisdictions/{books.places['city_a'].id}/documents/{document['id']}"
    headers = books.headers("city_a.liaison")
    assert (await client.get(base, headers=headers)).status_code == 200
    void = await client.post(f"{base}/void", headers=headers, json={"reason": "wrong"})
    assert void.status_code == 403, void.text
    sign = await client.post(f"{base}/sign", headers=headers)
    assert sign.status_code == 409, sign.text
