"""What the fuzz tests share: hypothesis profiles, a per-example time bound, a count of inputs
tried, and hostile text.

Profiles (chosen with ``SELLER_DESKTOP_FUZZ``):

- ``quick`` (the default, what CI runs): few examples per property, so that all fuzz modules
  together stay well under two minutes on a 2-core machine, and no shrinking: a failing input is
  reported as found (shrinking one of 100,000 characters through a renderer took minutes).
- ``long``: ``SELLER_DESKTOP_FUZZ=long python -m pytest tests/test_fuzz_import.py
  tests/test_fuzz_documents.py tests/ui/test_fuzz_detail_pane.py`` — many more examples, for a
  run before a release or after touching the importer, the documents or the detail pane.

Neither profile writes hypothesis' example database (``database=None``): a test run must leave no
``.hypothesis`` folder in the repository, and an example found once is kept as an ``@example``
beside its fix instead. There is no ``deadline``: these machines are shared and noisy, and a
timing assertion would flake. A hang is caught by ``time_bound`` instead, a watchdog with a bound
far above any honest run (minutes, not milliseconds), which fails the example that hangs.

The number of inputs each property tried is counted (``tried``) and printed at the end of the
module (``report_figures``), so a run can say how much was fuzzed.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

PROFILE = os.environ.get("SELLER_DESKTOP_FUZZ", "quick").strip().lower() or "quick"

_COMMON = dict(
    database=None,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
# Quick: no shrinking. A failure is reported as found, at once (with the blob that replays it):
# shrinking a 100,000-character input through a renderer took more than five minutes.
settings.register_profile(
    "fuzz-quick",
    max_examples=25,
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target),
    **_COMMON,
)
settings.register_profile("fuzz-long", max_examples=600, **_COMMON)
if PROFILE not in ("quick", "long"):
    raise RuntimeError("SELLER_DESKTOP_FUZZ must be 'quick' or 'long'")

#: The settings every fuzz property uses; ``scaled(n)`` for properties that are slower per input.
FUZZ = settings.get_profile(f"fuzz-{PROFILE}")


def scaled(divisor: int) -> settings:
    """The profile with ``max_examples`` divided by ``divisor`` (at least 5): for properties whose
    single input costs much more (a PDF of 100,000 characters, a widget laid out)."""
    return settings(FUZZ, max_examples=max(5, FUZZ.max_examples // divisor))


#: Seconds one example may take before the watchdog calls it a hang. Generous on purpose: it is a
#: hang detector, not a speed test (a slow shared machine must never fail it).
EXAMPLE_BOUND_S = int(os.environ.get("SELLER_DESKTOP_FUZZ_BOUND", "120"))


class ExampleHung(Exception):
    """An example ran past ``EXAMPLE_BOUND_S``: the code under test hangs (or nearly so)."""


@contextmanager
def time_bound(seconds: int = EXAMPLE_BOUND_S) -> Iterator[None]:
    """Raise ``ExampleHung`` in the test if the block runs longer than ``seconds``.

    SIGALRM interrupts Python code in the main thread (the only place pytest runs tests); where
    that is not available the block runs unbounded and pytest-timeout still ends the test.
    """
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise ExampleHung(f"one example ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


#: property name → [inputs tried, seconds spent]
_FIGURES: dict[str, list[float]] = {}


@contextmanager
def tried(name: str) -> Iterator[None]:
    """Count one input of property ``name`` (and its time), whether it passes or fails."""
    start = time.perf_counter()
    try:
        yield
    finally:
        figure = _FIGURES.setdefault(name, [0, 0.0])
        figure[0] += 1
        figure[1] += time.perf_counter() - start


#: property name → outcome → count (e.g. how many inputs were imported and how many refused)
_OUTCOMES: dict[str, dict[str, int]] = {}


def outcome(name: str, what: str) -> None:
    """Count how one input of property ``name`` ended, to show that both branches were tried."""
    counts = _OUTCOMES.setdefault(name, {})
    counts[what] = counts.get(what, 0) + 1


def figures() -> dict[str, tuple[int, float]]:
    return {name: (int(n), s) for name, (n, s) in _FIGURES.items()}


@pytest.fixture(scope="module")
def report_figures(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print, after the module, how many inputs each of its properties tried (with -s or in the
    terminal summary; the lines name properties and counts, never an input)."""
    before = set(_FIGURES)
    yield
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    lines = []
    for name, (count, seconds) in sorted(figures().items()):
        if name in before:
            continue
        outcomes = ", ".join(f"{n} {what}" for what, n in sorted(_OUTCOMES.get(name, {}).items()))
        lines.append(
            f"fuzz [{PROFILE}] {name}: {count} inputs in {seconds:.1f} s"
            + (f" ({outcomes})" if outcomes else "")
        )
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print("\n" + "\n".join(lines))
    else:  # pragma: no cover - pytest always has one
        print("\n".join(lines))


