"""What every CLI command shares: the context (paths, passphrase, clock), output helpers and the
command registry. Conventions: see the package docstring."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.clock import Clock
from ..core.errors import BadInput
from ..core.store import OpenedStore, open_store
from ..paths import AppPaths

PASSPHRASE_ENV = "SELLER_DESKTOP_PASSPHRASE"

@dataclass
class Context:
    """What a command gets: resolved paths, a way to the passphrase, the clock."""

    paths: AppPaths
    passphrase_file: Path | None
    clock: Clock

    def passphrase(self, *, confirm: bool = False) -> str:
        from_env = os.environ.get(PASSPHRASE_ENV)
        if from_env:
            return from_env
        if self.passphrase_file is not None:
            try:
                text = self.passphrase_file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                raise BadInput(f"Cannot read the passphrase file {self.passphrase_file.name}.") from None
            return text.splitlines()[0] if text else ""
        if not sys.stdin.isatty():
            raise BadInput(
                f"No passphrase given. Set {PASSPHRASE_ENV}, use --passphrase-file FILE, "
                "or run the command in a terminal to be asked."
            )
        first = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != first:
            raise BadInput("The two passphrases differ. Nothing was changed.")
        return first

    def open(self, passphrase: str | None = None) -> OpenedStore:
        opened = open_store(self.paths, passphrase or self.passphrase(), self.clock)
        if opened.wipe_report.count:
            say(f"Removed the contact details of {opened.wipe_report.count} orders past their "
                "retention deadline.")
        if opened.wipe_report.failed:
            say(f"Warning: the privacy wipe did not finish ({opened.wipe_report.failed}).")
        return opened


def say(message: str) -> None:
    print(message, file=sys.stderr)


def emit_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


Command = Callable[[Context, argparse.Namespace], int]
COMMANDS: dict[str, tuple[Command, Callable[[argparse.ArgumentParser], None], str]] = {}


def command(name: str, help_text: str, arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None):
    def register(func: Command) -> Command:
        COMMANDS[name] = (func, arguments, help_text)
        return func
    return register
