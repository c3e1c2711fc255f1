"""The date benchmark's scorer (benchmarks/bench_dates.py): TIMEX3 values of ours, the
tune / held-out split, the table of errors by kind, and vague references on real dev.
No model, no corpus."""

from __future__ import annotations

from benchmarks.bench_dates import (
    Document,
    Prediction,
    error_category,
    error_table,
    has_value,
    held_out,
    is_calendar,
    score_meantime,
    score_real,
)


def _doc(name: str, gold: list[tuple[int, int, str]]) -> Document:
    text = "x" * 100
    return Document(
        "meantime",
        name,
        text,
        "2008-10-20",
        [{"start": s, "end": e, "text": text[s:e], "value": v} for s, e, v in gold],
        [],
        100,
    )


def test_vague_references_count_in_the_strict_figure_only():
    doc = _doc("d", [(0, 5, "PRESENT_REF"), (10, 15, "2008-10-20")])
    preds = [
        [Prediction(0, 5, "now", "PRESENT_REF", None), Prediction(10, 15, "x", "2008-10-20", "day")]
    ]
    strict = score_meantime([doc], preds, lambda g: True, has_value)
    assert (strict.tp, strict.pred, strict.gold) == (2, 2, 2)
    calendar = score_meantime([doc], preds, lambda g: True, is_calendar)
    assert (calendar.tp, calendar.gold) == (1, 1)


def test_a_vague_reference_is_no_prediction_on_real_dev():
    doc = Document(
        "real-dev",
        "a",
        "now and then",
        "2026-02-23",
        [{"start": 0, "end": 3, "text": "now", "value": "2026-02-23", "precision": "day"}],
    )
    sc = score_real([doc], [[Prediction(0, 3, "now", "PRESENT_REF", None)]])
    assert (sc.tp, sc.pred, sc.gold) == (0, 0, 1)


def test_the_split_is_stable_and_splits():
    names = [f"doc{i}" for i in range(200)]
    parts = [held_out(n) for n in names]
    assert parts == [held_out(n) for n in names]
    assert 60 < sum(parts) < 140


def test_error_table_counts_by_kind_and_part():
    docs = [_doc(f"doc{i}", []) for i in range(20)]
    tune = next(d.name for d in docs if not held_out(d.name))
    hout = next(d.name for d in docs if held_out(d.name))
    errors = [
        f"{tune}: missed 'recently' (PAST_REF)",
        f"{hout}: missed 'now' (PRESENT_REF)",
        f"{tune}: 'June 18' -> 'June 18' 2009-06-18, gold 2008-06-18",
        f"{tune}: extra 'March' 2006-03",
    ]
    table = error_table(errors, docs)
    row = next(line for line in table.splitlines() if line.startswith("vague reference"))
    assert row.split()[-3:] == ["1", "1", "2"]
    assert "wrong value" in table and "extra" in table
    assert error_category("P6Y").startswith("a duration")
    assert error_category("XXXX-XX-XX").startswith("underspecified")
    assert error_category("2008-FA") == "calendar value"
    assert error_category("FY2007").startswith("other")
