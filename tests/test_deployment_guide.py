"""The deployment guide's commands run (docs/deployment.md): what can run on a test machine
without root's side effects does, in a temporary folder and database; the rest is parsed."""

import configparser
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from matchmaker import config, create_app

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "deployment.md"
APP_HOME = "/srv/matchmaker/app"  # where the guide installs the app; here, this checkout
FLASK = str(Path(sys.executable).parent / "flask")


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", GUIDE.read_text(), flags=re.S | re.M)


def sh_block_with(words: str) -> str:
    found = [block for block in blocks("sh") if words in block]
    assert len(found) == 1, f"one sh block with {words!r} in the guide, found {len(found)}"
    return found[0]


def run_sh(script: str, env: dict, cwd: Path = ROOT, stdin: str = "") -> subprocess.CompletedProcess:
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, input=stdin,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{script}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    return done


def test_the_environment_file_recipe_makes_a_private_file_with_a_real_key(tmp_path):
    recipe = sh_block_with("install -m 600")
    env_file = tmp_path / "matchmaker.env"
    script = recipe.replace("/etc/matchmaker.env", str(env_file)).replace(" -o matchmaker", "")  # no such user here
    run_sh(script, {"PATH": os.environ["PATH"]}, cwd=tmp_path)
    values = dict(line.split("=", 1) for line in env_file.read_text().splitlines())
    assert re.fullmatch(r"[0-9a-f]{64}", values["SECRET_KEY"])
    assert values["MATCHMAKER_ENV"] == "production"
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
    documented = settings_table()
    for name in values:
        assert name in documented, f"{name} is set by the recipe but not in the settings table"


def settings_table() -> set[str]:
    table = GUIDE.read_text().split("## 4. Settings", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([A-Z_]+)`", table, flags=re.M)) | set(
        re.findall(r"`([A-Z][A-Z_]+)`", table))


def test_every_setting_in_the_table_is_read_by_the_app():
    sources = "".join(path.read_text() for path in (ROOT / "matchmaker").rglob("*.py"))
    for name in settings_table():
        if name.startswith("_"):  # `_PER_USERNAME`: the second half of the row's first name
            continue
        assert f'"{name}"' in sources, f"the guide documents {name}, which the app never reads"


def test_every_flask_command_in_the_guide_exists():
    runner = create_app({"SECRET_KEY": "guide", "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:"}).test_cli_runner()
    named = set(re.findall(r"flask --app matchmaker ((?:[a-z][a-z-]* ?)+)", GUIDE.read_text()))
    named |= set(re.findall(r"`flask ((?:[a-z][a-z-]* ?)+)", GUIDE.read_text()))
    assert {"db upgrade", "seed", "users create", "mail work", "execution remind"} <= {n.strip() for n in named}
    for command in named:
        words = command.split()
        while words and runner.invoke(args=[*words, "--help"]).exit_code != 0:
            words.pop()  # trailing words are arguments (`users create admin`)
        assert words, f"flask {command}: no such command"
        assert len(words) >= min(2, len(command.split())) or words[0] in ("seed", "backup"), command


def postgresql_url() -> str:
    if not os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("PostgreSQL: set TEST_DATABASE_URL")
    return config.database_url(os.environ["TEST_DATABASE_URL"], "")


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_migrate_seed_and_the_first_account_as_the_guide_says(tmp_path, database):
    upgrade = sh_block_with("db upgrade\nsudo")  # section 2: the owner runs the migrations
    first_steps = sh_block_with("users create admin")
    schema = None
    if database == "sqlite":
        url = f"sqlite:///{tmp_path}/guide.sqlite"
    else:
        base, schema = postgresql_url(), f"guide_{uuid.uuid4().hex[:10]}"
        with create_engine(base).begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    env_file = tmp_path / "matchmaker.env"
    env_file.write_text(f"MATCHMAKER_ENV=production\nSECRET_KEY={'ab' * 32}\nDATABASE_URL={url}\n")
    script = "\n".join([
        # The owner's DATABASE_URL of the guide becomes this test's database; no psql as root here.
        re.sub(r"DATABASE_URL=\S+", f"DATABASE_URL='{url}'", upgrade.split("sudo ")[0]),
        first_steps.replace("/etc/matchmaker.env", str(env_file)),
    ]).replace(".venv/bin/flask", FLASK)
    try:
        done = run_sh(script, {"PATH": os.environ["PATH"], "PASSWORD": "Guide-pass-2026!x", "HOME": str(tmp_path)})
        assert "admin" in done.stdout + done.stderr
        engine = create_engine(config.database_url(url, ""))
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT role FROM \"user\" WHERE username = 'admin'")) == "office"
            assert connection.scalar(text("SELECT count(*) FROM category")) > 20
        engine.dispose()
    finally:
        if schema:
            with create_engine(postgresql_url()).begin() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))


