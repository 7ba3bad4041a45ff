"""Issues as GitHub Actions workflow commands (`validate --format github`)."""

from __future__ import annotations

from qnplan.i18n import words
from qnplan.model import Issue, one_line


def github_annotation(issue: Issue, lang: str) -> str:
    """The issue as a GitHub Actions workflow command, escaped as that syntax requires:
    %, CR and LF in the message; also ':' and ',' in the file and title properties."""
    props = [f"file={_gh_property(issue.path)}"]
    if issue.line:
        props.append(f"line={issue.line}")
    if issue.column:
        props.append(f"col={issue.column}")
    props.append(f"title={_gh_property(issue.code)}")
    return f"::{issue.severity} {','.join(props)}::{_gh_data(words(issue.message, lang))}"


def _gh_data(text: str) -> str:
    """GitHub's escapes, then any other control character escaped to stay on one line."""
    return one_line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")
