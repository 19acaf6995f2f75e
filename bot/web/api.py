"""The Mini App's JSON API under /app/api/: validate, find the caller, call a use case.

Every handler first finds the caller (401 before anything is read or changed), then checks its
input with a pydantic model (400 with a sentence), then calls bot/services/web.py. A set id that
is not the caller's answers 404, the same as one that does not exist.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.exercises import match_exercise
from bot.importers import ImportFormatError
from bot.services import web as uses
from bot.services.data import delete_everything, export_csv, import_file, import_summary_text
from bot.web.auth import AuthError
from bot.web.context import WEB, Handler, caller, services
from bot.web.programs import ProgramUnavailable

MAX_IMPORT_BYTES = 20 * 1024 * 1024  # as in chat: Telegram's download limit
Weight = Annotated[float, Field(ge=-500, le=1500)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class LogQuery(Strict):
    exercise: str | None = Field(default=None, max_length=60)
    before: date | None = None


class NewSets(Strict):
    text: str = Field(min_length=1, max_length=2000)
    nonce: int = Field(ge=1, le=2**53 - 1)


class SetEdit(Strict):
    weight: Weight | None = None
    reps: int = Field(ge=1, le=100)
    rpe: float | None = Field(default=None, ge=1, le=10, multiple_of=0.5)


class GoalChoice(Strict):
    goal: Literal["strength", "hypertrophy", "both"]


class ProgramChoice(Strict):
    name: str = Field(min_length=1, max_length=20, pattern=r"^[a-z0-9]+$")


class DeleteAll(Strict):
    confirm: Literal["DELETE"]


class ProgressQuery(Strict):
    exercise: str | None = Field(default=None, max_length=60)


class ImportQuery(Strict):
    unit: Literal["kg", "lb"] | None = None


def _exercise(text: str | None) -> str | None:
    if not text:
        return None
    found = match_exercise(text)
    if found is None:
        raise uses.BadInput(f"I don't know the exercise '{text[:40]}'. Try 'bench'.")
    return found


async def _body(request: web.Request, model: type[BaseModel]) -> Any:
    try:
        data = await request.json()
    except ValueError:
        raise uses.BadInput("The request body must be JSON.") from None
    return model.model_validate(data)


def _set_id(request: web.Request) -> int:
    raw = request.match_info["set_id"]
    if not raw.isdigit() or len(raw) > 18:
        raise uses.BadInput("A set id is a number.")
    return int(raw)


async def get_log(request: web.Request) -> web.Response:
    user = await caller(request)
    query = LogQuery.model_validate(dict(request.query))
    data = await uses.log_days(services(request), user, _exercise(query.exercise), query.before)
    return web.json_response(data)


async def post_sets(request: web.Request) -> web.Response:
    user = await caller(request)
    body: NewSets = await _body(request, NewSets)
    data = await uses.add_sets(services(request), user, body.text, body.nonce)
    return web.json_response(data, status=201)


async def patch_set(request: web.Request) -> web.Response:
    user = await caller(request)
    set_id = _set_id(request)
    body: SetEdit = await _body(request, SetEdit)
    data = await uses.edit_set(services(request), user, set_id, body.weight, body.reps, body.rpe)
    return web.json_response(data)


async def delete_set(request: web.Request) -> web.Response:
    user = await caller(request)
    data = await uses.delete_set(services(request), user, _set_id(request))
    return web.json_response(data)


async def get_progress(request: web.Request) -> web.Response:
    user = await caller(request)
    query = ProgressQuery.model_validate(dict(request.query))
    data = await uses.progress(services(request), user, _exercise(query.exercise))
    return web.json_response(data)


async def get_programme(request: web.Request) -> web.Response:
    user = await caller(request)
    data = await uses.programme(services(request), user, request.app[WEB].programs)
    return web.json_response(data)


async def post_goal(request: web.Request) -> web.Response:
    user = await caller(request)
    body: GoalChoice = await _body(request, GoalChoice)
    return web.json_response(
        {"message": await uses.change_goal(services(request), user, body.goal)}
    )


async def post_program(request: web.Request) -> web.Response:
    user = await caller(request)
    body: ProgramChoice = await _body(request, ProgramChoice)
    programs = request.app[WEB].programs
    if body.name not in programs.names:
        raise uses.BadInput(f"There's no programme called '{body.name}'.")
    message = await programs.switch(services(request), user, body.name)
    return web.json_response({"message": message, "program": body.name})


async def _upload(request: web.Request) -> bytes:
    """The raw file body, read in chunks so the size limit holds whatever the server's is."""
    data = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        data += chunk
        if len(data) > MAX_IMPORT_BYTES:
            raise uses.BadInput("That file is over 20 MB; export a shorter period and try again.")
    if not data:
        raise uses.BadInput("Choose a Strong or Hevy CSV file first.")
    return bytes(data)


async def post_import(request: web.Request) -> web.Response:
    user = await caller(request)
    query = ImportQuery.model_validate(dict(request.query))
    svc = services(request)
    try:
        imported, added = await import_file(svc, user, await _upload(request), query.unit)
    except ImportFormatError as exc:
        raise uses.BadInput(str(exc)) from None
    text = import_summary_text(imported, added, query.unit or user.unit)
    return web.json_response({"added": added, "summary": text})


async def get_export(request: web.Request) -> web.Response:
    user = await caller(request)
    text, count = await export_csv(services(request), user)
    return web.Response(
        text=text,
        content_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="spotter-export.csv"',
                 "X-Set-Count": str(count)},
    )  # fmt: skip


async def post_delete_all(request: web.Request) -> web.Response:
    user = await caller(request)
    await _body(request, DeleteAll)
    await delete_everything(services(request), user.id)
    return web.json_response({"message": "Everything about you is deleted."})


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "input"
    return f"{where}: {first['msg']}"


async def answer_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Expected failures as JSON 4xx with a sentence; never a traceback."""
    try:
        return await handler(request)
    except AuthError as exc:
        return web.json_response({"error": str(exc)}, status=401)
    except ValidationError as exc:
        return web.json_response({"error": _first_error(exc)}, status=400)
    except (uses.BadInput, ProgramUnavailable) as exc:
        return web.json_response({"error": str(exc)}, status=400)
    except uses.NotFound:
        return web.json_response({"error": "There's no such set in your log."}, status=404)


ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/log", get_log),
    ("POST", "/sets", post_sets),
    ("PATCH", "/sets/{set_id}", patch_set),
    ("DELETE", "/sets/{set_id}", delete_set),
    ("GET", "/progress", get_progress),
    ("GET", "/programme", get_programme),
    ("POST", "/goal", post_goal),
    ("POST", "/program", post_program),
    ("POST", "/import", post_import),
    ("GET", "/export", get_export),
    ("POST", "/delete-everything", post_delete_all),
]
