"""The notice's programmes and the units that run them."""
