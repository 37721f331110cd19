"""What every CLI command shares: the context (paths, passphrase, clock), output helpers and the
command registry. Conventions: see the package docstring."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from seller_desktop.core.base.clock import Clock
from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.session import OpenedStore, open_store
from seller_desktop.paths import AppPaths

PASSPHRASE_ENV = "SELLER_DESKTOP_PASSPHRASE"


@dataclass
class Context:
    """What a command gets: resolved paths, a way to the passphrase, the clock."""

    paths: AppPaths
    passphrase_file: Path | None
    clock: Clock

    def passphrase(self, *, confirm: bool = False) -> str:
        return read_secret(
            PASSPHRASE_ENV, self.passphrase_file, "--passphrase-file", "passphrase", confirm=confirm
        )

    def open(self, passphrase: str | None = None) -> OpenedStore:
        opened = open_store(self.paths, passphrase or self.passphrase(), self.clock)
        if opened.wipe_report.count:
            say(
                f"Removed the contact details of {opened.wipe_report.count} orders past their "
                "retention deadline."
            )
        if opened.wipe_report.failed:
            say(f"Warning: the privacy wipe did not finish ({opened.wipe_report.failed}).")
        for note in opened.label_notes:
            say(str(note))
        return opened


def read_secret(
    env: str, file: Path | None, file_flag: str, label: str, *, confirm: bool = False
) -> str:
    """A passphrase from the environment, else the first line of a file, else a hidden prompt."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise BadInput(f"Cannot read the {label} file {file.name}.") from None
        return text.splitlines()[0] if text else ""
    if not sys.stdin.isatty():
        raise BadInput(
            f"No {label} given. Set {env}, use {file_flag} FILE, "
            "or run the command in a terminal to be asked."
        )
    first = getpass.getpass(f"{label.capitalize()}: ")
    if confirm and getpass.getpass(f"{label.capitalize()} again: ") != first:
        raise BadInput(f"The two {label}s differ. Nothing was changed.")
    return first


def write_seller_file(
    path: Path, data: bytes, *, nothing_done: str = "Nothing was written.", replace: bool = True
) -> None:
    """The seller's output file (it may hold buyers' data): owner-only, never written through a
    link at ``path`` (``core.private_files``), errors worded for people. ``replace=False`` never
    overwrites an existing file."""
    from seller_desktop.core.base.private_files import write_private

    after = f" {nothing_done}" if nothing_done else ""
    try:
        write_private(path, data, replace=replace)
    except BadInput as err:  # a link, a folder: already worded; say what did not happen too
        raise BadInput(f"{err}{after}") from None
    except FileExistsError:
        raise BadInput(f"{path.name} already exists; choose a new file.{after}") from None
    except OSError as err:
        raise BadInput(f"Cannot write {path.name}: {err.strerror}.{after}") from None


def check_out_file(path: Path) -> None:
    """Refuse an ``--out`` that is a link, a folder or a special file before any work is done
    (before the passphrase is asked for); ``write_seller_file`` checks again when it writes."""
    from seller_desktop.core.base.private_files import check_output_target

    check_output_target(path)


def say(message: str) -> None:
    print(message, file=sys.stderr)


def emit_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


Command = Callable[[Context, argparse.Namespace], int]
COMMANDS: dict[str, tuple[Command, Callable[[argparse.ArgumentParser], None], str]] = {}


def command(
    name: str, help_text: str, arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None
):
    def register(func: Command) -> Command:
        COMMANDS[name] = (func, arguments, help_text)
        return func

    return register
