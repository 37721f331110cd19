"""No buyer's contact detail survives where the privacy promise says it must be gone — looked for in
the bytes of every file the app can touch, end to end, as a seller runs it.

One seller's life in real processes, each with its own data folder (config and logs live in it),
HOME, XDG folders and TMPDIR, all under ``tmp_path``:

1. set up (store, tax archive, a campaign), import a report in which every contact field of every
   order holds a marker of its own;
2. print slips, a pick list and insert cards, and export one buyer's data (subject access), to
   files of the seller's own (outside the searched folders: they are the seller's output);
3. back up into ``backups/`` and with ``backup --out`` to a file of the seller's;
4. an import SIGKILLed half-way (inside its transaction, after its first chunk was written);
5. erase two buyers (by order id and by e-mail), the first while another connection is mid-read;
6. restore the seller's backup (made before the erasure) over the store;
7. ship two orders (one under a legal hold, so it is sealed into the tax archive), move the clock
   past their deadline, let the wipe run;
8. the window: open the orders, search for a buyer, print slips and save a pick list from it;
9. move the clock past every deadline, let the wipe run, restore the seller's backup again.

After each step every file under the data folder, TMPDIR and HOME is searched: raw bytes (no marker
may ever be in plain text there: the store and backups are encrypted, the archive holds sealed
entries only; a PDF by its text, a gzip or zip file by its content), and each SQLCipher file — the store, its WAL, every backup in ``backups/`` —
decrypted page by page, free pages and WAL frames included: no marker of an order whose details
must be gone. The markers of orders that rightly keep their details must be found decrypted, so
the search is shown to see what it looks for. No marker may appear in any command's output or in
any file name either.

A marker is ``zq<6 digits: order><2 letters: field>qz`` at the start of the field's value (then the
order's script: umlauts, Cyrillic, Arabic, Japanese, emoji), so one regular expression finds every
marker in UTF-8 or UTF-16-LE, in any letter case, and says whose detail of which kind it is.

The clock is the CLI's own ``main(argv, clock=FixedClock(...))`` in a child process (nothing
waits for days to pass); the last step also runs ``python -m seller_desktop.cli`` under faketime.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
import signal
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher_raw
from debian_tools import require
from fixtures.make_reports import CONTACT_OF, FULFILMENT_HEADER

from seller_desktop.core.importers.report_import import CHUNK_ORDERS
from seller_desktop.core.orders.model import CONTACT_FIELDS
from seller_desktop.core.store.connection import connect

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"
ARCHIVE_PASSPHRASE = "archive passphrase for the tax office"
T0 = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
PLAINTEXT_MAGIC = b"SQLite format 3\x00"

#: One two-letter code per contact column of the report (so a hit names the field).
FIELD_CODE = {
    "buyer-name": "bn",
    "buyer-email": "em",
    "buyer-phone-number": "bp",
    "recipient-name": "rn",
    "buyer-company-name": "co",
    "ship-address-1": "sa",
    "ship-address-2": "sb",
    "ship-address-3": "sc",
    "ship-city": "ci",
    "ship-postal-code": "pc",
    "ship-phone-number": "sp",
    "bill-name": "bl",
    "bill-address-1": "ba",
    "bill-address-2": "bb",
    "bill-address-3": "bc",
    "bill-city": "bt",
    "bill-state": "bs",
    "bill-postal-code": "bz",
    "bill-country": "by",
    "gift-message-text": "gm",
    "delivery-Instructions": "di",
    "customized-url": "cu",
    "purchase-order-number": "po",
    "buyer-tax-registration-id": "tx",
}
FIELD_OF_CODE = {code: column for column, code in FIELD_CODE.items()}

#: The real report: (marketplace channel, currency, ship country, ship state, the buyer's script).
BUYERS = (
    ("Amazon.de", "EUR", "DE", "BY", "Jürgen Groß, Königstraße"),
    ("Amazon.fr", "EUR", "FR", "BFC", "Françoise « Œuvre » Lefèvre"),
    ("Amazon.de", "EUR", "DE", "BE", "Юлия Соколова, ул. Тверская"),
    ("Amazon.de", "EUR", "DE", "HH", "Γιώργος Παπαδόπουλος"),
    ("Amazon.ae", "AED", "AE", "DU", "محمد العلي، شارع الشيخ زايد"),
    ("Amazon.co.jp", "JPY", "JP", "13", "山田 太郎 ｶﾌﾞｼｷｶﾞｲｼｬ 千代田区"),
    ("Amazon.co.uk", "GBP", "GB", "Bristol", "Zoë 🌻 O’Brien 🎉🎂"),
    ("Amazon.de", "EUR", "DE", "NW", "Bärbel Müller & Söhne GmbH"),
    ("Amazon.fr", "EUR", "FR", "IDF", "Hélène d’Aubigné"),
    ("Amazon.co.uk", "GBP", "GB", "London", "Siân Llewelyn-Jones"),
)
REAL = range(1, len(BUYERS) + 1)  # order numbers of the real report
ERASED_BY_ID, ERASED_BY_EMAIL = 1, 2
SHIPPED, SHIPPED_HELD = 3, 4  # SHIPPED_HELD is under a legal hold: sealed into the archive
KEPT = [n for n in REAL if n not in (ERASED_BY_ID, ERASED_BY_EMAIL, SHIPPED, SHIPPED_HELD)]

# The import that is killed: several import chunks, more than the page cache (8 MB) holds, so its
# unfinished transaction reaches the WAL; numbered apart from the real orders.
KILLED_FIRST, KILLED_ORDERS = 800_001, 8_000
KILLED = range(KILLED_FIRST, KILLED_FIRST + KILLED_ORDERS)

MARKER_U8 = re.compile(rb"zq([0-9]{6})([a-z]{2})qz", re.IGNORECASE)
MARKER_U16 = re.compile(rb"z\x00q\x00((?:[0-9]\x00){6})((?:[a-z]\x00){2})q\x00z\x00", re.IGNORECASE)
MARKER_TEXT = re.compile(r"zq([0-9]{6})([a-z]{2})qz", re.IGNORECASE)

Marker = tuple[int, str]  # (order number, field code)


def token(n: int, column: str) -> str:
    return f"zq{n:06d}{FIELD_CODE[column]}qz"


def order_id(n: int) -> str:
    """A valid Amazon order id (3-7-7 digits), one per order number."""
    return f"{300 + n % 700:03d}-{1000000 + n % 9000000:07d}-{2000000 + n:07d}"


def email(n: int) -> str:
    return f"{token(n, 'buyer-email')}@marketplace.amazon.example"


def order_rows(
    n: int, buyer: tuple[str, str, str, str, str], items: int = 1
) -> list[dict[str, str]]:
    """The report rows of order ``n``: every contact column holds its own marker."""
    channel, currency, country, state, script = buyer
    contact = {column: f"{token(n, column)} {script}" for column in FIELD_CODE}
    contact.update(
        {
            "buyer-email": email(n),
            "customized-url": f"https://example.invalid/c/{token(n, 'customized-url')}",
            "buyer-phone-number": f"+49 30 {token(n, 'buyer-phone-number')}",
            "ship-phone-number": f"+49 30 {token(n, 'ship-phone-number')}",
            "ship-postal-code": token(n, "ship-postal-code"),
            "bill-postal-code": token(n, "bill-postal-code"),
            "bill-country": token(n, "bill-country"),
            "purchase-order-number": token(n, "purchase-order-number"),
            "buyer-tax-registration-id": token(n, "buyer-tax-registration-id"),
        }
    )
    base = {
        "order-id": order_id(n),
        "purchase-date": "2026-11-25T09:15:00+01:00",
        "payments-date": "2026-11-25T10:20:00+01:00",
        "currency": currency,
        "item-tax": "3.19",
        "shipping-price": "4.90",
        "shipping-tax": "0.78",
        "ship-service-level": "Standard",
        "ship-state": state,
        "ship-country": country,
        "sales-channel": channel,
        "earliest-ship-date": "2026-11-26T00:00:00+01:00",
        "latest-ship-date": "2026-11-27T23:59:59+01:00",
        "earliest-delivery-date": "2026-11-28",
        "latest-delivery-date": "2026-12-02",
        "is-business-order": "false",
        **contact,
    }
    return [
        {
            **base,
            "order-item-id": f"{50000000000000 + n * 10 + k}",
            "sku": f"SKU-{k}",
            "product-name": f"Mug {k}",
            "quantity-purchased": "1",
            "item-price": "19.99",
        }
        for k in range(items)
    ]


def report_bytes(rows: list[dict[str, str]]) -> bytes:
    lines = ["\t".join(FULFILMENT_HEADER)] + [
        "\t".join(r.get(h, "") for h in FULFILMENT_HEADER) for r in rows
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def markers_of(numbers: Iterable[int]) -> set[Marker]:
    return {(n, code) for n in numbers for code in FIELD_CODE.values()}


def named(markers: Iterable[Marker]) -> list[str]:
    """Hits in words for a failure message: order number and report column, never more."""
    return sorted(f"order {n} {FIELD_OF_CODE.get(code.lower(), code)}" for n, code in markers)


# --- running the app --------------------------------------------------------------------------

# The CLI's main() with a FixedClock, as a process of its own. ``--die-after-writes N`` makes the
# import SIGKILL its own process right after it has written its N-th chunk of orders, inside the
# file's one transaction (before its commit): a crash mid-import, at the same point on every run.
CLI_DRIVER = r"""
import os, signal, sys
from datetime import datetime
from seller_desktop.cli import main
from seller_desktop.core.base.clock import FixedClock
clock = FixedClock(datetime.fromisoformat(sys.argv[1]))
argv = sys.argv[2:]
if argv[0] == "--die-after-writes":
    from seller_desktop.core.importers import merge
    real_write, left = merge.write, [int(argv[1])]
    def write_then_die(conn, writes):
        real_write(conn, writes)
        left[0] -= 1
        if left[0] == 0:
            os.kill(os.getpid(), signal.SIGKILL)
    merge.write = write_then_die
    argv = argv[2:]
