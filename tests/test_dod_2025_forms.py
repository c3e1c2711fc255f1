"""Announcements as the Department publishes them in 2024-2026, in paragraphs written for these
tests in the genre's style (the real 2025 paragraphs are evaluation gold only)."""

from __future__ import annotations

import json

import pytest

from dod.parser import (
    NotAnAward,
    canonical_agency,
    is_heading,
    money,
    parse_day,
    parse_paragraph,
    split_page,
)

DAY = "2025-08-12"


def parse(text: str, agency: str | None = "ARMY", **kw):
    return parse_paragraph(text, DAY, agency, **kw)


# -- several awardees, each with its own contract number ----------------------------------


def test_awardees_that_will_compete_for_each_order_each_with_number_and_mark():
    r = parse(
        "Bramblewood Design Group, Omaha, Nebraska (W9128F-25-D-A101); Tern Point Engineers "
        "Inc.,* Mobile, Alabama (W9128F-25-D-A102); Quarry & Vale Architects LLC,* Boise, "
        "Idaho (W9128F-25-D-A103); and Saltmarsh-Kiln JV, Reno, Nevada (W9128F-25-D-A104), "
        "will compete for each order of the $64,000,000 firm-fixed-price contract for "
        "architect-engineer services. Bids were solicited via the internet with 11 received. "
        "Work locations and funding will be determined with each order, with an estimated "
        "completion date of Aug. 11, 2030. U.S. Army Corps of Engineers, Omaha, Nebraska, is "
        "the contracting activity."
    )
    assert [a.name for a in r.awardees] == [
        "Bramblewood Design Group",
        "Tern Point Engineers Inc.",
        "Quarry & Vale Architects LLC",
        "Saltmarsh-Kiln JV",
    ]
    assert [a.contract_numbers for a in r.awardees] == [
        ["W9128F-25-D-A101"],
        ["W9128F-25-D-A102"],
        ["W9128F-25-D-A103"],
        ["W9128F-25-D-A104"],
    ]
    assert [a.small_business for a in r.awardees] == [False, True, True, False]
    assert r.amount_usd == 64_000_000 and r.amount_kind == "combined"
    assert r.contract_numbers == [f"W9128F-25-D-A10{i}" for i in range(1, 5)]
    assert r.contracting_activity == "U.S. Army Corps of Engineers, Omaha, Nebraska"
    assert r.completion_date == "2030-08-11"
    assert "multiple_award" in r.flags


def test_awardees_joined_by_semicolon_and_and_sharing_a_combined_ceiling():
    r = parse(
        "Larchmont Facility Services GmbH, Wiesbaden, Germany (FA5612-25-D-0011); and "
        "Oriel Bau AG, Mainz, Germany (FA5612-25-D-0012); and Cobalt Fjord Services LLC, "
        "Norfolk, Virginia (FA5612-25-D-0013), were awarded a combined ceiling of "
        "$310,000,000 indefinite-delivery/indefinite-quantity, multiple-award construction "
        "contract for facility repairs. Work will be performed in Germany and is expected to "
        "be completed by Aug. 10, 2033. Fiscal 2025 operations and maintenance funds in the "
        "amount of $9,000 ($3,000 per awardee) are being obligated at time of award. The "
        "700th Contracting Squadron, Kapaun Air Station, Germany, is the contracting activity.",
        agency="AIR FORCE",
    )
    assert [a.name for a in r.awardees] == [
        "Larchmont Facility Services GmbH",
        "Oriel Bau AG",
        "Cobalt Fjord Services LLC",
    ]
    assert r.amount_usd == 310_000_000 and r.amount_kind == "combined"
    assert r.ceiling_usd == 310_000_000 and r.obligated_usd == 9_000
    assert r.contracting_activity == "700th Contracting Squadron, Kapaun Air Station, Germany"


def test_awardees_sharing_a_maximum_and_a_solicitation_that_is_no_contract():
    r = parse(
        "Pinecone Lumber Supply Inc.,* Bend, Oregon (SPE8E6-25-D-0201); and Hollow Oak "
        "Timber LLC,* Macon, Georgia (SPE8E6-25-D-0202), are sharing a maximum $22,000,000 "
        "fixed-price, indefinite-delivery/indefinite-quantity contract under solicitation "
        "SPE8E6-25-R-0009 for dimensional lumber. This was a competitive acquisition with "
        "six responses received. The ordering period end date is Aug. 11, 2027. The "
        "contracting activity is the Defense Logistics Agency Troop Support, Philadelphia, "
        "Pennsylvania.",
        agency="DEFENSE LOGISTICS AGENCY",
    )
    assert [a.name for a in r.awardees] == ["Pinecone Lumber Supply Inc.", "Hollow Oak Timber LLC"]
    assert r.amount_usd == 22_000_000 and r.amount_kind == "combined"
    assert r.contract_numbers == ["SPE8E6-25-D-0201", "SPE8E6-25-D-0202"]
    assert "solicitation:SPE8E6-25-R-0009" in r.flags


