"""The fault suite, part two: the machine says no. A full disk, a data folder the user may read but
not write, a store another process holds locked, a store file cut short or changed on disk.

Each case runs the real CLI in a child process (``tests/fault_env_child.py``) and checks what the
seller gets and what is left:

- a clear message on stderr and the documented exit code (2: nothing changed; 3: busy), never
  "Seller Desktop hit an unexpected problem" (exit 70, the crash report), and no contact detail
  in the message;
- nothing lost: once the cause is gone, the store opens with every order it held, no detail
  wiped or erased before comes back, and the step that failed works (or finishes at the next
  open, for the wipe);
- no stray file (a half-written backup, a temporary copy) in the data folder;
- a damaged store file, and everything in a folder the user may not write, is byte for byte what
  it was (SHA-256 of every file before and after).

A full disk is RLIMIT_FSIZE in the child (SIGXFSZ ignored, so the write fails with EFBIG as it
would with ENOSPC); the read-only folder is tried as uid 65534 when the tests run as root (root
writes anywhere) and as ourselves otherwise. ``tests/test_store_damage.py`` already covers
``status``/``orders`` on a damaged store and restoring over one; here the commands that write.

These tests have no long profile: they are deterministic, one run each. The kill suite's profiles
are in ``tests/test_fault_kills.py``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import fault_driver as fd
import pytest
from other_user import NOBODY, nobody_exists, shared_folder
from test_fault_kills import items_by_order, scan_files, with_contact

from seller_desktop.core.importers.report_import import import_file
from seller_desktop.core.session import open_store
from seller_desktop.paths import resolve_paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="rlimits, uids and flock: POSIX only")

CHILD = Path(__file__).with_name("fault_env_child.py")
BUG = "unexpected problem"
#: Strings of every contact detail the stores below hold (see fault_driver): none may be in a message.
CONTACT_MARKS = (fd.KEEP_MARK, fd.WIPE_MARK, fd.GONE_MARK, "example.invalid", "+49 30")
PAGE = 4096


# --- helpers --------------------------------------------------------------------------------------


def cli(
    work: Path,
    *args: str,
    fsize: int | None = None,
    user: int | None = None,
    at=fd.T0,
    data: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess:
    temp = work / "tmp"
    temp.mkdir(exist_ok=True)
    command = [sys.executable, str(CHILD), "--clock", at.isoformat()]
    if fsize is not None:
        command += ["--fsize", str(fsize)]
    if user is not None:
        command += ["--as-user", str(user)]
    command += ["--", "--data-dir", str(data or work / "data"), *args]
    env = dict(
        os.environ,
        SELLER_DESKTOP_PASSPHRASE=fd.PASSPHRASE,
        TMPDIR=str(temp),
        TMP=str(temp),
        TEMP=str(temp),
    )
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def told(result: subprocess.CompletedProcess, code: int, *words: str) -> str:
    """The CLI ended with ``code`` and a message holding ``words`` (any case), not a crash report,
    and no contact detail."""
    err = result.stderr
    assert BUG not in err and result.returncode != 70, err[-3000:]
    assert result.returncode == code, (result.returncode, err[-3000:])
    for word in words:
        assert word.lower() in err.lower(), (word, err[-3000:])
    for mark in CONTACT_MARKS:
        assert mark not in err and mark not in result.stdout, (
            f"a contact detail in the output: {mark}"
        )
    return err


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def copy_of(template: Path, work: Path) -> Path:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    return work


def orders_now(work: Path, at=fd.T0) -> tuple[dict[str, int], set[str]]:
    opened = open_store(resolve_paths(work / "data"), fd.PASSPHRASE, fd.clock(at))
    try:
        conn = opened.store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return items_by_order(conn), with_contact(conn)
    finally:
        opened.store.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, tuple[Path, dict]]:
    root = tmp_path_factory.mktemp("env-templates")
    return {
        "import": (root / "import", fd.build_import(root / "import", 2_000)),
        "wipe": (root / "wipe", fd.build_wipe(root / "wipe", 1_500)),
    }


# --- a full disk ----------------------------------------------------------------------------------


def test_a_full_disk_during_import_saves_nothing_of_it_and_loses_nothing(templates, tmp_path):
    template, spec = templates["import"]
    work = copy_of(template, tmp_path / "work")
    store_size = (work / "data" / "store.db").stat().st_size
    # The store may not grow, and its WAL not past the store's size: the report needs more.
    result = cli(work, "import", str(work / "outside" / "report.txt"), fsize=store_size)
    told(result, 2, "disk", "full", "nothing")
    scan_files(work, [fd.PASSPHRASE], spec["erased_phones"], spec["kept_phone"])
    items, contact = orders_now(work)
    assert set(items) == set(spec["before"]), "an import cut short by the disk left part of it"
    assert not contact & set(spec["erased"])
    # With room again, the same file imports whole.
    opened = open_store(resolve_paths(work / "data"), fd.PASSPHRASE, fd.clock(fd.T0))
    try:
        import_file(opened.store, work / "outside" / "report.txt", clock=fd.clock(fd.T0))
        assert set(items_by_order(opened.store.conn)) == set(spec["report"])
    finally:
        opened.store.close()


@pytest.mark.parametrize("where", ["backups", "outside"])
def test_a_full_disk_during_backup_leaves_no_half_copy(templates, tmp_path, where):
    template, spec = templates["import"]
    work = copy_of(template, tmp_path / "work")
    target = (work / "data" / "backups" if where == "backups" else work / "outside") / "manual.db"
    before = set(os.listdir(target.parent))
    store_size = (work / "data" / "store.db").stat().st_size
    result = cli(work, "backup", "--out", str(target), fsize=store_size // 2)
    told(result, 2, "disk", "full", str(target.parent))
    assert set(os.listdir(target.parent)) == before, "a half-written backup or temporary file left"
    scan_files(work, [fd.PASSPHRASE], spec["erased_phones"], spec["kept_phone"])
    items, _ = orders_now(work)
    assert set(items) == set(spec["before"])
    result = cli(work, "backup", "--out", str(target))  # and with room again it works
    told(result, 0)
    assert target.exists()


def test_a_full_disk_during_the_wipe_is_told_and_the_next_open_finishes_it(templates, tmp_path):
    template, spec = templates["wipe"]
    work = copy_of(template, tmp_path / "work")
    store_size = (work / "data" / "store.db").stat().st_size
    result = cli(work, "purge", fsize=store_size // 8, at=fd.T1)
    err = told(result, 2, "disk", "full")
    assert "retried" in err or "try again" in err.lower()
    with fd_connect(work) as conn:  # as the failure left it: whole batches only, none half
        marked = {
            row[0]
            for row in conn.execute(
                "SELECT order_id FROM orders WHERE contact_wiped_at IS NOT NULL"
            )
        }
        assert not conn.execute(
            "SELECT 1 FROM orders o JOIN contact_details c USING (order_id) "
            "WHERE o.contact_wiped_at IS NOT NULL"
        ).fetchall()
    assert set(spec["gone"]) <= marked
    items, contact = orders_now(work, fd.T1 + timedelta(seconds=1))  # room again: the open wipes
    assert contact == set(spec["kept"])
    assert set(items) == set(spec["kept"]) | set(spec["gone"]) | set(spec["due"])
    with sqlite3.connect(work / "data" / "archive" / "archive.db") as archive:
        entries = {row[0] for row in archive.execute("SELECT order_id FROM entries")}
    assert set(spec["archived"]) <= entries, "an order under the tax rule lost its archive entry"
    scan_files(work, [fd.PASSPHRASE], [fd.WIPE_MARK, fd.GONE_MARK], fd.KEEP_MARK)


class fd_connect:  # noqa: N801 - used like a function in `with fd_connect(...)`
    """The store as a failure left it, through a plain keyed connection (no open, no wipe)."""

    def __init__(self, work: Path) -> None:
        from seller_desktop.core.store.connection import connect

        self.conn = connect(work / "data" / "store.db", fd.PASSPHRASE)

    def __enter__(self):
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


# --- a folder the user may read but not write ----------------------------------------------------


@pytest.fixture
def shared_base() -> Iterator[Path]:
    """A folder under /tmp that another user can reach (pytest's own is owner-only)."""
    with shared_folder("sd-ro-") as base:
        yield base


def _read_only(folder: Path, owner: int | None) -> None:
    """Every file and folder under ``folder`` (and itself) without write rights for anyone,
    owned by ``owner`` (None: left as it is)."""
    for path in sorted(folder.rglob("*"), reverse=True) + [folder]:
        if owner is not None:
            os.chown(path, owner, owner)
        os.chmod(path, 0o555 if path.is_dir() else 0o444)


def _readable_by_others(folder: Path) -> None:
    """The folder stays its owner's (root, running the tests) but others may read it."""
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


@pytest.mark.skipif(
    os.geteuid() == 0 and not nobody_exists(),
    reason="as root, needs a user with uid 65534 to play the user without rights",
)
@pytest.mark.parametrize("whose", ["own-read-only", "another-users"])
def test_a_data_folder_the_user_cannot_write_is_told_and_left_untouched(
    templates, shared_base, whose
):
    """``own-read-only``: the user's own folder with write rights taken away (read-only media, a
    folder locked on purpose). ``another-users``: set up by another account, readable by all
    (only as root, which can give the folder away; otherwise skipped)."""
    template, spec = templates["import"]
    work = copy_of(template, shared_base / "work")
    root = os.geteuid() == 0
    if whose == "another-users" and not root:
        pytest.skip("needs root to play two users")
    user = NOBODY if root else None  # root writes anywhere: be someone else
    (work / "tmp").mkdir()
    os.chmod(work / "tmp", 0o1777)
    _readable_by_others(work / "outside")
    if whose == "own-read-only":
        _read_only(work / "data", user)
    else:
        _readable_by_others(work / "data")
    before = hashes(work / "data")
    result = cli(work, "import", str(work / "outside" / "report.txt"), user=user)
    told(result, 2, "cannot write", str(work / "data"), "nothing was changed")
    status = cli(work, "status", user=user)
    if status.returncode:  # reading may work; if not, it is said as clearly
        told(status, 2, "cannot write")
    else:
        told(status, 0)
    assert hashes(work / "data") == before, "a file in the folder the user cannot write changed"
    modes = {
        p: stat.S_IMODE(p.stat().st_mode) for p in [work / "data", *(work / "data").rglob("*")]
    }
    assert not any(mode & 0o222 for mode in modes.values()) or whose == "another-users"
    for path in modes:  # the seller sets the rights right again
        os.chown(path, os.getuid(), os.getgid())
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    items, contact = orders_now(work)
    assert set(items) == set(spec["before"]) and not contact & set(spec["erased"])


# --- a store another process holds ---------------------------------------------------------------

HOLDER = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = '" + sys.argv[2].replace("'", "''") + "'")
if sys.argv[3] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("SELECT count(*) FROM orders").fetchone()
else:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE settings SET value = value WHERE rowid = 1")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


@pytest.fixture
def holder():
    """Another process holding the store: ``write`` (a write transaction open, as a long import
    in the other window) or ``exclusive`` (exclusive locking mode: not even reads get in)."""
    children: list[subprocess.Popen] = []

    def hold(store: Path, mode: str) -> subprocess.Popen:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(store), fd.PASSPHRASE, mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        children.append(child)
        assert child.stdout.readline().strip() == "holding"
        return child

    yield hold
    for child in children:
        if child.poll() is None:
            child.communicate("\n", timeout=30)


@pytest.mark.parametrize("mode", ["write", "exclusive"])
def test_a_store_held_by_another_process_is_busy_not_a_crash(templates, tmp_path, holder, mode):
    template, spec = templates["import"]
    work = copy_of(template, tmp_path / "work")
    store = work / "data" / "store.db"
    child = holder(store, mode)
    result = cli(work, "import", str(work / "outside" / "report.txt"))
    told(result, 3, "busy", "try again")
    status = cli(work, "status")
    if (
        status.returncode
    ):  # a write transaction elsewhere does not stop reading (WAL); exclusive does
        told(status, 3, "busy")
    else:
        told(status, 0)
        assert mode == "write", "status read a store held in exclusive mode"
    child.communicate("\n", timeout=30)
    items, contact = orders_now(work)
    assert set(items) == set(spec["before"]) and not contact & set(spec["erased"])
    told(cli(work, "import", str(work / "outside" / "report.txt")), 0)  # free again: it works
    items, _ = orders_now(work)
    assert set(items) == set(spec["report"])


# --- a store file cut short or changed on disk ---------------------------------------------------


def _cut_short(store: Path) -> None:
    with open(store, "r+b") as fh:
        fh.truncate(store.stat().st_size // 2 // PAGE * PAGE + 100)


def _bits_flipped(store: Path) -> None:
    """One bit changed in every page but the first (the schema stays readable, so the store
    opens and the damage is met wherever a command reads)."""
    data = bytearray(store.read_bytes())
    for offset in range(PAGE + 1234, len(data), PAGE):
        data[offset] ^= 0x10
    store.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_cut_short, _bits_flipped], ids=["cut-short", "bit-flipped"])
@pytest.mark.parametrize("command", ["import", "backup", "purge", "erase"])
def test_commands_that_write_never_write_to_a_damaged_store(templates, tmp_path, damage, command):
    template, spec = templates["import"]
    work = copy_of(template, tmp_path / "work")
    store = work / "data" / "store.db"
    damage(store)
    before = hashes(work / "data")
    args = {
        "import": ["import", str(work / "outside" / "report.txt")],
        "backup": ["backup", "--out", str(work / "data" / "backups" / "manual.db")],
        "purge": ["purge"],
        "erase": ["erase", spec["before"][-1]],
    }[command]
    told(cli(work, *args), 2, "damaged", "backup")
    assert hashes(work / "data") == before, "the damaged store, or a file beside it, was changed"
