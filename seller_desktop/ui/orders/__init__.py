"""The Orders screen: the table, the detail pane, the order editor, marking shipped and the
shipping-confirmation export."""