# -- hostile text ------------------------------------------------------------------------------

#: Bidi overrides, embeddings and isolates, marks, zero-width characters, BOM, soft hyphen.
INVISIBLES = (
    "\u202e",
    "\u202d",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u061c",
    "\u034f",
)
#: Emoji sequences: families (ZWJ), skin tones, flags (regional indicators), tags, keycaps.
EMOJI = (
    "👨\u200d👩\u200d👧\u200d👦",
    "👍🏽",
    "🏳️\u200d🌈",
    "🇩🇪",
    "🇯🇵🇺🇸",
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "1️⃣",
    "❤️",
    "🧑🏿\u200d🚀",
    "🇦",
)
SCRIPTS = (
    "محمد العلي",
    "דוד כהן",
    "山田 太郎",
    "김민준 서울특별시",
    "Γιώργος",
    "Юлия",
    "ｶﾌﾞｼｷｶﾞｲｼｬ",
    "ก้้้้้้้้",
    "Zalgơ̸̢̛̛",
    "ﷺ",
    "𒐫",
    "꧅",
    "Ǆ",
    "ﬃ",
    "İı",
)
CONTROLS = tuple(chr(c) for c in (*range(0, 32), 0x7F, 0x85, 0x2028, 0x2029))


def _combining_pile(n: int) -> str:
    return "e" + "\u0301" * n


def _many(piece: str, n: int) -> str:
    return piece * n


def hostile_text(
    max_size: int = 60, allow_huge: bool = True, allow_surrogates: bool = False
) -> st.SearchStrategy[str]:
    """Text that has broken text layout somewhere: piles of combining marks, bidi controls,
    emoji sequences, scripts without spaces, control characters, and (optionally) very long
    values (10,000-100,000 characters) built from the same pieces."""
    codepoints = st.characters(
        codec=None if allow_surrogates else "utf-8",
        exclude_categories=() if allow_surrogates else ("Cs",),
    )
    surrogates = (
        (st.sampled_from(("\ud800", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00")),)
        if allow_surrogates
        else ()
    )
    piece = st.one_of(
        st.text(codepoints, max_size=8),
        # st.characters leaves surrogates out whatever it is told: lone ones are added here.
        *surrogates,
        st.sampled_from(INVISIBLES),
        st.sampled_from(EMOJI),
        st.sampled_from(SCRIPTS),
        st.sampled_from(CONTROLS),
        st.sampled_from((" ", "  ", "\t", "\n", "-", "<b>x</b>", "&amp;", "%s", "{0}", "…")),
    )
    small = st.lists(piece, max_size=max(1, max_size // 4)).map("".join)
    if not allow_huge:
        return small
    huge = st.one_of(
        st.integers(1000, 4000).map(_combining_pile),
        st.tuples(
            st.sampled_from(INVISIBLES + EMOJI + SCRIPTS + ("x", "W", "山", "🇩🇪")),
            st.integers(10_000, 100_000),
        ).map(lambda t: _many(t[0], max(1, t[1] // max(1, len(t[0]))))),
        st.tuples(small, st.integers(2_000, 20_000)).map(
            lambda t: _many(t[0] or "a", max(1, t[1] // max(1, len(t[0]) or 1)))
        ),
    )
    return st.one_of(small, small, small, huge)