sys.exit(main(argv, clock=clock))
"""

# The window as the app starts it (application, log file, private temp folder), on the store
# opened at a fixed instant: search for a buyer, print slips to a PDF printer, save a pick list.
# It exits without emptying its temp folder, as after a crash, so the search sees all it left.
GUI_DRIVER = r"""
import os, sys, time
from datetime import datetime
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from seller_desktop.core.base.clock import FixedClock
from seller_desktop.core.base.logs import setup_logging
from seller_desktop.core.settings import load_settings
from seller_desktop.core.session import open_store
from seller_desktop.paths import resolve_paths, use_private_temp
from seller_desktop.ui.app.application import create_application
from seller_desktop.ui.shell.main_window import MainWindow

clock = FixedClock(datetime.fromisoformat(sys.argv[1]))
paths = resolve_paths(sys.argv[2])
out = Path(sys.argv[3])
search_text = sys.argv[4]
app = create_application([])
paths.ensure()
setup_logging(paths.log_dir)
use_private_temp(paths)
opened = open_store(paths, os.environ["SELLER_DESKTOP_PASSPHRASE"], clock)
win = MainWindow(opened.store, load_settings(opened.store), opened.wipe_report,
                 config_dir=paths.config_dir, paths=paths)
win.show()

def wait(condition, seconds=30.0):
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)

