"""The ``gaiban`` command: serve, worker, migrate, grant-app-role, demo, tour, create-admin,
calendar enter."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.settings import Environment, Settings, get_settings

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")


def _database_url(settings: Settings) -> str:
    from app.db import resolve_database_url

    return resolve_database_url(settings)


def cmd_migrate(settings: Settings, _: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from app.migrations import AppRoleRefused, migration_url, upgrade

    try:
        upgrade(migration_url(settings), app_role=settings.app_role)
    except AppRoleRefused as exc:
        print(f"not migrated: {exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
        print(
            f"not migrated: {str(exc.orig).splitlines()[-1]}: migrate as the role that owns the "
            "schema (GAIBAN_MIGRATION_DATABASE_URL)",
            file=sys.stderr,
        )
        return 1
    print("database schema is at the migrations' head")
    if settings.app_role:
        print(f"role {settings.app_role} may read and write rows, and nothing more")
    return 0


def cmd_grant_app_role(settings: Settings, args: argparse.Namespace) -> int:
    """What ``gaiban migrate`` does after upgrading when GAIBAN_APP_ROLE is set, alone: for a
    role made after the last migration, or rights someone changed by hand."""
    from app.migrations import AppRoleRefused, grant, migration_url

    try:
        grant(migration_url(settings), args.role)
    except AppRoleRefused as exc:
        print(f"not granted: {exc}", file=sys.stderr)
        return 1
    print(f"role {args.role} may read and write rows, and nothing more")
    return 0


def _in_one_transaction(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run ``work`` in one committed transaction on a database connection of its own."""
    from app.db import Database

    async def run() -> T:
        database = Database(_database_url(settings), pool_size=1)
        try:
            async with database.sessionmaker() as session, session.begin():
                return await work(session)
        finally:
            await database.dispose()

    return asyncio.run(run())


def cmd_demo(settings: Settings, _: argparse.Namespace) -> int:
    if settings.environment is not Environment.development:
        print("refusing to load demo accounts outside development", file=sys.stderr)
        return 2
    from app.services.demo import load_demo

    summary = _in_one_transaction(settings, lambda session: load_demo(session, settings))
    print(summary, flush=True)
    return 0


