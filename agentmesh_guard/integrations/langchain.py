"""LangChain 1.x: the guard in front of an agent's tools, and agents on the mesh.

Three pieces, all calling the same ``guard.check`` + ``enforcer.apply`` as every
other transport:

- ``GuardMiddleware``: an ``AgentMiddleware`` for ``create_agent(..., middleware=[...])``.
  Each tool call becomes a ``ToolCall`` envelope and is checked *before* the tool
  runs; the tool's output becomes a ``ToolResult`` envelope and is checked before
  the model sees it. Anything not delivered is replaced by a ``ToolMessage`` with
  ``status="error"`` that says what happened and names the record, never the
  withheld content.
- ``guard_tool``: the same checks around one ``BaseTool``, for code without agents.
- ``MeshAgentAdapter``: puts an agent on a mesh transport (``InProcessBus`` today),
  with a ``send_message`` tool and an inbox.

Held calls (``@on_deny("hold")``) wait up to ``approval_timeout_s`` for
``approve()``/``deny()`` on the middleware (or wrapped tool); the wait is an
event, not a poll. A call that is not approved in time is closed as denied (the
record stays, for the audit) and does not run.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import threading
from collections.abc import Awaitable, Callable
from typing import Any, Final, Protocol, TypeAlias

import pydantic
from pydantic_core import to_jsonable_python

from agentmesh_guard.effects import Enforcer, Outcome
from agentmesh_guard.envelope import Envelope, Message, ToolCall, ToolResult, encode, new_id
from agentmesh_guard.errors import ConfigError, StoreError
from agentmesh_guard.guard import Guard
from agentmesh_guard.quarantine.records import HeldMessage
from agentmesh_guard.verdict import Action, Verdict

_LANGCHAIN_PACKAGES: Final = {"langchain", "langchain_core", "langgraph"}
try:
    from langchain.agents.middleware import AgentMiddleware, AgentState
    from langchain.agents.middleware.types import ToolCallRequest
    from langchain_core.callbacks import AsyncCallbackManagerForToolRun, CallbackManagerForToolRun
    from langchain_core.messages import ToolMessage
    from langchain_core.runnables import RunnableConfig
    from langchain_core.tools import BaseTool, ToolException
    from langchain_core.tools.base import ArgsSchema
    from langgraph.types import Command
except ImportError as exc:  # pragma: no cover - exercised only without the extra installed
    if (exc.name or "").split(".")[0] not in _LANGCHAIN_PACKAGES:
        raise
    raise ImportError(
        "agentmesh_guard.integrations.langchain needs LangChain 1.x: pip install 'agentmesh-guard[langchain]'"
    ) from exc

__all__ = [
    "ConversationId",
    "GuardMiddleware",
    "GuardedTool",
    "MeshAgentAdapter",
    "MeshMessageTool",
    "MeshTransport",
    "ToolGate",
    "guard_tool",
]

log = logging.getLogger(__name__)

ConversationId: TypeAlias = str | Callable[[RunnableConfig], str] | None
"""A fixed id; or a function of the run's ``RunnableConfig``; or ``None``: the run's
``thread_id`` (``config["configurable"]["thread_id"]``) if it has one, else one id per gate."""

OnHold: TypeAlias = Callable[[HeldMessage], object]

_ID_OK: Final = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
_WHO: Final = "agentmesh-guard.langchain"


# -- the gate: one agent's tool calls through the guard ------------------------------------------


class _Pending:
    """One held call waiting for a decision; signalled by ``ToolGate.approve``/``deny``."""

    __slots__ = ("aevent", "decided", "event", "loop", "raw", "record_id")

    def __init__(self, record_id: str) -> None:
        self.record_id = record_id
        self.event = threading.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.aevent: asyncio.Event | None = None
        self.decided = False
        self.raw: bytes | None = None
        """The approved bytes (``None``: denied, or no answer)."""

    def signal(self) -> None:
        self.decided = True
        self.event.set()
        if self.loop is not None and self.aevent is not None:
            with contextlib.suppress(RuntimeError):  # the waiting loop is gone: nobody to wake
                self.loop.call_soon_threadsafe(self.aevent.set)


class ToolGate:
    """Checks one agent's tool calls and results; the engine under the middleware and ``guard_tool``.

    ``check_call`` returns ``None`` when the tool may run, else the text the model gets
    instead. ``check_result`` returns the (possibly redacted) output, or that text.
    ``AuditError`` from the enforcer propagates: if a decision cannot be recorded,
    nothing proceeds.
    """

    def __init__(
        self,
        guard: Guard,
        enforcer: Enforcer,
        *,
        agent: str,
        conversation_id: ConversationId = None,
        approval_timeout_s: float = 0,
        on_hold: OnHold | None = None,
    ) -> None:
        if agent not in guard.mesh.agents:
            raise ConfigError(f"agent {agent!r} is not on mesh {guard.mesh.name!r}")
        if approval_timeout_s < 0:
            raise ValueError("approval_timeout_s must be >= 0")
        self.guard = guard
        self.enforcer = enforcer
        self.agent = agent
        self.approval_timeout_s = approval_timeout_s
        self.on_hold = on_hold
        self._conversation = conversation_id
        self._default_conversation = new_id()
        self._schemas_seen: set[str] = set()
        self._pending: dict[str, _Pending] = {}
        self._lock = threading.Lock()

    # -- building envelopes -----------------------------------------------------------------

    def conversation_for(self, config: RunnableConfig | None) -> str:
        conv = self._conversation
        if isinstance(conv, str):
            value = conv
        elif conv is not None:
            value = conv(config or {})
        else:
            thread = (config or {}).get("configurable", {}).get("thread_id")
            value = str(thread) if thread is not None else self._default_conversation
        if _ID_OK.match(value):
            return value
        return "h-" + hashlib.sha256(value.encode()).hexdigest()[:40]

    def tool_call(self, tool_name: str, arguments: dict[str, Any], *, conversation_id: str) -> ToolCall:
        return ToolCall(
            id=new_id(),
            sender=self.agent,
            recipient=tool_name,
            conversation_id=conversation_id,
            arguments=to_jsonable_python(arguments, fallback=str),
        )

    def register_schema(self, tool: BaseTool | None) -> None:
        """Validate this tool's arguments against its own schema, unless the mesh config gave one.

        Done once per tool name. The mesh config's schema (the operator's) wins; the tool's
        ``tool_call_schema`` (its ``args_schema`` without injected arguments) fills the gap.
        """
        if tool is None or tool.name in self._schemas_seen:
            return
        with self._lock:
            self._schemas_seen.add(tool.name)
            registry = self.guard.schemas
            if registry.has_tool(tool.name):
                return
            schema = tool.tool_call_schema
            if isinstance(schema, dict) or (isinstance(schema, type) and issubclass(schema, pydantic.BaseModel)):
                registry.add_tool_schema(tool.name, schema)
            # else a pydantic.v1 model: LangChain itself validates it when the tool runs

    # -- before the tool runs ---------------------------------------------------------------

    def _decide(self, raw: bytes, sender: str | None = None) -> Outcome:
        # In process, the gate is the transport: it knows who speaks (the agent, or the tool answering it).
        return self.enforcer.apply(self.guard.check(raw, sender_from_transport=sender or self.agent))

    def check_call(self, call: ToolCall) -> str | None:
        """Decide a call, waiting (blocking) for an approval if it is held."""
        raw = encode(call)
        outcome = self._decide(raw)
        if outcome.verdict.action is Action.HOLD and outcome.record is not None:
            pending = self._hold(outcome.record)
            if not pending.decided and self.approval_timeout_s > 0:
                pending.event.wait(self.approval_timeout_s)
            return self._after_hold(pending, call, outcome)
        return None if outcome.verdict.delivered else _blocked_call_text(call, outcome)

    async def acheck_call(self, call: ToolCall) -> str | None:
        """``check_call`` for the event loop: the wait for an approval does not block it."""
        raw = encode(call)
        outcome = self._decide(raw)
        if outcome.verdict.action is Action.HOLD and outcome.record is not None:
            pending = self._hold(outcome.record)
            if self.approval_timeout_s > 0:
                aevent = asyncio.Event()
                with self._lock:
                    pending.loop, pending.aevent = asyncio.get_running_loop(), aevent
                    decided = pending.decided
                if not decided:
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(self.approval_timeout_s):
                            await aevent.wait()
            return self._after_hold(pending, call, outcome)
        return None if outcome.verdict.delivered else _blocked_call_text(call, outcome)

    def _hold(self, record: HeldMessage) -> _Pending:
        pending = _Pending(record.id)
        with self._lock:
            self._pending[record.id] = pending
        if self.on_hold is not None:
            try:
                self.on_hold(record)
            except Exception:  # a broken notifier must not break the agent; the call stays held
                log.exception("on_hold callback failed for held record %s", record.id)
        return pending

    def _after_hold(self, pending: _Pending, call: ToolCall, held: Outcome) -> str | None:
        with self._lock:
            self._pending.pop(pending.record_id, None)
            approved, decided = pending.raw, pending.decided
        if approved is None:
            if not decided:  # nobody answered: close the request so the approvals queue stays truthful
                with contextlib.suppress(StoreError):
                    self.enforcer.deny(
                        pending.record_id,
                        actor=_WHO,
                        note=f"no approval within {self.approval_timeout_s:g}s; the call did not run",
                    )
            return _held_text(call, held, self.approval_timeout_s, denied=decided)
        outcome = self._decide(approved)  # the approved bytes pass the guard once (single-use grant)
        return None if outcome.verdict.delivered else _blocked_call_text(call, outcome)

    # -- approvals ----------------------------------------------------------------------------

    def approve(self, record_id: str, *, actor: str, note: str = "") -> bool:
        """Approve a held call (audited). Returns whether a waiting call was resumed by it.

        Raises ``StoreError``/``NotFound`` as ``Enforcer.approve`` does, e.g. when the wait
        already ran out and the request was closed.
        """
        with self._lock:
            raw = self.enforcer.approve(record_id, actor=actor, note=note)
            pending = self._pending.get(record_id)
            if pending is None:
                return False
            pending.raw = raw
            pending.signal()
        return True

    def deny(self, record_id: str, *, actor: str, note: str = "") -> bool:
        """Deny a held call (audited). Returns whether a waiting call was told so."""
        with self._lock:
            self.enforcer.deny(record_id, actor=actor, note=note)
            pending = self._pending.get(record_id)
            if pending is None:
                return False
            pending.signal()
        return True

    @property
    def waiting(self) -> list[str]:
        """Record ids of held calls currently waiting here for a decision."""
        with self._lock:
            return list(self._pending)

    # -- after the tool ran --------------------------------------------------------------------

    def check_result(self, call: ToolCall, output: Any, *, is_error: bool = False) -> tuple[bool, Any]:
        """``(True, output)`` (secrets redacted) if the result may reach the agent, else ``(False, text)``."""
        result = ToolResult(
            id=new_id(),
            sender=call.recipient,
            recipient=self.agent,
            conversation_id=call.conversation_id,
            parent_id=call.id,
            hop=call.hop + 1,
            call_id=call.id,
            result=to_jsonable_python(output, fallback=str),
            is_error=is_error,
        )
        outcome = self._decide(encode(result), sender=call.recipient)
        verdict = outcome.verdict
        if not verdict.delivered:
            return False, _blocked_result_text(call, outcome)
        if isinstance(output, str) and any(f.kind == "secret" for f in verdict.findings):
            from agentmesh_guard.detectors import redact

            return True, redact(output, verdict.findings)
        return True, output


# -- what the model reads ------------------------------------------------------------------------

_SAFE_STAGES: Final = frozenset({"decode", "identity", "schema"})
"""Stages whose reason messages help the model fix its call (field paths, unknown tools)."""


def _reasons(verdict: Verdict) -> str:
    parts = []
    for reason in verdict.reasons:
        if reason.message and (verdict.stage in _SAFE_STAGES or reason.code == "default-deny"):
            parts.append(f"{reason.code}: {reason.message[:400]}")
        else:
            parts.append(reason.code)
    return "; ".join(parts) or "-"


def _blocked_call_text(call: ToolCall, outcome: Outcome) -> str:
    v = outcome.verdict
    record = f" Record: {outcome.record.id}." if outcome.record is not None else ""
    return (
        f"agentmesh-guard blocked this call to {call.recipient!r}: {v.action.value} ({_reasons(v)}).{record} "
        "The tool did not run."
    )


def _held_text(call: ToolCall, outcome: Outcome, waited_s: float, *, denied: bool) -> str:
    record_id = outcome.record.id if outcome.record is not None else "-"
    why = _reasons(outcome.verdict)
    if denied:
        return f"agentmesh-guard: the call to {call.recipient!r} was held for approval ({why}) and a person denied it. Record: {record_id}. The tool did not run."  # noqa: E501
    waited = f"no approval arrived within {waited_s:g}s" if waited_s > 0 else "nobody was waiting to approve it"
    return (
        f"agentmesh-guard: the call to {call.recipient!r} was held for approval ({why}); {waited}. "
        f"Record: {record_id}. The tool did not run."
    )


def _blocked_result_text(call: ToolCall, outcome: Outcome) -> str:
    v = outcome.verdict
    record = outcome.record.id if outcome.record is not None else "-"
    verb = "quarantined" if v.action is Action.QUARANTINE else "withheld"
    return (
        f"agentmesh-guard {verb} the result of {call.recipient!r} ({v.action.value}: {_reasons(v)}). "
        f"Its content was not delivered; it is kept as record {record} for review. Do not try to obtain it another way."
    )


# -- the agent middleware ------------------------------------------------------------------------


def _call_arg_names(tool: BaseTool) -> frozenset[str]:
    schema = tool.tool_call_schema
    if isinstance(schema, dict):
        return frozenset(schema.get("properties", {}))
    if isinstance(schema, type) and issubclass(schema, pydantic.BaseModel):
        return frozenset(schema.model_fields)
    return frozenset()


def _error_message(request: ToolCallRequest, text: str) -> ToolMessage:
    return ToolMessage(
        content=text, tool_call_id=request.tool_call.get("id") or "", name=request.tool_call["name"], status="error"
    )


def _command_output(command: Command[Any]) -> list[Any]:
    update = command.update
    messages = update.get("messages", []) if isinstance(update, dict) else []
    return [m.content for m in messages if isinstance(m, ToolMessage)]


class GuardMiddleware(AgentMiddleware[AgentState[Any], Any, Any]):
    """Guards every tool call an agent makes, and every result it gets back.

    ``agent`` is the agent's name on the mesh: its grants and taint apply. Tools built by
    ``MeshAgentAdapter.as_tool()`` pass straight through: each message they send is
    checked by the guard on the bus.
    """

    def __init__(
        self,
        guard: Guard,
        enforcer: Enforcer,
        *,
        agent: str,
        conversation_id: ConversationId = None,
        approval_timeout_s: float = 0,
        on_hold: OnHold | None = None,
        telemetry: Any = None,
    ) -> None:
        """``telemetry``: an ``agentmesh_guard.tracing.Telemetry``; each tool call then appears as a
        span (``<agent> tool <name>``) in the current trace, with the guard's verdict on it."""
        super().__init__()
        self.telemetry = telemetry
        self.gate = ToolGate(
            guard,
            enforcer,
            agent=agent,
            conversation_id=conversation_id,
            approval_timeout_s=approval_timeout_s,
            on_hold=on_hold,
        )

    @property
    def name(self) -> str:
        return f"GuardMiddleware[{self.gate.agent}]"

    def approve(self, record_id: str, *, actor: str, note: str = "") -> bool:
        return self.gate.approve(record_id, actor=actor, note=note)

    def deny(self, record_id: str, *, actor: str, note: str = "") -> bool:
        return self.gate.deny(record_id, actor=actor, note=note)

    def _prepare(self, request: ToolCallRequest) -> ToolCall:
        self.gate.register_schema(request.tool)
        args = request.tool_call.get("args") or {}
        if request.tool is not None and (names := _call_arg_names(request.tool)):
            args = {k: v for k, v in args.items() if k in names}
        conversation = self.gate.conversation_for(request.runtime.config if request.runtime else None)
        return self.gate.tool_call(request.tool_call["name"], args, conversation_id=conversation)

    def _screen(
        self, request: ToolCallRequest, call: ToolCall, result: ToolMessage | Command[Any]
    ) -> ToolMessage | Command[Any]:
        if isinstance(result, ToolMessage):
            ok, output = self.gate.check_result(call, result.content, is_error=result.status == "error")
            if not ok:
                return _error_message(request, output)
            return result if output is result.content else result.model_copy(update={"content": output})
        ok, output = self.gate.check_result(call, _command_output(result))
        return result if ok else _error_message(request, output)

    def _span(self, request: ToolCallRequest) -> contextlib.AbstractContextManager[Any]:
        if self.telemetry is None:
            return contextlib.nullcontext()
        return self.telemetry.agent_span(f"{self.gate.agent} tool {request.tool_call['name']}")  # type: ignore[no-any-return]

    @staticmethod
    def _mark(span: Any, result: ToolMessage | Command[Any]) -> ToolMessage | Command[Any]:
        if span is not None:
            status = result.status if isinstance(result, ToolMessage) else "success"
            with contextlib.suppress(Exception):  # telemetry fails open
                span.set_attribute("agentmesh.tool.status", status)
        return result

    def wrap_tool_call(
        self,
        request: ToolCallRequest,
        handler: Callable[[ToolCallRequest], ToolMessage | Command[Any]],
    ) -> ToolMessage | Command[Any]:
        if isinstance(request.tool, MeshMessageTool):
            return handler(request)
        with self._span(request) as span:
            call = self._prepare(request)
            if (denied := self.gate.check_call(call)) is not None:
                return self._mark(span, _error_message(request, denied))
            return self._mark(span, self._screen(request, call, handler(request)))

    async def awrap_tool_call(
        self,
        request: ToolCallRequest,
        handler: Callable[[ToolCallRequest], Awaitable[ToolMessage | Command[Any]]],
    ) -> ToolMessage | Command[Any]:
        if isinstance(request.tool, MeshMessageTool):
            return await handler(request)
        with self._span(request) as span:
            call = self._prepare(request)
            if (denied := await self.gate.acheck_call(call)) is not None:
                return self._mark(span, _error_message(request, denied))
            return self._mark(span, self._screen(request, call, await handler(request)))


