"""Output files (``--out``, save dialogs) are never written through a link, are owner-only, replace
an existing file whole, and leave no temporary file behind (core/base/private_files.py)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from seller_desktop.core.base import private_files
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.base.private_files import (
    TEMP_PREFIX,
    check_output_target,
    private_output,
    write_private,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks and modes as on POSIX")
VICTIM = b"the seller's other file\n\x00\xff must survive byte for byte\n"


@pytest.fixture
def cli(cli_store):
    return cli_store(["de", "fr"])


def _ids(cli) -> list[str]:
    return [o["order_id"] for o in json.loads(cli("orders", "--json", "--with-contact")[1])]


def _email(cli) -> str:
    orders = json.loads(cli("orders", "--json", "--with-contact")[1])
    return orders[0]["contact"]["buyer_email"]


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


def _out_command(cli, name: str, out: Path) -> tuple[int, str, str]:
    """Run one --out command with what it needs; the orders are shipped first where that matters."""
    if name == "slips":
        return cli("slips", "--out", str(out), "--unshipped")
    if name == "picklist":
        return cli("picklist", "--out", str(out), "--unshipped")
    if name == "cards":
        assert cli("campaign-add", "Thanks", "--default", "--headline", "Thank you")[0] == 0
        return cli("cards", "--out", str(out), "--unshipped")
    if name == "export-subject":
        return cli("export-subject", "--buyer-email", _email(cli), "--out", str(out))
    if name == "export-subject-pdf":
        return cli("export-subject", "--pdf", "--buyer-email", _email(cli), "--out", str(out))
    if name == "export-confirmations":
        assert (
            cli(
                "ship",
                *_ids(cli),
                "--date",
                "2026-11-28",
                "--carrier",
                "DHL",
                "--tracking",
                "JD0001",
            )[0]
            == 0
        )
        return cli("export-confirmations", "--out", str(out))
    if name == "archive-open":  # refused before the store (or the archive) is even opened
        return cli("archive-open", "DE-1", "--out", str(out))
    raise AssertionError(name)


OUT_COMMANDS = [
    "slips",
    "picklist",
    "cards",
    "export-subject",
    "export-subject-pdf",
    "export-confirmations",
    "archive-open",
]


@posix_only
@pytest.mark.parametrize("name", OUT_COMMANDS)
def test_a_link_at_the_target_is_refused_and_its_file_is_unchanged(cli, tmp_path, name):
    folder = tmp_path / "out"
    folder.mkdir()
    victim = tmp_path / "victim.db"
    victim.write_bytes(VICTIM)
    victim.chmod(0o644)
    before = victim.stat()
    link = folder / "result.out"
    link.symlink_to(victim)

    code, _, err = _out_command(cli, name, link)

    assert code == 2
    assert (
        "result.out is a link to another file; Seller Desktop does not write through links. "
        "Choose another file name." in err
    )
    assert victim.read_bytes() == VICTIM
    after = victim.stat()
    assert (after.st_mode, after.st_size, after.st_mtime_ns) == (
        before.st_mode,
        before.st_size,
        before.st_mtime_ns,
    )
    assert link.is_symlink() and os.readlink(link) == str(victim)
    assert _temps(folder) == [] and sorted(p.name for p in folder.iterdir()) == ["result.out"]


@posix_only
def test_a_refused_link_changes_nothing_in_the_store(cli, tmp_path):
    """The early check runs before anything is selected, marked or confirmed."""
    ids = _ids(cli)
    assert cli("ship", *ids, "--date", "2026-11-28", "--carrier", "UPS")[0] == 0
    link = tmp_path / "confirm.txt"
    link.symlink_to(tmp_path / "victim.txt")  # a dangling link: nothing to truncate, still refused
    code, _, err = cli("export-confirmations", "--out", str(link))
    assert code == 2 and "is a link" in err and not (tmp_path / "victim.txt").exists()
    out = tmp_path / "real.txt"
    assert cli("export-confirmations", "--out", str(out))[0] == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) > 1  # still there to export
    code, _, err = cli("slips", "--out", str(link), "--unshipped", "--mark-printed")
    assert code == 2 and "is a link" in err


@posix_only
@pytest.mark.parametrize("name", ["slips", "export-subject", "export-confirmations"])
def test_a_normal_write_is_owner_only_even_with_an_open_umask(cli, tmp_path, name):
    out = tmp_path / "result.out"
    old = os.umask(0)
    try:
        code, _, err = _out_command(cli, name, out)
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and out.stat().st_size > 0
    assert _temps(tmp_path) == []


@posix_only
def test_an_existing_regular_file_is_replaced_whole_and_tightened(cli, tmp_path):
    out = tmp_path / "slips.pdf"
    out.write_bytes(b"x" * 10_000_000)  # longer than the new PDF: nothing of it may remain
    out.chmod(0o644)
    other_name = tmp_path / "hard-link-to-old"
    os.link(out, other_name)
    code, _, err = _out_command(cli, "slips", out)
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) < 10_000_000
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert other_name.read_bytes() == b"x" * 10_000_000  # a hard link is not written through
    assert _temps(tmp_path) == []


def test_a_folder_at_the_target_is_refused_clearly(cli, tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    code, _, err = _out_command(cli, "picklist", folder)
    assert code == 2 and "Documents is a folder, not a file." in err
    assert list(folder.iterdir()) == [] and _temps(tmp_path) == []


def test_a_missing_folder_is_worded_and_leaves_nothing(cli, tmp_path):
    code, _, err = _out_command(cli, "export-subject", tmp_path / "missing" / "x.json")
    assert code == 2 and "Cannot write x.json" in err and "Nothing was written." in err
    assert not (tmp_path / "missing").exists()


# --- write_private and private_output directly -------------------------------------------------


def test_write_private_writes_replaces_and_names_its_temp_without_the_target(tmp_path, monkeypatch):
    seen: list[Path] = []
    real_open = os.open

    def spy(path, flags, mode=0o777, **kw):
        seen.append(Path(path))
        return real_open(path, flags, mode, **kw)

    monkeypatch.setattr(private_files.os, "open", spy)
    target = tmp_path / "slips for Jane Baker.pdf"
    write_private(target, b"one")
    write_private(target, b"two")
    assert target.read_bytes() == b"two"
    temps = [p for p in seen if p.name.startswith(TEMP_PREFIX)]
    assert len(temps) == 2 and temps[0] != temps[1]
    assert all(p.parent == tmp_path and "Jane" not in p.name for p in temps)
    assert _temps(tmp_path) == []
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_target_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(VICTIM)

    def full(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(private_files.os, "write", full)
    with pytest.raises(OSError, match="No space"):
        write_private(target, b"new content")
    assert target.read_bytes() == VICTIM and _temps(tmp_path) == []


@posix_only
def test_a_link_put_there_while_writing_is_refused_at_rename_time(tmp_path, monkeypatch):
    victim = tmp_path / "victim"
    victim.write_bytes(VICTIM)
    target = tmp_path / "out.pdf"
    real = private_files._write_all

    def then_link(fd, data):
        real(fd, data)
        target.symlink_to(victim)

    monkeypatch.setattr(private_files, "_write_all", then_link)
    with pytest.raises(BadInput, match="out.pdf is a link to another file"):
        write_private(target, b"new content")
    assert victim.read_bytes() == VICTIM and target.is_symlink() and _temps(tmp_path) == []


@posix_only
def test_special_files_are_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match="pipe is not an ordinary file"):
        write_private(fifo, b"x")
    check_output_target(tmp_path / "new.pdf")  # a missing target is fine


@posix_only
def test_never_overwrite_mode(tmp_path):
    target = tmp_path / "record.json"
    write_private(target, b"{}", replace=False)
    assert target.read_bytes() == b"{}" and stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_private(target, b"[]", replace=False)
    assert target.read_bytes() == b"{}"
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(BadInput, match="is a link"):
        write_private(link, b"[]", replace=False)
    assert not (tmp_path / "nowhere.json").exists()


@posix_only
def test_private_output_yields_a_fresh_name_and_renames_on_success(tmp_path):
    target = tmp_path / "export for Jane.db"
    target.write_bytes(VICTIM)
    with private_output(target) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(TEMP_PREFIX)
        assert "Jane" not in temp.name and not os.path.lexists(temp)
        conn = sqlite3.connect(":memory:")
        conn.execute(
            "ATTACH DATABASE ? AS export", (str(temp),)
        )  # creates the file, like SQLCipher
        conn.execute("CREATE TABLE export.t (x)")
        conn.execute("INSERT INTO export.t VALUES (42)")
        conn.commit()
        conn.execute("DETACH DATABASE export")
        conn.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with sqlite3.connect(target) as check:
        assert check.execute("SELECT x FROM t").fetchall() == [(42,)]
    assert _temps(tmp_path) == []


@posix_only
def test_private_output_create_makes_an_empty_owner_only_file_sqlite_accepts(tmp_path):
    target = tmp_path / "export.db"
    with private_output(target, create=True) as temp:
        info = temp.lstat()
        assert stat.S_ISREG(info.st_mode) and info.st_size == 0
        assert stat.S_IMODE(info.st_mode) == 0o600
        conn = sqlite3.connect(temp)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and _temps(tmp_path) == []


def test_private_output_removes_the_temp_and_its_side_files_on_failure(tmp_path):
    target = tmp_path / "export.db"
    target.write_bytes(VICTIM)
    with pytest.raises(RuntimeError), private_output(target) as temp:
        temp.write_bytes(b"half")
        Path(str(temp) + "-journal").write_bytes(b"journal")
        raise RuntimeError("export failed")
    assert target.read_bytes() == VICTIM and list(tmp_path.iterdir()) == [target]


@posix_only
def test_private_output_refuses_links_before_and_after(tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(VICTIM)
    link = tmp_path / "link.db"
    link.symlink_to(victim)
    with pytest.raises(BadInput, match="link.db is a link"), private_output(link):
        raise AssertionError("the body must not run")

    target = tmp_path / "export.db"
    with pytest.raises(BadInput, match="export.db is a link"), private_output(target) as temp:
        temp.write_bytes(b"data")
        target.symlink_to(victim)  # appears while the export runs
    assert victim.read_bytes() == VICTIM and _temps(tmp_path) == []

    target.unlink()
    with (
        pytest.raises(BadInput, match="could not be written safely"),
        private_output(target) as temp,
    ):
        temp.symlink_to(victim)  # someone won the (unguessable) race for the name
    assert victim.read_bytes() == VICTIM and not os.path.lexists(target) and _temps(tmp_path) == []
