"""civcas.link (being written)."""
