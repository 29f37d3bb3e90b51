"""What gunicorn serves: `gunicorn --preload wsgi:app`. (The `flask` command uses
`--app matchmaker`, the factory, so that CLI commands skip the warm-up below.)"""

from matchmaker import create_app
from matchmaker.pagecache import share_between_workers
from matchmaker.recommend.service import warm_up

app = create_app()
warm_up(app)
share_between_workers(app)
