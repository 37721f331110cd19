"""Shared widget helpers: reading an image file the seller picked."""

from __future__ import annotations

from seller_desktop.ui.widgets import read_image_file


def test_read_image_file_refuses_big_and_missing_files(qtbot, tmp_path):
    small = tmp_path / "logo.png"
    small.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 100)
    assert read_image_file(small, 1_000_000) == (small.read_bytes(), "")
    big = tmp_path / "big.png"
    big.write_bytes(b"x" * 2_000_001)
    data, problem = read_image_file(big, 1_000_000)
    assert data is None and "under 1 MB" in problem
    data, problem = read_image_file(tmp_path / "missing.png", 1_000_000)
    assert data is None and "could not be read" in problem
