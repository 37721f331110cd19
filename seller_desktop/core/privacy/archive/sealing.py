"""The archive's cryptography, all from ``cryptography`` (no home-made primitives).

- The archive key is an X25519 key pair. The public key is stored as is: with it the app seals an
  entry at wipe time without asking anyone for anything.
- The private key is stored wrapped: AES-256-GCM under a key derived from the archive passphrase
  with Argon2id (memory-hard, so a stolen archive file resists guessing). The KDF parameters are
  kept next to it, so later versions can raise them without breaking old archives.
- An entry is sealed to the archive key: an ephemeral X25519 key pair, its shared secret with the
  archive key through HKDF-SHA256, then ChaCha20-Poly1305. The order id is bound as associated
  data, so a sealed entry cannot be passed off as another order's. Format 2 (``Sealer``) uses one
  ephemeral key pair per sealing session (one wipe batch) and a fresh nonce per entry; format 1,
  one key pair per entry, is still opened. Why that is as safe: docs/archive_sealing.md.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP
from seller_desktop.core.privacy.archive.errors import (
    ENTRY_ALTERED,
    ENTRY_UNKNOWN_FORMAT,
    ArchiveDamaged,
    WrongArchivePassphrase,
)

#: Format 1: a fresh ephemeral key pair per entry (entries sealed before format 2; still opened).
SEAL_V1 = b"\x01"
#: Format 2: one ephemeral key pair per sealing session, a fresh nonce per entry. Written now.
SEAL_V2 = b"\x02"
_WRAP_CONTEXT = b"seller-desktop archive key v1"
#: Each format's key derivation and associated data start with its own context, so a key or a tag
#: of one format never serves the other.
_ENTRY_CONTEXTS = {
    SEAL_V1: b"seller-desktop archive entry v1",
    SEAL_V2: b"seller-desktop archive session v2",
}
_NONCE = 12
_HEADER = 1 + 32 + _NONCE
_TAG = 16
#: Argon2id at about a third of a second here: slow for a guesser, quick for the seller.
DEFAULT_KDF = {"kdf": "argon2id", "iterations": 2, "lanes": 4, "memory_cost": 65536}


@dataclass(frozen=True)
class KeyRecord:
    """What the archive file keeps of its key: nothing here opens an entry without the passphrase."""

    public_key: bytes
    wrapped_private_key: bytes
    kdf_params: str  # JSON: algorithm, cost and salt


def new_key_record(passphrase: str) -> KeyRecord:
    return _wrap(X25519PrivateKey.generate(), passphrase)


def rewrap(record: KeyRecord, current: str, new: str) -> KeyRecord:
    """The same key pair wrapped under ``new`` instead of ``current`` (WrongArchivePassphrase if
    ``current`` does not open it).

    Only the wrapping changes: the public key stays, so every entry sealed to it opens with the
    new passphrase and nothing sealed is touched. Fresh salt and nonce, and today's KDF cost
    (``DEFAULT_KDF``), so an archive set up under older, cheaper parameters is raised to them.
    """
    return _wrap(unlock(record, current), new)


def _wrap(private: X25519PrivateKey, passphrase: str) -> KeyRecord:
    """AES-256-GCM under the Argon2id key of ``passphrase``; the public key is bound as associated
    data, so a wrapped key cannot be paired with another archive's public key."""
    params = dict(DEFAULT_KDF, salt=os.urandom(16).hex())
    public = private.public_key().public_bytes_raw()
    nonce = os.urandom(12)
    wrapped = nonce + AESGCM(_derive(passphrase, params)).encrypt(
        nonce, private.private_bytes_raw(), _WRAP_CONTEXT + public
    )
    return KeyRecord(public, wrapped, json.dumps(params, sort_keys=True))


