"""The Qt face of the app: thin screens over ``seller_desktop.core``."""