def test_an_awardee_list_missing_a_semicolon_still_splits_at_each_number():
    r = parse(
        "Aster Roofing LLC,* Flint, Michigan (W912CH-25-D-A301); Birchline Masonry,* Troy, "
        "Michigan (W912CH-25-D-A302) Cinder Path Builders Inc.,* Akron, Ohio "
        "(W912CH-25-D-A303); and Dunmore Paving Co.,* Erie, Pennsylvania (W912CH-25-D-A304), "
        "will compete for each order of the $40,000,000 firm-fixed-price contract for "
        "construction. Army Contracting Command, Detroit Arsenal, Michigan, is the contracting "
        "activity."
    )
    assert [a.name for a in r.awardees] == [
        "Aster Roofing LLC",
        "Birchline Masonry",
        "Cinder Path Builders Inc.",
        "Dunmore Paving Co.",
    ]
    assert all(a.small_business for a in r.awardees)


def test_an_awardee_added_to_a_multiple_award_contract_with_its_amount_beside_its_number():
    r = parse(
        "UPDATE: Greywater Surgical Supply LLC,** Raleigh, North Carolina (SPE2D1-25-D-0077, "
        "$45,000,000), has been added as an awardee to the multiple award contract for "
        "surgical instruments for the Defense Logistics Agency Electronic Catalog, issued "
        "against solicitation SPE2DH-22-R-0004 and awarded March 3, 2023. The contracting "
        "activity is the Defense Logistics Agency Troop Support, Philadelphia, Pennsylvania.",
        agency="DEFENSE LOGISTICS AGENCY",
        footnotes={"*": "Small business", "**": "Service-disabled veteran-owned small business"},
    )
    (a,) = r.awardees
    assert a.name == "Greywater Surgical Supply LLC" and a.small_business
    assert a.amount_usd == 45_000_000 == r.amount_usd
    assert r.contract_numbers == ["SPE2D1-25-D-0077"]
    assert "update" in r.flags and "solicitation:SPE2DH-22-R-0004" in r.flags


# -- modifications naming an older contract, cumulative and combined values -------------


@pytest.mark.parametrize(
    "clause",
    [
        "was awarded a $12,345,678 modification (P00031) to contract W56HZV-21-C-0150",
        "has been awarded $12,345,678 modification (P00031) to previously awarded "
        "(W56HZV-21-C-0150)",
        "is awarded a $12,345,678 cost-plus-fixed-fee modification to a previously awarded "
        "contract (W56HZV-21-C-0150)",
    ],
)
def test_a_modification_keeps_the_older_contract_number_not_the_modification_number(clause):
    r = parse(
        f"Foxglove Tracked Systems LLC, Lima, Ohio, {clause} for hull spare parts. The "
        "modification brings the total cumulative face value of the contract to "
        "$412,000,000. Work will be performed in Lima, Ohio, with an estimated completion "
        "date of Jan. 31, 2028. Army Contracting Command, Detroit Arsenal, Michigan, is the "
        "contracting activity."
    )
    assert r.contract_numbers == ["W56HZV-21-C-0150"]
    assert r.amount_usd == 12_345_678 and r.modification
    assert r.cumulative_usd == 412_000_000


def test_a_modification_number_written_beside_the_contract_in_the_activity_is_not_a_contract():
    r = parse(
        "Slate Ridge Defense Co., Tucson, Arizona, is awarded a $18,500,000 modification to a "
        "previously awarded firm-fixed-price contract (M67854-22-D-0042) for launcher spares. "
        "The cumulative value of the contract is $77,000,000. Work will be performed in "
        "Tucson, Arizona, with an expected completion date of March 2027. Marine Corps Systems "
        "Command, Quantico, Virginia, is the contracting activity (M67854-22-D-0042 P00009).",
        agency="NAVY",
    )
    assert r.contract_numbers == ["M67854-22-D-0042"]
    assert r.amount_usd == 18_500_000 and r.cumulative_usd == 77_000_000


