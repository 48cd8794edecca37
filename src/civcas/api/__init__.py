"""civcas.api (being written)."""
