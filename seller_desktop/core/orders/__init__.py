"""Orders: the model, the repository, the Orders screen's queries, hand edits, shipments and
confirmations, address blocks, carriers, marketplaces and products."""
