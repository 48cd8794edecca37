"""civcas.extract (being written)."""
