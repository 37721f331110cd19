"""The last rates fetched for an order (schema 15's ``label_quotes``), kept between ``rates``
and ``buy-label``: the request token while it holds, and the carrier, service and price a
re-rate must find again. Not personal data (Amazon takes the ship-to from the order)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from seller_desktop.core.amazon.shipping_mapping import DocumentSpec, Rate, RateQuote

if TYPE_CHECKING:
    from seller_desktop.core.store.store import Store


def save_quote(store: Store, order_id: str, quote: RateQuote) -> None:
    rates = [{**asdict(r), "amount": str(r.amount)} for r in quote.rates]
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO label_quotes (order_id, request_token, fetched_at, rates) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET request_token = "
            "excluded.request_token, fetched_at = excluded.fetched_at, rates = excluded.rates",
            (order_id, quote.request_token, quote.fetched_at.isoformat(), json.dumps(rates)),
        )


def load_quote(store: Store, order_id: str) -> RateQuote | None:
    row = store.conn.execute(
        "SELECT request_token, fetched_at, rates FROM label_quotes WHERE order_id = ?",
        (order_id,),
    ).fetchone()
    if row is None:
        return None
    rates = tuple(_rate(r) for r in json.loads(row[2]))
    return RateQuote(row[0], rates, datetime.fromisoformat(row[1]))


def _rate(data: dict[str, Any]) -> Rate:
    specs = tuple(DocumentSpec(**s) for s in data.pop("document_specs"))
    amount = Decimal(data.pop("amount"))
    return Rate(**data, amount=amount, document_specs=specs)


def spec_json(spec: DocumentSpec) -> str:
    return json.dumps(asdict(spec))


def spec_of(text: str) -> DocumentSpec:
    return DocumentSpec(**json.loads(text))
