"""civcas.geo (being written)."""
