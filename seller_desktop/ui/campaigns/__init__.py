"""The Campaigns screen: insert-card campaigns and the card editor."""
