"""The contract announcement parser on paragraphs written for these tests in the genre's style."""

from __future__ import annotations

import pytest

from dod.companies import CompanyResolver, name_key, strip_suffix
from dod.parser import (
    NotAnAward,
    find_piids,
    parse_day,
    parse_paragraph,
    sentences,
    split_page,
)

DAY = "2025-03-03"


def parse(text: str, agency: str = "ARMY", **kw):
    return parse_paragraph(text, DAY, agency, **kw)


def test_single_awardee_every_field():
    r = parse(
        "Kestrel Range Systems Inc., Huntsville, Alabama, was awarded a $48,250,000 "
        "firm-fixed-price contract for radar target simulators. Bids were solicited via the "
        "Internet with two received. Work will be performed in Huntsville, Alabama, with an "
        "estimated completion date of Nov. 30, 2027. Fiscal 2025 research, development, test "
        "and evaluation, Army funds in the amount of $6,100,000 were obligated at the time of "
        "the award. U.S. Army Contracting Command, Redstone Arsenal, Alabama, is the "
        "contracting activity (W31P4Q-25-C-0042)."
    )
    (a,) = r.awardees
    assert (a.name, a.company, a.location) == (
        "Kestrel Range Systems Inc.",
        "Kestrel Range Systems Inc.",
        "Huntsville, Alabama",
    )
    assert r.amount_usd == 48_250_000 and r.amount_kind == "award"
    assert r.obligated_usd == 6_100_000
    assert r.contract_numbers == ["W31P4Q-25-C-0042"]
    assert r.activity_contract_number == "W31P4Q-25-C-0042"
    assert r.contract_type == "firm-fixed-price"
    assert r.completion_date == "2027-11-30"
    assert r.contracting_activity == "U.S. Army Contracting Command, Redstone Arsenal, Alabama"
    assert r.purpose.startswith("radar target simulators")
    assert r.announcement_date == DAY and r.agency == "ARMY"
    assert not r.small_business and not r.modification and not r.option


def test_several_awardees_each_with_its_own_number_and_asterisk():
    r = parse(
        "Pelican Marine Works LLC,* Gulfport, Mississippi (N69450-25-D-0101); Granite Shoal "
        "Constructors Inc., Tampa, Florida (N69450-25-D-0102); and Ibis & Heron Builders Co., "
        "Inc.,* Savannah, Georgia (N69450-25-D-0103), are each being awarded a firm-fixed-price, "
        "indefinite-delivery/indefinite-quantity, multiple award construction contract for "
        "waterfront repairs. The maximum dollar value for all three contracts combined is "
        "$95,000,000. Work is expected to be completed by March 2030. The Naval Facilities "
        "Engineering Command, Southeast, Jacksonville, Florida, is the contracting activity.",
        "NAVY",
    )
    assert [a.name for a in r.awardees] == [
        "Pelican Marine Works LLC",
        "Granite Shoal Constructors Inc.",
        "Ibis & Heron Builders Co., Inc.",
    ]
    assert [a.contract_numbers for a in r.awardees] == [
        ["N69450-25-D-0101"],
        ["N69450-25-D-0102"],
        ["N69450-25-D-0103"],
    ]
    assert [a.small_business for a in r.awardees] == [True, False, True]
    assert r.amount_usd == 95_000_000 and r.amount_kind == "ceiling"
    assert "multiple_award" in r.flags and "amount_each" in r.flags
    assert "indefinite-delivery/indefinite-quantity" in r.contract_type
    assert r.completion_date == "2030-03"
    assert (
        r.contracting_activity
        == "Naval Facilities Engineering Command, Southeast, Jacksonville, Florida"
    )


def test_awardees_sharing_a_combined_amount_without_semicolons():
    r = parse(
        "Ridgeline Analytics Corp., Reston, Virginia, and Orchard Signal Labs LLC, Dayton, "
        "Ohio, will share in a combined $30,000,000 cost-plus-fixed-fee contract for sensor "
        "fusion research. Work locations and funding will be determined with each order, with "
        "an estimated completion date of Jan. 15, 2029. Army Contracting Command, Adelphi, "
        "Maryland, is the contracting activity (W911NF-25-D-0007)."
    )
    assert [a.name for a in r.awardees] == ["Ridgeline Analytics Corp.", "Orchard Signal Labs LLC"]
    assert r.amount_kind == "combined" and r.amount_usd == 30_000_000