def units() -> list[configparser.ConfigParser]:
    parsed = []
    for block in blocks("ini"):
        unit = configparser.ConfigParser(interpolation=None, strict=True)
        unit.optionxform = str  # systemd's keys are case-sensitive
        unit.read_string(block)
        parsed.append(unit)
    return parsed


def test_the_systemd_units_are_sane_and_start_what_exists(tmp_path):
    found = units()
    assert len(found) == 4  # the app, the mail worker, the reminders' service and timer
    for unit in found:
        assert unit.has_section("Unit") and unit["Unit"].get("Description")
        if unit.has_section("Service"):
            service = unit["Service"]
            assert service["User"] == "matchmaker" and service["EnvironmentFile"] == "/etc/matchmaker.env"
            assert service["WorkingDirectory"] == APP_HOME
            program, *arguments = service["ExecStart"].split()
            assert program.startswith(APP_HOME + "/.venv/bin/")
            assert (ROOT / program.removeprefix(APP_HOME + "/")).exists(), program
            if "--config" in arguments:
                conf = arguments[arguments.index("--config") + 1]
                if not (ROOT / conf).exists():
                    pytest.skip(f"{conf} comes with branch ops (gunicorn settings), not merged here")
                check_gunicorn_command(program.removeprefix(APP_HOME + "/"), arguments, tmp_path)
        if unit.has_section("Timer"):
            calendar = unit["Timer"]["OnCalendar"]
            if shutil.which("systemd-analyze"):
                checked = subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True, text=True)
                assert checked.returncode == 0, checked.stderr
        assert unit.has_section("Install") or unit.has_section("Service")


def check_gunicorn_command(program: str, arguments: list[str], tmp_path: Path) -> None:
    """The unit's own gunicorn command line, with --check-config: the settings file and the app load."""
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "SECRET_KEY": "ab" * 32,
           "DATABASE_URL": f"sqlite:///{tmp_path}/check.sqlite", "TRUSTED_PROXIES": "1"}
    checked = subprocess.run([str(ROOT / program), "--check-config", *arguments], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_gunicorn_settings_the_guide_names_exist():
    conf = ROOT / "gunicorn.conf.py"
    if not conf.exists():
        pytest.skip("gunicorn.conf.py comes with branch ops, not merged here")
    source = conf.read_text()
    for name in ("GUNICORN_BIND", "FORWARDED_ALLOW_IPS", "TRUSTED_PROXIES"):
        assert f'"{name}"' in source, name
    assert '"127.0.0.1:8000"' in source  # bound to loopback unless told otherwise


def test_the_nginx_example_passes_nginx_t(tmp_path):
    if not shutil.which("nginx"):
        pytest.skip("nginx is not installed here (apt-get install -y nginx)")
    (site,) = blocks("nginx")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=test",
                    "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
                   check=True, capture_output=True)
    site = (site.replace("/etc/ssl/zyfw/fullchain.pem", str(tmp_path / "cert.pem"))
            .replace("/etc/ssl/zyfw/privkey.pem", str(tmp_path / "key.pem")))
    conf = tmp_path / "nginx.conf"
    conf.write_text(f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\nhttp {{\n"
                    f"access_log off;\nclient_body_temp_path {tmp_path};\n{site}\n}}\n")
    checked = subprocess.run(["nginx", "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_every_setting_the_guide_echoes_into_the_environment_file_is_documented():
    echoed = set(re.findall(r'echo "([A-Z_]+)=', "".join(blocks("sh"))))
    assert {"SECRET_KEY", "STORAGE_URL", "STORAGE_ENDPOINT_URL"} <= echoed
    assert echoed <= settings_table(), echoed - settings_table()