# -- one guarded BaseTool ------------------------------------------------------------------------


class GuardedTool(BaseTool):
    """A ``BaseTool`` that runs ``inner`` only when the guard delivers the call.

    A call the guard does not deliver (and a result it quarantines) raises
    ``ToolException``. LangChain's usual rule then applies: with ``handle_tool_error``
    set (copied from ``inner``), the tool returns the error text instead of raising
    (a ``ToolMessage`` with ``status="error"`` when invoked with a tool call).
    LangChain validates the input against ``args_schema`` before the guard sees it;
    the guard checks the validated arguments, exactly what the tool would run with.
    Tools with injected arguments (``ToolRuntime``, ``InjectedToolCallId``) and
    artifacts are for the middleware, which sees the whole tool call.
    """

    inner: BaseTool
    gate: ToolGate

    def _arguments(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        names = _call_arg_names(self.inner)
        if args:  # a plain string input, for a one-argument tool
            first = next(iter(sorted(names)), "input") if len(names) == 1 else "input"
            return args[0], {first: args[0]}
        call_args = {k: v for k, v in kwargs.items() if not names or k in names}
        return kwargs, call_args

    def _run(
        self,
        *args: Any,
        config: RunnableConfig,
        run_manager: CallbackManagerForToolRun | None = None,
        **kwargs: Any,
    ) -> Any:
        tool_input, call_args = self._arguments(args, kwargs)
        self.gate.register_schema(self.inner)
        call = self.gate.tool_call(self.name, call_args, conversation_id=self.gate.conversation_for(config))
        if (denied := self.gate.check_call(call)) is not None:
            raise ToolException(denied)
        child = {**config, "callbacks": run_manager.get_child()} if run_manager else config
        output = self.inner.invoke(tool_input, config=child)
        ok, screened = self.gate.check_result(call, output)
        if not ok:
            raise ToolException(screened)
        return screened

    async def _arun(
        self,
        *args: Any,
        config: RunnableConfig,
        run_manager: AsyncCallbackManagerForToolRun | None = None,
        **kwargs: Any,
    ) -> Any:
        tool_input, call_args = self._arguments(args, kwargs)
        self.gate.register_schema(self.inner)
        call = self.gate.tool_call(self.name, call_args, conversation_id=self.gate.conversation_for(config))
        if (denied := await self.gate.acheck_call(call)) is not None:
            raise ToolException(denied)
        child = {**config, "callbacks": run_manager.get_child()} if run_manager else config
        output = await self.inner.ainvoke(tool_input, config=child)
        ok, screened = self.gate.check_result(call, output)
        if not ok:
            raise ToolException(screened)
        return screened

    def approve(self, record_id: str, *, actor: str, note: str = "") -> bool:
        return self.gate.approve(record_id, actor=actor, note=note)

    def deny(self, record_id: str, *, actor: str, note: str = "") -> bool:
        return self.gate.deny(record_id, actor=actor, note=note)


def guard_tool(
    tool: BaseTool,
    guard: Guard,
    enforcer: Enforcer,
    *,
    agent: str,
    conversation_id: ConversationId = None,
    approval_timeout_s: float = 0,
    on_hold: OnHold | None = None,
) -> GuardedTool:
    """Wrap ``tool`` so ``invoke``/``ainvoke`` go through the guard; name, description and schema are kept."""
    gate = ToolGate(
        guard,
        enforcer,
        agent=agent,
        conversation_id=conversation_id,
        approval_timeout_s=approval_timeout_s,
        on_hold=on_hold,
    )
    return GuardedTool(
        name=tool.name,
        description=tool.description,
        args_schema=tool.args_schema,
        return_direct=tool.return_direct,
        handle_tool_error=tool.handle_tool_error,
        handle_validation_error=tool.handle_validation_error,
        tags=tool.tags,
        metadata=tool.metadata,
        inner=tool,
        gate=gate,
    )


# -- agents on the mesh --------------------------------------------------------------------------


class MeshTransport(Protocol):
    """What ``MeshAgentAdapter`` needs from a transport (``InProcessBus`` has it)."""

    async def send(self, message: Envelope, *, as_sender: str) -> object: ...
    def register(self, name: str, handler: Callable[[Envelope], Awaitable[None] | None]) -> None: ...


class MeshAgentAdapter:
    """One LangChain agent's seat on the mesh: a ``send_message`` tool and an inbox.

    Received envelopes arrive as the guard delivered them (with their effective
    labels) and are appended to ``inbox``; ``take_unread()`` returns the ones not
    yet taken, ``prompt()`` renders them as text to start the agent's next turn.
    """

    def __init__(self, transport: MeshTransport, *, agent: str, conversation_id: str | None = None) -> None:
        self.transport = transport
        self.agent = agent
        self.conversation_id = conversation_id or new_id()
        self.inbox: list[Envelope] = []
        self.sent: list[tuple[Message, object]] = []
        self._read = 0
        transport.register(agent, self._receive)

    def _receive(self, envelope: Envelope) -> None:
        self.inbox.append(envelope)

    def take_unread(self) -> list[Envelope]:
        unread = self.inbox[self._read :]
        self._read = len(self.inbox)
        return unread

    def prompt(self, envelopes: list[Envelope] | None = None) -> str:
        """Unread messages (or ``envelopes``) as text for the agent's next turn."""
        items = self.take_unread() if envelopes is None else envelopes
        return "\n\n".join(f"Message from {e.sender}:\n{e.content}" for e in items if isinstance(e, Message))

    async def send(self, to: str, content: str, **fields: Any) -> str:
        """Send a message to agent ``to``; returns a one-line account for the model."""
        last = self.inbox[-1] if self.inbox else None
        message = Message(
            id=new_id(),
            sender=self.agent,
            recipient=to,
            conversation_id=self.conversation_id,
            parent_id=last.id if last is not None else None,
            hop=min(last.hop + 1, 64) if last is not None else 0,
            content=content,
            **fields,
        )
        result = await self.transport.send(message, as_sender=self.agent)
        self.sent.append((message, result))
        verdict = getattr(result, "verdict", None)
        if not isinstance(verdict, Verdict):
            return f"sent to {to}"
        if verdict.delivered:
            return f"delivered to {to}"
        record = getattr(result, "record", None)
        record_id = record.id if isinstance(record, HeldMessage) else "-"
        return f"not delivered to {to}: {verdict.action.value} ({_reasons(verdict)}). Record: {record_id}."

    def as_tool(self, *, name: str = "send_message") -> MeshMessageTool:
        return MeshMessageTool(
            name=name,
            description="Send a text message to another agent on the team. `to` is the agent's name.",
            adapter=self,
        )


class _SendMessageArgs(pydantic.BaseModel):
    to: str = pydantic.Field(description="the recipient agent's name")
    content: str = pydantic.Field(description="the message text")


class MeshMessageTool(BaseTool):
    """``send_message(to, content)`` over the mesh. Async only (the transport is async)."""

    adapter: MeshAgentAdapter
    args_schema: ArgsSchema | None = _SendMessageArgs

    def _run(self, to: str, content: str) -> str:
        raise ToolException(f"{self.name} sends over an async transport: run the agent with ainvoke/astream")

    async def _arun(self, to: str, content: str) -> str:
        return await self.adapter.send(to, content)