def test_joint_venture_and_places_with_shares():
    r = parse(
        "Saltmarsh-Keel Joint Venture,* Norfolk, Virginia, is awarded a $27,900,000 "
        "firm-fixed-price contract for pier maintenance. Work will be performed in Norfolk, "
        "Virginia (60%); and Portsmouth, Virginia (40%), and is expected to be completed by "
        "March 2026. Naval Facilities Engineering Command Mid-Atlantic, Norfolk, Virginia, is "
        "the contracting activity (N40085-25-C-0450).",
        "NAVY",
    )
    (a,) = r.awardees
    assert a.name == "Saltmarsh-Keel Joint Venture" and a.joint_venture
    assert "joint_venture" in r.flags
    assert [(p.place, p.percent) for p in r.places] == [
        ("Norfolk, Virginia", 60.0),
        ("Portsmouth, Virginia", 40.0),
    ]


def test_joint_venture_named_by_its_partners():
    r = parse(
        "Bramble Engineering and Tidewell Partners, a joint venture, Richmond, Virginia, was "
        "awarded an $8,800,000 firm-fixed-price contract for dredging. Work will be performed in "
        "Norfolk, Virginia, with an estimated completion date of Dec. 1, 2026. U.S. Army Corps of "
        "Engineers, Norfolk, Virginia, is the contracting activity (W91236-25-C-0012)."
    )
    (a,) = r.awardees
    assert a.name == "Bramble Engineering and Tidewell Partners, a joint venture"
    assert a.joint_venture and a.location == "Richmond, Virginia"


def test_modification_with_cumulative_value_and_division():
    r = parse(
        "Lockheed Martin Corp., Lockheed Martin Rotary and Mission Systems, Moorestown, New "
        "Jersey, is being awarded a $36,400,000 modification (P00031) to previously awarded "
        "cost-plus-incentive-fee contract N00024-22-C-5105 for radar engineering. This "
        "modification brings the total cumulative face value of the contract to $410,000,000 "
        "from $373,600,000. Work will be performed in Moorestown, New Jersey, and is expected to "
        "be completed by September 2026. Naval Sea Systems Command, Washington, D.C., is the "
        "contracting activity.",
        "NAVY",
    )
    (a,) = r.awardees
    assert a.company == "Lockheed Martin Corp."
    assert a.unit == "Lockheed Martin Rotary and Mission Systems"
    assert r.modification and not r.option and r.amount_kind == "modification"
    assert r.cumulative_usd == 410_000_000
    assert r.contract_numbers == ["N00024-22-C-5105"]  # P00031 is a modification number
    assert r.contracting_activity == "Naval Sea Systems Command, Washington, D.C."


def test_option_exercise_is_told_apart_from_a_contract_with_options():
    exercised = parse(
        "Cobalt Harbor Services Inc., San Diego, California, has been awarded a $12,300,000 "
        "modification (P00012) to exercise option year two of contract FA4610-23-C-0005 for "
        "base operations support. Work will be performed at Vandenberg Space Force Base, "
        "California, and is expected to be complete by Sept. 30, 2026. 30th Contracting "
        "Squadron, Vandenberg Space Force Base, California, is the contracting activity.",
        "AIR FORCE",
    )
    with_options = parse(
        "Cobalt Harbor Services Inc., San Diego, California, has been awarded a $12,300,000 "
        "firm-fixed-price contract with options for base operations support. This contract "
        "includes options which, if exercised, would bring the cumulative value of this "
        "contract to $61,000,000. Work is expected to be complete by Sept. 30, 2026; if all "
        "options are exercised, work will be complete by Sept. 30, 2030. 30th Contracting "
        "Squadron, Vandenberg Space Force Base, California, is the contracting activity "
        "(FA4610-25-C-0009).",
        "AIR FORCE",
    )
    assert exercised.option and exercised.amount_kind == "option"
    assert not with_options.option and with_options.amount_kind == "award"
    assert with_options.ceiling_usd == 61_000_000
    assert with_options.completion_date == "2026-09-30"  # the base period, not the options'


