"""Date phrasings as the news writes them, resolved against the publication date by the
conventions of ../shared/annotation.md ("Dates"): a bare weekday is the nearest one at or
before publication unless the clause looks ahead; "this week", "late February", "earlier
this month" are month-like (a week or a month); seasons are their year. Sentences of our
own, written for these tests; run through the extractor's public API."""

from __future__ import annotations

import pytest

from extract import get_extractor

TUE = "2026-03-10"  # a Tuesday
SAT = "2026-02-28"  # a Saturday
THU = "2026-03-12"  # a Thursday

CASES = [
    # a month of a year named from publication: the month, never the year
    ("The company cut its workforce in June last year.", TUE, "June last year", "2025-06", "month"),
    ("The company cut jobs in January last year.", TUE, "January last year", "2025-01", "month"),
    ("Regulators opened the inquiry in January this year.", TUE, "January this year", "2026-01", "month"),
    ("The plant will reopen in April next year.", TUE, "April next year", "2027-04", "month"),
    ("The firm settled the case in March of last year.", TUE, "March of last year", "2025-03", "month"),
    ("The board expects a vote in June of this year.", TUE, "June of this year", "2026-06", "month"),
    ("The startup lost its biggest client last June.", TUE, "last June", "2025-06", "month"),
    ("The startup lost its biggest client this past June.", TUE, "this past June", "2025-06", "month"),
    ("The startup signed the lease this past January.", TUE, "this past January", "2026-01", "month"),
    ("The startup was valued at $60 billion in June 2025.", TUE, "June 2025", "2025-06", "month"),
    ("Hiring resumed in early March last year.", TUE, "early March last year", "2025-03", "month"),
    ("The merger was first proposed on January 5 of last year.", THU, "January 5 of last year", "2025-01-05", "day"),
    # weekdays in past-tense sentences: at or before publication (a Saturday here)
    ("Late Friday, officials directed agencies to stop using the software.", SAT, "Late Friday", "2026-02-27", "day"),
    ("Late Friday, Trump directed agencies to stop using the AI tools.", SAT, "Late Friday", "2026-02-27", "day"),
    ("Early Monday, Trump directed agencies to stop using the AI tools.", TUE, "Early Monday", "2026-03-09", "day"),
    ("Early Monday, the agency issued a statement.", SAT, "Early Monday", "2026-02-23", "day"),
    ("Late on Friday, the White House told agencies to cease all work with the firm.", SAT, "Friday", "2026-02-27", "day"),
    ("The agency issued a statement late Friday night.", SAT, "late Friday night", "2026-02-27", "day"),
    ("The judge ruled Friday evening that the grants must be restored.", SAT, "Friday evening", "2026-02-27", "day"),
    ("On Friday afternoon, the secretary urged lawmakers to approve the bill.", SAT, "Friday afternoon", "2026-02-27", "day"),
    ("The company cut jobs earlier Monday, a spokesman said.", TUE, "earlier Monday", "2026-03-09", "day"),
    ("The company filed the suit Monday morning. Later Monday, it said it would appeal.", TUE, "Later Monday", "2026-03-09", "day"),
    ("Officials said talks could resume later Friday.", TUE, "later Friday", "2026-03-13", "day"),
    ("The ruling came this past Friday.", TUE, "this past Friday", "2026-03-06", "day"),
    ("The company disclosed the breach a week ago Friday.", TUE, "a week ago Friday", "2026-02-27", "day"),
    ("On Thursday, the agency released the report.", THU, "Thursday", "2026-03-12", "day"),
    ("The hearing will be held on Thursday.", TUE, "Thursday", "2026-03-12", "day"),
    ("The hearing is set for next Tuesday.", TUE, "next Tuesday", "2026-03-17", "day"),
    # a weekday after a dated sentence is still read from publication
    ("The lawsuit was filed on March 2. On Thursday, a judge blocked the order.", TUE, "Thursday", "2026-03-05", "day"),
    # days
    ("The order was issued on Feb. 3.", TUE, "Feb. 3", "2026-02-03", "day"),
    ("The fiscal year ended Sept. 30, 2025.", TUE, "Sept. 30, 2025", "2025-09-30", "day"),
    ("The memo was dated 3/4/2026.", TUE, "3/4/2026", "2026-03-04", "day"),
    ("The firm reported results on 4 March.", TUE, "4 March", "2026-03-04", "day"),
    ("The company announced the deal the day before yesterday.", THU, "the day before yesterday", "2026-03-10", "day"),
    ("The Senate voted on March 4. The previous day, the House had passed the bill.", TUE, "The previous day", "2026-03-03", "day"),
    # weeks (an ISO week counts as the month of its Thursday)
    ("Officials met this week to discuss the contract.", TUE, "this week", "2026-W11", "week"),
    ("The firm disclosed the breach two weeks ago.", TUE, "two weeks ago", "2026-W09", "week"),
    ("Talks resumed the week of March 2.", TUE, "the week of March 2", "2026-W10", "week"),
    ("The company cut jobs in the last week of February.", TUE, "the last week of February", "2026-W09", "week"),
    ("The plant will reopen the week after next.", TUE, "the week after next", "2026-W13", "week"),
    ("The company announced the deal the week before last.", THU, "the week before last", "2026-W09", "week"),
    ("The cuts took effect this past weekend.", TUE, "this past weekend", "2026-W10", "week"),
    ("Shares slid this past week.", SAT, "this past week", "2026-W09", "week"),
    ("The Senate voted on March 4. The following week, the president signed it.", TUE, "The following week", "2026-W11", "week"),
    # months
    ("The board approved the plan earlier this month.", TUE, "earlier this month", "2026-03", "month"),
    ("Sales slowed late last month, the company said.", TUE, "late last month", "2026-02", "month"),
    ("Shares fell in late February after the report.", TUE, "late February", "2026-02", "month"),
    ("The contract was signed in mid-February.", TUE, "mid-February", "2026-02", "month"),
    ("Prices peaked in the final days of February.", TUE, "the final days of February", "2026-02", "month"),
    ("The panel will vote later this month.", TUE, "later this month", "2026-03", "month"),
    # quarters, halves, seasons and years
    ("Revenue rose 12% in the third quarter of last year.", TUE, "the third quarter of last year", "2025-Q3", "quarter"),
    ("The agency began the review last fall.", TUE, "last fall", "2025", "year"),
    ("The agency expects to finish the review this spring.", TUE, "this spring", "2026", "year"),
    ("The probe began in the summer of last year.", TUE, "the summer of last year", "2025", "year"),
    ("The firm hired staff over the summer.", TUE, "over the summer", "2025", "year"),
    ("The company cut jobs in the first half of 2025.", TUE, "the first half of 2025", "2025", "year"),
    ("Revenue doubled in H1 2025.", TUE, "H1 2025", "2025", "year"),
    ("Revenue grew in the second half of last year.", TUE, "the second half of last year", "2025", "year"),
    ("The budget covers the 2025 fiscal year.", TUE, "2025 fiscal year", "2025", "year"),
    ("The department spent $4 billion in fiscal 2025.", TUE, "fiscal 2025", "2025", "year"),
    ("The company has been profitable since 2019.", TUE, "2019", "2019", "year"),
    ("The company plans to close the deal by the end of the year.", TUE, "the end of the year", "2026", "year"),
    ("The Pentagon signed the deal in early 2025.", TUE, "early 2025", "2025", "year"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "published", "expr", "value", "precision"), CASES)
def test_news_phrasing(sentence, published, expr, value, precision):
    result = get_extractor().extract_one({"id": 1, "published": published, "text": sentence})
    hits = [d for d in result["dates"] if d["text"] == expr]
    assert hits, result["dates"]
    assert (hits[0]["value"], hits[0]["precision"]) == (value, precision), hits[0]


@pytest.mark.model
def test_a_year_earlier_takes_the_date_named_before():
    text = "The company cut jobs in September 2025. A year earlier, it had hired hundreds."
    dates = get_extractor().extract_one({"id": 1, "published": TUE, "text": text})["dates"]
    assert [(d["text"], d["value"]) for d in dates] == [
        ("September 2025", "2025-09"),
        ("A year earlier", "2024"),
    ]
