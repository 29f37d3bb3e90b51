"""What gunicorn serves: `gunicorn --preload wsgi:app`. (The `flask` command uses
`--app matchmaker`, the factory, so that CLI commands skip the warm-up below.)"""

from matchmaker import create_app
from matchmaker.pagecache import share_between_workers
from matchmaker.recommend.service import warm_up
from matchmaker.templating import compile_all

app = create_app()
compile_all(app)
warm_up(app)  # then freezes what the master has made so far, for the workers to share
share_between_workers(app)
