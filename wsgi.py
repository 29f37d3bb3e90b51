"""What gunicorn serves: `gunicorn --preload wsgi:app`."""

from matchmaker import create_app

app = create_app()