def test_ceiling_versus_obligated_and_several_fund_lines():
    r = parse(
        "Juniper Forge Technologies LLC, Boulder, Colorado, has been awarded a maximum "
        "$150,000,000 indefinite-delivery/indefinite-quantity contract for satellite ground "
        "software. Work will be performed at Boulder, Colorado, and is expected to be complete "
        "by June 2031. Fiscal 2025 research, development, test and evaluation funds in the "
        "amount of $1,500,000 and fiscal 2025 procurement funds in the amount of $250,000 are "
        "being obligated at the time of award, $250,000 of which will expire at the end of the "
        "current fiscal year. Space Systems Command, Los Angeles Air Force Base, California, is "
        "the contracting activity (FA8808-25-D-0001).",
        "AIR FORCE",
    )
    assert r.amount_usd == 150_000_000 and r.amount_kind == "ceiling"
    assert r.ceiling_usd == 150_000_000
    assert r.obligated_usd == 1_750_000
    assert r.completion_date == "2031-06"


def test_no_funds_obligated_is_zero_not_unknown():
    r = parse(
        "Pinecrest Data Inc., Fairfax, Virginia, has been awarded an estimated $22,000,000 "
        "requirements contract for help desk services. No funds are being obligated at the "
        "time of award. Air Force Sustainment Center, Tinker Air Force Base, Oklahoma, is the "
        "contracting activity (FA8101-25-D-0003).",
        "AIR FORCE",
    )
    assert r.obligated_usd == 0 and r.amount_kind == "estimated"


def test_foreign_military_sales_countries_and_other_transaction():
    fms = parse(
        "Sandpiper Avionics Corp., Wichita, Kansas, was awarded a $19,000,000 firm-fixed-price "
        "foreign military sales (Poland, Romania) contract for cockpit display upgrades. Work "
        "will be performed in Wichita, Kansas, with an estimated completion date of April 1, "
        "2027. Army Contracting Command, Redstone Arsenal, Alabama, is the contracting activity "
        "(W58RGZ-25-C-0019)."
    )
    assert "foreign_military_sales" in fms.flags and fms.fms_countries == ["Poland", "Romania"]
    ota = parse(
        "Hollowpoint Avionics Corp., Dayton, Ohio, has been awarded a $9,870,000 other "
        "transaction agreement for a navigation prototype. Work will be performed at Dayton, "
        "Ohio, and is expected to be completed by June 30, 2026. The Air Force Research "
        "Laboratory, Wright-Patterson Air Force Base, Ohio, is the contracting activity "
        "(FA8650-25-9-1001).",
        "AIR FORCE",
    )
    assert ota.contract_type == "other transaction" and "other_transaction" in ota.flags
    assert ota.contract_numbers == ["FA8650-25-9-1001"]


def test_footnote_legend_of_the_day_decides_what_the_marks_mean():
    text = (
        "Prairie Loom Textiles,* Wichita, Kansas (SPE1C1-25-D-F001); and Mesa Thread Works "
        "Inc.,** El Paso, Texas (SPE1C1-25-D-F002), have each been awarded a maximum "
        "$9,000,000 firm-fixed-price contract for uniform trousers. The contracting activity "
        "is the Defense Logistics Agency Troop Support, Philadelphia, Pennsylvania."
    )
    r = parse(
        text,
        "DEFENSE LOGISTICS AGENCY",
        footnotes={"*": "Mandatory Source", "**": "Small business"},
    )
    assert [a.small_business for a in r.awardees] == [False, True]
    assert r.awardees[0].marks == ["*"] and r.awardees[1].marks == ["**"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("*Small business", "footnote"),
        ("**Woman-owned small business", "footnote"),
        (
            "CORRECTION: The contract announced on Feb. 27, 2025, for Hollowpoint Avionics "
            "Corp., Dayton, Ohio (FA8650-25-C-1002), was announced with an incorrect amount.",
            "correction",
        ),
        ("(Awarded March 1, 2025)", "award_date_note"),
        ("Contracting officers met with industry at the annual forum.", "no_award"),
        ("", "empty"),
    ],
)
def test_non_awards_are_rejected_with_a_reason(text, code):
    with pytest.raises(NotAnAward) as info:
        parse(text)
    assert info.value.code == code and info.value.reason


