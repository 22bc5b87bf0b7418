"""Who holds which position, judged by the rulebook: what a tenure must fit when it is assigned,
and the check of the holders against the version in force on a day and each later one
(``GET …/rulebook/check-holdings``).

A tenure is assigned under the version in force on its first day (the default catalogue before
any is): that version must define the key, and gives its level and limits. A later version may
drop a key, define it at another level (only for keys nobody has held: publishing refuses the
rest) or lower a limit; it never invalidates history, and its effect on current holders is
reported here rather than silently applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from uuid import UUID

from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.organisation import Tenure
from app.domain.positions import (
    DEFAULT_POSITIONS,
    PositionDefinition,
    PositionLevel,
    is_sensitive,
    reset_by_administrators_only,
)
from app.domain.rulebook import PublishedVersion, Rulebook, peak_holders, version_in_force

Path = tuple[str | int, ...]


def governance_keys(rulebook: Rulebook | None) -> frozenset[str]:
    """Every key a rule of the rulebook lets sign documents, convene or chair a meeting, or
    consent to or propose an extra one — as the one who acts or the one who entrusts: holding
    such a post is as sensitive as holding capabilities (app.domain.positions.is_sensitive)."""
    if rulebook is None:
        return frozenset()
    permissions = [issuer.sign for issuer in rulebook.issuers.values()]
    for kind in rulebook.meeting_kinds.values():
        permissions += [kind.convene, kind.chair]
        permissions += [p for p in (kind.extra_consent, kind.extra_proposal) if p is not None]
    return frozenset(
        key
        for permission in permissions
        for allowance in permission.allowed
        for key in (allowance.role, allowance.entrusted_by)
        if key is not None
    )


@dataclass(frozen=True)
class Duties:
    """Separation of duties for one position key in a jurisdiction: whether assigning it needs
    account powers (``sensitive``) and whether only a platform administrator resets its
    holders' passwords."""

    sensitive: bool
    reset_by_administrators_only: bool


def duties_of(key: str, rulebooks: Iterable[Rulebook]) -> Duties:
    """The duties of ``key`` judged by the default catalogue (for its nine keys) and by EVERY
    published version of the jurisdiction's lineage, past, present and future: a key any of
    them makes sensitive stays sensitive. One-way on purpose — were it judged by one version,
    whoever publishes could publish a version (dated in the past, or the future) in which a
    post has no powers, reset its holder's password or hand it out under that version, then
    restore the powers. A key no version defines errs towards the stricter answer."""
    judged: list[tuple[PositionDefinition, frozenset[str]]] = []
    if key in DEFAULT_POSITIONS:
        judged.append((DEFAULT_POSITIONS[key], frozenset()))
    for rulebook in rulebooks:
        definition = rulebook.positions.get(key)
        if definition is not None:
            judged.append((definition, governance_keys(rulebook)))
    if not judged:
        return Duties(sensitive=True, reset_by_administrators_only=True)
    return Duties(
        sensitive=any(is_sensitive(d, keys) for d, keys in judged),
        reset_by_administrators_only=any(
            reset_by_administrators_only(d, keys) for d, keys in judged
        ),
    )


@dataclass(frozen=True)
class VersionSpan:
    """A version and the days, from the day asked, it is in force in a jurisdiction."""

    version: PublishedVersion
    days: Tenure


def spans_from(
    versions: Iterable[PublishedVersion], lineage: Sequence[UUID], on: date
) -> list[VersionSpan]:
    """The versions in force in a jurisdiction (``lineage``: itself, then its ancestors,
    nearest first) from ``on`` on, in order: the one in force on ``on``, then each that takes
    over later. Days when none is (before the first) are left out."""
    versions = tuple(versions)
    changes = sorted({on, *(v.effective_from for v in versions if v.effective_from > on)})
    spans: list[tuple[date, PublishedVersion | None]] = []
    for day in changes:
        found = version_in_force(versions, lineage, day)
        if not spans or _id(found) != _id(spans[-1][1]):
            spans.append((day, found))
    result = []
    for index, (start, version) in enumerate(spans):
        if version is None:
            continue
        end = spans[index + 1][0] - timedelta(days=1) if index + 1 < len(spans) else None
        result.append(VersionSpan(version, Tenure(start, end)))
    return result


def _id(version: PublishedVersion | None) -> UUID | None:
    return version.id if version else None


def _overlaps(a: Tenure, b: Tenure) -> bool:
    return (a.valid_to is None or b.valid_from <= a.valid_to) and (
        b.valid_to is None or a.valid_from <= b.valid_to
    )


