"""Incentives (激励回馈): what caring merchants and enterprises offer the volunteers who serve,
by star level or hours; taken as a code, redeemed once at the merchant."""
