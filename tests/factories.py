"""Builds a small, realistic world through the services (so audit rows are written too).

city_a (prefecture) ── county_a1 (county)        city_b (city)
Each city has units, an office (director, deputy, staff), a leader and unit roles; each has a
read client and a write client. Tokens are issued directly (the token endpoint is tested apart).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx
from pydantic import SecretStr

from app.db import Database
from app.domain.access import ClientScope
from app.domain.organisation import JurisdictionLevel, UnitKind
from app.models import RulebookVersion
from app.rulebooks import shipped_document
from app.schemas.clients import ClientCreate
from app.schemas.jurisdictions import JurisdictionCreate
from app.schemas.positions import PositionCreate
from app.schemas.units import UnitCreate
from app.schemas.users import UserCreateWithPassword
from app.security import TokenService
from app.services import clients, jurisdictions, positions, units, users

PASSWORD = "correct horse battery"
SINCE = date(2020, 1, 1)


@dataclass
class Place:
    id: uuid.UUID
    code: str
    unit_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    user_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    client_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    client_secrets: dict[str, str] = field(default_factory=dict)


@dataclass
class World:
    admin_id: uuid.UUID
    places: dict[str, Place]
    tokens: TokenService

    def token(self, who: str, generation: int = 0) -> str:
        """'admin', '<place>.<role>' for a person, or '<place>.client_read' / 'client_write';
        ``generation``: the account's token generation (raised by each password change or
        reset, secret rotation, disabling or re-enabling)."""
        if who == "admin":
            return self.tokens.issue(f"user:{self.admin_id}", generation=generation)[0]
        place, _, name = who.partition(".")
        p = self.places[place]
        if name.startswith("client_"):
            return self.tokens.issue(f"client:{p.client_ids[name]}", generation=generation)[0]
        return self.tokens.issue(f"user:{p.user_ids[name]}", generation=generation)[0]

    def headers(self, who: str, generation: int = 0) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(who, generation)}"}


PEOPLE = [
    ("leader", "leader", None),
    ("deputy_leader", "deputy_leader", None),
    ("office_director", "office_director", None),
    ("office_deputy_director", "office_deputy_director", None),
    ("office_staff", "office_staff", None),
    ("liaison", "liaison_officer", "housing"),
    ("nobody", None, None),
]


async def _populate(
    session,
    place: Place,
    *,
    with_units: bool = True,  # type: ignore[no-untyped-def]
) -> None:
    if with_units:
        for code, name in (("housing", "住房和城乡建设局"), ("natural_resources", "自然资源局")):
            unit = await units.create(
                session, None, place.id, UnitCreate(code=code, name=name, kind=UnitKind.department)
            )
            place.unit_ids[code] = unit.id
    for name, role, unit_code in PEOPLE:
        if unit_code and unit_code not in place.unit_ids:
            continue
        user = await users.create_with_password(
            session,
            UserCreateWithPassword(
                username=f"{place.code}.{name}",
                display_name=f"{place.code} {name}",
                password=SecretStr(PASSWORD),
                jurisdiction_id=place.id,
            ),
        )
        place.user_ids[name] = user.id
        if role is not None:
            await positions.create(
                session,
                None,
                place.id,
                PositionCreate(
                    user_id=user.id,
                    role=role,
                    unit_id=place.unit_ids[unit_code] if unit_code else None,
                    valid_from=SINCE,
                ),
            )
    for name, scopes in (
        ("client_read", [ClientScope.read]),
        ("client_write", [ClientScope.read, ClientScope.write]),
    ):
        created = await clients.create(
            session,
            None,
            ClientCreate(name=f"{place.code} {name}", jurisdiction_id=place.id, scopes=scopes),
            client_id=f"{place.code}-{name}",
        )
        place.client_ids[name] = created.id
        place.client_secrets[name] = created.client_secret


async def build_world(database: Database, tokens: TokenService) -> World:
    async with database.sessionmaker() as session, session.begin():
        admin = await users.create_with_password(
            session,
            UserCreateWithPassword(
                username="platform.admin",
                display_name="Platform admin",
                password=SecretStr(PASSWORD),
                is_platform_admin=True,
            ),
        )
        places: dict[str, Place] = {}
        for code, level, parent in (
            ("city_a", JurisdictionLevel.prefecture, None),
            ("county_a1", JurisdictionLevel.county, "city_a"),
            ("city_b", JurisdictionLevel.city, None),
        ):
            created = await jurisdictions.create(
                session,
                None,
                JurisdictionCreate(
                    code=code.replace("_", "-"),
                    name=code,
                    level=level,
                    parent_id=places[parent].id if parent else None,
                ),
            )
            places[code] = Place(id=created.id, code=code.replace("_", "-"))
            await _populate(session, places[code])
    return World(admin_id=admin.id, places=places, tokens=tokens)


async def publish_shipped_rulebooks(world: World, database: Database) -> World:
    """Changji's rulebook in city_a (inherited by county_a1, C-ORG-3), Ezhou's in city_b, both in
    force from 2020-01-01 (none is in force in 2019), straight into the database."""
    async with database.sessionmaker() as session, session.begin():
        for place, name in (("city_a", "changji"), ("city_b", "ezhou")):
            session.add(
                RulebookVersion(
                    jurisdiction_id=world.places[place].id,
                    effective_from=SINCE,
                    document=shipped_document(name),
                    published_by="test",
                )
            )
    return world


async def with_if_match(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    headers: dict[str, str],
    read_url: str | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """A change as a careful caller makes it (app/routers/conditional.py): GET the resource
    (``read_url``, the changed URL itself by default), then send its ETag in If-Match. When the
    caller cannot read it (a 404 or 403 awaited), the change goes without, to get that answer."""
    read = await client.get(read_url or url, headers=headers)
    etag = read.headers.get("etag") if read.status_code == 200 else None
    conditional = {**headers, "If-Match": etag} if etag else headers
    return await client.request(method, url, headers=conditional, **kwargs)