# --- assignment ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Terms:
    """What a tenure of ``key`` is held under: the version in force on its first day (None: no
    rulebook is, the default catalogue applies), its definition of the key (None: it has none)
    and its signing keys."""

    key: str
    first_day: date
    version: PublishedVersion | None
    definition: PositionDefinition | None

    @property
    def described(self) -> str:
        day = self.first_day.isoformat()
        if self.version is None:
            return _("the default catalogue (no rulebook is in force on {day})", day=day)
        effective = self.version.effective_from.isoformat()
        return _(
            "the rulebook in force on {day} (the version of {effective})",
            day=day,
            effective=effective,
        )

    @property
    def described_first(self) -> str:
        """``described``, as a sentence begins."""
        day = self.first_day.isoformat()
        if self.version is None:
            return _("The default catalogue (no rulebook is in force on {day})", day=day)
        effective = self.version.effective_from.isoformat()
        return _(
            "The rulebook in force on {day} (the version of {effective})",
            day=day,
            effective=effective,
        )


def terms_on(key: str, first_day: date, spans: Sequence[VersionSpan]) -> Terms:
    """The terms of a tenure of ``key`` starting on ``first_day`` (``spans``: spans_from that
    day)."""
    first = spans[0] if spans and spans[0].days.valid_from == first_day else None
    if first is None:
        return Terms(key, first_day, None, DEFAULT_POSITIONS.get(key))
    return Terms(key, first_day, first.version, first.version.rulebook.positions.get(key))


def check_tenure(
    terms: Terms,
    tenure: Tenure,
    spans: Sequence[VersionSpan],
    *,
    held_level: PositionLevel | None = None,
    key_path: Path = ("body", "role"),
    tenure_path: Path = ("body", "valid_to"),
) -> PositionDefinition:
    """The definition a tenure is assigned under (``terms``: terms_on its first day;
    ``spans``: spans_from that day). The version in force on the first day must define the key;
    a post already held (``held_level``) keeps its level; and each later version the tenure
    reaches that defines the key must define it at the same level: a position's level never
    changes (define a new key instead). Reported at ``key_path`` and, for a later version, at
    ``tenure_path``."""
    key, where, definition = terms.key, terms.described, terms.definition
    if definition is None:
        raise InvalidInput(
            _("{key!r} is not a position of {where}.", key=key, where=where),
            (
                FieldError(
                    key_path, _("{key!r} is not a position of {where}", key=key, where=where)
                ),
            ),
        )
    if held_level is not None and definition.level is not held_level:
        raise InvalidInput(
            _(
                "{where} defines {key!r} at the {level} level, but it is held at "
                "the {held_level} level: a position's level never changes.",
                where=terms.described_first,
                key=key,
                level=definition.level,
                held_level=held_level,
            ),
            (
                FieldError(
                    key_path,
                    _(
                        "{key!r} is a {level} position in {where}",
                        key=key,
                        level=definition.level,
                        where=where,
                    ),
                ),
            ),
        )
    for span in spans:
        if span.version.id == _id(terms.version) or not _overlaps(span.days, tenure):
            continue
        later = span.version.rulebook.positions.get(key)
        if later is not None and later.level is not definition.level:
            day = span.version.effective_from.isoformat()
            raise InvalidInput(
                _(
                    "The rulebook version of {day} defines {key!r} at the {level} level, "
                    "not {level2}: a position's level never changes (define a new key). "
                    "End the tenure before {day}.",
                    day=day,
                    key=key,
                    level=later.level,
                    level2=definition.level,
                ),
                (
                    FieldError(
                        tenure_path,
                        _("must end before {day}, when {key!r} changes level", day=day, key=key),
                    ),
                ),
            )
    return definition


# --- the check of the holders --------------------------------------------------------------


@dataclass(frozen=True)
class HeldPosition:
    """A position as stored: its key, the level it is held at and its tenure."""

    id: UUID
    user_id: UUID
    key: str
    level: PositionLevel
    unit_id: UUID | None
    tenure: Tenure


class HoldingProblemKind(StrEnum):
    undefined = "undefined"  # the version does not define the key
    level_mismatch = "level_mismatch"  # it defines it at another level
    over_limit = "over_limit"  # more hold it at once than max_holders(_per_unit) allows


