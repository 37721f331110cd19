"""Decrypt a SQLCipher 4 file page by page, free pages included, to check what is really on disk.

Reading rows back through SQL cannot show a deleted name lingering in a free page or in the WAL;
this can. SQLCipher 4 defaults: PBKDF2-HMAC-SHA512 with 256,000 iterations over the passphrase and
the file's first 16 bytes (the salt); 4096-byte pages, each AES-256-CBC encrypted except its last
80 bytes (a 16-byte IV, then a 64-byte HMAC); page 1 keeps the salt in its first 16 bytes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, 256_000, 32)


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    start = 16 if first else 0
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    body = decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()
    return (b"SQLite format 3\x00" if first else b"") + body


def decrypt_database(path: Path, passphrase: str) -> bytes:
    """Every page of the main file, decrypted (free and unused pages too)."""
    data = path.read_bytes()
    key = derive_key(passphrase, data[:16])
    pages = [data[i : i + PAGE] for i in range(0, len(data) - len(data) % PAGE, PAGE)]
    return b"".join(_decrypt_page(key, page, n == 0) for n, page in enumerate(pages))


def decrypt_wal(wal: Path, database: Path, passphrase: str) -> bytes:
    """Every frame of a WAL file, decrypted with the database's key."""
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) <= WAL_HEADER:
        return b""
    key = derive_key(passphrase, database.read_bytes()[:16])
    out = []
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE <= len(data):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE]
        out.append(_decrypt_page(key, page, page_number == 1))
        offset += WAL_FRAME_HEADER + PAGE
    return b"".join(out)
