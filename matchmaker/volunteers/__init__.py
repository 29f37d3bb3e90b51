"""Volunteers (志愿者): their profiles, units' recruitments (招募), sign-ups (报名) and admission (录用)."""
