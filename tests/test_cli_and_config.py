"""The command line and the settings read from the environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from matchmaker import config, create_app
from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.templating import compile_all

ROOT = Path(__file__).resolve().parent.parent


def test_users_create_reads_the_password_from_stdin(app):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "jiaotong", "--role", "unit", "--unit", "市交通局", "--password-stdin"],
        input="buses-and-trams\n",
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "jiaotong"))
        assert user.unit.name == "市交通局"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "unit", "--unit", "不存在的单位"], "请选择一个已存在的单位"),
        (["--role", "boss"], "Invalid value"),
    ],
)
def test_users_create_refusals(app, args, message):
    result = app.test_cli_runner().invoke(
        args=["users", "create", "someone", *args, "--password-stdin"], input="long-enough-pass\n"
    )
    assert result.exit_code != 0 and message in result.output
    with app.app_context():
        assert db.session.scalar(select(User).where(User.username == "someone")) is None


def test_seed_command_is_idempotent(app):
    runner = app.test_cli_runner()
    assert "programmes: 0 added; lead units: 0 added" in runner.invoke(args=["seed"]).output


def test_production_refuses_to_start_without_a_secret_key(monkeypatch, tmp_path):
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(config.ConfigError):
        config.load(str(tmp_path))


def test_production_cookies_are_secure(monkeypatch, tmp_path):
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    settings = config.load(str(tmp_path))
    assert settings["SESSION_COOKIE_SECURE"] and settings["SESSION_COOKIE_HTTPONLY"]
    assert settings["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_local_secret_key_is_generated_once(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("MATCHMAKER_ENV", raising=False)
    first = config.load(str(tmp_path))["SECRET_KEY"]
    assert len(first) == 64 and config.load(str(tmp_path))["SECRET_KEY"] == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_database_url_defaults_and_driver(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert config.load(str(tmp_path), {"SECRET_KEY": "k"})["SQLALCHEMY_DATABASE_URI"].endswith("matchmaker.sqlite")
    assert config.database_url("postgres://u@h/db", "/x") == "postgresql+psycopg://u@h/db"


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(app):
    from sqlalchemy import text

    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("SQLite only")
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_pages_and_errors_are_in_chinese(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404 and "您访问的页面或记录不存在" in response.get_data(as_text=True)


def test_every_template_is_compiled_before_the_workers_fork(tmp_path):
    """wsgi.py compiles them all in gunicorn's master; a template that does not compile stops the start."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/unused.sqlite", "SECRET_KEY": "x" * 40})
    templates = set(app.jinja_env.list_templates(extensions=["html"]))
    assert {"base.html", "projects/show.html", "office/dashboard.html"} <= templates

    compile_all(app)

    compiled = {name for _loader, name in app.jinja_env.cache}
    assert templates <= compiled


def test_a_command_loads_no_recommender_and_gunicorns_master_loads_it_before_the_fork(tmp_path):
    """jieba's dictionary and scikit-learn cost a command seconds of CPU at every start: the app
    factory loads neither; wsgi.py (what gunicorn --preload imports in its master) loads both, so
    the workers share them. In a fresh interpreter, as each starts."""
    probe = (
        "import sys\n"
        "from matchmaker import create_app\n"
        "from matchmaker.recommend import tokens\n"
        "import flask_migrate\n"
        "with create_app().app_context():\n"
        "    flask_migrate.upgrade()\n"
        "print(tokens.jieba_tokenizer.cache_info().currsize, 'sklearn' in sys.modules)\n"
        "import wsgi\n"
        "print(tokens.jieba_tokenizer.cache_info().currsize, 'sklearn' in sys.modules)\n"
    )
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/fresh.sqlite", "SECRET_KEY": "x" * 40}
    environment.pop("TEST_DATABASE_URL", None)
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=environment,  # noqa: S603
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["0 False", "1 True"], run.stdout
