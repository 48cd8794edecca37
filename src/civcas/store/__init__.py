"""civcas.store (being written)."""