def cmd_create_admin(settings: Settings, args: argparse.Namespace) -> int:
    from pydantic import SecretStr

    from app.domain.errors import DomainError
    from app.errors import ServiceError
    from app.schemas.users import UserCreateWithPassword
    from app.services import users

    if sys.stdin.isatty():
        password = getpass.getpass("Password for the new administrator: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    try:
        data = UserCreateWithPassword(
            username=args.username,
            display_name=args.display_name or args.username,
            password=SecretStr(password),
            is_platform_admin=True,
        )
    except ValueError as exc:
        print(f"invalid administrator: {exc}", file=sys.stderr)
        return 2

    try:
        created = _in_one_transaction(
            settings, lambda session: users.create_with_password(session, data)
        )
    except (ServiceError, DomainError) as exc:
        print(f"not created: {exc}", file=sys.stderr)
        return 1
    print(f"created platform administrator {created.username} ({created.id})")
    return 0


def cmd_calendar_enter(settings: Settings, args: argparse.Namespace) -> int:
    """What PUT /v1/calendar/years/{year} does, for an operator without a token: the same
    validation, the same audit event (the actor recorded as ``cli:<operating-system user>``)."""
    import json

    from pydantic import ValidationError
    from sqlalchemy.exc import SQLAlchemyError

    from app.domain.errors import DomainError
    from app.errors import UNSTORABLE_TEXT_STATES, ServiceError
    from app.schemas.calendar import CalendarYearIn
    from app.services import calendar

    if not calendar.MIN_ENTERABLE_YEAR <= args.year <= calendar.MAX_ENTERABLE_YEAR:
        print(
            f"the year must lie in {calendar.MIN_ENTERABLE_YEAR}–{calendar.MAX_ENTERABLE_YEAR}",
            file=sys.stderr,
        )
        return 2
    try:
        with open(args.file, encoding="utf-8") as notice:
            data = CalendarYearIn.model_validate(json.load(notice))
    except (OSError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            for error in exc.errors():
                where = ".".join(str(part) for part in error["loc"])
                print(f"{args.file}: {where}: {error['msg']}", file=sys.stderr)
        else:
            print(f"{args.file}: {exc}", file=sys.stderr)
        return 2

    try:
        stored = _in_one_transaction(
            settings,
            lambda session: calendar.put_year(
                session, None, args.year, data, operator=getpass.getuser()
            ),
        )
    except (ServiceError, DomainError) as exc:
        print(f"not entered: {exc}", file=sys.stderr)
        for error in getattr(exc, "errors", ()) or ():
            print(f"  {'.'.join(map(str, error.location))}: {error.message}", file=sys.stderr)
        return 1
    except (SQLAlchemyError, OSError) as exc:
        # What the API answers 422 (a NUL character) or 503 (no database), said in one line.
        state = getattr(getattr(exc, "orig", None), "sqlstate", None)
        if state in UNSTORABLE_TEXT_STATES:
            print(
                f"not entered: {args.file} holds U+0000 (NUL), which cannot be stored",
                file=sys.stderr,
            )
        else:
            print(
                f"not entered: the database cannot be reached ({exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0] if str(exc) else ''})",
                file=sys.stderr,
            )
        return 1
    print(
        f"entered {stored.year}: {len(stored.holidays)} days off, "
        f"{len(stored.makeup_workdays)} make-up workdays ({stored.source})"
    )
    return 0


def cmd_tour(settings: Settings, args: argparse.Namespace) -> int:
    """The README's examples against a running service with the demo data (app/tour.py)."""
    from app import tour

    if args.script:
        print(tour.script(args.base_url), end="")
        return 0
    return tour.run(
        args.base_url,
        password=settings.demo_password.get_secret_value(),
        client_secret=settings.demo_client_secret.get_secret_value(),
    )


def _exit_normally_on_stop_signals() -> None:
    """SIGTERM and SIGINT end `gaiban serve` by a normal exit, which runs its exit handlers:
    pgserver's stops the embedded PostgreSQL this process started, unless another process
    still holds it. uvicorn, having shut down gracefully, raises the signal it caught again,
    under the handler it found: with Python's default for SIGTERM the process died there, the
    exit handlers skipped, and the embedded server ran on. A signal during start-up (while
    migrations run) ends the process the same way, before uvicorn takes the signals over."""
    import signal

    def exit_normally(_signum: int, _frame: object) -> None:
        raise SystemExit(0)

    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, exit_normally)


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import gc
    import os

    _exit_normally_on_stop_signals()

    # Paused from here, not only in the worker's factory: with one worker, uvicorn builds the
    # app in this process, and what this function imports first (SQLAlchemy, the models, the
    # key's cryptography) is part of the same start-up heap (app/serving.py says why).
    gc.disable()

    import uvicorn

    from app.middleware import configure_logging

    configure_logging(settings.log_level)
    # Done once here, before any worker starts: the embedded PostgreSQL (this process keeps it
    # running and stops it on exit), the migrations, the demo data, the development signing key.
    url = _database_url(settings)
    if args.migrate:
        from app.migrations import AppRoleRefused, migration_url, upgrade

        try:
            upgrade(migration_url(settings), app_role=settings.app_role)
        except AppRoleRefused as exc:
            print(f"gaiban: not migrated: {exc}", file=sys.stderr)
            return 1
    host = args.host or settings.host
    port = args.port or settings.port
    base = f"http://{host}:{port}"
    demo_loaded = False
    if args.demo:
        # The demo's curl examples name the address this process serves on.
        demo_loaded = cmd_demo(settings.model_copy(update={"public_base_url": base}), args) == 0
    if settings.jwt_private_key is None:
        from app.security import load_or_create_key_file

        load_or_create_key_file(settings.resolved_data_dir / "jwt-es256.pem")
    # Each worker reads its settings from the environment (app.serving): it must
    # connect to this server, not start an embedded one of its own.
    os.environ["DATABASE_URL"] = os.environ["GAIBAN_DATABASE_URL"] = url
    get_settings.cache_clear()
    print(f"\nGaiban serves on {base} — API docs at {base}/docs", flush=True)
    if demo_loaded:
        print("Demo token: run the curl example printed above (it holds the password).", flush=True)
    options: dict[str, Any] = {"factory": True, "log_config": None, "proxy_headers": True}
    # Stopped before this process's exit handlers stop the embedded PostgreSQL.
    worker = _start_worker_process() if args.worker else None
    try:
        return _run_uvicorn(uvicorn, args, host, port, options)
    finally:
        _stop_worker_process(worker)


def _run_uvicorn(uvicorn: Any, args: argparse.Namespace, host: str, port: int, options: Any) -> int:
    import gc

    if args.workers == 1:
        uvicorn.run("app.serving:create_served_app", host=host, port=port, **options)
        return 0
    config = uvicorn.Config(
        "app.serving:create_served_app", host=host, port=port, workers=args.workers, **options
    )
    # The workers are fresh processes; this one only supervises them (uvicorn's supervisor:
    # health checks, restarts, signals), each worker on a socket of its own (app/listening.py).
    gc.enable()
    from uvicorn.supervisors import Multiprocess

    from app.listening import reuse_port_address

    try:
        address = reuse_port_address(host, port)
    except OSError as exc:
        print(f"gaiban: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 3  # as uvicorn's own start-up failure
    with address:
        Multiprocess(config, sockets=[address]).run()
    return 0


def cmd_worker(settings: Settings, _: argparse.Namespace) -> int:
    """Webhook deliveries and time-driven events (app/worker.py) until SIGTERM or SIGINT. With
    no DATABASE_URL it uses (starting it if need be) the embedded PostgreSQL under the data
    folder, as `gaiban serve` does."""
    import signal

    from app.middleware import configure_logging
    from app.worker import run_worker

    configure_logging(settings.log_level)
    url = _database_url(settings)

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for stop_signal in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(stop_signal, stop.set)
        await run_worker(settings, url, stop)

    asyncio.run(run())
    return 0


def _start_worker_process() -> Any:
    """`gaiban worker` as a child of `gaiban serve --worker`, on the database serve set up
    (its URL is in the environment by then)."""
    import subprocess

    command = [
        sys.executable,
        "-c",
        "import sys; from app.cli import main; sys.exit(main(['worker']))",
    ]
    return subprocess.Popen(command)  # noqa: S603 - our own interpreter and module


def _stop_worker_process(process: Any) -> None:
    import subprocess

    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gaiban", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--migrate", action="store_true", help="apply migrations first")
    serve.add_argument("--demo", action="store_true", help="load demo data first (development)")
    serve.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="worker processes (default 1); migrations, demo data and the embedded PostgreSQL "
        "are set up once, before they start",
    )
    serve.add_argument(
        "--worker",
        action="store_true",
        help="also run `gaiban worker` (webhook deliveries, time-driven events) beside it, "
        "stopped with it (development: production runs `gaiban worker` as its own service)",
    )
    serve.set_defaults(handler=cmd_serve)

    worker = commands.add_parser(
        "worker",
        help="deliver webhooks and make time-driven events (overdue, reminders); several may "
        "run at once",
    )
    worker.set_defaults(handler=cmd_worker)

    migrate = commands.add_parser(
        "migrate",
        help="upgrade the database to the latest schema (as GAIBAN_MIGRATION_DATABASE_URL's "
        "role when set), then grant GAIBAN_APP_ROLE, when set, what the service needs",
    )
    migrate.set_defaults(handler=cmd_migrate)

    grant_role = commands.add_parser(
        "grant-app-role",
        help="grant a role what the service needs and nothing more (rows only: no TRUNCATE, "
        "no schema changes, no change to the audit trail), as the schema's owner",
    )
    grant_role.add_argument("role")
    grant_role.set_defaults(handler=cmd_grant_app_role)

    demo = commands.add_parser("demo", help="load the demo jurisdictions and accounts (idempotent)")
    demo.set_defaults(handler=cmd_demo)

    tour = commands.add_parser(
        "tour",
        help="run the README's API examples in order against a running service with the demo "
        "data, printing each request and the key part of its answer; non-zero at the first "
        "unexpected answer",
    )
    tour.add_argument(
        "--base-url",
        default="http://127.0.0.1:8000",
        help="the service (default http://127.0.0.1:8000, where make run serves)",
    )
    tour.add_argument(
        "--script",
        action="store_true",
        help="print the tour as the curl script the README shows, and run nothing",
    )
    tour.set_defaults(handler=cmd_tour)

    admin = commands.add_parser(
        "create-admin", help="create a platform administrator (password read from stdin)"
    )
    admin.add_argument("--username", required=True)
    admin.add_argument("--display-name")
    admin.set_defaults(handler=cmd_create_admin)

    calendar = commands.add_parser("calendar", help="the working-day calendar")
    calendar_commands = calendar.add_subparsers(dest="calendar_command", required=True)
    enter = calendar_commands.add_parser(
        "enter",
        help="enter a year's official holiday arrangement (as PUT /v1/calendar/years/{year})",
    )
    enter.add_argument("year", type=int)
    enter.add_argument(
        "--file",
        required=True,
        help="the arrangement as JSON: {holidays: [{date, name}], makeup_workdays: [...], source}",
    )
    enter.set_defaults(handler=cmd_calendar_enter)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
    except ValueError as exc:
        print(f"gaiban: configuration refused: {exc}", file=sys.stderr)
        return 2
    handler = args.handler
    result: int = handler(settings, args)
    return result


if __name__ == "__main__":
    sys.exit(main())