def test_contract_numbers_in_every_spelling():
    text = (
        "W9127Q-25-D-0001, FA8629 -25-D-2407, N6893625D0015, HQ0147-25-C-0004, "
        "SPE4A1-25-G-0007-00YG, GS-35F-5497H, P00012 and PZ0001 and 10 U.S. Code 2304"
    )
    assert find_piids(text) == [
        "W9127Q-25-D-0001",
        "FA8629-25-D-2407",
        "N6893625D0015",
        "HQ0147-25-C-0004",
        "SPE4A1-25-G-0007-00YG",
        "GS-35F-5497H",
    ]


def test_sentences_do_not_split_at_abbreviations():
    parts = sentences(
        "Work will be performed at Ft. Bragg, North Carolina, by J. O. Smith Co. Inc. "
        "staff. Army Contracting Command is the contracting activity."
    )
    assert len(parts) == 2


TEXT_PAGE = """CONTRACTS

NAVY

Gannet Shipyards Inc., Mobile, Alabama, is awarded a $14,000,000 firm-fixed-price contract for hull
repairs. Work will be performed in Mobile, Alabama, and is expected to be completed by May 2026. Southwest Regional Maintenance Center, San Diego, California, is the contracting activity (N55236-25-C-0001).

DEFENSE LOGISTICS AGENCY

Larkspur Foods Inc.,* Fresno, California, has been awarded a maximum $11,000,000 firm-fixed-price contract for fruit cups. Location of performance is California, with a March 2, 2026, performance completion date. The contracting activity is the Defense Logistics Agency Troop Support, Philadelphia, Pennsylvania (SPE3S1-25-D-Z001).
(Awarded Feb. 28, 2025)

*Small business

- END -
Share this page
"""


def test_plain_text_page_keeps_headings_joins_broken_lines_and_explains_the_rest():
    day = parse_day(TEXT_PAGE, "2025-03-03")
    assert [(r.agency, r.awardees[0].name) for r in day.records] == [
        ("NAVY", "Gannet Shipyards Inc."),
        ("DEFENSE LOGISTICS AGENCY", "Larkspur Foods Inc."),
    ]
    assert day.records[0].purpose.startswith("hull repairs")
    assert "awarded_on:2025-02-28" in day.records[1].flags
    assert [r.code for r in day.rejections] == ["award_date_note", "footnote"]
    assert len(day.records) + len(day.rejections) == len(day.paragraphs)  # nothing dropped
    assert day.footnotes == {"*": "Small business"}


def test_html_page_date_from_title_and_centered_or_strong_headings():
    html = (
        "<html><head><title>Contracts For March 4, 2025 &gt; U.S. Department of Defense</title>"
        "</head><body><nav><p>Menu</p></nav><div class='body'>"
        "<p style='text-align: center;'>ARMY</p>"
        "<p>Tallgrass Robotics Inc., Lincoln, Nebraska, was awarded a $7,900,000 firm-fixed-price "
        "contract for route clearance robots. U.S. Army Contracting Command, Warren, Michigan, is "
        "the contracting activity (W56HZV-25-C-0101).</p>"
        "<p><strong>AIR FORCE</strong></p>"
        "<p>Vireo Space Inc., Denver, Colorado, has been awarded a <strong>$12,000,000</strong> "
        "cost-plus-fixed-fee contract for antennas. Space Systems Command, Los Angeles Air Force "
        "Base, California, is the contracting activity (FA8808-25-C-0002).</p>"
        "</div></body></html>"
    )
    when, pairs = split_page(html)
    assert when == "2025-03-04"
    assert [a for a, _ in pairs] == ["ARMY", "AIR FORCE"]
    day = parse_day(html)
    assert [r.amount_usd for r in day.records] == [7_900_000, 12_000_000]
    assert all(r.announcement_date == "2025-03-04" for r in day.records)


