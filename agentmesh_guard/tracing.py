"""OpenTelemetry for the guard: one span per hop, context in NATS headers, a few metrics.

Telemetry fails open (STYLE.md 7): nothing here may delay, drop or break a
message. Spans are handed to a ``BatchSpanProcessor`` whose worker thread does
the exporting, so a collector that is down, refusing or hanging only fills (and
then overflows) the processor's bounded queue; ``shutdown()`` gives up after a
bounded time. Every hook that runs on the message path swallows its own errors.

OpenTelemetry is an optional extra (``agentmesh-guard[otel]``). Without it this
module still imports and every call is a cheap no-op that passes the incoming
``traceparent`` through, so a trace is not cut at the guard.

Typical use by a transport::

    telemetry = Telemetry.from_env(service_name="agentmesh-guard")
    with telemetry.hop(msg.subject, msg.headers) as hop:
        verdict = guard.check(envelope)
        hop.record(verdict, quarantine_id=qid)
        headers = hop.outgoing_headers()   # put these on the delivered message

Trust: ``tracestate`` and ``baggage`` are free-form strings the sending agent
controls, and the guard does not scan them. By default a hop drops them instead
of carrying an unscanned channel from one agent to the next
(``Telemetry(forward_untrusted_context=True)`` keeps them).
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final

from agentmesh_guard.verdict import Action, Verdict

try:
    from opentelemetry import context as _otel_context
    from opentelemetry import trace as _otel_trace
    from opentelemetry.baggage.propagation import W3CBaggagePropagator
    from opentelemetry.propagators.composite import CompositePropagator
    from opentelemetry.propagators.textmap import Getter
    from opentelemetry.trace import Link, SpanKind, Status, StatusCode
    from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

    _otel_importable = True
except ImportError:  # pragma: no cover - exercised in the no-otel subprocess test
    _otel_importable = False

HAVE_OTEL: Final = _otel_importable

if TYPE_CHECKING:
    from opentelemetry.context import Context
    from opentelemetry.metrics import CallbackOptions, Meter, MeterProvider, Observation
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader, MetricReader
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from opentelemetry.trace import Span, Tracer, TracerProvider

__all__ = [
    "HAVE_OTEL",
    "AgentSpan",
    "HopSpan",
    "Telemetry",
    "agent_span",
    "extract",
    "inject",
]

_log = logging.getLogger(__name__)

INSTRUMENTATION_NAME: Final = "agentmesh_guard"
TRACE_HEADERS: Final = ("traceparent", "tracestate", "baggage")
_FINDING_EVENTS_MAX: Final = 16
_DURATION_BUCKETS_MS: Final = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 1000.0)
_KINDS: Final = {"Message": "message", "ToolCall": "tool_call", "ToolResult": "tool_result"}
_VERDICT_ATTRS: Final[dict[str, dict[str, str]]] = {
    v: {"agentmesh.verdict": v} for v in (*(a.value for a in Action), "error")
}
"""Metric attribute sets, built once: the SDK only reads them."""


# --------------------------------------------------------------------------- propagation

if HAVE_OTEL:

    class _HeaderGetter(Getter[Mapping[str, str]]):
        """NATS headers are case-sensitive; accept ``Traceparent`` as well as ``traceparent``."""

        def get(self, carrier: Mapping[str, str], key: str) -> list[str] | None:
            value = carrier.get(key)
            if value is None:
                for k, v in carrier.items():
                    if k.lower() == key:
                        value = v
                        break
                else:
                    return None
            return [value]

        def keys(self, carrier: Mapping[str, str]) -> list[str]:
            return list(carrier)

    _GETTER: Final = _HeaderGetter()
    _TRACECONTEXT: Final = TraceContextTextMapPropagator()
    _PROPAGATOR: Final = CompositePropagator([_TRACECONTEXT, W3CBaggagePropagator()])


def _empty_context() -> Context:
    if HAVE_OTEL:
        return _otel_context.Context()
    return {}  # type: ignore[return-value]  # Context is a dict subclass; only reached without OTel


def extract(headers: Mapping[str, str] | None) -> Context:
    """The trace context (``traceparent``/``tracestate``/``baggage``) carried by ``headers``.

    No header, or a malformed one, gives an empty context: a span started with
    it begins a new trace. Never raises.
    """
    if not HAVE_OTEL or not headers:
        return _empty_context()
    try:
        return _PROPAGATOR.extract(headers, _otel_context.Context(), _GETTER)
    except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
        _log.debug("could not extract trace context", exc_info=True)
        return _empty_context()


def inject(headers: dict[str, str], context: Context | None = None) -> dict[str, str]:
    """Write the W3C trace context of ``context`` (default: the current one) into
    ``headers`` and return it. Never raises."""
    if HAVE_OTEL:
        try:
            _PROPAGATOR.inject(headers, context)
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.debug("could not inject trace context", exc_info=True)
    return headers


def _passthrough(headers: Mapping[str, str] | None, out: dict[str, str]) -> dict[str, str]:
    """Copy the incoming trace headers unchanged (no tracer, so the guard is invisible)."""
    if headers:
        for key, value in headers.items():
            if key.lower() == "traceparent":
                out["traceparent"] = value
    return out


def _traceparent_ids(headers: Mapping[str, str] | None) -> tuple[str, str]:
    tp = _passthrough(headers, {}).get("traceparent", "")
    parts = tp.split("-")
    if len(parts) >= 4 and len(parts[1]) == 32 and len(parts[2]) == 16:
        return parts[1].lower(), parts[2].lower()
    return "", ""


# --------------------------------------------------------------------------- metrics


@dataclass(slots=True)
class _Instruments:
    messages: Any
    findings: Any
    duration: Any
    quarantine_size: Any


def _make_instruments(meter: Meter, telemetry: Telemetry) -> _Instruments:
    """The guard's metrics. The two counters are *observable*: a hop adds to a plain
    dict (one dictionary update, instead of the SDK's per-call measurement path) and
    the SDK reads the totals at each collection; they export as the same cumulative,
    monotonic sums a synchronous counter gives."""
    ref = weakref.ref(telemetry)

    def observe(options: CallbackOptions) -> Iterable[Observation]:
        t = ref()
        return t._observe_quarantine() if t is not None else ()

    def observe_counts(which: str) -> Callable[[CallbackOptions], Iterable[Observation]]:
        from opentelemetry.metrics import Observation

        def callback(options: CallbackOptions) -> Iterable[Observation]:
            t = ref()
            if t is None:
                return ()
            counts = t._verdict_counts if which == "verdict" else t._finding_counts
            attr = "agentmesh.verdict" if which == "verdict" else "agentmesh.finding_kind"
            # list(dict.items()) is one C call under the GIL: safe against a hop adding a key
            return [Observation(n, {attr: key}) for key, n in list(counts.items())]

        return callback

    return _Instruments(
        messages=meter.create_observable_counter(
            "agentmesh.messages",
            callbacks=[observe_counts("verdict")],
            unit="{message}",
            description="Messages decided by the guard, by verdict.",
        ),
        findings=meter.create_observable_counter(
            "agentmesh.findings",
            callbacks=[observe_counts("finding")],
            unit="{finding}",
            description="Detector findings, by kind.",
        ),
        duration=meter.create_histogram(
            "agentmesh.decision.duration",
            unit="ms",
            description="Time from the start of a hop to its recorded verdict.",
            explicit_bucket_boundaries_advisory=_DURATION_BUCKETS_MS,
        ),
        quarantine_size=meter.create_observable_gauge(
            "agentmesh.quarantine.size",
            callbacks=[observe],
            unit="{message}",
            description="Messages currently held in quarantine (from observe_quarantine_size).",
        ),
    )


# --------------------------------------------------------------------------- hop span


class _DirectSpans:
    """Emits a hop's span without the SDK's ``Span`` object.

    The SDK's span validates every attribute value through abstract-base-class checks
    and takes a lock per attribute, ~25-40 µs a hop on the development machine; a hop's
    attributes are strings, integers and tuples of strings the guard builds itself. So a
    hop draws its ids and sampling decision exactly as the SDK's ``Tracer.start_span``
    does (the tracer's own sampler and id generator), makes the span current as a
    ``NonRecordingSpan`` with those ids (children started inside the hop nest under it),
    and at the end hands one finished ``ReadableSpan`` to the tracer's span processor
    (batch export, or the in-memory exporter in tests). Used only for an SDK tracer
    that ``Telemetry`` built itself and when no ``OTEL_*_LIMIT`` variable is set (the
    limits are the SDK's to apply); otherwise hops go through ``Tracer.start_span``.
    """

    __slots__ = ("ids", "processor", "resource", "sampler", "scope")

    LIMIT_VARS: Final = (
        "OTEL_ATTRIBUTE_COUNT_LIMIT",
        "OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT",
        "OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT",
        "OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT",
        "OTEL_SPAN_EVENT_COUNT_LIMIT",
        "OTEL_SPAN_LINK_COUNT_LIMIT",
        "OTEL_EVENT_ATTRIBUTE_COUNT_LIMIT",
        "OTEL_LINK_ATTRIBUTE_COUNT_LIMIT",
    )

    def __init__(self, tracer: Any) -> None:
        from opentelemetry.sdk.util.instrumentation import InstrumentationScope

        self.sampler = tracer.sampler
        self.ids = tracer.id_generator
        self.processor = tracer.span_processor
        self.resource = tracer.resource
        self.scope = InstrumentationScope(INSTRUMENTATION_NAME)

    @classmethod
    def for_tracer(cls, tracer: Any) -> _DirectSpans | None:
        from opentelemetry.sdk.trace import Tracer as SdkTracer

        if not isinstance(tracer, SdkTracer) or any(os.environ.get(v) for v in cls.LIMIT_VARS):
            return None
        if not all(hasattr(tracer, a) for a in ("sampler", "id_generator", "span_processor", "resource")):
            return None
        return cls(tracer)

    def start(
        self, name: str, parent: Context, attributes: dict[str, Any], links: Sequence[Link]
    ) -> tuple[Any, Any, bool]:
        """(span context, the parent's span context or None, recording) for a new CONSUMER span
        under ``parent``, as the SDK decides it."""
        parent_sc = _otel_trace.get_current_span(parent).get_span_context()
        valid_parent = parent_sc is not None and parent_sc.is_valid
        trace_id = parent_sc.trace_id if valid_parent else self.ids.generate_trace_id()
        result = self.sampler.should_sample(parent, trace_id, name, SpanKind.CONSUMER, attributes, links)
        flags = _otel_trace.TraceFlags.SAMPLED if result.decision.is_sampled() else _otel_trace.TraceFlags.DEFAULT
        random_id = parent_sc.trace_flags.random_trace_id if valid_parent else self.ids.is_trace_id_random()
        if random_id:
            flags |= _otel_trace.TraceFlags.RANDOM_TRACE_ID
        if result.attributes:
            attributes.update(result.attributes)
        ctx = _otel_trace.SpanContext(
            trace_id,
            self.ids.generate_span_id(),
            is_remote=False,
            trace_flags=_otel_trace.TraceFlags(flags),
            trace_state=result.trace_state,
        )
        return ctx, parent_sc if valid_parent else None, result.decision.is_recording()

    def end(self, hop: HopSpan, end_ns: int) -> None:
        from opentelemetry.sdk.trace import ReadableSpan

        status: Status = hop._status if hop._status is not None else Status(StatusCode.UNSET)
        span = ReadableSpan(
            hop._name,
            context=hop._ctx,
            parent=hop._parent_sc,
            resource=self.resource,
            attributes=hop._attrs,
            events=tuple(hop._events),
            links=tuple(hop._link_objs),
            kind=SpanKind.CONSUMER,
            status=status,
            start_time=hop._start_ns,
            end_time=end_ns,
            instrumentation_scope=self.scope,
        )
        self.processor.on_end(span)


class HopSpan:
    """One message passing the guard: a CONSUMER span, parented by the message's headers.

    Use as a context manager (``with telemetry.hop(...) as hop``). Nothing it does
    raises into the caller, except that an exception from the ``with`` body is
    recorded on the span and then propagates unchanged.
    """

    __slots__ = (
        "_attrs",
        "_ctx",
        "_events",
        "_headers",
        "_link_objs",
        "_links",
        "_message_id",
        "_name",
        "_operation",
        "_parent",
        "_parent_sc",
        "_recorded",
        "_recording",
        "_span",
        "_start_ns",
        "_status",
        "_subject",
        "_t0",
        "_telemetry",
        "_token",
    )

    def __init__(
        self,
        telemetry: Telemetry,
        subject: str,
        headers: Mapping[str, str] | None,
        operation: str,
        message_id: str | None,
        links: Sequence[Mapping[str, str]],
        parent: Context | None,
    ) -> None:
        self._telemetry = telemetry
        self._subject = subject
        self._headers = headers
        self._operation = operation
        self._message_id = message_id
        self._links = links
        self._parent = parent
        self._span: Span | None = None
        self._token: object | None = None
        self._recorded = False
        self._t0 = 0
        # the direct path (see _DirectSpans)
        self._ctx: Any = None
        self._parent_sc: Any = None
        self._recording = False
        self._name = ""
        self._attrs: dict[str, Any] = {}
        self._events: list[Any] = []
        self._link_objs: list[Link] = []
        self._status: Status | None = None
        self._start_ns = 0

    def __enter__(self) -> HopSpan:
        self._t0 = time.perf_counter_ns()
        telemetry = self._telemetry
        tracer = telemetry._tracer
        if tracer is None:
            return self
        try:
            parent = self._parent
            if parent is None:
                parent = telemetry._extract_incoming(self._headers)
                self._parent = parent
            attrs: dict[str, Any] = {
                "messaging.system": "nats",
                "messaging.destination.name": self._subject,
                "messaging.operation.type": self._operation,
            }
            if self._message_id:
                attrs["messaging.message.id"] = self._message_id
            links = [lk for lk in (_link(h) for h in self._links) if lk is not None] if self._links else []
            name = f"{self._operation} {self._subject}"
            direct = telemetry._direct
            if direct is not None:
                self._start_ns = time.time_ns()
                self._name, self._attrs, self._link_objs = name, attrs, links
                self._ctx, self._parent_sc, self._recording = direct.start(name, parent, attrs, links)
                current: Any = _otel_trace.NonRecordingSpan(self._ctx)
            else:
                current = self._span = tracer.start_span(
                    name, context=parent, kind=SpanKind.CONSUMER, attributes=attrs, links=links or None
                )
            self._token = _otel_context.attach(_otel_trace.set_span_in_context(current, parent))
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.debug("could not start hop span", exc_info=True)
            self._ctx = self._span = None
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc is not None and not self._recorded:
                self.record_error(exc)
            if self._span is not None:
                self._span.end()
            elif self._ctx is not None and self._recording:
                direct = self._telemetry._direct
                if direct is not None:
                    direct.end(self, time.time_ns())
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.debug("could not end hop span", exc_info=True)
        finally:
            if self._token is not None:
                _otel_context.detach(self._token)  # type: ignore[arg-type]
                self._token = None

    # ---------------------------------------------------------------- ids

    def _span_context(self) -> Any:
        if self._span is not None:
            return self._span.get_span_context()
        return self._ctx

    @property
    def trace_id(self) -> str:
        """The hop's trace id as 32 hex digits ('' when there is no trace at all)."""
        ctx = self._span_context()
        if ctx is not None and ctx.is_valid:
            return format(ctx.trace_id, "032x")
        return _traceparent_ids(self._headers)[0]

    @property
    def span_id(self) -> str:
        """The hop span's id as 16 hex digits. Without a recording tracer, the incoming parent's."""
        ctx = self._span_context()
        if ctx is not None and ctx.is_valid:
            return format(ctx.span_id, "016x")
        return _traceparent_ids(self._headers)[1]

    # ---------------------------------------------------------------- outcome

    def record(self, verdict: Verdict, *, quarantine_id: str | None = None) -> None:
        """Put the verdict on the span (attributes, events, ERROR status when not
        delivered) and count it in the metrics. Call once, when the guard has decided."""
        if self._recorded:
            return
        self._recorded = True
        elapsed_ms = (time.perf_counter_ns() - self._t0) / 1e6
        action = verdict.action.value
        try:
            span = self._span
            if span is not None:
                if span.is_recording():
                    attrs, events, status = _verdict_on_span(verdict, action, quarantine_id, self._message_id)
                    span.set_attributes(attrs)
                    for name, event_attrs in events:
                        span.add_event(name, event_attrs)
                    if status is not None:
                        span.set_status(status)
            elif self._recording:
                attrs, events, status = _verdict_on_span(verdict, action, quarantine_id, self._message_id)
                self._attrs.update(attrs)
                if events:
                    from opentelemetry.sdk.trace import Event

                    now = time.time_ns()
                    self._events.extend(Event(name, event_attrs, now) for name, event_attrs in events)
                self._status = status
            self._telemetry._count(action, elapsed_ms, verdict.findings)
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.debug("could not record verdict", exc_info=True)

    def record_error(self, exc: BaseException) -> None:
        """The guard itself failed on this message: exception event, ERROR status,
        counted as verdict ``error``."""
        if self._recorded:
            return
        self._recorded = True
        elapsed_ms = (time.perf_counter_ns() - self._t0) / 1e6
        try:
            status = Status(StatusCode.ERROR, f"{type(exc).__name__}: {exc}")
            span = self._span
            if span is not None:
                if span.is_recording():
                    span.record_exception(exc)
                    span.set_attribute("agentmesh.verdict", "error")
                    span.set_status(status)
            elif self._recording:
                from opentelemetry.sdk.trace import Event

                self._events.append(Event("exception", _exception_attributes(exc), time.time_ns()))
                self._attrs["agentmesh.verdict"] = "error"
                self._status = status
            self._telemetry._count("error", elapsed_ms, ())
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.debug("could not record error", exc_info=True)

    def outgoing_headers(self, into: dict[str, str] | None = None) -> dict[str, str]:
        """Trace headers for the message the guard delivers, so the next hop is a
        child of this one. Only trace headers are written (into ``into`` if given)."""
        out: dict[str, str] = {} if into is None else into
        current: Any = self._span
        if current is None and self._ctx is not None:
            current = _otel_trace.NonRecordingSpan(self._ctx)
        if current is None:
            return _passthrough(self._headers, out)
        try:
            _PROPAGATOR.inject(out, _otel_trace.set_span_in_context(current, self._parent))
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.debug("could not inject hop context", exc_info=True)
        return out


def _exception_attributes(exc: BaseException) -> dict[str, str]:
    """The attributes of the SDK's ``exception`` event (``Span.record_exception``)."""
    module, qualname = type(exc).__module__, type(exc).__qualname__
    return {
        "exception.type": f"{module}.{qualname}" if module and module != "builtins" else qualname,
        "exception.message": str(exc),
        "exception.stacktrace": "".join(traceback.format_exception(exc)),
        "exception.escaped": "False",
    }


def _verdict_on_span(
    verdict: Verdict, action: str, quarantine_id: str | None, message_id: str | None
) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]], Status | None]:
    """What a hop's span says about its verdict: attributes, events (findings, denial), status."""
    env = verdict.envelope
    attrs: dict[str, Any] = {"agentmesh.verdict": action}
    sender = verdict.sender or (env.sender if env is not None else "")
    if sender:
        attrs["agentmesh.sender"] = sender
    if env is not None:
        attrs["agentmesh.recipient"] = env.recipient
        attrs["agentmesh.kind"] = _KINDS.get(type(env).__name__, type(env).__name__)
        attrs["messaging.message.conversation_id"] = env.conversation_id
        if not message_id:
            attrs["messaging.message.id"] = env.id
    if verdict.raw:
        attrs["messaging.message.body.size"] = len(verdict.raw)
    if verdict.policy_ids:
        attrs["agentmesh.policy_ids"] = tuple(verdict.policy_ids)
    findings = verdict.findings
    if findings:
        attrs["agentmesh.finding_kinds"] = tuple(dict.fromkeys(f.kind for f in findings))
        attrs["agentmesh.max_severity"] = verdict.max_severity
    if verdict.labels:
        attrs["agentmesh.labels"] = tuple(verdict.labels)
    if quarantine_id:
        attrs["agentmesh.quarantine_id"] = quarantine_id
    events: list[tuple[str, dict[str, Any]]] = [
        (
            "agentmesh.finding",
            {
                "agentmesh.finding.kind": f.kind,
                "agentmesh.finding.severity": f.severity,
                "agentmesh.detector": f.detector,
            },
        )
        for f in findings[:_FINDING_EVENTS_MAX]
    ]
    status = None
    if verdict.action is not Action.DELIVER:
        events.append(
            (
                "agentmesh.denied",
                {
                    "agentmesh.verdict": action,
                    "agentmesh.stage": verdict.stage,
                    "agentmesh.reason_codes": tuple(r.code for r in verdict.reasons),
                },
            )
        )
        status = Status(StatusCode.ERROR, verdict.summary())
    return attrs, events, status


def _link(headers: Mapping[str, str]) -> Link | None:
    span_ctx = _otel_trace.get_current_span(extract(headers)).get_span_context()
    return Link(span_ctx) if span_ctx.is_valid else None


# --------------------------------------------------------------------------- agent spans


@dataclass(slots=True)
class AgentSpan:
    """An agent's own unit of work. ``headers`` already carries this span's trace
    context: put them on whatever the agent sends next."""

    headers: dict[str, str] = field(default_factory=dict)
    span: Span | None = None

    @property
    def trace_id(self) -> str:
        if self.span is not None and self.span.get_span_context().is_valid:
            return format(self.span.get_span_context().trace_id, "032x")
        return _traceparent_ids(self.headers)[0]

    @property
    def span_id(self) -> str:
        if self.span is not None and self.span.get_span_context().is_valid:
            return format(self.span.get_span_context().span_id, "016x")
        return _traceparent_ids(self.headers)[1]

    def set_attribute(self, key: str, value: str | int | float | bool | Sequence[str]) -> None:
        if self.span is not None:
            self.span.set_attribute(key, value)


@contextmanager
def _agent_span(tracer: Tracer | None, name: str, headers: Mapping[str, str] | None, kind: str) -> Iterator[AgentSpan]:
    if tracer is None:
        yield AgentSpan(headers=_passthrough(headers, {}))
        return
    parent = extract(headers) if headers is not None else None
    with tracer.start_as_current_span(name, context=parent, kind=SpanKind[kind]) as span:
        yield AgentSpan(headers=inject({}), span=span)


def agent_span(
    name: str, headers: Mapping[str, str] | None = None, *, kind: str = "INTERNAL"
) -> AbstractContextManager[AgentSpan]:
    """``with agent_span("plan", msg.headers) as s: ... publish(..., headers=s.headers)``

    Uses OTel's *global* tracer provider (see ``Telemetry.install_global``); with
    ``headers`` the span is a child of the message they came on, otherwise of
    the current span (or a new trace). ``kind`` names a ``SpanKind``.
    """
    tracer = _otel_trace.get_tracer(INSTRUMENTATION_NAME) if HAVE_OTEL else None
    return _agent_span(tracer, name, headers, kind)


# --------------------------------------------------------------------------- telemetry


class Telemetry:
    """The guard's tracer and meter. Build with ``from_env``, ``in_memory`` or
    ``disabled``, or pass your own OTel providers. Nothing is global unless you
    call ``install_global()``."""

    def __init__(
        self,
        tracer_provider: TracerProvider | None = None,
        meter_provider: MeterProvider | None = None,
        *,
        forward_untrusted_context: bool = False,
        shutdown_timeout_s: float = 5.0,
    ) -> None:
        self.tracer_provider = tracer_provider
        self.meter_provider = meter_provider
        self.forward_untrusted_context = forward_untrusted_context
        self.shutdown_timeout_s = shutdown_timeout_s
        self.span_exporter: InMemorySpanExporter | None = None
        self.metric_reader: InMemoryMetricReader | None = None
        self._tracer: Tracer | None = None
        self._instruments: _Instruments | None = None
        self._quarantine_source: Callable[[], int] | None = None
        self._verdict_counts: dict[str, int] = {}
        self._finding_counts: dict[str, int] = {}
        self._direct: _DirectSpans | None = None
        self._exporters: list[Any] = []  # shut down early when shutdown() runs out of time
        self._owned = False
        self._closed = False
        self._atexit: Callable[[], None] | None = None
        if HAVE_OTEL and tracer_provider is not None:
            self._tracer = tracer_provider.get_tracer(INSTRUMENTATION_NAME)
        if HAVE_OTEL and meter_provider is not None:
            self._instruments = _make_instruments(meter_provider.get_meter(INSTRUMENTATION_NAME), self)

    def _count(self, action: str, elapsed_ms: float, findings: Sequence[Any]) -> None:
        """A decided hop in the metrics (callers catch errors: telemetry fails open)."""
        inst = self._instruments
        if inst is None:
            return
        counts = self._verdict_counts
        counts[action] = counts.get(action, 0) + 1
        inst.duration.record(elapsed_ms, _VERDICT_ATTRS[action])
        if findings:
            fc = self._finding_counts
            for f in findings:
                fc[f.kind] = fc.get(f.kind, 0) + 1

    def _use_direct_spans(self) -> None:
        """Hops of a tracer this object built emit spans directly (see ``_DirectSpans``)."""
        try:
            self._direct = _DirectSpans.for_tracer(self._tracer) if self._tracer is not None else None
        except Exception:  # noqa: BLE001 - telemetry fails open: the SDK path stays
            _log.debug("direct hop spans unavailable", exc_info=True)
            self._direct = None

    # ---------------------------------------------------------------- constructors

    @classmethod
    def disabled(cls) -> Telemetry:
        """No spans, no metrics; hops pass the incoming ``traceparent`` through."""
        return cls()

    @classmethod
    def in_memory(cls, service_name: str = "agentmesh-guard", **kwargs: Any) -> Telemetry:
        """Spans kept in an ``InMemorySpanExporter`` (exported synchronously as each
        span ends), metrics read on demand from an ``InMemoryMetricReader``. For tests."""
        from opentelemetry.sdk.metrics import MeterProvider as SdkMeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider as SdkTracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
        from opentelemetry.sdk.trace.sampling import ALWAYS_ON

        resource = Resource({"service.name": service_name})
        exporter = InMemorySpanExporter()
        tp = SdkTracerProvider(sampler=ALWAYS_ON, resource=resource, shutdown_on_exit=False)
        tp.add_span_processor(SimpleSpanProcessor(exporter))
        reader = InMemoryMetricReader()
        mp = SdkMeterProvider(metric_readers=[reader], resource=resource, shutdown_on_exit=False)
        telemetry = cls(tp, mp, **kwargs)
        telemetry.span_exporter = exporter
        telemetry.metric_reader = reader
        telemetry._owned = True
        telemetry._use_direct_spans()
        return telemetry

    @classmethod
    def from_env(
        cls,
        service_name: str = "agentmesh-guard",
        *,
        export_timeout_s: float | None = None,
        shutdown_timeout_s: float = 5.0,
        forward_untrusted_context: bool = False,
        metric_readers: Sequence[MetricReader] = (),
    ) -> Telemetry:
        """Configured by the standard ``OTEL_*`` variables, read by the SDK itself:
        ``OTEL_SDK_DISABLED``, ``OTEL_SERVICE_NAME`` / ``OTEL_RESOURCE_ATTRIBUTES``
        (``service_name`` is the fallback), ``OTEL_TRACES_SAMPLER[_ARG]``,
        ``OTEL_TRACES_EXPORTER`` / ``OTEL_METRICS_EXPORTER`` (``otlp``, ``console``,
        ``none``), ``OTEL_EXPORTER_OTLP_[TRACES_|METRICS_]ENDPOINT``, ``..._HEADERS``,
        ``..._TIMEOUT`` (seconds in this SDK), ``..._COMPRESSION``, ``OTEL_BSP_*``,
        ``OTEL_METRIC_EXPORT_INTERVAL``. ``export_timeout_s`` overrides the exporter
        timeout. ``metric_readers`` are added to the env-configured ones (e.g. a
        Prometheus reader). A configuration the SDK rejects logs a warning and
        disables telemetry.

        When the collector is down the batch processor drops spans beyond
        ``OTEL_BSP_MAX_QUEUE_SIZE`` (default 2048); the SDK logs that once per 20 s.
        With ``OTEL_PYTHON_SDK_INTERNAL_METRICS_ENABLED=true`` it also counts them in
        ``otel.sdk.processor.span.processed{error.type="queue_full"}``.
        """
        if not HAVE_OTEL:
            _log.info("opentelemetry is not installed; tracing disabled (pip install 'agentmesh-guard[otel]')")
            return cls.disabled()
        if os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
            return cls.disabled()
        try:
            return cls._build_from_env(
                service_name, export_timeout_s, shutdown_timeout_s, forward_untrusted_context, metric_readers
            )
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.warning("OpenTelemetry configuration failed; tracing disabled", exc_info=True)
            return cls.disabled()

    @classmethod
    def _build_from_env(
        cls,
        service_name: str,
        export_timeout_s: float | None,
        shutdown_timeout_s: float,
        forward: bool,
        extra_readers: Sequence[MetricReader],
    ) -> Telemetry:
        from opentelemetry.sdk.metrics import MeterProvider as SdkMeterProvider
        from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider as SdkTracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
        from opentelemetry.sdk.trace.sampling import ALWAYS_ON, ParentBased

        resource = Resource.create({})
        if str(resource.attributes.get("service.name", "")).startswith("unknown_service"):
            resource = resource.merge(Resource({"service.name": service_name}))
        protocol = os.environ.get(
            "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
            os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        )
        if protocol.strip() != "http/protobuf":
            _log.warning("OTEL_EXPORTER_OTLP_PROTOCOL=%s is not supported; using http/protobuf", protocol)

        exporters: list[Any] = []
        readers: list[MetricReader] = list(extra_readers)
        for name in _exporter_names("OTEL_METRICS_EXPORTER"):
            if name == "otlp":
                from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter

                mexp = OTLPMetricExporter(timeout=export_timeout_s)
                exporters.append(mexp)
                readers.append(PeriodicExportingMetricReader(mexp))
            elif name == "console":
                from opentelemetry.sdk.metrics.export import ConsoleMetricExporter

                readers.append(PeriodicExportingMetricReader(ConsoleMetricExporter()))
        mp = SdkMeterProvider(metric_readers=readers, resource=resource, shutdown_on_exit=False)

        # A hijacked agent must not be able to hide its messages from the guard's
        # traces by sending ``sampled=0``: unless a sampler is configured, the guard
        # records every hop (its children follow the guard's decision).
        sampler = None
        if not os.environ.get("OTEL_TRACES_SAMPLER"):
            sampler = ParentBased(ALWAYS_ON, remote_parent_not_sampled=ALWAYS_ON)
        tp = SdkTracerProvider(sampler=sampler, resource=resource, shutdown_on_exit=False)
        for name in _exporter_names("OTEL_TRACES_EXPORTER"):
            if name == "otlp":
                from agentmesh_guard._otlp import fast_span_exporter

                # the SDK's OTLP/HTTP exporter, with this project's faster protobuf encoder
                sexp = fast_span_exporter(timeout=export_timeout_s)
                exporters.append(sexp)
                tp.add_span_processor(BatchSpanProcessor(sexp, meter_provider=mp))
            elif name == "console":
                from opentelemetry.sdk.trace.export import ConsoleSpanExporter

                tp.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))

        telemetry = cls(tp, mp, forward_untrusted_context=forward, shutdown_timeout_s=shutdown_timeout_s)
        telemetry._exporters = exporters
        telemetry._owned = True
        telemetry._use_direct_spans()
        hook = functools.partial(_shutdown_at_exit, weakref.ref(telemetry))
        atexit.register(hook)
        telemetry._atexit = hook
        return telemetry

    # ---------------------------------------------------------------- use

    @property
    def enabled(self) -> bool:
        return self._tracer is not None

    def hop(
        self,
        subject: str,
        headers: Mapping[str, str] | None = None,
        *,
        operation: str = "process",
        message_id: str | None = None,
        links: Sequence[Mapping[str, str]] = (),
        context: Context | None = None,
    ) -> HopSpan:
        """A CONSUMER span for one message at the guard, child of the context in
        ``headers`` (a new trace when they carry none). ``links``: headers of other
        messages this one relates to (fan-in), added as span links. ``context``
        overrides ``headers`` as the parent (in-process callers)."""
        return HopSpan(self, subject, headers, operation, message_id, links, context)

    def agent_span(
        self, name: str, headers: Mapping[str, str] | None = None, *, kind: str = "INTERNAL"
    ) -> AbstractContextManager[AgentSpan]:
        """Context manager yielding an ``AgentSpan``: an agent's own work as a child of
        the message in ``headers`` (or of the current span); ``.headers`` go on what
        it sends next."""
        return _agent_span(self._tracer, name, headers, kind)

    def observe_quarantine_size(self, source: Callable[[], int]) -> None:
        """Report ``source()`` as the ``agentmesh.quarantine.size`` gauge at each
        metrics collection (e.g. the quarantine store's count)."""
        self._quarantine_source = source

    def _observe_quarantine(self) -> Iterable[Observation]:
        source = self._quarantine_source
        if source is None:
            return ()
        from opentelemetry.metrics import Observation

        try:
            return (Observation(int(source())),)
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.debug("quarantine size source failed", exc_info=True)
            return ()

    def _extract_incoming(self, headers: Mapping[str, str] | None) -> Context:
        if not headers:
            return _otel_context.Context()
        if self.forward_untrusted_context:
            return extract(headers)
        try:
            ctx = _TRACECONTEXT.extract(headers, _otel_context.Context(), _GETTER)
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            return _otel_context.Context()
        remote = _otel_trace.get_current_span(ctx).get_span_context()
        if remote.is_valid and remote.trace_state:
            # Drop the sender's tracestate; keep ids and flags.
            clean = _otel_trace.SpanContext(
                remote.trace_id, remote.span_id, is_remote=True, trace_flags=remote.trace_flags
            )
            ctx = _otel_trace.set_span_in_context(_otel_trace.NonRecordingSpan(clean), _otel_context.Context())
        return ctx

    def install_global(self) -> Telemetry:
        """Make these providers (and the W3C propagators) OTel's global ones, for
        agents using ``opentelemetry.trace.get_tracer`` or the module-level
        ``agent_span``. OTel allows this once per process."""
        if HAVE_OTEL:
            from opentelemetry import metrics, propagate

            if self.tracer_provider is not None:
                _otel_trace.set_tracer_provider(self.tracer_provider)
            if self.meter_provider is not None:
                metrics.set_meter_provider(self.meter_provider)
            propagate.set_global_textmap(_PROPAGATOR)
        return self

    # ---------------------------------------------------------------- testing

    def finished_spans(self) -> tuple[ReadableSpan, ...]:
        """Spans ended so far (``in_memory()`` telemetry only; else empty)."""
        return tuple(self.span_exporter.get_finished_spans()) if self.span_exporter is not None else ()

    def metric_points(self, name: str) -> dict[tuple[tuple[str, Any], ...], Any]:
        """``in_memory()`` only: the current data points of metric ``name``, keyed by
        sorted attribute items. Counters give the sum; histograms give ``(count, sum)``;
        gauges the value."""
        out: dict[tuple[tuple[str, Any], ...], Any] = {}
        data = self.metric_reader.get_metrics_data() if self.metric_reader is not None else None
        if data is None:
            return out
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name != name:
                        continue
                    for point in metric.data.data_points:
                        key = tuple(sorted((point.attributes or {}).items()))
                        if hasattr(point, "bucket_counts"):
                            out[key] = (point.count, point.sum)  # type: ignore[union-attr]
                        else:
                            out[key] = point.value  # type: ignore[union-attr]
        return out

    # ---------------------------------------------------------------- lifecycle

    def force_flush(self, timeout_s: float | None = None) -> bool:
        """Export what is queued; gives up (returns False) after ``timeout_s``."""
        if not self._owned or self._closed:
            return True
        tp, mp = self.tracer_provider, self.meter_provider

        def flush() -> None:
            if tp is not None:
                tp.force_flush()  # type: ignore[attr-defined]
            if mp is not None:
                mp.force_flush()  # type: ignore[attr-defined]

        return _bounded(flush, self.shutdown_timeout_s if timeout_s is None else timeout_s, "flush")

    def shutdown(self, timeout_s: float | None = None) -> bool:
        """Flush and stop exporting. Returns within about ``timeout_s`` seconds
        (default ``shutdown_timeout_s``) even when the collector hangs: then it cuts
        the exporters off (pending retries stop, what is queued is lost) and returns
        False. Idempotent."""
        if self._closed:
            return True
        self._closed = True
        if self._atexit is not None:
            atexit.unregister(self._atexit)
            self._atexit = None
        if not self._owned:
            return True
        tp, mp = self.tracer_provider, self.meter_provider
        timeout = self.shutdown_timeout_s if timeout_s is None else timeout_s

        def stop() -> None:
            if tp is not None:
                tp.shutdown()  # type: ignore[attr-defined]
            if mp is not None:
                mp.shutdown(timeout_millis=max(timeout * 1000, 1))  # type: ignore[attr-defined]

        if _bounded(stop, timeout, "shutdown"):
            return True
        for exporter in self._exporters:
            try:
                exporter.shutdown()
            except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
                _log.debug("exporter shutdown failed", exc_info=True)
        _log.warning("telemetry shutdown timed out after %.1fs; unexported spans dropped", timeout)
        return False

    def __enter__(self) -> Telemetry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


def _bounded(fn: Callable[[], None], timeout_s: float, what: str) -> bool:
    """Run ``fn`` on a daemon thread; True if it finished within ``timeout_s``."""
    done = threading.Event()

    def run() -> None:
        try:
            fn()
        except Exception:  # noqa: BLE001 - telemetry fails open (STYLE.md 7)
            _log.warning("telemetry %s failed", what, exc_info=True)
        finally:
            done.set()

    threading.Thread(target=run, name=f"agentmesh-telemetry-{what}", daemon=True).start()
    return done.wait(timeout_s)


def _shutdown_at_exit(ref: weakref.ref[Telemetry]) -> None:
    telemetry = ref()
    if telemetry is not None:
        telemetry.shutdown()


def _exporter_names(var: str) -> list[str]:
    raw = os.environ.get(var, "otlp")
    names = [n.strip().lower() for n in raw.split(",") if n.strip()]
    for n in names:
        if n not in ("otlp", "console", "none"):
            _log.warning("%s=%s is not supported here (otlp, console, none); ignored", var, n)
    return names
