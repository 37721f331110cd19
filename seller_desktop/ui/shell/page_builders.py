"""The main window's pages other than the orders page, built on their first visit.

Each page's module is imported only then (start-up time counts), and each page is wired to the
window through the callbacks of a ``PageContext``, which the window makes afresh for each build
(so a page gets the settings as they are now).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from seller_desktop.core.base.changes import ORDERS, PRIVACY, SETTINGS, StoreChanges
from seller_desktop.core.settings import Settings
from seller_desktop.core.store import Store
from seller_desktop.paths import AppPaths
from seller_desktop.ui.common.jobs import JobRunner


@dataclass(frozen=True)
class PageContext:
    """What a page takes from the window, and where its signals go."""

    store: Store
    settings: Settings
    demo: bool
    jobs: JobRunner
    paths: AppPaths
    #: The orders selected on the orders page (their ids), for the pages that act on them.
    selected_order_ids: Callable[[], list[str]]
    #: ``MainWindow.print_orders``: render a document for orders and open its preview.
    print_orders: Callable[..., object]
    settings_saved: Callable[[Settings], None]
    #: ``MainWindow.announce``: a page wrote to the store on the GUI thread.
    announce: Callable[[object], None]
    #: Privacy › Restore from file… was confirmed for this file.
    restore_requested: Callable[[object], None]
    #: Privacy › Backups saved a backup (its time).
    backup_made: Callable[[object], None]
    #: Privacy › "Remove now": the retention pass, now.
    wipe_requested: Callable[[], object]
    #: ``MainWindow.changes``: what changed in the store, for the pages that show it.
    changes: SignalInstance
    #: A Today page button was pressed (its link, ``ui.today.page.LINKS``).
    open_link: Callable[[str], None]


def build_page(key: str, context: PageContext) -> QWidget:
    """The page for ``key``, its module imported now."""
    if key == "today":
        return _today_page(context)
    if key == "reviews":
        return _reviews_page(context)
    if key == "settings":
        return _settings_page(context)
    if key == "privacy":
        return _privacy_page(context)
    if key == "print":
        from seller_desktop.ui.printing.page import PrintPage

        page = PrintPage(
            context.store,
            context.settings,
            context.jobs,
            context.selected_order_ids,
            context.print_orders,
        )
        page.saved.connect(context.settings_saved)
        return page
    if key == "verify":
        from seller_desktop.ui.verify.page import VerifyPage

        return VerifyPage(context.store)
    if key == "campaigns":
        from seller_desktop.ui.campaigns.page import CampaignsPage

        campaigns = CampaignsPage(context.store, context.settings.business_name)
        campaigns.saved.connect(context.settings_saved)
        campaigns.saved.connect(lambda _settings: context.announce(SETTINGS))
        return campaigns
    raise KeyError(key)


def _settings_page(context: PageContext) -> QWidget:
    from seller_desktop.ui.settings.page import (
        SettingsPage,  # imported on first visit: start-up time
    )

    page = SettingsPage(context.store, context.settings, demo=context.demo, jobs=context.jobs)
    page.saved.connect(context.settings_saved)
    page.amazon_accounts_changed.connect(lambda: context.announce(SETTINGS))
    context.changes.connect(page.store_changed)
    return page


def _privacy_page(context: PageContext) -> QWidget:
    from seller_desktop.ui.privacy.page import PrivacyPage

    page = PrivacyPage(
        context.store,
        context.settings,
        context.jobs,
        context.paths,
        demo=context.demo,
        selected_order_ids=context.selected_order_ids,
    )
    page.saved.connect(context.settings_saved)
    page.store_changed.connect(lambda: context.announce(PRIVACY))
    page.restore_requested.connect(context.restore_requested)
    page.backup_made.connect(context.backup_made)
    page.wipe_requested.connect(context.wipe_requested)
    return page


def _today_page(context: PageContext) -> QWidget:
    from seller_desktop.core.orders.due import DueDay
    from seller_desktop.core.reviews.queue import eligible_count
    from seller_desktop.core.today import today_counts
    from seller_desktop.ui.common.formatting import local_datetime
    from seller_desktop.ui.today.page import TodayPage

    store = context.store

    def reviews_due() -> int:
        # The eligible orders only: the whole review queue took seconds at 100,000 recent orders,
        # and this page is the first the window paints.
        return eligible_count(store, store.clock.now().astimezone().date())

    page = TodayPage(
        lambda: today_counts(store, DueDay.at(store.clock.now().astimezone())),
        reviews_due,
        local_datetime,
    )
    page.open_requested.connect(context.open_link)
    return page


def _reviews_page(context: PageContext) -> QWidget:
    from seller_desktop.ui.reviews.page import ReviewsPage
    from seller_desktop.ui.reviews.source import core_source

    store = context.store
    page = ReviewsPage(
        core_source(store), context.jobs, lambda: store.clock.now().astimezone().date()
    )
    page.store_changed.connect(lambda: context.announce(ORDERS))
    page.auto_switched.connect(lambda: context.announce(SETTINGS))
    return page


def refresh_pages(built: dict[str, QWidget], changes: StoreChanges) -> None:
    """The built pages that show what changed read it again (the window's ``announce``)."""
    privacy = built.get("privacy")
    if privacy is not None and (
        changes.orders
        or changes.contact_details
        or changes.backups
        or changes.archive
        or changes.settings
    ):
        privacy.refresh()  # type: ignore[attr-defined]
    printing = built.get("print")
    if printing is not None and (changes.orders or changes.print_log):
        printing.refresh()  # type: ignore[attr-defined]
    for key in ("today", "reviews"):
        page = built.get(key)
        if page is not None and hasattr(page, "refresh") and (changes.orders or changes.settings):
            # Their queries read every recent order: a hidden page reads again when shown, not
            # on every change an import or a sync announces.
            if page.isVisible():
                page.refresh()
            else:
                page.stale = True  # type: ignore[attr-defined]
