"""One GUI per store: a second start finds the first, asks it to come forward, and exits."""

from __future__ import annotations

import os
import socket as pysocket

import pytest
from PySide6.QtNetwork import QLocalServer

from seller_desktop.ui.single_instance import SingleInstance, server_name_for


@pytest.fixture
def name(tmp_path):
    return server_name_for(tmp_path / "data")


def test_name_is_stable_path_free_and_per_folder(tmp_path):
    a = server_name_for(tmp_path / "Jane Doe" / "data")
    assert a == server_name_for(tmp_path / "Jane Doe" / "data")
    assert a != server_name_for(tmp_path / "other")
    assert "Jane" not in a and str(tmp_path) not in a and "/" not in a


def test_second_instance_activates_the_first(qtbot, name):
    first = SingleInstance(name)
    assert not first.notify_running()  # nobody there yet
    assert first.listen()
    try:
        second = SingleInstance(name)
        with qtbot.waitSignal(first.activate_requested, timeout=3000):
            assert second.notify_running() is True
    finally:
        first.close()
    assert not SingleInstance(name).notify_running()  # gone with the first


@pytest.mark.skipif(os.name != "posix", reason="stale socket files exist on POSIX only")
def test_stale_name_after_a_crash_is_taken_over(qtbot, name):
    # Where Qt would put the socket: find out with a throwaway server, then leave a dead socket
    # file there, as a crashed instance would.
    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()
    dead = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    dead.bind(path)
    dead.close()
    assert os.path.exists(path)

    first = SingleInstance(name)
    assert not first.notify_running()
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=3000):
            assert SingleInstance(name).notify_running()
    finally:
        first.close()
