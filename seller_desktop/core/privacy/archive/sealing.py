"""The archive's cryptography, all from ``cryptography`` (no home-made primitives).

- The archive key is an X25519 key pair. The public key is stored as is: with it the app seals an
  entry at wipe time without asking anyone for anything.
- The private key is stored wrapped: AES-256-GCM under a key derived from the archive passphrase
  with Argon2id (memory-hard, so a stolen archive file resists guessing). The KDF parameters are
  kept next to it, so later versions can raise them without breaking old archives.
- An entry is a sealed box: a fresh X25519 key pair per entry, its shared secret with the archive
  key through HKDF-SHA256, then ChaCha20-Poly1305. The order id is bound as associated data, so a
  sealed entry cannot be passed off as another order's.
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

SEAL_VERSION = b"\x01"
_WRAP_CONTEXT = b"seller-desktop archive key v1"
_ENTRY_CONTEXT = b"seller-desktop archive entry v1"
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


def seal(public_key: bytes, order_id: str, plaintext: bytes) -> bytes:
    """Encrypt to the archive's public key: version | ephemeral public key | nonce | ciphertext."""
    recipient = X25519PublicKey.from_public_bytes(public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _entry_key(ephemeral.exchange(recipient), ephemeral_public, public_key)
    nonce = os.urandom(12)
    return (
        SEAL_VERSION
        + ephemeral_public
        + nonce
        + ChaCha20Poly1305(key).encrypt(nonce, plaintext, _aad(order_id))
    )


def unseal(private_key: X25519PrivateKey, order_id: str, sealed: bytes) -> bytes:
    if sealed[:1] != SEAL_VERSION or len(sealed) < 1 + 32 + 12 + 16:
        raise ArchiveDamaged(message=ENTRY_UNKNOWN_FORMAT, order_id=order_id)
    ephemeral_public, nonce, body = sealed[1:33], sealed[33:45], sealed[45:]
    public = private_key.public_key().public_bytes_raw()
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    try:
        return ChaCha20Poly1305(_entry_key(shared, ephemeral_public, public)).decrypt(
            nonce, body, _aad(order_id)
        )
    except InvalidTag:
        raise ArchiveDamaged(message=ENTRY_ALTERED, order_id=order_id) from None


def _entry_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=_ENTRY_CONTEXT + ephemeral_public + recipient_public,
    ).derive(shared)


def _aad(order_id: str) -> bytes:
    return _ENTRY_CONTEXT + b" order " + order_id.encode("utf-8")
