from __future__ import annotations

import pytest
from detector_helpers import CTX, message
from hypothesis import given, settings
from hypothesis import strategies as st

from agentmesh_guard.detectors.secrets import SecretsDetector, find_secrets, redact

SECRETS = {
    "aws_access_key_id": "AKIAQWERTYUIOPASDFGH",
    "github_token": "ghp_" + "a1B2c3D4e5" * 3 + "F6g7H8",
    "slack_token": "xoxb-123456789012-abcdefghijkl",
    "google_api_key": "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "stripe_key": "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
    "private_key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
    "connection_string": "postgres://app:S3cr3tPassw0rd@db.internal:5432/prod",
    "openai_key": "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z" * 2,
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
}


@pytest.mark.parametrize(("kind", "secret"), sorted(SECRETS.items()))
def test_provider_secrets_are_found_and_redacted(kind: str, secret: str) -> None:
    """Each credential format is found (severity >= 70) and redact() removes it from the text."""
    text = f"config: {secret} end"
    findings = SecretsDetector().scan(text, message(text), CTX)
    assert findings
    assert findings[0].kind == "secret"
    assert findings[0].severity >= 70
    assert findings[0].message == kind
    out = redact(text, findings)
    assert secret not in out
    assert f"[REDACTED:{kind}]" in out


def test_high_entropy_assignment_is_found_but_placeholders_are_not() -> None:
    """password=<random> counts; password=changeme / api_key=<your key> do not."""
    det = SecretsDetector()
    assert det.scan("password=Xk9#mP2$vL7qR4wZ", message("x"), CTX)
    for text in ("password=changeme", "api_key=<your-api-key>", "token: ${API_TOKEN}", "password=password"):
        assert det.scan(text, message(text), CTX) == [], text


def test_redact_ignores_other_findings_and_bad_spans() -> None:
    """Only `secret` findings with valid spans are replaced."""
    from agentmesh_guard.verdict import Finding

    text = "hello world"
    fs = [
        Finding(kind="injection", severity=90, detector="x", start=0, end=5),
        Finding(kind="secret", severity=90, detector="x", start=3, end=99),
    ]
    assert redact(text, fs) == text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_any_text_returns_without_raising_and_redact_is_total(text: str) -> None:
    """Arbitrary strings never raise, and redacting them yields a string."""
    fs = SecretsDetector().scan(text, message("x"), CTX)
    assert isinstance(redact(text, fs), str)


def test_uppercase_and_quoted_assignments_are_found() -> None:
    """`PASSWORD=...` and `"api_key": "..."` with random values are found, whatever the case of the key."""
    value = "9fK2xQ7mLp3Zr8Tw"
    for text in (f"export PASSWORD={value}", f'{{"api_key": "{value}"}}'):
        spans = [text[s.start : s.end] for s in find_secrets(text)]
        assert value in spans, text


def test_aws_secret_key_in_capitals_as_in_an_env_file() -> None:
    """``AWS_SECRET_ACCESS_KEY=...`` (the usual spelling in .env files and CI settings) is found,
    as is the lower-case spelling."""
    value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    for line in (f"AWS_SECRET_ACCESS_KEY={value}", f"aws_secret_access_key = {value}"):
        found = find_secrets(line)
        assert [s.kind for s in found][:1] == ["aws_secret_access_key"], (line, found)
        assert line[found[0].start : found[0].end] == value
