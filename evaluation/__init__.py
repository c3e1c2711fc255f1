"""Measuring the stages on gold data and real corpora; imports them, never imported by them."""
