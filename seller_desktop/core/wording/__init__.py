"""The wording checker: what a seller writes on an insert card (or any text sent to a buyer),
checked against Amazon's rules while it is typed.

Amazon forbids asking for positive reviews, offering anything for a review, steering unhappy
buyers away from reviewing, asking only happy buyers to review, and diverting buyers off Amazon;
the FTC's rule (16 CFR 465) bans buying reviews in the US. Sellers break these rules by accident
and in five languages; a suspended account ends their business.

- ``check_wording(text, lang=None)`` (``checker.py``): the ``Finding``s of a text: rule, severity
  ("error" or "warning"), ``start``/``end`` in the original text, allowed wording in the text's
  language, and the policy page.
- ``check_url(url, lang=None)``: the warning for a campaign's QR link that leaves Amazon.
- ``RULES`` (``findings.py``): the rule ids, severities, titles and policy pages.

Nothing here knows Qt; the window translates a rule's title under the context "Wording".
"""

from seller_desktop.core.wording.checker import LANGUAGES, check_url, check_wording
from seller_desktop.core.wording.findings import RULES, Finding, Rule

__all__ = ["LANGUAGES", "RULES", "Finding", "Rule", "check_url", "check_wording"]