page = win.orders_page
page.search.setText(search_text)  # typed by the seller: a buyer's name
page.apply_filter()
app.processEvents()
page.search.clear()
page.apply_filter()
app.processEvents()
ids = sys.argv[5:]
page.table.clearSelection()
for oid in ids:
    row = page.model.row_of(oid)
    page.table.selectionModel().select(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
app.processEvents()
assert sorted(o.order_id for o in page.selected_orders()) == sorted(ids)
page.print_slips_action.trigger()
wait(lambda: win.print_preview is not None and win.print_preview.page_count() > 0)
preview = win.print_preview
done = []
preview.printed.connect(lambda *_: done.append("printed"))
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
printer.setOutputFileName(str(out / "gui-slips.pdf"))
assert preview.print_to(printer)
wait(lambda: "printed" in done)
preview.close()
wait(lambda: not win.jobs.busy)
win.print_orders("pick_list", ids)
wait(lambda: win.print_preview is not None and win.print_preview.page_count() > 0)
preview = win.print_preview
preview.logged.connect(lambda: done.append("saved"))
assert preview.save_pdf_to(out / "gui-pick-list.pdf")
wait(lambda: "saved" in done)
preview.close()
wait(lambda: not win.jobs.busy)
win.close()
wait(lambda: not win.jobs.busy)
opened.store.close()
print("window done")
"""


@dataclass
class Seller:
    """One seller's folders, and the app run in them as real processes at a chosen instant."""

    data: Path
    temp: Path
    home: Path
    own: Path  # the seller's own files: reports, PDFs, the backup outside the data folder
    outputs: list[tuple[str, str]] = field(default_factory=list)  # every command's stdout+stderr

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SELLER_DESKTOP_", "XDG_")) and k not in ("TMPDIR", "TMP", "TEMP")
        }
        env.update(
            PYTHONPATH=str(ROOT),
            SELLER_DESKTOP_PASSPHRASE=PASSPHRASE,
            HOME=str(self.home),
            TMPDIR=str(self.temp),
            TMP=str(self.temp),
            TEMP=str(self.temp),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_RUNTIME_DIR=str(self.home / "run"),
            QT_QPA_PLATFORM="offscreen",
            PYTHONDONTWRITEBYTECODE="1",
        )
        return env

    def _run(
        self, argv: list[str], what: str, expect: int | None, prefix: list[str] | None = None
    ) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [*(prefix or []), sys.executable, *argv],
            capture_output=True,
            text=True,
            env=self.env(),
            cwd=self.own,
            stdin=subprocess.DEVNULL,
            timeout=180,
            check=False,
        )
        self.outputs.append((what, result.stdout + result.stderr))
        if expect is not None:
            assert result.returncode == expect, (what, result.returncode, result.stderr[-2000:])
        return result

    def run(
        self, at: datetime, *args: str, die_after_writes: int = 0, expect: int | None = 0
    ) -> subprocess.CompletedProcess:
        extra = ["--die-after-writes", str(die_after_writes)] if die_after_writes else []
        return self._run(
            ["-c", CLI_DRIVER, at.isoformat(), *extra, "--data-dir", str(self.data), *args],
            " ".join(args),
            expect,
        )

    def run_real_cli(self, at: datetime, *args: str) -> subprocess.CompletedProcess:
        """``python -m seller_desktop.cli`` itself, its whole clock moved by faketime."""
        stamp = at.astimezone(timezone.utc).strftime("@%Y-%m-%d %H:%M:%S")
        return self._run(
            ["-m", "seller_desktop.cli", "--data-dir", str(self.data), *args],
            "faketime " + " ".join(args),
            0,
            prefix=[require("faketime"), "-f", stamp],
        )

    def window(
        self, at: datetime, search_text: str, order_ids: list[str]
    ) -> subprocess.CompletedProcess:
        return self._run(
            [
                "-c",
                GUI_DRIVER,
                at.isoformat(),
                str(self.data),
                str(self.own),
                search_text,
                *order_ids,
            ],
            "window",
            0,
        )


