"""Running projects: activities, reports, the closing summary, ratings, scorecards and the
recognition of sponsors (notice 二(二)1-5, 三(三))."""
