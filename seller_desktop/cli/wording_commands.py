"""``check-wording``: an insert card's text checked against Amazon's review and communication
rules (``core.wording``), from a file or standard input; no store, no passphrase.

Exit codes: 0 no errors (warnings are printed but never change the code); 1 errors found;
2 unreadable input (a missing file, text that is not UTF-8).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from seller_desktop.cli.context import Context, command, emit_json
from seller_desktop.core.base.errors import BadInput


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    parser.add_argument("--lang", metavar="LANG", help="en, de, fr, es or it (default: all five)")
    parser.add_argument("--json", action="store_true", help="the findings as one JSON list")


def _read(name: str) -> str:
    """The text to check; BadInput (exit 2) saying what to do when it cannot be read."""
    if name == "-":
        data = sys.stdin.buffer.read()
        shown = "Standard input"
    else:
        path = Path(name)
        shown = path.name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise BadInput(
                f"{shown} does not exist. Give the card text's file, or - to read standard input."
            ) from None
        except IsADirectoryError:
            raise BadInput(
                f"{shown} is a folder. Give the card text's file, or - to read standard input."
            ) from None
        except OSError as err:
            raise BadInput(f"Cannot read {shown}: {err.strerror}.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\0"
    if "\0" in text:
        raise BadInput(
            f"{shown} is not UTF-8 text. Save the card text as plain UTF-8 text and try again."
        )
    return text


@command("check-wording", "check an insert card's text against Amazon's review rules", _arguments)
def cmd_check_wording(ctx: Context, args: argparse.Namespace) -> int:
    from seller_desktop.core.wording import RULES, check_wording

    text = _read(args.file)
    findings = check_wording(text, args.lang)
    if args.json:
        emit_json(
            [
                {
                    "rule": f.rule,
                    "severity": f.severity,
                    "start": f.start,
                    "end": f.end,
                    "text": text[f.start : f.end],
                    "suggestion": f.suggestion,
                    "policy": f.policy,
                }
                for f in findings
            ]
        )
    else:
        for f in findings:
            words = " ".join(text[f.start : f.end].split())
            print(f"{f.severity}\t{f.rule}\t{f.start}-{f.end}\t{words}\t{RULES[f.rule].title}")
            print(f"\tsay instead: {f.suggestion}")
            print(f"\tpolicy: {f.policy}")
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    print(f"{errors} error(s), {warnings} warning(s).", file=sys.stderr)
    return 1 if errors else 0
