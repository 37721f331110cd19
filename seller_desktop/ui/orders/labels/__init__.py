"""The ship bench's shipping labels: rates, purchase and print of a batch, and a label's row in
the order's detail pane."""
