"""The Amazon connection in the window: Settings › Amazon account, Sync with Amazon, the notices."""
