"""One sentence per way the news tells each kind of event: the extractor reads every one.

Written in our own words as a broad check of phrasings (not tuned on any gold set): each
sentence must give at least one event of its type.
"""

from __future__ import annotations

import pytest

from extract import get_extractor

pytestmark = pytest.mark.model

PHRASINGS = [
    (
        "contract",
        "The Army awarded Palantir a $480 million contract on Wednesday for its Maven Smart System.",
    ),
    (
        "contract",
        "Lockheed Martin won a $1.2 billion Navy contract for hypersonic missiles, the Pentagon said Friday.",
    ),
    ("contract", "The Air Force picked Boeing to build the F-47 fighter in March."),
    (
        "contract",
        "Anduril has been selected by the Marine Corps for a $642 million counter-drone program.",
    ),
    ("contract", "The Pentagon gave Scale AI a $100 million deal in September 2025."),
    ("contract", "SpaceX secured a $733 million Space Force launch contract last year."),
    (
        "contract",
        "The Navy exercised a $92 million option on its contract with General Dynamics on Monday.",
    ),
    (
        "contract",
        "The Defense Department signed a $200 million agreement with OpenAI in June 2025.",
    ),
    ("contract", "The Army modified Raytheon's Patriot contract to add $2.3 billion on Tuesday."),
    ("statement", "Anthropic published a blog post on Thursday laying out its red lines."),
    ("statement", "Hegseth told reporters on Friday that the department would not back down."),
    ("statement", "Senator Elizabeth Warren sent a letter to Hegseth on Monday demanding answers."),
    ("statement", "Altman posted on X on Saturday that the deal had been rushed."),
    ("statement", "The Pentagon publicly rejected Anthropic's proposal on Tuesday."),
    (
        "statement",
        "Anthropic warned on Thursday that the designation would harm national security.",
    ),
    ("statement", "Microsoft denied the report on Wednesday."),
    ("policy", "Trump signed an executive order on Thursday blocking state AI laws."),
    ("policy", "The Office of Management and Budget issued two memos on AI procurement in April."),
    (
        "policy",
        "Hegseth ordered the department to cut its headquarters staff by 10 percent on Wednesday.",
    ),
    ("policy", "The House passed the defense bill on Thursday."),
    ("policy", "Congress approved $150 billion for defense in the reconciliation bill in July."),
    ("policy", "The Commerce Department imposed new export controls on AI chips in January."),
    ("policy", "The Pentagon banned its contractors from using Claude on Friday."),
    ("policy", "The White House released its AI Action Plan on July 23."),
    ("launch", "OpenAI released GPT-5 on Thursday."),
    ("launch", "Anduril unveiled its Fury drone in 2024."),
    ("launch", "The Pentagon launched GenAI.mil on December 9."),
    ("launch", "xAI introduced Grok for Government on Monday."),
    ("launch", "Anthropic rolled out Claude Gov models in June."),
    ("launch", "Shield AI debuted its X-BAT aircraft in October."),
    ("partnership", "Anthropic partnered with Palantir and AWS in November 2024."),
    (
        "partnership",
        "OpenAI and Anduril announced a partnership on counter-drone systems in December.",
    ),
    ("partnership", "Meta teamed up with Anduril to build headsets for the Army in May."),
    ("partnership", "Scale AI joined forces with Microsoft on a defense project last year."),
    ("funding", "Anduril raised $2.5 billion in a Series G round in June."),
    ("funding", "Shield AI closed a $240 million funding round led by L3Harris in March."),
    ("funding", "Meta invested $14.3 billion in Scale AI in June."),
    ("funding", "The Pentagon requested $25 billion for Golden Dome in its budget on Thursday."),
    ("negotiation", "Anthropic and the Pentagon held talks on Monday over the terms of use."),
    (
        "negotiation",
        "Negotiations between Anthropic and the Defense Department collapsed on Friday.",
    ),
    ("negotiation", "Anthropic rejected the Pentagon's final offer on Thursday."),
    ("negotiation", "Google is in talks with the Pentagon over classified use of Gemini."),
    ("designation", "The Pentagon designated Anthropic a supply chain risk on Friday."),
    ("designation", "Hegseth labeled Anthropic a supply-chain risk on February 27."),
    ("designation", "The Commerce Department added the company to its entity list in 2023."),
    ("designation", "The Pentagon blacklisted Anthropic from defense work last week."),
    ("operation", "U.S. forces struck Iranian nuclear sites on June 22."),
    (
        "operation",
        "American special forces captured Nicolas Maduro in a raid on Caracas on January 3.",
    ),
    ("operation", "The Navy tested Shield AI's V-BAT drone off the Texas coast in April."),
    ("operation", "The Army deployed 700 Marines to Los Angeles in June."),
    ("legal", "Anthropic sued the Pentagon on Monday over the designation."),
    ("legal", "Anthropic filed a lawsuit against the Defense Department in March."),
    ("meeting", "Hegseth met Amodei at the Pentagon on Tuesday."),
    ("meeting", "Altman visited the White House on Wednesday."),
    ("meeting", "Hegseth hosted defense industry chief executives at the Pentagon on Monday."),
    ("meeting", "Amodei testified before the Senate Armed Services Committee on Thursday."),
    ("meeting", "Trump and Musk sat down at the White House in May."),
    ("ultimatum", "Hegseth gave Anthropic until Friday to drop its restrictions."),
    (
        "ultimatum",
        "The Pentagon threatened on Tuesday to cancel Anthropic's contract unless it lifted its limits.",
    ),
    ("ultimatum", "Hegseth issued an ultimatum to Anthropic on Tuesday."),
    (
        "ultimatum",
        "The department warned Anthropic on Monday that it could be labeled a supply chain risk.",
    ),
    (
        "personnel",
        "The Senate confirmed Michael Duffey as under secretary of defense for acquisition on Tuesday.",
    ),
    ("personnel", "Palantir named Jane Roe as its new chief financial officer on Monday."),
    ("personnel", "Anduril hired former Navy admiral John Doe to run its maritime unit."),
    ("personnel", "Scale AI chief executive Alexandr Wang stepped down on Thursday to join Meta."),
    (
        "personnel",
        "Trump nominated Emil Michael to be under secretary of defense for research and engineering.",
    ),
    ("personnel", "Hegseth fired the chief of naval operations, Adm. Lisa Franchetti, on Friday."),
    ("personnel", "Jason Droege will take over as interim CEO of Scale AI."),
    (
        "personnel",
        "The Pentagon tapped Gen. Michael Guetlein to lead the Golden Dome program in May.",
    ),
    (
        "personnel",
        "Doug Matty was sworn in as the Pentagon's chief digital and AI officer on Monday.",
    ),
    ("personnel", "Shield AI appointed Gary Steele as chief executive in December."),
    (
        "personnel",
        "Former Google executive Sarah Hunter joined Anduril as head of policy on Monday.",
    ),
    (
        "personnel",
        "Microsoft said on Tuesday that its president Brad Smith would retire next year.",
    ),
    ("personnel", "Palmer Luckey was ousted from Facebook in 2017."),
    (
        "personnel",
        "Hegseth announced on Monday that Emil Michael will serve as the department's chief technology officer.",
    ),
    (
        "statement",
        "The Pentagon said in a statement on Friday that Anthropic had put troops at risk.",
    ),
    ("statement", "In a memo to staff on Wednesday, Altman said OpenAI shared the same red lines."),
    ("statement", "Hegseth announced the decision in a post on X on Friday evening."),
    ("statement", "Sam Altman acknowledged on Monday that the rollout had been sloppy."),
    ("statement", "Warren accused the Pentagon of retaliation in a letter on Monday."),
    ("statement", "Anthropic responded on Friday that it would not change its position."),
    ("statement", "Hegseth criticized Anthropic during a speech at SpaceX on January 12."),
    ("statement", "The Defense Department confirmed the award on Tuesday."),
    (
        "statement",
        "Dario Amodei said in an interview with CBS on Sunday that the company would not budge.",
    ),
    ("statement", "Google employees published an open letter on Thursday opposing the contract."),
    (
        "statement",
        "Trump wrote on Truth Social on Friday that Anthropic had made a disastrous mistake.",
    ),
    (
        "contract",
        "The Pentagon awarded contracts worth up to $200 million each to Anthropic, Google, OpenAI and xAI on Monday.",
    ),
    (
        "contract",
        "General Dynamics Electric Boat was awarded a $2 billion modification on March 20.",
    ),
    ("contract", "Raytheon received a $5 billion Army contract for a new radar in October."),
    ("contract", "Anduril landed a $100 million contract from the Army on Wednesday."),
    ("contract", "The Army expanded its contract with Palantir to $10 billion in August."),
    ("contract", "Boeing was awarded the contract for the F-47 in March 2025."),
    ("contract", "The Navy issued a $900 million contract to Hadrian on Thursday."),
    (
        "contract",
        "Skydio won a $20 million Army contract for short-range reconnaissance drones in February.",
    ),
    ("policy", "The Senate voted 99-1 on Tuesday to strip the provision from the bill."),
    ("policy", "The Pentagon issued new guidance on AI use on Monday."),
    ("policy", "President Trump signed the National Defense Authorization Act on December 18."),
    ("policy", "The administration rescinded the Biden AI executive order in January."),
    ("policy", "OpenAI dropped its ban on military use of its models in January 2024."),
    ("policy", "Hegseth renamed the department the Department of War in September."),
    ("launch", "Google launched Gemini for Government in August."),
    ("launch", "The Pentagon opened GenAI.mil to three million personnel on Tuesday."),
    ("launch", "OpenAI started OpenAI for Government in June."),
    ("launch", "Scale AI unveiled Thunderforge on Wednesday."),
    (
        "partnership",
        "OpenAI signed a deal with the Pentagon on Friday to put its models on classified networks.",
    ),
    ("partnership", "Anthropic and Palantir announced a partnership on Thursday."),
    ("partnership", "Google and the Pentagon reached an agreement in December."),
    (
        "partnership",
        "xAI will work with the Department of War to deploy Grok, the Pentagon said Monday.",
    ),
    ("funding", "Anduril raised $1.5 billion at a $14 billion valuation in August 2024."),
    ("funding", "Scale AI was valued at $29 billion after Meta's investment in June."),
    ("funding", "Shield AI raised $240 million in March."),
    ("negotiation", "Talks between Anthropic and the Pentagon broke down on Friday."),
    ("negotiation", "The Pentagon sent Anthropic its final offer on Wednesday."),
    ("negotiation", "Anthropic refused the Pentagon's demand on Thursday."),
    ("negotiation", "OpenAI is negotiating with the Pentagon over a classified contract."),
    ("designation", "Hegseth declared Anthropic a supply chain risk on Friday."),
    ("designation", "The Treasury sanctioned the Chinese firm in 2024."),
    ("operation", "The U.S. military struck Iran on June 22."),
    ("operation", "The U.S. military used Claude in the raid that captured Maduro in January."),
    ("operation", "Israel launched strikes on Iran in June 2025."),
    ("legal", "Anthropic filed suit against the Department of War on March 9."),
    ("legal", "Judge Rita Lin granted Anthropic a preliminary injunction on March 26."),
    ("legal", "The Justice Department appealed the ruling on Friday."),
    ("legal", "Anthropic asked the court for a temporary restraining order on Monday."),
    ("meeting", "Pete Hegseth summoned Dario Amodei to the Pentagon on Tuesday."),
    ("meeting", "Senators met with Pentagon officials on Wednesday."),
    ("meeting", "Amodei and Hegseth met for an hour on Tuesday."),
    ("meeting", "Dario Amodei testified before the Senate Armed Services Committee on Thursday."),
    ("ultimatum", "Hegseth set a Friday deadline for Anthropic to accept the terms."),
    (
        "ultimatum",
        "Hegseth demanded on Tuesday that Anthropic drop its limits by Friday or lose its contract.",
    ),
]


def test_every_phrasing_gives_its_event():
    extractor = get_extractor()
    records = [
        {"id": i, "published": "2026-03-10", "text": t} for i, (_, t) in enumerate(PHRASINGS)
    ]
    missed = [
        (etype, text, [e["type"] for e in result["events"]])
        for (etype, text), result in zip(PHRASINGS, extractor.extract_many(records), strict=True)
        if etype not in {e["type"] for e in result["events"]}
    ]
    assert not missed, missed
