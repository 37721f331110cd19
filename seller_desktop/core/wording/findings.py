"""What the wording checker reports: a ``Finding`` per offending passage, and the rules it comes
from, each with its severity, a seller-facing title and the Amazon policy page it rests on.

The rule ids are stable: they are written in the CLI's JSON and named by the tests.

Where the policy addresses come from (found with a search of stored public pages, not invented):

- Customer product reviews policies: the Seller Central help page "Customer product reviews
  policies" (the UK copy, ``sellercentral-europe.amazon.com/gp/help/external/GYRKB5RU3FS5TURN``),
  and its questions page (``sellercentral.amazon.com/gp/help/external/G201972160``): "you may not
  ask for a positive review or ask for reviews only from buyers who had a positive experience ...
  you may not offer any compensation for a review, including money or gift cards, free or
  discounted products, refunds or reimbursements".
- Communication Guidelines (``sellercentral.amazon.it/gp/help/external/G1701``, the English page):
  "In any communication you have with buyers (including shipping box inserts), you cannot ask them
  to leave a positive customer review ... or to leave a review only if they had a positive
  experience".
- Amazon's policy reminder "Product Packaging and Inserts" in the Seller Forums
  (``sellercentral.amazon.com/forums/t/policy-reminder-product-packaging-and-inserts/533858``):
  "directing customers to contact you instead of leaving a negative review on Amazon is also
  prohibited".
- Prohibited seller activities and actions (``sellercentral.amazon.com.au/gp/help/external/
  200386250``): "Attempts to divert transactions or buyers ... advertisements, marketing messages
  (special offers) or calls to action that lead, prompt, or encourage Amazon users to leave the
  Amazon website"; "Inappropriate email communications".
- The FTC's rule on consumer reviews, 16 CFR Part 465 (Federal Register of 22 August 2024, in force
  21 October 2024, ``govinfo.gov/content/pkg/FR-2024-08-22/html/2024-18519.htm``): § 465.4 bans
  compensation or incentives for reviews expressing a particular sentiment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from seller_desktop.core.base.messages import QT_TRANSLATE_NOOP

Severity = Literal["error", "warning"]
#: The translation context of the rules' titles (written out as a literal where marked:
#: lupdate reads literals).
TITLE_CONTEXT = "Wording"

REVIEWS_POLICY = (
    "Amazon, Customer product reviews policies: "
    "https://sellercentral-europe.amazon.com/gp/help/external/GYRKB5RU3FS5TURN"
)
REVIEWS_FAQ = (
    "Amazon, Customer product reviews (questions and answers): "
    "https://sellercentral.amazon.com/gp/help/external/G201972160"
)
COMMUNICATION_GUIDELINES = (
    "Amazon, Communication Guidelines: https://sellercentral.amazon.it/gp/help/external/G1701"
)
INSERTS_REMINDER = (
    "Amazon, Policy Reminder: Product Packaging and Inserts: "
    "https://sellercentral.amazon.com/forums/t/policy-reminder-product-packaging-and-inserts/533858"
)
PROHIBITED_ACTIVITIES = (
    "Amazon, Prohibited seller activities and actions: "
    "https://sellercentral.amazon.com.au/gp/help/external/200386250"
)
FTC_REVIEWS_RULE = (
    "FTC, 16 CFR Part 465 (Rule on the Use of Consumer Reviews and Testimonials): "
    "https://www.govinfo.gov/content/pkg/FR-2024-08-22/html/2024-18519.htm"
)


@dataclass(frozen=True)
class Rule:
    """One thing the checker looks for."""

    id: str
    severity: Severity
    #: Short, English, translatable (context "Wording"): what the seller sees next to the mark.
    title: str
    policy: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "positive_review",
            "error",
            QT_TRANSLATE_NOOP("Wording", "Asks for a positive or 5-star review"),
            REVIEWS_POLICY,
        ),
        Rule(
            "review_incentive",
            "error",
            QT_TRANSLATE_NOOP("Wording", "Offers something in return for a review"),
            f"{REVIEWS_FAQ}; {FTC_REVIEWS_RULE}",
        ),
        Rule(
            "review_steering",
            "error",
            QT_TRANSLATE_NOOP("Wording", "Steers unhappy buyers away from reviewing"),
            INSERTS_REMINDER,
        ),
        Rule(
            "review_gating",
            "error",
            QT_TRANSLATE_NOOP("Wording", "Asks only happy buyers to review"),
            COMMUNICATION_GUIDELINES,
        ),
        Rule(
            "own_shop_discount",
            "warning",
            QT_TRANSLATE_NOOP("Wording", "Offers a discount in your own shop"),
            PROHIBITED_ACTIVITIES,
        ),
        Rule(
            "order_direct",
            "warning",
            QT_TRANSLATE_NOOP("Wording", "Invites buyers to order outside Amazon"),
            PROHIBITED_ACTIVITIES,
        ),
        Rule(
            "email_capture",
            "warning",
            QT_TRANSLATE_NOOP("Wording", "Collects buyers' e-mail addresses"),
            PROHIBITED_ACTIVITIES,
        ),
        Rule(
            "outside_link",
            "warning",
            QT_TRANSLATE_NOOP("Wording", "Links to a site outside Amazon"),
            PROHIBITED_ACTIVITIES,
        ),
    )
}


@dataclass(frozen=True)
class Finding:
    """An offending passage: ``text[start:end]`` of the checked text (Python str offsets into the
    original, so a window can underline it), the rule it breaks, and allowed wording in the
    language of the passage to put in its place."""

    rule: str
    severity: Severity
    start: int
    end: int
    suggestion: str
    policy: str

    @property
    def title(self) -> str:
        """The rule's title in English (the window translates it under the context "Wording")."""
        return RULES[self.rule].title


def finding(rule: str, start: int, end: int, suggestion: str) -> Finding:
    """A finding of ``rule`` with the rule's severity and policy."""
    known = RULES[rule]
    return Finding(rule, known.severity, start, end, suggestion, known.policy)
