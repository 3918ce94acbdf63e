"""Shared-password hashing and the [access] settings (no Streamlit needed)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claims.auth import (
    AccessConfigError,
    access_settings,
    failure_delay,
    hash_password,
    verify_password,
)
from claims.paths import ROOT


def test_hash_round_trip_and_salt() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second  # random salt
    assert verify_password("correct horse", first)
    assert verify_password("correct horse", second)
    assert not verify_password("correct horsE", first)
    assert not verify_password("", first)


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$1$2", "bcrypt$x$y$z$a$b",
                                    "scrypt$abc$8$1$AAAA$AAAA"])
def test_malformed_hashes_never_verify(stored: str) -> None:
    assert verify_password("anything", stored) is False


def test_settings_default_to_local_use() -> None:
    settings = access_settings({})
    assert settings.mode == "none"
    assert settings.is_editor(None)


def test_password_mode_needs_a_hash() -> None:
    with pytest.raises(AccessConfigError, match="password_hash"):
        access_settings({"access": {"mode": "password"}})
    with pytest.raises(AccessConfigError, match="mode must be one of"):
        access_settings({"access": {"mode": "open-sesame"}})
    with pytest.raises(AccessConfigError, match="editors"):
        access_settings({"access": {"mode": "oidc", "editors": [1, 2]}})


def test_editors_and_allowed_domains() -> None:
    settings = access_settings({"access": {
        "mode": "oidc", "editors": ["Ana@Team.org"], "allowed_domains": ["@team.org"]}})
    assert settings.is_editor("ana@team.org")
    assert not settings.is_editor("bob@team.org")
    assert not settings.is_editor(None)
    assert settings.may_enter("bob@team.org")
    assert not settings.may_enter("eve@elsewhere.com")
    assert not settings.may_enter(None)
    everyone = access_settings({"access": {"mode": "password", "editors": "*",
                                           "password_hash": hash_password("x" * 8)}})
    assert everyone.is_editor(None)


def test_failed_attempts_slow_down() -> None:
    delays = [failure_delay(n) for n in range(8)]
    assert delays[0] == 0
    assert delays == sorted(delays)
    assert delays[-1] == 8.0


def test_hash_password_command_reads_standard_input() -> None:
    result = subprocess.run([sys.executable, "-m", "claims", "hash-password"], cwd=ROOT,
                            input="team-password-1\n", capture_output=True, text=True)
    assert result.returncode == 0
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith('password_hash = "scrypt$')
    assert verify_password("team-password-1", last.split('"')[1])
    short = subprocess.run([sys.executable, "-m", "claims", "hash-password"], cwd=ROOT,
                           input="short\n", capture_output=True, text=True)
    assert short.returncode == 2 and "at least 8" in short.stderr