def unlock(record: KeyRecord, passphrase: str) -> X25519PrivateKey:
    """The private key, or WrongArchivePassphrase (a wrong passphrase fails the GCM tag)."""
    try:
        params = json.loads(record.kdf_params)
        key = _derive(passphrase, params)
    except (ValueError, KeyError, TypeError):
        raise ArchiveDamaged(
            QT_TRANSLATE_NOOP("SellerError", "its key settings are unreadable")
        ) from None
    nonce, body = record.wrapped_private_key[:12], record.wrapped_private_key[12:]
    try:
        raw = AESGCM(key).decrypt(nonce, body, _WRAP_CONTEXT + record.public_key)
    except InvalidTag:
        raise WrongArchivePassphrase() from None
    private = X25519PrivateKey.from_private_bytes(raw)
    if private.public_key().public_bytes_raw() != record.public_key:
        raise ArchiveDamaged(QT_TRANSLATE_NOOP("SellerError", "its key pair does not match"))
    return private


def _derive(passphrase: str, params: dict) -> bytes:
    if params["kdf"] != "argon2id":
        raise ValueError("unknown kdf")
    return Argon2id(
        salt=bytes.fromhex(params["salt"]),
        length=32,
        iterations=int(params["iterations"]),
        lanes=int(params["lanes"]),
        memory_cost=int(params["memory_cost"]),
    ).derive(passphrase.encode("utf-8"))


class Sealer:
    """Seals the entries of one session (a wipe batch) to the archive's public key (format 2).

    One ephemeral key pair and one key agreement per session, instead of one per entry: that
    agreement was most of the wipe's cost with the tax rule on. Every entry still carries the
    ephemeral public key and its own nonce, so it opens on its own with the archive key. The
    session key exists only in this object; nonces are 96 random bits, and a repeat under this
    key is refused by construction (``_used``), so no nonce is ever used twice under one key.
    Not shared between threads.
    """

    def __init__(self, public_key: bytes) -> None:
        recipient = X25519PublicKey.from_public_bytes(public_key)
        ephemeral = X25519PrivateKey.generate()
        self._ephemeral_public = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(recipient)  # the ephemeral private key is dropped here
        self._aead = ChaCha20Poly1305(
            _entry_key(SEAL_V2, shared, self._ephemeral_public, public_key)
        )
        self._used: set[bytes] = set()

    def seal(self, order_id: str, plaintext: bytes) -> bytes:
        """version 2 | ephemeral public key | nonce | ciphertext and tag."""
        nonce = os.urandom(_NONCE)
        while nonce in self._used:  # 2^-96 per pair: never in practice, but never reused either
            nonce = os.urandom(_NONCE)
        self._used.add(nonce)
        return (
            SEAL_V2
            + self._ephemeral_public
            + nonce
            + self._aead.encrypt(nonce, plaintext, _aad(SEAL_V2, order_id))
        )


def unseal(private_key: X25519PrivateKey, order_id: str, sealed: bytes) -> bytes:
    """The plaintext of an entry of either format, or ArchiveDamaged naming the order (unknown
    format; altered, damaged or sealed for another order)."""
    version = sealed[:1]
    if version not in _ENTRY_CONTEXTS or len(sealed) < _HEADER + _TAG:
        raise ArchiveDamaged(message=ENTRY_UNKNOWN_FORMAT, order_id=order_id)
    ephemeral_public, nonce, body = sealed[1:33], sealed[33:_HEADER], sealed[_HEADER:]
    public = private_key.public_key().public_bytes_raw()
    try:
        # An altered ephemeral key may be a low-order point: no shared secret (ValueError).
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _entry_key(version, shared, ephemeral_public, public)
        return ChaCha20Poly1305(key).decrypt(nonce, body, _aad(version, order_id))
    except (InvalidTag, ValueError):
        raise ArchiveDamaged(message=ENTRY_ALTERED, order_id=order_id) from None


def _entry_key(
    version: bytes, shared: bytes, ephemeral_public: bytes, recipient_public: bytes
) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=_ENTRY_CONTEXTS[version] + ephemeral_public + recipient_public,
    ).derive(shared)


def _aad(version: bytes, order_id: str) -> bytes:
    return _ENTRY_CONTEXTS[version] + b" order " + order_id.encode("utf-8")