def test_the_amount_of_this_action_is_the_award_not_the_cumulative_total():
    r = parse(
        "Heron Flats Dredging Inc.,* Biloxi, Mississippi, was awarded a firm-fixed-price "
        "contract for channel maintenance dredging. The amount of this action is $23,410,000 "
        "with a cumulative total face value of $31,900,000. Bids were solicited via the "
        "internet with three received. Work will be performed in Gulfport, Mississippi, with "
        "an estimated completion date of May 1, 2027. U.S. Army Corps of Engineers, Mobile, "
        "Alabama, is the contracting activity (W91278-25-C-A077)."
    )
    assert r.amount_usd == 23_410_000 and r.amount_kind == "award"
    assert r.cumulative_usd == 31_900_000
    assert r.contract_numbers == ["W91278-25-C-A077"]


def test_a_cumulative_total_before_the_amount_of_the_action_does_not_win():
    r = parse(
        "Wren Analytics LLC, Reston, Virginia, was awarded a firm-fixed-price contract "
        "(HQ003425FE900). The cumulative total of the contract is $88,000,000. The amount of "
        "this action is $9,400,000. Washington Headquarters Services, Arlington, Virginia, is "
        "the contracting agency.",
        agency="WASHINGTON HEADQUARTERS SERVICES",
    )
    assert r.amount_usd == 9_400_000
    assert r.contracting_activity == "Washington Headquarters Services, Arlington, Virginia"


def test_a_follow_on_agreement_names_its_prototype_as_a_predecessor():
    r = parse(
        "Kitefin Radar Inc., Huntsville, Alabama, is awarded a $31,000,000 other transaction "
        "agreement to build four radar production models. The requirement was procured under "
        "the authority of 10 U.S. Code 4022 as a follow-on agreement to the prototype "
        "agreement M67854-23-9-0077. Marine Corps Systems Command, Quantico, Virginia, is the "
        "contracting activity (M67854-25-9-0311).",
        agency="NAVY",
    )
    assert r.contract_numbers == ["M67854-25-9-0311"]
    assert "follow_on_to:M67854-23-9-0077" in r.flags


# -- corrections ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CORRECTION: The $18,000,000 contract (W9124J-25-F-A900) awarded on July 9, 2025, to "
        "Marten Logistics LLC, Richmond, Virginia, has a total cumulative face value of "
        "$90,000,000.",
        "CORRECTION \u2013 The modification announced on July 2, 2025, was announced with the "
        "wrong amount. The correct amount is $11,000,000.",
        "The contract announced on June 30, 2025, for Osprey Gear Inc., Dayton, Ohio "
        "(SPE4A5-25-C-0999), for $8,800,000 was announced with an incorrect award date. The "
        "correct award date is July 3, 2025.",
    ],
)
def test_corrections_are_explained_rejections_not_awards(text):
    with pytest.raises(NotAnAward) as exc:
        parse(text)
    assert exc.value.code == "correction"


# -- contracting activities: field offices named with their location ---------------------


@pytest.mark.parametrize(
    ("sentence", "activity"),
    [
        (
            "U.S. Army Corps of Engineers, New England District, is the contracting activity.",
            "U.S. Army Corps of Engineers, New England District",
        ),
        (
            "The Naval Facilities Engineering Systems Command, Europe, Africa, Central, is the "
            "contracting activity.",
            "Naval Facilities Engineering Systems Command, Europe, Africa, Central",
        ),
        (
            "NAVFAC Southwest, San Diego, California, is the contracting activity "
            "(N62473-25-D-1234).",
            "NAVFAC Southwest, San Diego, California",
        ),
        (
            "The contracting activity responsible for this action is with Air Force Research "
            "Laboratory/RQKM, Wright-Patterson Air Force Base, Ohio (FA8650-25-C-1234).",
            "Air Force Research Laboratory/RQKM, Wright-Patterson Air Force Base, Ohio",
        ),
        (
            "The contracting activity is the Defense Logistics Agency Aviation at Richmond, "
            "Virginia (SPE4A1-25-C-0101).",
            "Defense Logistics Agency Aviation at Richmond, Virginia",
        ),
        (
            "Army Contracting Command, Rock Island Arsenal is the contracting activity "
            "(W519TC-25-F-0999).",
            "Army Contracting Command, Rock Island Arsenal",
        ),
        (
            "The 82nd Contracting Squadron, Sheppard Air Force Base, Texas, is the contracting "
            "activity. (Awarded Aug. 8, 2025)",
            "82nd Contracting Squadron, Sheppard Air Force Base, Texas",
        ),
    ],
)
def test_field_office_activities_are_kept_as_written(sentence, activity):
    r = parse(
        "Moraine Works Inc., Dayton, Ohio, was awarded a $9,100,000 firm-fixed-price contract "
        f"for test stands. Work is expected to be completed by Aug. 1, 2027. {sentence}"
    )
    assert r.contracting_activity == activity


