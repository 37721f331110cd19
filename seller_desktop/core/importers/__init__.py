"""Getting orders in: Amazon flat-file reports (and later the Selling Partner API).

Every source ends in ``merge`` (the one path into the store for orders); the flat-file reports'
own modules are ``report_import`` (import_file, import_steps), ``report_rows``, ``report_types``,
``flatfile`` and ``summary`` (ImportSummary, Problem, Progress, ImportRefused).
"""
