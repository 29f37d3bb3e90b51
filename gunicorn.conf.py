"""gunicorn's settings for matchmaker (`gunicorn wsgi:app` reads this file from the current
folder; `make run` and the systemd unit in the deployment guide use it). Environment variables
change the defaults; command-line flags override both.

Behind a reverse proxy (nginx terminating HTTPS), three settings go together:
- bind: 127.0.0.1 (or an address only the proxy reaches), so that nobody can bypass the proxy
  and send forged X-Forwarded-* headers of their own;
- TRUSTED_PROXIES (the app, security.py): how many proxies are in front; their
  X-Forwarded-For, -Proto and -Host are believed that many hops back (0: none is);
- forwarded_allow_ips (gunicorn): the addresses those proxies connect from; gunicorn believes
  X-Forwarded-Proto only from them. Empty when TRUSTED_PROXIES is 0, so that without a proxy
  nobody, not even a local process, can claim HTTPS.
"""

import logging
import os

trusted_proxies = int(os.environ.get("TRUSTED_PROXIES", "0"))

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
preload_app = True  # the recommender's index and jieba's dictionary are loaded once, then shared
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1" if trusted_proxies else "")
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))  # a worker silent this long is restarted
graceful_timeout = 20
keepalive = 5
# Requests: the first line and the headers are bounded (the body by MAX_CONTENT_LENGTH in the app).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))  # >0: renew a worker after so many
max_requests_jitter = max_requests // 10

# Logs on stderr (the supervisor's journal), in the app's format (matchmaker/logs.py): an
# access line per request with its id and duration; JSON lines when LOG_FORMAT=json.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # "": none
errorlog = "-"
logger_class = "matchmaker.logs.GunicornLogger"
access_log_format = '%(t)s %(h)s for=%({x-forwarded-for}i)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s" id=%({x-request-id}o)s'


def on_starting(server):
    host = server.cfg.bind[0].rsplit(":", 1)[0] if server.cfg.bind else ""
    if trusted_proxies and host in ("0.0.0.0", "[::]", ""):  # noqa: S104 (what we warn about)
        server.log.warning("TRUSTED_PROXIES=%d but gunicorn listens on %s: a client reaching it directly can forge "
                           "X-Forwarded-For; bind to 127.0.0.1 behind the proxy", trusted_proxies, server.cfg.bind)


def post_fork(server, worker):
    """Each worker opens its own database connections: none made in the master (--preload) may
    be shared across the fork. dispose(close=False) forgets them without closing the master's."""
    from matchmaker.extensions import db

    app = worker.app.wsgi()
    with app.app_context():
        db.engine.dispose(close=False)
    logging.getLogger("matchmaker").debug("worker %s: database pool renewed after fork", worker.pid)
