"""The seller changes the planned package before the rates are asked for: another box, the
weight on the scale, the size measured (``labels.packages.changed``; CLI ``rates --box
--weight --dims``), and Amazon is asked for exactly that package."""

from __future__ import annotations

from decimal import Decimal

import pytest
from labels_buy_helpers import ORDERS, cli_env, fake_server

from seller_desktop.core.base.errors import BadInput
from seller_desktop.core.labels.boxes import Box, add_box
from seller_desktop.core.labels.packages import PackageChange, PlannedPackage, changed


@pytest.fixture
def fake():
    yield from fake_server()


@pytest.fixture
def env(tmp_path, monkeypatch, capsys, fake, own_temp):
    return cli_env(tmp_path, monkeypatch, capsys, fake)


PLAN = PlannedPackage("Small", 200, 150, 100, 800, Decimal("9.90"), "GBP", ())


def test_another_box_takes_its_size_and_its_weight_instead_of_the_planned_ones(store):
    add_box(store, Box("Small", 200, 150, 100, 100))
    add_box(store, Box("Large", 400, 300, 200, 350))
    bigger = changed(store, PLAN, PackageChange(box="Large"))
    assert (bigger.box, bigger.length_mm, bigger.width_mm, bigger.height_mm) == (
        "Large",
        400,
        300,
        200,
    )
    assert bigger.weight_g == 800 - 100 + 350
    weighed = changed(store, PLAN, PackageChange(weight_g=1234, dims=(90, 310, 120)))
    assert (weighed.weight_g, weighed.length_mm, weighed.width_mm, weighed.height_mm) == (
        1234,
        310,
        120,
        90,
    )
    assert changed(store, PLAN, PackageChange()) == PLAN
    with pytest.raises(BadInput, match="no box named Huge"):
        changed(store, PLAN, PackageChange(box="Huge"))


def _package_sent(fake):
    rates = [s for s in fake.api_requests() if s.path == "/shipping/v2/shipments/rates"]
    return rates[-1].body["packages"][0]


def test_rates_are_asked_for_the_changed_package(env, fake):
    code, _, err = env("rates", ORDERS[0])
    assert code == 0, err
    planned = _package_sent(fake)
    code, _, err = env("rates", ORDERS[0], "--weight", "1500", "--dims", "30x20x10.5")
    assert code == 0, err
    sent = _package_sent(fake)
    assert sent["weight"]["value"] != planned["weight"]["value"]
    assert float(sent["weight"]["value"]) in (1500, 1.5)  # grams or kilograms, as sent
    dims = sent["dimensions"]
    assert sorted(float(dims[k]) for k in ("length", "width", "height")) == [10.5, 20.0, 30.0]


def test_a_bad_size_is_refused_before_anything_is_sent(env, fake):
    before = len(fake.api_requests())
    code, _, err = env("rates", ORDERS[0], "--dims", "30 by 20")
    assert code == 2 and "length x width x height" in err
    assert len(fake.api_requests()) == before


def test_a_label_missing_from_the_store_is_fetched_again_from_amazon(env, fake, tmp_path):
    """Reprint: the documents of a bought label come from the store; where they are missing
    (never stored, say), from Amazon's getShipmentDocuments for the same shipment."""
    from labels_buy_helpers import RATE, opened

    from seller_desktop.core.labels.documents import documents

    assert env("rates", ORDERS[0])[0] == 0
    assert env("buy-label", ORDERS[0], "--rate", RATE)[0] == 0
    with opened(tmp_path, env.clock) as store:
        with store.transaction() as conn:
            conn.execute("DELETE FROM label_documents")
    before = [s.path for s in fake.api_requests()]
    code, _, err = env("labels", "--out", str(tmp_path / "again.pdf"), ORDERS[0])
    assert code == 0, err
    fetched = [s for s in fake.api_requests()[len(before) :] if s.path.endswith("/documents")]
    assert len(fetched) == 1 and fake.shipping.purchases == 1
    assert (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF")
    with opened(tmp_path, env.clock) as store:
        assert len(documents(store, ORDERS[0])) == 1  # kept again, for the next reprint
