"""Access settings and shared-password hashing, free of Streamlit.

A shared deployment chooses its sign-in in the ``[access]`` section of
``.streamlit/secrets.toml``; local use needs nothing (mode "none"). Passwords
are never stored: only an scrypt hash with a random salt, compared in constant
time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

MODES = ("none", "oidc", "password")
# scrypt cost: 2**15 * 8 * 128 bytes = 32 MiB and ~50 ms a check, which makes
# guessing slow without making sign-in slow.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024


class AccessConfigError(ValueError):
    """The [access] section of secrets is wrong; the app refuses to start open."""


@dataclass(frozen=True)
class AccessSettings:
    mode: str = "none"
    password_hash: str | None = None
    editors: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    allowed_emails: tuple[str, ...] = ()

    def is_editor(self, email: str | None) -> bool:
        """Locally everyone may edit; signed in, only the listed editors (or '*')."""
        if self.mode == "none":
            return True
        if "*" in self.editors:
            return True
        return bool(email) and email.lower() in self.editors

    def may_enter(self, email: str | None) -> bool:
        """OIDC: restrict to an e-mail domain or an allow-list when either is set."""
        if not (self.allowed_domains or self.allowed_emails):
            return True
        if not email:
            return False
        email = email.lower()
        domain = email.rpartition("@")[2]
        return email in self.allowed_emails or domain in self.allowed_domains


def _strings(value: object, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise AccessConfigError(f"[access] {name} must be a list of strings")
    return tuple(v.strip().lower() for v in value if v.strip())


def access_settings(secrets_map: Mapping[str, object] | None) -> AccessSettings:
    """Read and check the [access] section; a missing section means local use."""
    section = (secrets_map or {}).get("access") or {}
    if not isinstance(section, Mapping):
        raise AccessConfigError("[access] must be a table")
    mode = str(section.get("mode", "none")).strip().lower()
    if mode not in MODES:
        raise AccessConfigError(f"[access] mode must be one of {', '.join(MODES)}, not {mode!r}")
    password_hash = section.get("password_hash")
    if mode == "password" and not (isinstance(password_hash, str) and
                                   password_hash.startswith("scrypt$")):
        raise AccessConfigError(
            "[access] mode = \"password\" needs password_hash "
            "(the last line of: python -m claims hash-password)")
    return AccessSettings(
        mode=mode,
        password_hash=password_hash if isinstance(password_hash, str) else None,
        editors=_strings(section.get("editors"), "editors"),
        allowed_domains=tuple(d.lstrip("@") for d in _strings(section.get("allowed_domains"),
                                                             "allowed_domains")),
        allowed_emails=_strings(section.get("allowed_emails"), "allowed_emails"),
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    """'scrypt$N$r$p$salt$hash' for a password; the salt is random unless given."""
    if not password:
        raise ValueError("empty password")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R,
                            p=_SCRYPT_P, maxmem=_MAXMEM, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    """Constant-time check of a password against a stored hash; False if malformed."""
    try:
        scheme, n, r, p, salt, expected = encoded.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt),
                                n=int(n), r=int(r), p=int(p), maxmem=_MAXMEM, dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, base64.b64decode(expected))


def failure_delay(failures: int) -> float:
    """Seconds to wait before answering the next attempt: doubles, capped at 8 s."""
    return 0.0 if failures <= 0 else min(0.5 * 2 ** (failures - 1), 8.0)
