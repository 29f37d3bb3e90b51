"""Accounts, roles, sign-in and access control."""
