"""The extractor's version: articles a different version processed are re-done by `--stale`.

Its own module, so the job can compare versions without loading spaCy.
"""

EXTRACTOR_VERSION = "0.12.6"  # rules measured on real news (issue 14); 0.12.0: the beat gazetteer, an infinitive's doer, dates from retellings and gatherings; 0.12.1: a characterising participle adds no event, a raised ceiling names whose contract; 0.12.2: five rule threads by event type, each kept only where the val part rose; 0.12.3: six more threads (policy, statements, operations and personnel, legal, partnership and funding, contradictions of the evidence); 0.12.4: nine more threads in two waves (background awards and orders, statements, contracts and funding, personnel, policy, partnerships and meetings, dates, the demo); 0.12.5: ten threads (types, dates, spurious events, statements, actors, policy, funding and legal, meetings and personnel, operations, entity recall); 0.12.6: threads worked from articles never tuned on (entities twice, dates, deals, operations and policy, people, spurious events)
