"""Fuzzing the report importer: random bytes, random column sets, encodings, line endings.

The property, for any bytes given to ``import_file``:

- either the import succeeds and what it stored is consistent with its summary (the order count
  grew by exactly ``new``, every stored order id is an Amazon order id, nothing beyond what the
  summary counts was touched, and importing the same file again writes nothing),
- or it raises a ``SellerError`` whose message names the file and never quotes a cell (every
  cell the fuzzer writes may carry a canary standing for a buyer's details), and the store is
  exactly as before: a refused import changes nothing;
- never another exception, never a hang (``fuzz_support.time_bound``).

Problems listed for rows left out follow the same rule: line numbers and column names, never a
cell. One store serves a whole property (opening one costs a key derivation); every example
compares the whole store before and after.

Profiles: quick by default; ``SELLER_DESKTOP_FUZZ=long`` runs many more examples (see
``fuzz_support``). The number of inputs tried is printed at the end of the module.
"""

from __future__ import annotations

import codecs
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fixtures.store_dump import differing_tables, dump_tables
from fuzz_support import FUZZ, hostile_text, outcome, report_figures, scaled, time_bound, tried  # noqa: F401
from hypothesis import example, given
from hypothesis import strategies as st

from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.base.errors import SellerError
from seller_desktop.core.importers.order_ids import is_amazon_order_id
from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.importers.report_types import CONTACT_COLUMNS, ORDER_COLUMNS
from seller_desktop.core.importers.summary import ImportSummary
from seller_desktop.core.session import create_store
from seller_desktop.core.settings import Settings
from seller_desktop.paths import resolve_paths

pytestmark = pytest.mark.usefixtures("report_figures")

PASSPHRASE = "correct horse battery staple"
CLOCK = FixedClock(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))
FILE_NAME = "report.txt"

#: Stand-ins for a buyer's details. The fuzzer puts them in any cell, the order-id cell included;
#: no message, problem or summary line may ever contain one.
CANARIES = (
    "Canaryname Zoë-Pii",
    "Kanarienweg 42b",
    "canary.pii@example.invalid",
    "山田カナリア",
    "קנרית",
    "+49 30 5550199",
)

#: Every column name the importer knows, and other real Amazon column names from the fixtures.
REAL_COLUMNS = sorted(
    {name for names in ORDER_COLUMNS.values() for name in names}
    | {name for names in CONTACT_COLUMNS.values() for name in names}
    | {
        "payments-date",
        "earliest-ship-date",
        "earliest-delivery-date",
        "merchant-order-id",
        "fulfillment-channel",
        "promotion-ids",
        "item-promotion-discount",
        "days-past-promise",
        "reporting-date",
        "listing-id",
        "seller-sku",
        "settlement-id",
        "shipment-id",
        "delivery-Instructions",
        "Order-ID",
        " order-id ",
        "ORDER-ID",
    }
)
REQUIRED = ("order-id", "order-item-id", "purchase-date", "sku", "quantity-purchased")

#: A small pool of ids, so that examples meet orders earlier examples stored (updates, merges).
ORDER_IDS = (
    "302-1234567-7654321",
    "028-0000001-0000001",
    "123-123456-12345678",
    "999-99999999-000000",
)
DATES = (
    "2026-11-25T09:15:00+01:00",
    "2026-11-25T09:15:00Z",
    "2026-11-25",
    "2025-01-01T00:00:00-08:00",
    "2026-11-25T09:15:00",
    "2026-13-45T99:99:99+00:00",
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00+00:00",
    "25/11/2026",
    "2026-11-25T09:15:00+25:00",
)
NUMBERS = ("1", "2", "0", "-1", "10", "1.5", "1e3", "٣", "99999999999999999999999", " 3 ", "")
STATUSES = (
    "Shipped",
    "Unshipped",
    "Pending",
    "Cancelled",
    "Canceled",
    "Partially Shipped",
    "Shipped - Delivered to Buyer",
    "Bogus",
)
ENCODINGS = ("utf-8", "utf-8-bom", "utf-16", "utf-16-le", "cp1252", "shift_jis", "cp932")
NEWLINES = ("\n", "\r\n", "\r")

