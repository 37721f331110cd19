"""Review requests: the window Amazon allows, the queue, asking through the Solicitations API or
by hand in Seller Central — once per order, ever."""
