"""civcas.scale (being written)."""