# --- where to look ----------------------------------------------------------------------------


def _is_sqlcipher(path: Path, raw: bytes) -> bool:
    """The store and every backup: encrypted, whole pages, no plain SQLite header."""
    named = (
        path.name == "store.db"
        or path.name.startswith("store.db.")
        or (path.suffix == ".db" and path.parent.name == "backups")
    )
    return named and raw[:16] != PLAINTEXT_MAGIC


def _decrypts(plain: bytes) -> bool:
    """Page 1 decrypted with the right key is a SQLite header: 4096-byte pages, 80 reserved bytes,
    the fixed payload fractions 64/32/32."""
    return plain[16:18] == b"\x10\x00" and plain[20:24] == bytes([80, 64, 32, 32])


@dataclass
class Corpus:
    raw: list[tuple[Path, bytes]] = field(default_factory=list)
    decrypted: list[tuple[str, bytes]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    files: int = 0
    pages: int = 0

    @property
    def raw_bytes(self) -> int:
        return sum(len(b) for _, b in self.raw)

    @property
    def decrypted_bytes(self) -> int:
        return sum(len(b) for _, b in self.decrypted)


def decrypt_file(path: Path) -> tuple[bytes, int]:
    """(every page of a SQLCipher file decrypted, the page count); fails if the key does not fit."""
    plain = sqlcipher_raw.decrypt_database(path, PASSPHRASE)
    assert _decrypts(plain), f"cannot decrypt {path.name}: a blind spot for the search"
    return plain, len(plain) // sqlcipher_raw.PAGE


def collect(roots: list[Path], outside: Path) -> Corpus:
    """Every file under ``roots``: its name, its bytes, and, for SQLCipher files (and their WAL),
    every page decrypted."""
    corpus = Corpus()
    for root in roots:
        for f in sorted(root.rglob("*")):
            corpus.names.append(str(f.relative_to(root.parent)))
            if not f.is_file() or f.is_symlink():
                continue
            assert outside not in f.parents, f  # the seller's own files are not ours to search
            raw = f.read_bytes()
            corpus.files += 1
            corpus.raw.append((f, raw))
            corpus.raw += [(f, text) for text in unpacked(f, raw)]
            if f.name.endswith("-wal"):
                database = f.with_name(f.name.removesuffix("-wal"))
                plain = sqlcipher_raw.decrypt_wal(f, database, PASSPHRASE)
                corpus.pages += len(plain) // sqlcipher_raw.PAGE
                corpus.decrypted.append((f"{f.relative_to(root.parent)} (decrypted)", plain))
            elif f.name.endswith("-journal") and _is_sqlcipher(
                f.with_name(f.name.removesuffix("-journal")), b""
            ):
                pytest.fail(f"a rollback journal of an encrypted file was left behind: {f}")
            elif raw and _is_sqlcipher(f, raw):
                plain, pages = decrypt_file(f)
                corpus.pages += pages
                corpus.decrypted.append((f"{f.relative_to(root.parent)} (decrypted)", plain))
    return corpus


def unpacked(path: Path, raw: bytes) -> list[bytes]:
    """What a file holds that its raw bytes hide: a PDF's text (its streams are compressed and
    its text is glyph ids of embedded fonts, so a printed address is invisible raw), the content
    of a gzip file or of a zip archive's members."""
    if raw.startswith(b"%PDF"):
        text = subprocess.run(
            [require("pdftotext"), "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=60,
            check=True,
        ).stdout
        return [text]
    if raw.startswith(b"\x1f\x8b"):
        return [gzip.decompress(raw)]
    if raw.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(path) as archive:
            return [archive.read(member) for member in archive.namelist()]
    return []


def find_markers(blob: bytes) -> set[Marker]:
    found = {(int(n), code.decode().lower()) for n, code in MARKER_U8.findall(blob)}
    found |= {(int(n[::2]), code[::2].decode().lower()) for n, code in MARKER_U16.findall(blob)}
    return found


def markers_in_text(text: str) -> set[Marker]:
    return {(int(n), code.lower()) for n, code in MARKER_TEXT.findall(text)}


# --- the test ---------------------------------------------------------------------------------


@pytest.fixture
def fast_keys(monkeypatch):
    """Every backup shares the store's salt: derive the page key once per salt, not per file."""
    monkeypatch.setattr(
        sqlcipher_raw, "derive_key", functools.lru_cache(maxsize=None)(sqlcipher_raw.derive_key)
    )


def test_markers_cover_every_contact_field():
    """A contact field added to the model without a marker here would go unsearched."""
    assert set(CONTACT_OF.values()) == set(CONTACT_FIELDS)
    assert set(FIELD_CODE) == set(CONTACT_OF)
    assert set(FIELD_CODE) <= set(FULFILMENT_HEADER)
    assert len(set(FIELD_CODE.values())) == len(FIELD_CODE)
    for column, code in FIELD_CODE.items():  # each value holds its marker, found as such
        values = [r[column] for r in order_rows(7, BUYERS[6])]
        assert {m for v in values for m in markers_in_text(v)} == {(7, code)}
        assert find_markers(values[0].encode("utf-16-le")) == {(7, code)}
        assert find_markers(values[0].upper().encode("utf-8")) == {(7, code)}


def test_no_contact_detail_survives_anywhere_it_was_promised_gone(tmp_path, fast_keys):
    require("faketime"), require("pdftotext")  # needed at the end: fail now, not after minutes
    seller = Seller(tmp_path / "data", tmp_path / "tmp", tmp_path / "home", tmp_path / "seller")
    for folder in (seller.temp, seller.home, seller.own):
        folder.mkdir()
    roots = [seller.data, seller.temp, seller.home]
    figures = {
        "searches": 0,
        "files_searched": 0,
        "raw_bytes_searched": 0,
        "pages_decrypted": 0,
        "decrypted_bytes_searched": 0,
        "file_names_checked": 0,
    }
    gone: set[int] = set()  # orders whose details must be found nowhere from now on

    def search(step: str, *, held: Iterable[int] = ()) -> Corpus:
        """Search everything; ``held``: orders whose details must still be found decrypted."""
        corpus = collect(roots, outside=seller.own)
        for path, raw in corpus.raw:
            leaked = find_markers(raw)
            assert not leaked, f"{step}: plain text in {path}: {named(leaked)[:10]}"
        for name in corpus.names:
            assert not markers_in_text(name), f"{step}: a file name holds a marker: {name}"
        found: set[Marker] = set()
        for what, plain in corpus.decrypted:
            here = find_markers(plain)
            leaked = {m for m in here if m[0] in gone}
            assert not leaked, f"{step}: {what} still holds {named(leaked)[:10]}"
            found |= here
        missing = markers_of(held) - found
        assert not missing, (
            f"{step}: the search does not see details the store holds: {named(missing)[:10]}"
        )
        count(corpus)
        return corpus

    def count(corpus: Corpus) -> None:
        figures["searches"] += 1
        figures["files_searched"] += corpus.files
        figures["raw_bytes_searched"] += corpus.raw_bytes
        figures["pages_decrypted"] += corpus.pages
        figures["decrypted_bytes_searched"] += corpus.decrypted_bytes
        figures["file_names_checked"] += len(corpus.names)

    # 1. Set up and import: every marker is in the store (decrypted), none anywhere in plain text.
    rows = [r for n in REAL for r in order_rows(n, BUYERS[n - 1], items=2 if n % 2 else 1)]
    report = seller.own / "orders.txt"
    report.write_bytes(report_bytes(rows))
    archive_pass = seller.own / "archive-pass.txt"
    archive_pass.write_text(ARCHIVE_PASSPHRASE + "\n")
    seller.run(T0, "init", "--business-name", "Test Shop")
    seller.run(T0, "archive-init", "--archive-passphrase-file", str(archive_pass))
    seller.run(
        T0,
        "campaign-add",
        "Thanks",
        "--skus",
        "SKU-*",
        "--headline",
        "Thank you!",
        "--generate-codes",
        "40",
    )
    seller.run(T0, "import", str(report))
    search("import", held=REAL)

    # 2. Printing and a subject-access export: the seller's files, outside the searched folders.
    for command, name in (
        ("slips", "slips.pdf"),
        ("picklist", "picklist.pdf"),
        ("cards", "cards.pdf"),
    ):
        seller.run(T0, command, "--out", str(seller.own / name), "--unshipped")
        pdf = seller.own / name
        assert pdf.read_bytes()[:5] == b"%PDF-" and stat.S_IMODE(pdf.stat().st_mode) == 0o600, name
    # The slips carry every buyer's address: what the searched folders must not hold a copy of.
    printed = {n for n, _ in find_markers(unpacked(seller.own / "slips.pdf", b"%PDF")[0])}
    assert printed == set(REAL), printed
    seller.run(
        T0,
        "export-subject",
        "--buyer-email",
        email(KEPT[0]),
        "--out",
        str(seller.own / "subject.json"),
    )
    subject = json.loads((seller.own / "subject.json").read_text())
    assert markers_in_text(json.dumps(subject, ensure_ascii=False)) == markers_of([KEPT[0]])
    search("printing", held=REAL)

    # 3. Backups: one in backups/ (follows the ledger), one of the seller's own outside.
    inside, outside = seller.data / "backups" / "manual.db", seller.own / "outside.db"
    seller.run(T0, "backup", "--out", str(inside))
    seller.run(T0, "backup", "--out", str(outside))
    assert stat.S_IMODE(outside.stat().st_mode) == 0o600
    search("backup", held=REAL)

    # 4. An import killed half-way: after the next start nothing of it is kept, not even in a
    #    free page or a WAL frame.
    killed_rows = [r for n in KILLED for r in order_rows(n, BUYERS[n % len(BUYERS)])]
    killed_report = seller.own / "killed.txt"
    killed_report.write_bytes(report_bytes(killed_rows))
    t = T0 + timedelta(minutes=10)
    died = seller.run(
        t,
        "import",
        str(killed_report),
        die_after_writes=-(-KILLED_ORDERS // CHUNK_ORDERS),
        expect=None,
    )
    assert died.returncode == -signal.SIGKILL, died.stderr[-2000:]
    on_disk = collect([seller.data], outside=seller.own)
    count(on_disk)
    killed_on_disk = {
        m for _, plain in on_disk.decrypted for m in find_markers(plain) if m[0] in KILLED
    }
    wal = seller.data / "store.db-wal"
    figures["killed_import_wal_bytes"] = wal.stat().st_size if wal.exists() else 0
    figures["killed_import_orders_on_disk_before_restart"] = len({n for n, _ in killed_on_disk})
    # The kill must matter: the unfinished transaction had reached the disk (WAL frames).
    assert killed_on_disk, "the killed import left nothing on disk: the kill proves nothing"
    gone |= set(KILLED)
    status = json.loads(seller.run(t, "status", "--json").stdout)
    assert status["orders"] == len(REAL), status  # the unfinished import left no order
    search("after the killed import", held=REAL)

    # 5. Erasure, by order id and by e-mail: gone from everything, backups/ included.
    #    The first runs while another connection is mid-read (a window's daily backup, another
    #    command): the WAL cannot be folded in, the old pages keep the details, and the seller is
    #    told so (exit 1, partly done) instead of "erased"; the next command finishes it.
    t = T0 + timedelta(hours=1)
    reader = connect(seller.data / "store.db", PASSPHRASE)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM contact_details").fetchone()
        blocked = seller.run(t, "erase", order_id(ERASED_BY_ID), expect=1)
        assert "Not finished on disk" in blocked.stderr, blocked.stderr
        reader.execute("COMMIT")
        seller.run(t, "erase", "--buyer-email", email(ERASED_BY_EMAIL))
    finally:
        reader.close()
    gone |= {ERASED_BY_ID, ERASED_BY_EMAIL}
    rest = [n for n in REAL if n not in gone]
    corpus = search("erasure", held=rest)
    manual = next(
        plain for what, plain in corpus.decrypted if what == "data/backups/manual.db (decrypted)"
    )
    assert {n for n, _ in find_markers(manual)} == set(rest), "backups/manual.db follows the ledger"

    # 6. Restoring the seller's backup made before the erasure brings none of it back; the file
    #    itself keeps what it holds until the seller deletes it (the product's promise).
    t = T0 + timedelta(hours=2)
    restored = seller.run(t, "restore", str(outside), "--replace", "--yes")
    assert "Restored" in restored.stderr, restored.stderr
    assert (seller.data / "backups" / "before-restore.db").exists()
    corpus = search("restore", held=rest)
    store_now = next(
        plain for what, plain in corpus.decrypted if what == "data/store.db (decrypted)"
    )
    assert {n for n, _ in find_markers(store_now)} == set(rest)
    assert {n for n, _ in find_markers(decrypt_file(outside)[0])} == set(REAL)

    # 7. Two orders ship; one is under a legal hold. Past their deadline the wipe takes both, and
    #    the held one's invoice details are in the archive, sealed (no marker in its bytes).
    t = T0 + timedelta(hours=3)
    seller.run(
        t, "hold", order_id(SHIPPED_HELD), "--reason", "tax audit 2027", "--until", "2027-12-31"
    )
    seller.run(
        t,
        "ship",
        order_id(SHIPPED),
        order_id(SHIPPED_HELD),
        "--date",
        "2026-11-28",
        "--carrier",
        "DHL",
        "--tracking",
        "JD0123",
    )
    deadlines = {
        o["order_id"]: datetime.fromisoformat(o["retention_deadline"].replace("Z", "+00:00"))
        for o in json.loads(seller.run(t, "orders", "--json").stdout)
    }
    shipped_due = max(deadlines[order_id(n)] for n in (SHIPPED, SHIPPED_HELD))
    first_open_due = min(deadlines[order_id(n)] for n in KEPT)
    assert shipped_due + timedelta(days=2) < first_open_due, deadlines
    t = shipped_due + timedelta(days=1)
    purged = json.loads(seller.run(t, "purge", "--json").stdout)
    assert sorted(purged["order_ids"]) == sorted(order_id(n) for n in (SHIPPED, SHIPPED_HELD)), (
        purged
    )
    gone |= {SHIPPED, SHIPPED_HELD}
    archived = seller.run(t, "archive-list").stdout
    assert order_id(SHIPPED_HELD) in archived, archived
    assert (seller.data / "archive" / "archive.db").stat().st_size > 0
    search("shipped and wiped", held=KEPT)

    # 8. The window: a buyer's name typed into the search, slips printed, a pick list saved.
    t += timedelta(hours=1)
    seller.window(
        t, f"{token(KEPT[1], 'buyer-name')} {BUYERS[KEPT[1] - 1][4]}", [order_id(n) for n in KEPT]
    )
    printed = {n for n, _ in find_markers(unpacked(seller.own / "gui-slips.pdf", b"%PDF")[0])}
    assert printed == set(KEPT), printed
    assert (seller.own / "gui-pick-list.pdf").read_bytes()[:5] == b"%PDF-"
    assert (seller.data / "logs").is_dir() and any((seller.data / "logs").iterdir())
    search("window", held=KEPT)

    # 9. Past every deadline: nothing of any buyer anywhere; restoring the seller's old backup
    #    now wipes it to the ledger as it is put in place.
    t = max(deadlines.values()) + timedelta(days=1)
    purged = json.loads(seller.run(t, "purge", "--json").stdout)
    assert sorted(purged["order_ids"]) == sorted(order_id(n) for n in KEPT), purged
    gone |= set(KEPT)
    search("every deadline past")
    seller.run(t, "restore", str(outside), "--replace", "--yes")
    status = json.loads(seller.run_real_cli(t, "status", "--json").stdout)
    assert status["orders"] == len(REAL) and status["with_contact_details"] == 0, status
    corpus = search("old backup restored after every deadline")
    assert any(what == "data/store.db (decrypted)" for what, _ in corpus.decrypted)
    assert {n for n, _ in find_markers(decrypt_file(outside)[0])} == set(REAL)  # the seller's file

    # On a new computer (no store yet) the backup's own deadlines apply as it is restored.
    new_pc = Seller(tmp_path / "new-pc", seller.temp, seller.home, seller.own, seller.outputs)
    roots.append(new_pc.data)
    new_pc.run(t, "restore", str(outside))
    corpus = search("old backup restored on a new computer")
    assert "new-pc/store.db (decrypted)" in {what for what, _ in corpus.decrypted}

    # No command or window said a marker on stdout or stderr.
    said = [
        (what, named(markers_in_text(text))[:5])
        for what, text in seller.outputs
        if markers_in_text(text)
    ]
    assert said == []

    figures["markers"] = len(markers_of(REAL)) + len(markers_of(KILLED))
    figures["orders"] = {
        "real": len(REAL),
        "killed_import": len(KILLED),
        "erased": 2,
        "shipped": 2,
        "kept_to_the_end": len(KEPT),
    }
    figures["commands"] = len(seller.outputs)
    print("no-PII search:", json.dumps(figures))
