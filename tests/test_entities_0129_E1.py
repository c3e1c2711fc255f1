"""Helper E1: ships and designated hardware named whole, in our own words.

A name before a hull number in brackets is a ship ("USS X", without the number), also
after a ship type ("the amphibious ship X") and as "the X" later on; a hull number written
with a space ("LPD 33", "DDG 51"); an "X-class" ship the gazetteer lacks is no place X; a
carrier strike group keeps its carrier's name; a designator with its type's name in quotes;
a product's variant by its number ("Altius 700M"); "M1 tanks" are M1 Abrams tanks.
"""

from __future__ import annotations

import pytest

from tests.test_extract_rules_090 import _entities

pytestmark = pytest.mark.model


def test_name_with_hull_number_is_a_ship() -> None:
    found = _entities(
        "The yard in Maine is finishing two destroyers, Ernest Vance Jr. (DDG 141) and "
        "Mary Collier (DDG 143), ahead of schedule."
    )
    assert "USS Ernest Vance Jr." in found, found
    assert "USS Mary Collier" in found, found
    assert "Mary Collier" not in found, found
    assert "DDG" not in found, found


def test_ship_type_then_place_name_is_a_ship() -> None:
    found = _entities(
        "Workers laid the keel of the attack submarine Tulsa (SSN-801) last week. "
        "Officials said the Tulsa will reach the fleet in 2031."
    )
    assert "USS Tulsa" in found, found
    assert "Tulsa" not in found, found
    assert "SSN-801" not in found, found
    found = _entities("The yard won $2 billion for the amphibious ship Galveston on Friday.")
    assert "USS Galveston" in found, found
    assert "Galveston" not in found, found


def test_place_is_kept_when_no_ship_is_named() -> None:
    found = _entities("The company opened an office in Portland and hired 40 engineers.")
    assert "Portland" in found, found
    assert not any(name.startswith("USS") for name in found), found


def test_hull_number_with_a_space() -> None:
    found = _entities("The Navy ordered a new amphibious transport dock, LPD 33, on Tuesday.")
    assert "LPD 33" in found, found
    assert "LPD" not in found, found
    found = _entities("Bath Iron Works will build three more DDG 51 destroyers for the Navy.")
    assert "Arleigh Burke-class destroyer" in found, found
    assert "DDG" not in found, found


def test_unknown_ship_class_is_not_a_place() -> None:
    found = _entities(
        "The new boats replace the Los Angeles-class attack submarines that served for decades."
    )
    assert "Los Angeles-class submarine" in found, found
    assert "Los Angeles" not in found, found


def test_carrier_strike_group_keeps_its_name() -> None:
    found = _entities(
        "Ships of the Carl Vinson Carrier Strike Group and a French frigate trained together."
    )
    assert "Carl Vinson Carrier Strike Group" in found, found
    assert "Carl" not in found, found


def test_designator_with_quoted_type_name() -> None:
    found = _entities(
        "The service picked the XQ-67A “Night Heron” and the ZQ-12B “Kestrel.” for tests."
    )
    assert "XQ-67A Night Heron" in found, found
    assert "ZQ-12B Kestrel" in found, found
    assert "XQ-67A" not in found, found


def test_product_variant_by_number() -> None:
    found = _entities("Anduril showed its Altius 700M loitering munition to Army buyers.")
    assert "Altius 700M" in found, found
    assert "Altius" not in found, found


def test_m1_tanks_are_abrams() -> None:
    found = _entities("The brigade shipped its M1 tanks and artillery to Poland in March.")
    assert "M1 Abrams" in found, found
    assert "M1" not in found, found