junk_name = st.text(st.characters(codec="utf-8", exclude_characters="\t\n\r"), max_size=12)
cell_text = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(CANARIES),
    st.sampled_from(ORDER_IDS),
    st.sampled_from(
        (
            "",
            " ",
            "\x00",
            '"',
            '""',
            '"quoted\tcell"',
            "'",
            "\\t",
            "=1+1",
            "NULL",
            "1.14394E+16",
            "5.00000E+13",
            "true",
            "yes",
            "false",
        )
    ),
)
huge_cell = st.tuples(
    st.sampled_from(("x", "Ä", "山", "🇩🇪", "\u0301", CANARIES[0])), st.integers(10_000, 100_000)
).map(lambda t: t[0] * (t[1] // len(t[0])))


#: Values that a real report holds in typed columns (the clean half of each choice below).
GOOD = {
    "order-id": ORDER_IDS,
    "amazon-order-id": ORDER_IDS,
    "purchase-date": DATES[:4],
    "last-updated-date": DATES[:4],
    "latest-ship-date": DATES[:4],
    "latest-delivery-date": DATES[:4],
    "promise-date": DATES[:4],
    "payments-date": DATES[:4],
    "quantity-purchased": ("1", "2", "3"),
    "quantity": ("1", "2"),
    "quantity-shipped": ("0", "1", ""),
    "quantity-to-ship": ("1",),
    "order-status": STATUSES[:7],
    "order-item-id": ("50000000000001", "50000000000002", "50000000000003"),
    "sku": ("SKU-1", "SKU-2", "MUG BLUE", "ｓｋｕ"),
    "sales-channel": ("Amazon.de", "Amazon.co.jp", "Amazon.com", "Non-Amazon"),
    "ship-country": ("DE", "JP", "US"),
    "currency": ("EUR", "JPY", "USD"),
    "is-business-order": ("true", "false"),
    "is-gift": ("true", "false"),
}
#: Values of the same columns that are wrong in the ways real files go wrong.
BAD = {
    "date": DATES[4:],
    "quantity": NUMBERS,
    "order-status": STATUSES,
    "order-item-id": ("", "7", "1.14394E+16", "5.00000E+13"),
    "sku": ("",),
}


def _cell_for(column: str, hostility: int) -> st.SearchStrategy[str]:
    """A cell for ``column``: at hostility 0 a typed column holds a good value and only free text
    (names, addresses, product names) is hostile; at 1 typed columns are sometimes bad; at 2
    anything goes anywhere."""
    name = column.strip().lower()
    good = GOOD.get(name)
    if good is None:
        free = st.one_of(cell_text, hostile_text(40, allow_huge=False))
        return free if hostility < 2 else st.one_of(free, cell_text)
    typed = st.sampled_from(good)
    if hostility == 0:
        return typed
    kind = "date" if "date" in name else "quantity" if name.startswith("quantity") else name
    bad = st.sampled_from(BAD.get(kind, ("",)))
    if hostility == 1:
        return st.one_of(typed, typed, typed, typed, bad)
    return st.one_of(typed, bad, cell_text)


@st.composite
def reports(draw: st.DrawFn) -> tuple[bytes, str]:
    """A report-like file: a header of real and junk names, rows of typed and hostile cells,
    in some encoding, line ending and quoting; sometimes cut short or with stray bytes."""
    hostility = draw(st.sampled_from((0, 0, 1, 1, 2)))
    columns = list(draw(st.lists(st.sampled_from(REQUIRED), unique=True, max_size=len(REQUIRED))))
    if hostility < 2 or draw(st.booleans()):
        columns = list(REQUIRED)
    columns += draw(st.lists(st.one_of(st.sampled_from(REAL_COLUMNS), junk_name), max_size=12))
    columns = draw(st.permutations(columns)) if columns else [draw(junk_name)]
    if hostility == 2 and draw(st.integers(0, 4)) == 0:
        columns = [f'"{c}"' for c in columns]  # quoted header names
    rows = []
    for _ in range(draw(st.integers(0 if hostility else 1, 8))):
        width = len(columns) + (draw(st.sampled_from((0, 0, 0, 0, -1, 1, 2))) if hostility else 0)
        row = [
            draw(_cell_for(columns[i] if i < len(columns) else "", hostility))
            for i in range(max(0, width))
        ]
        if row and draw(st.integers(0, 11)) == 0:
            row[draw(st.integers(0, len(row) - 1))] = draw(huge_cell)
        if row and draw(st.integers(0, 7)) == 0:
            quoted = draw(st.integers(0, len(row) - 1))
            row[quoted] = '"' + row[quoted].replace('"', '""') + '"'
        rows.append("\t".join(row))
    newline = draw(st.sampled_from(NEWLINES))
    blank = [""] * draw(st.integers(0, 2))
    text = newline.join(["\t".join(columns)] + rows + blank)
    if draw(st.booleans()):
        text += newline
    encoding = draw(st.sampled_from(ENCODINGS if hostility else ENCODINGS[:2] + ENCODINGS[4:]))
    if encoding == "utf-8-bom":
        data = codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    else:
        data = text.encode(encoding, "replace" if encoding != "utf-8" else "surrogatepass")
    mutation = draw(st.integers(0, 9)) if hostility else 9
    if mutation == 0 and data:  # cut off anywhere
        data = data[: draw(st.integers(0, len(data)))]
    elif mutation == 1:  # stray bytes: NUL, invalid UTF-8, a lone BOM
        stray = draw(
            st.sampled_from(
                (b"\x00", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\x81\x40", b"\x1a", b"\xe2\x80")
            )
        )
        at = draw(st.integers(0, len(data)))
        data = data[:at] + stray + data[at:]
    return data, encoding


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory):
    """One store for every example of the module (a store costs a key derivation to open)."""
    folder = tmp_path_factory.mktemp("fuzz-import")
    opened = create_store(
        resolve_paths(folder / "data"), PASSPHRASE, Settings(business_name="Fuzz Shop"), CLOCK
    )
    yield opened.store, folder
    opened.store.close()


def _messages(summary: ImportSummary) -> list[str]:
    return summary.describe(max_problems=10_000) + [str(p) for p in summary.problems]


def _check_no_canary(texts: list[str], what: str) -> None:
    """Fail naming ``what`` only: the failing text itself may hold a canary (a stand-in for PII)."""
    for text in texts:
        for canary in CANARIES:
            if canary in text:
                pytest.fail(f"{what} quotes a cell's content", pytrace=False)


def _stored_ids(store) -> set[str]:
    return {row[0] for row in store.conn.execute("SELECT order_id FROM orders")}


def check_import(store, folder: Path, data: bytes, strict: bool = False) -> str:
    """The whole property for one file (see the module docstring)."""
    path = folder / FILE_NAME
    path.write_bytes(data)
    before = dump_tables(store)
    ids_before = _stored_ids(store)
    try:
        with time_bound():
            summary = import_file(store, path, strict=strict, clock=CLOCK)
    except SellerError as refused:
        message = str(refused)
        assert message.strip(), "a refusal must say something"
        assert FILE_NAME in message, "a refusal names the file it refuses"
        _check_no_canary([message], "the refusal")
        assert differing_tables(before, dump_tables(store)) == [], (
            "a refused import changed the store"
        )
        return "refused"
    _check_no_canary(_messages(summary), "the import summary")
    ids_after = _stored_ids(store)
    assert all(is_amazon_order_id(oid) for oid in ids_after), (
        "a stored order id is not an Amazon id"
    )
    assert ids_before <= ids_after, "an import removed an order"
    assert len(ids_after) - len(ids_before) == summary.new
    assert summary.orders <= len(ids_after)
    assert summary.rows >= summary.orders
    assert all(p.line >= 2 for p in summary.problems), "problems are data lines (the header is 1)"
    if summary.new == summary.updated == 0:
        assert differing_tables(before, dump_tables(store)) == [], (
            "nothing new or updated, yet the store changed"
        )
    # Idempotent: the same file again writes nothing.
    again_before = dump_tables(store)
    with time_bound():
        again = import_file(store, path, strict=strict, clock=CLOCK)
    assert (again.new, again.updated) == (0, 0), "the same file twice wrote again"
    assert again.unchanged == summary.orders
    assert differing_tables(again_before, dump_tables(store)) == []
    if summary.new or summary.updated:
        return "imported (wrote)"
    return "imported (nothing to write)"


@FUZZ
@given(data=st.binary(max_size=4096))
@example(data=b"")
@example(data=b"\x00\x00\x00")
@example(data=b"\xff\xfe" + "order-id\tsku\n".encode("utf-16-le"))
def test_random_bytes_are_imported_or_refused_cleanly(shared_store, data: bytes) -> None:
    store, folder = shared_store
    with tried("import: random bytes"):
        outcome("import: random bytes", check_import(store, folder, data))


#: Two orders of one file sharing an order-item-id: the item went to the last of them, the other
#: order was kept without it, and every import of the file moved it back (fixed: both left out).
SHARED_ITEM_ID = (
    b"order-id\torder-item-id\tpurchase-date\tsku\tquantity-purchased\n"
    b"302-1234567-7654321\t50000000000001\t2026-11-25T09:15:00+01:00\tSKU-1\t1\n"
    b"028-0000001-0000001\t50000000000001\t2026-11-25T09:15:00+01:00\tSKU-1\t1"
)


#: A date far from today: year 1 was stored as "1-01-01…" (strftime), which nothing reads back,
#: and 9999-12-31 overflowed when its deadline was computed (fixed: a row problem).
FAR_DATES = tuple(
    b"order-id\torder-item-id\tpurchase-date\tsku\tquantity-purchased\n"
    b"302-1234567-7654321\t50000000000001\t" + day + b"\tSKU-1\t1\n"
    for day in (
        b"0001-01-01T00:00:00+00:00",
        b"9999-12-31T23:59:59+14:00",
        b"9999-12-31T23:59:59-14:00",
        b"9999-12-31",
    )
)


@FUZZ
@given(report=reports(), strict=st.booleans())
@example(report=(SHARED_ITEM_ID, "utf-8"), strict=False)
@example(report=(FAR_DATES[0], "utf-8"), strict=False)
@example(report=(FAR_DATES[1], "utf-8"), strict=False)
@example(report=(FAR_DATES[2], "utf-8"), strict=True)
@example(report=(FAR_DATES[3], "utf-8"), strict=False)
def test_report_like_files_are_imported_consistently_or_refused_cleanly(
    shared_store, report, strict: bool
) -> None:
    store, folder = shared_store
    data, _encoding = report
    with tried("import: report-like files"):
        outcome("import: report-like files", check_import(store, folder, data, strict))


@scaled(2)
@given(prefix=reports(), noise=st.binary(min_size=1, max_size=64), at=st.floats(0, 1))
def test_a_good_report_with_bytes_spliced_in_is_imported_or_refused_cleanly(
    shared_store, prefix, noise: bytes, at: float
) -> None:
    """Real-looking files damaged in transit: random bytes in the middle of one."""
    store, folder = shared_store
    data, _encoding = prefix
    cut = int(len(data) * at)
    with tried("import: spliced bytes"):
        outcome(
            "import: spliced bytes", check_import(store, folder, data[:cut] + noise + data[cut:])
        )


ONE_ORDER = (
    "order-id\torder-item-id\tpurchase-date\tsku\tquantity-purchased\tbuyer-name\n"
    "302-1234567-7654321\t50000000000001\t{date}\tSKU-1\t1\t" + CANARIES[0] + "\n"
)


@FUZZ
@given(
    first=st.sampled_from(DATES[:4] + ("2026-09-01T00:00:00Z", "2026-11-28T11:59:59Z")),
    second=st.sampled_from(DATES[:4] + ("2026-11-28T12:00:01Z", "2027-06-01T00:00:00Z")),
)
@example(first="2025-01-01T00:00:00-08:00", second="2026-11-25T09:15:00Z")
def test_a_newer_report_never_brings_back_details_past_their_deadline(
    tmp_path_factory, first: str, second: str
) -> None:
    """The same order in two reports with different purchase dates: once the first import found
    its deadline past (details not stored), no later report, imported any number of times,
    stores them. (Found by the fuzzer: the second report moved the deadline into the future,
    and importing it a second time stored the details.)"""
    folder = tmp_path_factory.mktemp("deadline")
    opened = create_store(
        resolve_paths(folder / "data"), PASSPHRASE, Settings(business_name="F"), CLOCK
    )
    store = opened.store
    try:
        with tried("import: deadline across reports"):
            path = folder / FILE_NAME
            path.write_text(ONE_ORDER.format(date=first), encoding="utf-8")
            with time_bound():
                import_file(store, path, clock=CLOCK)
            held = store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0]
            path.write_text(ONE_ORDER.format(date=second), encoding="utf-8")
            for _ in range(3):
                with time_bound():
                    import_file(store, path, clock=CLOCK)
            if not held:
                assert store.conn.execute("SELECT count(*) FROM contact_details").fetchone()[0] == 0
            again = import_file(store, path, clock=CLOCK)
            assert (again.new, again.updated) == (0, 0)
    finally:
        store.close()
