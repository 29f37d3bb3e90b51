"""What a new password must be: a policy for a government site, with Chinese messages.

Applied wherever a person sets a password (registration on the page and over the API, accounts
the office or the CLI creates, the office's reset, one's own change). The demo seed writes its
hashes directly (demo.py) and so keeps its published password; nobody else may choose it.

- 8 to 128 characters, and not only spaces;
- not the username (nor containing it), nor the site's published demo password;
- not on the short list of passwords common among Chinese users shipped beside this file;
- not guessable by zxcvbn (Dropbox's estimator: dictionaries of common and breached
  passwords, names, keyboard walks, dates, repeats; score 2 or more of 4, which is its
  "safe from throttled online guessing"), told the username and the site's words as well.
"""

from functools import cache
from pathlib import Path

from flask import current_app, has_app_context
from zxcvbn import zxcvbn

from ..errors import Invalid

PASSWORD_MIN, PASSWORD_MAX = 8, 128
MIN_SCORE = 2
# Public: README and the login page name it. Refused as a new password, never a secret.
PUBLISHED_DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105  # nosec B105
SITE_WORDS = ["taiyuan", "wenming", "wenmingban", "zhiyuan", "zhiyuanzhe", "matchmaker", "volunteer"]
WEAK = "密码太容易被猜到：请避免常见密码、连续或重复的字符、键盘顺序、生日和单词，可用几个不相关的词加数字和符号"


@cache
def common_passwords() -> frozenset[str]:
    lines = (Path(__file__).parent / "data" / "common_passwords_zh.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def demo_passwords() -> set[str]:
    configured = current_app.config.get("DEMO_PASSWORD", "") if has_app_context() else ""
    return {PUBLISHED_DEMO_PASSWORD, configured} - {""}


def check_new_password(password, *, username: str = "", field: str = "password") -> str:
    """The password, if a person may choose it; else a refusal that says why, in Chinese."""
    if not isinstance(password, str) or not (PASSWORD_MIN <= len(password) <= PASSWORD_MAX):
        raise Invalid(f"密码长度应为 {PASSWORD_MIN}-{PASSWORD_MAX} 位", field=field)
    if not password.strip():
        raise Invalid("密码不能只有空格", field=field)
    lowered, name = password.lower(), (username or "").strip().lower()
    if name and (lowered == name or (len(name) >= 4 and name in lowered)):
        raise Invalid("密码不能与用户名相同，也不能包含用户名", field=field)
    if password in demo_passwords():
        raise Invalid("不能使用公开的演示密码，请另设密码", field=field)
    if lowered in common_passwords():
        raise Invalid("这是常见密码，请另设一个不易被猜到的密码", field=field)
    estimate = zxcvbn(password, user_inputs=[name, *SITE_WORDS])
    if estimate["score"] < MIN_SCORE:
        whole = estimate["sequence"][0] if len(estimate["sequence"]) == 1 else {}
        common = whole.get("pattern") == "dictionary" and whole.get("dictionary_name") == "passwords"
        raise Invalid("这是常见密码，请另设一个不易被猜到的密码" if common else WEAK, field=field)
    return password
