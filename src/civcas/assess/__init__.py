"""civcas.assess (being written)."""
