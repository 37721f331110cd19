"""The Reviews screen: the review request queue, its chart and the exclusions."""
