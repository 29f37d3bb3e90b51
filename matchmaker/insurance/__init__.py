"""Insurance (保险保障): a project's cover for its volunteers, and activities whose volunteers
were not covered on the day."""
