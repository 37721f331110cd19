"""Schema 11: the Amazon connection — accounts, where each sync stopped, confirmations by API.

``amazon_accounts`` holds one self-authorized Selling Partner API app per region (na, eu, fe): the
marketplaces it covers, the Login with Amazon client id, client secret and refresh token. They live
here, inside the encrypted store, and nowhere else: not in settings files, logs or messages. The
access token they buy is kept in memory only. ``api_url`` / ``lwa_url`` are NULL for Amazon's own
hosts and set only to point the app at a test server.

``amazon_sync`` is each region's sync state: ``watermark`` is the instant up to which Amazon said
the last complete sync covered every change (the next one asks from there, less an overlap);
``resume_from`` / ``resume_token`` say where a sync that stopped part way left off, so the next
one continues instead of starting again; the last run's time, summary, error, and whether contact
details came back (Amazon's restricted role).

A shipment now says how Amazon hears of it (``confirm_via``): ``file`` (the confirmation upload
file, as before: ``confirmed_at`` set when exported), ``api`` (confirmShipment, queued on the
worker: ``confirmed_at`` set on Amazon's 204, ``api_error`` and ``api_next_at`` while it fails),
or ``elsewhere`` (the seller confirmed it in Seller Central: never sent, never exported).
"""

DESCRIPTION = "Amazon accounts, sync state and confirmations through the API"

SQL = """
CREATE TABLE amazon_accounts (
    region         TEXT PRIMARY KEY CHECK (region IN ('na', 'eu', 'fe')),
    marketplaces   TEXT NOT NULL,
    client_id      TEXT NOT NULL,
    client_secret  TEXT NOT NULL,
    refresh_token  TEXT NOT NULL,
    api_url        TEXT,
    lwa_url        TEXT,
    created_at     TEXT NOT NULL
);
CREATE TABLE amazon_sync (
    region          TEXT PRIMARY KEY REFERENCES amazon_accounts (region) ON DELETE CASCADE,
    watermark       TEXT,
    resume_from     TEXT,
    resume_token    TEXT,
    last_run_at     TEXT,
    last_summary    TEXT,
    last_error      TEXT,
    contact_role    INTEGER
);
ALTER TABLE shipments ADD COLUMN confirm_via TEXT NOT NULL DEFAULT 'file'
    CHECK (confirm_via IN ('file', 'api', 'elsewhere'));
ALTER TABLE shipments ADD COLUMN api_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shipments ADD COLUMN api_error TEXT;
ALTER TABLE shipments ADD COLUMN api_next_at TEXT;
"""