# -- agency sections with new names -----------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "agency"),
    [
        ("ARMY", "ARMY"),
        ("DEPARTMENT OF THE ARMY", "ARMY"),
        ("U.S. Space Force:", "SPACE FORCE"),
        ("Department of the Air Force", "AIR FORCE"),
        ("U.S. NAVY", "NAVY"),
        ("Defense Logistics Agency", "DEFENSE LOGISTICS AGENCY"),
        ("DLA", "DEFENSE LOGISTICS AGENCY"),
        ("USSOCOM", "U.S. SPECIAL OPERATIONS COMMAND"),
        ("U.S. TRANSPORTATION COMMAND", "U.S. TRANSPORTATION COMMAND"),
        ("SPACE DEVELOPMENT AGENCY", "SPACE DEVELOPMENT AGENCY"),
        (
            "CHIEF DIGITAL AND ARTIFICIAL INTELLIGENCE OFFICE",
            "CHIEF DIGITAL AND ARTIFICIAL INTELLIGENCE OFFICE",
        ),
    ],
)
def test_agency_headings_old_and_new_land_on_one_name(heading, agency):
    assert is_heading(heading)
    assert canonical_agency(heading) == agency


def test_a_day_page_with_new_headings_files_each_award_under_its_agency():
    page = "\n".join(
        [
            "Contracts For Aug. 12, 2025",
            "Department of the Army",
            "Juniper Crane Co., Tulsa, Oklahoma, was awarded a $15,000,000 firm-fixed-price "
            "contract for crane repair. Army Contracting Command, Rock Island Arsenal, "
            "Illinois, is the contracting activity (W519TC-25-C-0500).",
            "U.S. Space Force",
            "Corvid Orbital Inc., Denver, Colorado, has been awarded a $27,000,000 firm-fixed-"
            "price contract for ground software. Space Systems Command, Los Angeles Air Force "
            "Base, California, is the contracting activity (FA8808-25-C-0400).",
            "Defense Logistics Agency",
            "Bluefin Textiles LLC,* Fall River, Massachusetts, has been awarded a maximum "
            "$9,500,000 firm-fixed-price contract for cold weather socks. The contracting "
            "activity is the Defense Logistics Agency Troop Support, Philadelphia, "
            "Pennsylvania (SPE1C1-25-D-0444).",
            "*Small business",
        ]
    )
    when, pairs = split_page(page)
    assert when == DAY
    day = parse_day(page)
    assert [(r.agency, r.awardees[0].name) for r in day.records] == [
        ("ARMY", "Juniper Crane Co."),
        ("SPACE FORCE", "Corvid Orbital Inc."),
        ("DEFENSE LOGISTICS AGENCY", "Bluefin Textiles LLC"),
    ]
    assert [r.code for r in day.rejections] == ["footnote"]
    assert day.records[2].small_business


# -- small-business marks of every kind, by the day's legend ------------------------------


def test_one_two_and_three_asterisks_follow_the_days_legend():
    day = parse_day(
        [
            (
                "NAVY",
                "Tidewater Pump Co.,* Norfolk, Virginia (N00104-25-D-0101); Sandpiper Valve "
                "LLC,** Mobile, Alabama (N00104-25-D-0102); and Cormorant Seals Inc.,*** "
                "Erie, Pennsylvania (N00104-25-D-0103), are awarded a combined $30,000,000 "
                "firm-fixed-price contract for pump repairs. Naval Supply Systems Command "
                "Weapon Systems Support, Mechanicsburg, Pennsylvania, is the contracting "
                "activity.",
            ),
            ("NAVY", "*Small business"),
            ("NAVY", "**Woman-owned small business"),
            ("NAVY", "***Mandatory source"),
        ],
        DAY,
    )
    (r,) = day.records
    assert [a.marks for a in r.awardees] == [["*"], ["**"], ["***"]]
    assert [a.small_business for a in r.awardees] == [True, True, False]
    assert [x.code for x in day.rejections] == ["footnote"] * 3


# -- amounts are whole dollars ------------------------------------------------------------