@dataclass(frozen=True)
class HoldingProblem:
    kind: HoldingProblemKind
    key: str
    version: PublishedVersion
    first_day: date  # the first day the problem exists
    message: str
    position_ids: tuple[UUID, ...]
    user_ids: tuple[UUID, ...]
    definition: PositionDefinition | None = None  # the version's, when it defines the key
    unit_id: UUID | None = None  # over a per-unit limit: the unit
    held_level: PositionLevel | None = None
    limit: int | None = None
    peak: int | None = None


def _merged(tenures: Iterable[Tenure]) -> list[Tenure]:
    """Overlapping tenures joined: one person holding a post twice at once is one holder."""
    merged: list[Tenure] = []
    for t in sorted(tenures, key=lambda t: t.valid_from):
        last = merged[-1] if merged else None
        if last is None or (last.valid_to is not None and t.valid_from > last.valid_to):
            merged.append(t)
            continue
        end = None
        if last.valid_to is not None and t.valid_to is not None:
            end = max(last.valid_to, t.valid_to)
        merged[-1] = Tenure(last.valid_from, end)
    return merged


def _peak(days: Tenure, held: Sequence[HeldPosition]) -> tuple[int, date]:
    by_person: dict[UUID, list[Tenure]] = {}
    for p in held:
        by_person.setdefault(p.user_id, []).append(p.tenure)
    return peak_holders(days, [t for ts in by_person.values() for t in _merged(ts)])


def _over_limit(
    span: VersionSpan,
    definition: PositionDefinition,
    held: Sequence[HeldPosition],
    *,
    limit: int,
    unit_id: UUID | None,
) -> HoldingProblem | None:
    peak, day = _peak(span.days, held)
    if peak <= limit:
        return None
    per = " in this member unit" if unit_id is not None else ""
    in_force = [p for p in held if p.tenure.in_force_on(day)]
    return HoldingProblem(
        HoldingProblemKind.over_limit,
        definition.key,
        span.version,
        day,
        f"{peak} hold {definition.key}{per} on {day.isoformat()}; the version of "
        f"{span.version.effective_from.isoformat()} allows at most {limit}",
        tuple(p.id for p in in_force),
        tuple(dict.fromkeys(p.user_id for p in in_force)),
        definition,
        unit_id=unit_id,
        limit=limit,
        peak=peak,
    )


def check_holdings(
    held: Iterable[HeldPosition], spans: Sequence[VersionSpan]
) -> list[HoldingProblem]:
    """Each version of ``spans`` (spans_from) against the positions held on its days: a key it
    does not define, or defines at another level than the post is held at, and a limit
    (``max_holders`` in the whole jurisdiction, ``max_holders_per_unit`` in one member unit)
    that more hold at once than it allows — with the peak and its first day."""
    held = tuple(held)
    problems: list[HoldingProblem] = []
    for span in spans:
        positions: Mapping[str, PositionDefinition] = span.version.rulebook.positions
        reached = [p for p in held if _overlaps(p.tenure, span.days)]
        by_key: dict[str, list[HeldPosition]] = {}
        for p in reached:
            by_key.setdefault(p.key, []).append(p)
        for key, of_key in by_key.items():
            definition = positions.get(key)
            effective = span.version.effective_from.isoformat()
            for p in of_key:
                first_day = max(p.tenure.valid_from, span.days.valid_from)
                if definition is None:
                    problems.append(
                        HoldingProblem(
                            HoldingProblemKind.undefined,
                            key,
                            span.version,
                            first_day,
                            f"the version of {effective} does not define {key!r}",
                            (p.id,),
                            (p.user_id,),
                            held_level=p.level,
                        )
                    )
                elif definition.level is not p.level:
                    problems.append(
                        HoldingProblem(
                            HoldingProblemKind.level_mismatch,
                            key,
                            span.version,
                            first_day,
                            f"the version of {effective} defines {key!r} at the "
                            f"{definition.level} level; it is held at the {p.level} level",
                            (p.id,),
                            (p.user_id,),
                            definition,
                            held_level=p.level,
                        )
                    )
            if definition is None:
                continue
            if definition.max_holders is not None:
                found = _over_limit(
                    span, definition, of_key, limit=definition.max_holders, unit_id=None
                )
                if found:
                    problems.append(found)
            if definition.max_holders_per_unit is not None:
                units = dict.fromkeys(p.unit_id for p in of_key if p.unit_id is not None)
                for unit_id in units:
                    found = _over_limit(
                        span,
                        definition,
                        [p for p in of_key if p.unit_id == unit_id],
                        limit=definition.max_holders_per_unit,
                        unit_id=unit_id,
                    )
                    if found:
                        problems.append(found)
    return problems