def test_company_resolution_uses_the_gazetteer_then_a_suffix_free_slug():
    resolver = CompanyResolver(
        [
            {
                "id": "lockheed-martin",
                "name": "Lockheed Martin",
                "aliases": ["Lockheed Martin Corp."],
                "tags": ["defense_prime", "contractor"],
            },
            {
                "id": "palantir",
                "name": "Palantir",
                "aliases": ["Palantir Technologies"],
                "tags": ["contractor"],
            },
            {"id": "us-army", "name": "U.S. Army", "aliases": ["Army"], "tags": ["government"]},
        ]
    )
    unit = resolver.resolve("Lockheed Martin Corp.", "Lockheed Martin Rotary and Mission Systems")
    assert (unit.id, unit.unit) == ("lockheed-martin", "Lockheed Martin Rotary and Mission Systems")
    alone = resolver.resolve("Lockheed Martin Rotary and Mission Systems")
    assert (alone.id, alone.unit) == (
        "lockheed-martin",
        "Lockheed Martin Rotary and Mission Systems",
    )
    assert resolver.resolve("Palantir USG Inc.").id == "palantir"
    assert resolver.resolve("Palantir Technologies Inc.").id == "palantir"
    other = resolver.resolve("Army Navy Surplus Co.")  # a one-word government alias is no prefix
    assert other.id == "army-navy-surplus" and not other.in_gazetteer
    assert resolver.resolve("Acme Widgets, Inc.").id == resolver.resolve("ACME Widgets LLC").id
    assert name_key("The Boeing Co.") == "boeing"
    assert (
        strip_suffix("CDM Federal Programs Corp., doing business as CDM Smith")
        == "CDM Federal Programs"
    )


def test_gazetteer_read_tolerantly(tmp_path):
    missing = CompanyResolver.from_gazetteer(tmp_path / "none.yml")
    assert missing.resolve("Anduril Industries Inc.").id == "anduril-industries"
    bad = tmp_path / "bad.yml"
    bad.write_text("entities: [ {name: 1}, 'x', {name: Anduril, aliases: [Anduril Industries]} ]\n")
    assert CompanyResolver.from_gazetteer(bad).resolve("Anduril Industries Inc.").id == "anduril"
    broken = tmp_path / "broken.yml"
    broken.write_text("entities: [unclosed\n")
    assert CompanyResolver.from_gazetteer(broken).entries == []


def test_an_order_written_after_a_space_keeps_its_order_number():
    r = parse(
        "Osprey Airframe Co., Wichita, Kansas, has been awarded a $41,500,000 firm-fixed-price "
        "order for trainer aircraft spares. Work will be performed at Wichita, Kansas, and is "
        "expected to be completed by Dec. 31, 2027. Air Force Life Cycle Management Center, "
        "Tinker Air Force Base, Oklahoma, is the contracting activity (FA8107-24-G-0051 0003).",
        "AIR FORCE",
    )
    assert r.contract_numbers == ["FA8107-24-G-0051-0003"]
    assert r.activity_contract_number == "FA8107-24-G-0051-0003"
    # four digits after a definitive contract's number, or in the running text, are no order
    assert find_piids("contract N00024-23-C-5501 2026 funds") == ["N00024-23-C-5501"]
    assert find_piids("order W56HZV-24-D-0101 0017 and more") == ["W56HZV-24-D-0101"]


def test_performance_completion_is_preferred_to_an_ordering_period_end():
    text = (
        "Magnolia Apparel Inc.,* Macon, Georgia, has been awarded a maximum $10,400,000 "
        "modification (P00004) exercising the second option year of contract SPE1C1-24-D-1122 "
        "for flight jackets. Location of performance is Georgia, with a {first}. The "
        "contracting activity is the Defense Logistics Agency Troop Support, Philadelphia, "
        "Pennsylvania."
    )
    both = parse(
        text.format(
            first="March 3, 2026, ordering period end date, and a Sept. 3, 2026, estimated "
            "performance completion date"
        ),
        "DEFENSE LOGISTICS AGENCY",
    )
    assert both.completion_date == "2026-09-03"
    alone = parse(
        text.format(first="March 3, 2026, ordering period end date"), "DEFENSE LOGISTICS AGENCY"
    )
    assert alone.completion_date == "2026-03-03"  # all the paragraph gives


def test_a_period_of_performance_after_a_semicolon_gives_its_end_month():
    r = parse(
        "Cinder Peak Systems Inc., Colorado Springs, Colorado, was awarded a $212,000,000 "
        "modification (P00120) to previously awarded contract HQ0147-20-C-0008 for radar "
        "sustainment. The modification period of performance is four years; March 2025, "
        "through February 2029. Missile Defense Agency, Schriever Space Force Base, Colorado, "
        "is the contracting activity.",
        "MISSILE DEFENSE AGENCY",
    )
    assert r.completion_date == "2029-02"


