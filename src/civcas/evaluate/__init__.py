"""civcas.evaluate: reading gold sets (:mod:`.gold`) and scoring stages against them."""

from civcas.evaluate.gold import gold_incidents, load_documents, load_gold

__all__ = ["gold_incidents", "load_documents", "load_gold"]
