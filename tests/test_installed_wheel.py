"""The built wheel carries resources/ inside the package, found without the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_resources_and_finds_them_installed(tmp_path):
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp_path / "dist").glob("seller_desktop-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "seller_desktop/resources/fonts/DejaVuSans.ttf" in names
    assert "seller_desktop/resources/icons/app.svg" in names
    assert "seller_desktop/resources/fonts/LICENSE-DejaVu.txt" in names
    assert not any(n.startswith("tests/") for n in names)

    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    code = (
        "import seller_desktop.resources as r, seller_desktop\n"
        "print(seller_desktop.__file__)\n"
        "print(r.resource_path('fonts', 'DejaVuSans.ttf'))\n"
        "print(r.resource_path('icons', 'app.svg'))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    package, font, icon = run.stdout.splitlines()
    for found in (package, font, icon):
        assert found.startswith(str(target)), found