def test_an_abbreviation_after_the_company_name_is_not_part_of_it():
    r = parse(
        "Kingfisher Undersea Systems (KUS),* Groton, Connecticut, is awarded a $15,700,000 "
        "cost-plus-fixed-fee modification to previously awarded contract N00024-23-C-6210 for "
        "sonar array repair. KUS will test and deliver the arrays. Work will be performed in "
        "Groton, Connecticut, and is expected to be completed by October 2026. Naval Sea "
        "Systems Command, Washington, D.C., is the contracting activity.",
        "NAVY",
    )
    (a,) = r.awardees
    assert (a.name, a.company, a.marks) == (
        "Kingfisher Undersea Systems",
        "Kingfisher Undersea Systems",
        ["*"],
    )
    kept = parse(
        "Heron Aero (Jacksonville) Inc., Jacksonville, Florida, was awarded a $9,100,000 "
        "firm-fixed-price contract for engine overhauls. Naval Air Systems Command, Patuxent "
        "River, Maryland, is the contracting activity (N00019-25-C-0031).",
        "NAVY",
    )
    assert kept.awardees[0].name == "Heron Aero (Jacksonville) Inc."  # a place, not a short form


def test_awardees_each_given_their_own_amount_add_up_when_no_combined_figure_is_stated():
    head = (
        "Anchor Bay Marine Inc.,* Bremerton, Washington (N4523A-25-D-0101); Fathom Works "
        "LLC, Tacoma, Washington (N4523A-25-D-0102); and Kelp Line Corp.,* Everett, "
        "Washington (N4523A-25-D-0103), are being awarded firm-fixed-price, "
        "indefinite-delivery/indefinite-quantity contracts for pier-side ship repair. Anchor Bay "
        "Marine Inc. will be awarded a $4,000,000 contract that includes options which, if "
        "exercised, would bring the cumulative value of this contract to $20,000,000. Fathom "
        "Works LLC will be awarded $5,500,000 contract that includes options which, if "
        "exercised, would bring the cumulative value of this contract to $25,000,000. Kelp Line "
        "Corp. will be awarded a $3,250,000 contract that includes options which, if exercised, "
        "would bring the cumulative value of this contract to $15,000,000. "
    )
    tail = (
        "Work is expected to be completed by June 2030. Puget Sound Naval Shipyard, Bremerton, "
        "Washington, is the contracting activity."
    )
    summed = parse(head + tail, "NAVY")
    assert summed.amount_usd == 12_750_000 and summed.amount_kind == "combined"
    assert summed.ceiling_usd == 60_000_000 and "amount_is_sum" in summed.flags
    stated = parse(
        head + "The maximum value of all three contracts combined is $70,000,000. " + tail,
        "NAVY",
    )
    assert stated.amount_usd == 70_000_000 and "amount_is_sum" not in stated.flags


def test_contracting_activity_drops_a_leading_service_possessive_like_the():
    text = (
        "Gull Wing Shipping Inc., Mobile, Alabama, is awarded a $10,200,000 firm-fixed-price "
        "contract for the operation of a cable ship. Work is expected to be completed Sept. 30, "
        "2026. {office}, Norfolk, Virginia, is the contracting activity (N32205-25-C-3011)."
    )
    for office in (
        "The Navy’s Military Sealift Command",
        "The Navy's Military Sealift Command",
        "Military Sealift Command",
    ):
        r = parse(text.format(office=office), "NAVY")
        assert r.contracting_activity == "Military Sealift Command, Norfolk, Virginia"


def test_unicode_hyphens_in_numbers_and_activity_names_become_ascii():
    r = parse(
        "Basalt Paving Corp., Tacoma, Washington, is awarded a $9,400,000 modification "
        "(P00003) to contract FA4890\u201025\u2010D\u20100007 for runway repairs. Work will be "
        "performed at Joint Base Lewis\u2011McChord, Washington, and is expected to be completed "
        "by Aug. 1, 2026. The 627th Contracting Squadron, JB Lewis\u2010McChord, Washington, is "
        "the contracting activity (FA4890\u201325\u2013D\u20130008).",
        "AIR FORCE",
    )
    assert r.contract_numbers == ["FA4890-25-D-0007", "FA4890-25-D-0008"]
    assert r.contracting_activity == "627th Contracting Squadron, JB Lewis-McChord, Washington"
    assert r.places[0].place == "Joint Base Lewis-McChord, Washington"