def test_amounts_are_ints_everywhere_in_a_record():
    assert money("$7.85 million") == 7_850_000 and isinstance(money("$7.85 million"), int)
    assert money("$1.2 billion") == 1_200_000_000
    r = parse(
        "Alder Bay Systems Inc., Bath, Maine, is awarded a $10,500,000.50 cost-plus-fixed-fee "
        "contract for sonar spares. This contract includes options which, if exercised, would "
        "bring the cumulative value of this contract to $41,000,000. Fiscal 2025 other "
        "procurement (Navy) funds in the amount of $2,000,000; and fiscal 2024 shipbuilding "
        "and conversion (Navy) funds in the amount of $500,000, will be obligated at time of "
        "award. Naval Sea Systems Command, Washington, D.C., is the contracting activity "
        "(N00024-25-C-4100).",
        agency="NAVY",
    )
    amounts = (r.amount_usd, r.ceiling_usd, r.obligated_usd)
    assert amounts == (10_500_001, 41_000_000, 2_500_000)
    assert all(type(v) is int for v in amounts)
    dumped = json.dumps(r.to_dict())
    assert "10500001" in dumped and "10500001.0" not in dumped


def test_no_funds_obligated_is_integer_zero():
    r = parse(
        "Nimbus Hangar Services LLC, Enid, Oklahoma, was awarded a $60,000,000 requirements "
        "contract for hangar maintenance. No funds are being obligated at the time of award. "
        "The Air Force Sustainment Center, Tinker Air Force Base, Oklahoma, is the contracting "
        "activity (FA8109-25-D-B900).",
        agency="AIR FORCE",
    )
    assert r.obligated_usd == 0 and type(r.obligated_usd) is int


# -- foreign and newer corporate forms resolve to one company -----------------------------


def test_foreign_corporate_forms_and_accents_fold_to_one_key():
    from dod.companies import CompanyResolver, name_key, strip_suffix

    assert name_key("Lindqvist & Söhne Bau GmbH & Co. KG") == name_key("Lindqvist & Sohne Bau")
    assert strip_suffix("Lindqvist & Söhne Bau GmbH & Co. KG") == "Lindqvist & Söhne Bau"
    assert strip_suffix("Kranich Hochbau mbH& Co.KG") == "Kranich Hochbau"
    assert strip_suffix("Redfern Environmental Science Inc. PBC") == "Redfern Environmental Science"
    assert name_key("Fjørd Marine AS") == name_key("Fjord Marine AS")
    resolver = CompanyResolver([])
    assert resolver.resolve("Lindqvist & Söhne Bau GmbH & Co. KG").id == "lindqvist-and-sohne-bau"


# -- contract numbers of civilian schedules, requests that are not contracts, lost dashes --


def test_schedule_and_bpa_numbers_of_civilian_agencies_count_as_contract_numbers():
    r = parse(
        "Quillfeather Computing Inc.,** Vista, California, is being awarded a delivery order "
        "(H9241525FE777) to a contract (47QTCA20D00AB) for rugged tablets. This is a firm-fixed-"
        "price order from blanket purchase agreement (BPA) 47QTCA23A00CD with a value of "
        "$12,400,000. USSOCOM, MacDill Air Force Base, Florida, is the contracting activity.",
        agency="U.S. SPECIAL OPERATIONS COMMAND",
    )
    assert r.contract_numbers == ["H9241525FE777", "47QTCA20D00AB", "47QTCA23A00CD"]
    assert r.amount_usd == 12_400_000


def test_a_broad_agency_announcement_number_is_not_a_contract_number():
    r = parse(
        "Birchfield Research Corp., Ann Arbor, Michigan, has been awarded a $14,100,000 "
        "cost-plus-fixed-fee modification (P00004) to a previously awarded contract "
        "(HR001124C0321) for the Lantern program. The base contract was a competitive "
        "acquisition under broad agency announcement HR001124S0007, and six offers were "
        "received. Defense Advanced Research Projects Agency, Arlington, Virginia, is the "
        "contracting activity.",
        agency="DEFENSE ADVANCED RESEARCH PROJECTS AGENCY",
    )
    assert r.contract_numbers == ["HR001124C0321"]
    assert "solicitation:HR001124S0007" in r.flags


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("(N00189-25-DZ044)", "N00189-25-DZ044"),  # the dash before the serial lost
        ("W58RGZ24-C-0071", "W58RGZ24-C-0071"),  # the dash after the office code lost
        ("(FA8819-23-C- 0002)", "FA8819-23-C-0002"),  # a space after a dash
    ],
)
def test_contract_numbers_with_a_dash_lost_or_a_stray_space(written, number):
    r = parse(
        f"Thistle Works LLC, Erie, Pennsylvania, was awarded a $9,900,000 modification to "
        f"contract {written} for spare parts. Army Contracting Command, Rock Island Arsenal, "
        "Illinois, is the contracting activity."
    )
    assert r.contract_numbers == [number]
