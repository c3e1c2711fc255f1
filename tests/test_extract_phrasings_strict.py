"""Each way the news tells an event gives that event, dated right, with the party it names.

Sentences in our own words (none from any gold set), published on Tuesday 10 March 2026:
the type, the date as annotation.md wants it (the day or month the text gives, None when
the text gives none) and one actor by canonical name. Stricter than test_extract_coverage,
which checks the type alone: a real article is scored on all three.
"""

from __future__ import annotations

import pytest

from evaluation.real import representative_day
from extract import get_extractor

pytestmark = pytest.mark.model

PUBLISHED = "2026-03-10"
PHRASINGS = [
    (
        "Anthropic, which was founded in 2021 by former OpenAI researchers, makes the Claude models.",
        "launch",
        "2021",
        "Anthropic",
    ),
    (
        "Palantir was founded in 2003 with early backing from the CIA's venture arm.",
        "launch",
        "2003",
        "Palantir",
    ),
    (
        "The Pentagon created Project Maven in 2017 to bring machine learning to drone footage.",
        "launch",
        "2017",
        "U.S. Department of Defense",
    ),
    ("Google launched Gemini for Government in August 2025.", "launch", "2025-08", "Google"),
    (
        "OpenAI unveiled ChatGPT Gov in January 2025 for federal agencies.",
        "launch",
        "2025-01",
        "OpenAI",
    ),
    ("The Army stood up a new AI task force last month.", "launch", "2026-02", "U.S. Army"),
    (
        "The department set up the Chief Digital and Artificial Intelligence Office in 2022.",
        "launch",
        "2022",
        "Chief Digital and Artificial Intelligence Office",
    ),
    ("Anduril introduced its Fury drone in 2023.", "launch", "2023", "Anduril"),
    ("xAI released Grok 4 on July 9, 2025.", "launch", "2025-07-09", "xAI"),
    (
        "The Senate voted 51-49 on Thursday to pass the spending package.",
        "policy",
        "2026-03-05",
        "U.S. Senate",
    ),
    (
        "The House Armed Services Committee advanced its version of the NDAA in May.",
        "policy",
        "2025-05",
        "House Armed Services Committee",
    ),
    (
        "President Trump signed the One Big Beautiful Bill Act into law on July 4, 2025.",
        "policy",
        "2025-07-04",
        "Donald Trump",
    ),
    ("Congress rejected the proposed cuts in December.", "policy", "2025-12", "U.S. Congress"),
    (
        "Trump issued an executive order in April directing agencies to speed up weapons buying.",
        "policy",
        "2025-04",
        "Donald Trump",
    ),
    (
        "On Friday, President Donald Trump directed every federal agency to stop using Anthropic's technology.",
        "policy",
        "2026-03-06",
        "Donald Trump",
    ),
    (
        "Hegseth renamed the Department of Defense the Department of War in September.",
        "policy",
        "2025-09",
        "Pete Hegseth",
    ),
    (
        "The GSA struck deals with OpenAI and Anthropic in August 2025 to offer their chatbots to agencies for $1.",
        "contract",
        "2025-08",
        "General Services Administration",
    ),
    (
        "Palantir landed a $10 billion enterprise agreement with the Army last summer.",
        "contract",
        "2025",
        "Palantir",
    ),
    (
        "The Navy tapped Saronic for a $392 million boat contract on Thursday.",
        "contract",
        "2026-03-05",
        "Saronic",
    ),
    (
        "In 2018, the Army awarded Microsoft a $480 million contract for HoloLens headsets.",
        "contract",
        "2018",
        "Microsoft",
    ),
    (
        "General Dynamics Electric Boat received a $5.1 billion Navy contract in 2017.",
        "contract",
        "2017",
        "Electric Boat",
    ),
    (
        "The Pentagon's contract with Google for Project Maven was signed in September 2017.",
        "contract",
        "2017-09",
        "Google",
    ),
    (
        "Scale AI said on Monday it had won a Pentagon contract worth up to $99 million.",
        "contract",
        "2026-03-09",
        "Scale AI",
    ),
    (
        "Alexandr Wang left Scale AI to join Meta in June 2025.",
        "personnel",
        "2025-06",
        "Alexandr Wang",
    ),
    (
        "The Senate confirmed Emil Michael as under secretary of defense in May.",
        "personnel",
        "2025-05",
        "Emil Michael",
    ),
    (
        "More than a dozen Google employees resigned over Project Maven in 2018.",
        "personnel",
        "2018",
        "Google",
    ),
    (
        "OpenAI hired a former Pentagon official as its head of national security partnerships last month.",
        "personnel",
        "2026-02",
        "OpenAI",
    ),
    (
        "Hegseth fired the chief of naval operations on Friday.",
        "personnel",
        "2026-03-06",
        "Pete Hegseth",
    ),
    (
        "Anduril appointed a new chief financial officer in January.",
        "personnel",
        "2026-01",
        "Anduril",
    ),
    (
        "Thousands of Google employees signed a petition in April 2018 asking the company to quit Project Maven.",
        "statement",
        "2018-04",
        "Google",
    ),
    (
        "In a letter on Monday, a group of senators urged Hegseth to reverse the designation.",
        "statement",
        "2026-03-09",
        "Pete Hegseth",
    ),
    (
        "Hegseth said in a speech at SpaceX on Jan. 12 that the department would embrace AI.",
        "statement",
        "2026-01-12",
        "Pete Hegseth",
    ),
    (
        "OpenAI said in 2024 that it had removed the ban on military uses from its policies.",
        "policy",
        "2024",
        "OpenAI",
    ),
    (
        "Shield AI closed a $240 million round led by L3Harris in March 2025.",
        "funding",
        "2025-03",
        "Shield AI",
    ),
    (
        "Congress set aside $25 billion for Golden Dome in the reconciliation law.",
        "funding",
        None,
        "U.S. Congress",
    ),
    ("Meta invested $14.3 billion in Scale AI in June 2025.", "funding", "2025-06", "Meta"),
    (
        "Shield AI's V-BAT flew from a Navy ship during an exercise in April 2024.",
        "operation",
        "2024-04",
        "Shield AI",
    ),
    (
        "Kentucky National Guard soldiers tested the system in February 2024.",
        "operation",
        "2024-02",
        "Kentucky National Guard",
    ),
    (
        "U.S. forces captured Nicolás Maduro in a raid in Caracas in January.",
        "operation",
        "2026-01",
        "Nicolás Maduro",
    ),
    (
        "The Romanian Navy demonstrated the drone on May 12.",
        "operation",
        "2025-05-12",
        "Romanian Navy",
    ),
    (
        "The Army tested Anduril's counter-drone system at Yuma last year.",
        "operation",
        "2025",
        "U.S. Army",
    ),
    (
        "Anthropic teamed up with Palantir and Amazon Web Services in November 2024 to bring Claude to defense agencies.",
        "partnership",
        "2024-11",
        "Anthropic",
    ),
    (
        "OpenAI and Anduril announced a partnership on counter-drone systems in December 2024.",
        "partnership",
        "2024-12",
        "OpenAI",
    ),
    (
        "Anthropic signed an agreement with the Department of Energy's national laboratories last year.",
        "partnership",
        "2025",
        "Anthropic",
    ),
    (
        "Scale AI and the CDAO entered a partnership in 2024 to test AI models.",
        "partnership",
        "2024",
        "Scale AI",
    ),
    (
        "Google is in talks with the Pentagon about deploying Gemini on classified networks.",
        "negotiation",
        None,
        "Google",
    ),
    (
        "Anthropic rejected the Pentagon's final offer on Thursday.",
        "negotiation",
        "2026-03-05",
        "Anthropic",
    ),
    (
        "The Pentagon formally designated Anthropic a supply chain risk on March 3.",
        "designation",
        "2026-03-03",
        "Anthropic",
    ),
    (
        "The Commerce Department added the Chinese firm to its entity list in 2023.",
        "designation",
        "2023",
        "U.S. Department of Commerce",
    ),
    (
        "Anthropic sued the Pentagon on Monday in federal court in San Francisco.",
        "legal",
        "2026-03-09",
        "Anthropic",
    ),
    (
        "A federal judge on Thursday blocked the Pentagon from enforcing the designation.",
        "legal",
        "2026-03-05",
        "U.S. Department of Defense",
    ),
    (
        "Hegseth hosted the chief executives of Lockheed Martin and RTX at the Pentagon on Jan. 12.",
        "meeting",
        "2026-01-12",
        "Pete Hegseth",
    ),
    (
        "Defense officials sat down with Google executives last week.",
        "meeting",
        "2026-03",
        "Google",
    ),
    (
        "Hegseth told Amodei on Tuesday that Anthropic had until Friday to comply or face being cut off.",
        "ultimatum",
        "2026-03-10",
        "Anthropic",
    ),
    (
        "Anduril said Monday it had won a $99 million Army contract for its Lattice software.",
        "contract",
        "2026-03-09",
        "Anduril",
    ),
    (
        "According to a Pentagon statement, Palantir was awarded $178 million on Friday.",
        "contract",
        "2026-03-06",
        "Palantir",
    ),
    (
        "The Army has awarded Palantir a contract worth up to $10 billion, the company said on Thursday.",
        "contract",
        "2026-03-05",
        "Palantir",
    ),
    (
        "Scale AI has been tapped by the Pentagon to build AI agents, the company announced Wednesday.",
        "contract",
        "2026-03-04",
        "Scale AI",
    ),
    (
        "Palantir's shares rose after the Army said Monday it had picked the company for a $400 million program.",
        "contract",
        "2026-03-09",
        "Palantir",
    ),
    (
        "Friday's meeting between Hegseth and Amodei ended without a deal.",
        "meeting",
        "2026-03-06",
        "Pete Hegseth",
    ),
    (
        "The Pentagon's designation of Anthropic as a supply chain risk on March 5 shocked the industry.",
        "designation",
        "2026-03-05",
        "Anthropic",
    ),
    (
        "OpenAI's $200 million deal with the Pentagon, signed in June, covers prototype work.",
        "contract",
        "2025-06",
        "OpenAI",
    ),
    ("The Thursday ruling by Judge Rita Lin blocked the ban.", "legal", "2026-03-05", "Rita Lin"),
    (
        "After meeting with Hegseth on Tuesday, Amodei said the company would not budge.",
        "meeting",
        "2026-03-10",
        "Pete Hegseth",
    ),
    (
        "Following talks with the Pentagon last week, Google agreed to deploy Gemini on classified networks.",
        "negotiation",
        "2026-03",
        "Google",
    ),
    (
        "Days after the Pentagon cut ties with Anthropic on Feb. 27, OpenAI announced its own agreement.",
        "policy",
        "2026-02-27",
        "Anthropic",
    ),
    (
        "Anthropic was designated a supply chain risk by the Pentagon on Thursday.",
        "designation",
        "2026-03-05",
        "Anthropic",
    ),
    ("Anthropic sues Pentagon over supply chain risk label", "legal", None, "Anthropic"),
    ("Judge blocks Pentagon's Anthropic ban", "legal", None, "U.S. Department of Defense"),
    ("Hegseth gives Anthropic Friday deadline", "ultimatum", None, "Anthropic"),
    (
        "U.S. warplanes struck Houthi targets in Yemen on Saturday.",
        "operation",
        "2026-03-07",
        "Yemen",
    ),
    (
        "The Navy shot down two drones over the Red Sea on Sunday.",
        "operation",
        "2026-03-08",
        "U.S. Navy",
    ),
    (
        "The Pentagon deployed 2,000 troops to the border in January.",
        "operation",
        "2026-01",
        "U.S. Department of Defense",
    ),
    (
        "Israeli forces launched an offensive in Gaza in October 2023.",
        "operation",
        "2023-10",
        "Gaza",
    ),
    (
        "The Pentagon told contractors on Monday to stop using Claude within six months.",
        "policy",
        "2026-03-09",
        "U.S. Department of Defense",
    ),
    (
        "Hegseth issued a memo on Jan. 9 ordering the department to adopt AI faster.",
        "policy",
        "2026-01-09",
        "Pete Hegseth",
    ),
    (
        "The State Department barred its staff from using DeepSeek in February.",
        "policy",
        "2026-02",
        "U.S. Department of State",
    ),
    ("The Pentagon cut ties with Anthropic on Feb. 27.", "policy", "2026-02-27", "Anthropic"),
    (
        "Trump ordered federal agencies to phase out Anthropic products within six months on Feb. 27.",
        "policy",
        "2026-02-27",
        "Donald Trump",
    ),
    (
        "The Department of Defense published its AI strategy in January.",
        "policy",
        "2026-01",
        "U.S. Department of Defense",
    ),
    (
        "Anthropic said in a statement on Friday that it would challenge the designation in court.",
        "statement",
        "2026-03-06",
        "Anthropic",
    ),
    (
        "Senator Warren wrote to Hegseth on Wednesday asking him to explain the decision.",
        "statement",
        "2026-03-04",
        "Pete Hegseth",
    ),
    (
        "Hegseth testified before the House Armed Services Committee on Wednesday.",
        "meeting",
        "2026-03-04",
        "Pete Hegseth",
    ),
    (
        "In a post on X on Friday, Trump called Anthropic a radical left company.",
        "statement",
        "2026-03-06",
        "Donald Trump",
    ),
    (
        "Palantir and Anduril formed a consortium in December 2024 to bid on defense work.",
        "partnership",
        "2024-12",
        "Palantir",
    ),
    (
        "Meta partnered with Anduril in May 2025 on military headsets.",
        "partnership",
        "2025-05",
        "Meta",
    ),
    ("OpenAI joined forces with Anduril in December 2024.", "partnership", "2024-12", "OpenAI"),
    (
        "Anduril is raising new money at a $30 billion valuation, people familiar said last week.",
        "funding",
        "2026-03",
        "Anduril",
    ),
    (
        "Saronic raised $600 million in a Series C round in February 2025.",
        "funding",
        "2025-02",
        "Saronic",
    ),
    (
        "Congress appropriated $1.8 billion for AI programs in fiscal 2024.",
        "funding",
        None,
        "U.S. Congress",
    ),
    (
        "Emil Michael was sworn in as under secretary of defense in May 2025.",
        "personnel",
        "2025-05",
        "Emil Michael",
    ),
    (
        "Doug Matty stepped down as the Pentagon's chief AI officer in December.",
        "personnel",
        "2025-12",
        "Doug Matty",
    ),
    (
        "Trump nominated Michael Duffey to be under secretary for acquisition in January 2025.",
        "personnel",
        "2025-01",
        "Michael Duffey",
    ),
    (
        "Anthropic's head of policy left the company on Friday.",
        "personnel",
        "2026-03-06",
        "Anthropic",
    ),
    (
        "Negotiations between the Pentagon and Anthropic collapsed on Feb. 27.",
        "negotiation",
        "2026-02-27",
        "Anthropic",
    ),
    ("Anthropic made a counteroffer on Wednesday.", "negotiation", "2026-03-04", "Anthropic"),
    (
        "OpenAI reached an agreement with the Pentagon on Friday to deploy its models on classified networks.",
        "partnership",
        "2026-03-06",
        "OpenAI",
    ),
    (
        "The Justice Department filed a notice of appeal on Monday.",
        "legal",
        "2026-03-09",
        "U.S. Department of Justice",
    ),
    ("Anthropic won a temporary restraining order on March 6.", "legal", "2026-03-06", "Anthropic"),
    (
        "The Pentagon launched GenAI.mil on Dec. 9 with Google's Gemini as its first model.",
        "launch",
        "2025-12-09",
        "U.S. Department of Defense",
    ),
    (
        "Anthropic released Claude Gov models for national security customers in June 2025.",
        "launch",
        "2025-06",
        "Anthropic",
    ),
    (
        "The Air Force began flight tests of the CCA drones in August.",
        "operation",
        "2025-08",
        "U.S. Air Force",
    ),
    (
        "The Army kicked off its Next Generation Command and Control program in 2024.",
        "launch",
        "2024",
        "U.S. Army",
    ),
    ("Anthropic debuted Claude Opus 4 in May 2025.", "launch", "2025-05", "Anthropic"),
    (
        "The Pentagon placed Anthropic on a supply chain risk list on March 3.",
        "designation",
        "2026-03-03",
        "Anthropic",
    ),
    ("The FCC added Huawei to its covered list in 2022.", "designation", "2022", "Huawei"),
    (
        "WASHINGTON (Reuters) - The Pentagon on Tuesday awarded Lockheed Martin a $4.9 billion contract to build hypersonic weapons, the department said.",
        "contract",
        "2026-03-10",
        "Lockheed Martin",
    ),
    (
        "Anthropic, whose Claude model was the first cleared for classified use, was told on Feb. 24 that it had until Feb. 27 to drop its restrictions.",
        "ultimatum",
        "2026-02-24",
        "Anthropic",
    ),
    (
        "In a meeting on Tuesday, Hegseth threatened to designate Anthropic a supply chain risk if it did not comply by Friday.",
        "ultimatum",
        "2026-03-10",
        "Anthropic",
    ),
    (
        "The Pentagon issued an ultimatum to Anthropic on Feb. 24: agree to its terms or lose its contract.",
        "ultimatum",
        "2026-02-24",
        "Anthropic",
    ),
    (
        "Shield AI, which makes the V-BAT drone, won a $198 million Coast Guard contract in 2024.",
        "contract",
        "2024",
        "Shield AI",
    ),
    (
        "OpenAI, the maker of ChatGPT, said on Friday that it had reached a deal with the Pentagon.",
        "partnership",
        "2026-03-06",
        "OpenAI",
    ),
    (
        "Google quietly dropped its pledge not to build AI weapons in February 2025.",
        "policy",
        "2025-02",
        "Google",
    ),
    (
        "In January 2024, OpenAI removed language from its usage policy that banned military applications.",
        "policy",
        "2024-01",
        "OpenAI",
    ),
    (
        "The company, founded by Palmer Luckey in 2017, has since become one of the largest defense startups.",
        "launch",
        "2017",
        "Palmer Luckey",
    ),
    (
        "Anduril was founded in 2017 by Palmer Luckey, who had sold Oculus to Facebook.",
        "launch",
        "2017",
        "Anduril",
    ),
    (
        "Anthropic raised $13 billion in September at a $183 billion valuation.",
        "funding",
        "2025-09",
        "Anthropic",
    ),
    (
        "The Navy extended its contract with Palantir through 2027 on Monday.",
        "contract",
        "2026-03-09",
        "Palantir",
    ),
    (
        "The Senate Armed Services Committee held a hearing on AI in warfare on Tuesday.",
        "meeting",
        "2026-03-10",
        "Senate Armed Services Committee",
    ),
    (
        "Anthropic filed a second lawsuit in the D.C. Circuit on March 9.",
        "legal",
        "2026-03-09",
        "Anthropic",
    ),
    (
        "Trump fired the Joint Chiefs chairman, Gen. CQ Brown, in February 2025.",
        "personnel",
        "2025-02",
        "Donald Trump",
    ),
    (
        "Hegseth ousted the head of the Defense Intelligence Agency in August.",
        "personnel",
        "2025-08",
        "Pete Hegseth",
    ),
    ("Palmer Luckey was fired from Facebook in 2017.", "personnel", "2017", "Palmer Luckey"),
    ("Dozens of OpenAI employees quit in protest last month.", "personnel", "2026-02", "OpenAI"),
    (
        "Microsoft and Amazon said on Monday that they would keep offering Claude to non-defense customers.",
        "statement",
        "2026-03-09",
        "Microsoft",
    ),
    (
        "The Army integrated Anthropic's Claude into its Maven system in 2025.",
        "partnership",
        "2025",
        "U.S. Army",
    ),
    (
        "The U.S. Army and Palantir signed a $10 billion enterprise agreement in August 2025.",
        "contract",
        "2025-08",
        "Palantir",
    ),
    (
        "The House approved the National Defense Authorization Act on Dec. 10.",
        "policy",
        "2025-12-10",
        "U.S. House of Representatives",
    ),
    ("Russia launched a massive drone attack on Kyiv overnight.", "operation", None, "Russia"),
    (
        "U.S. and Israeli jets bombed Iranian nuclear sites on June 22, 2025.",
        "operation",
        "2025-06-22",
        "Iran",
    ),
    (
        "OpenAI launched OpenAI for Government in June 2025, folding in ChatGPT Gov.",
        "launch",
        "2025-06",
        "OpenAI",
    ),
    (
        "The Pentagon unveiled its Replicator initiative in August 2023.",
        "launch",
        "2023-08",
        "U.S. Department of Defense",
    ),
    # extractor 0.7.0
    (
        "A $200 million contract to build AI agents for the CDAO went to Scale AI on Thursday.",
        "contract",
        "2026-03-05",
        "Scale AI",
    ),
    (
        "Lockheed Martin Corp., Grand Prairie, Texas, has been awarded a $1.2 billion modification for PAC-3 missiles; work is expected to be completed by 2029.",
        "contract",
        None,
        "Lockheed Martin",
    ),
    (
        "Epirus, Inc. today announced it has closed a $250 million Series D financing.",
        "funding",
        "2026-03-10",
        "Epirus",
    ),
    (
        "Palantir Technologies today announced the general availability of its AI Platform on classified Army networks.",
        "launch",
        "2026-03-10",
        "Palantir",
    ),
    (
        "A lawsuit filed Monday by Anthropic accuses the Department of War of retaliating against protected speech.",
        "legal",
        "2026-03-09",
        "Anthropic",
    ),
    (
        "Oracle said Wednesday it would host OpenAI's models for Pentagon customers through its government cloud.",
        "partnership",
        "2026-03-04",
        "Oracle",
    ),
    (
        "Sarah Chen, who joined Scale AI from the Pentagon last year, will lead its new federal unit.",
        "personnel",
        "2025",
        "Scale AI",
    ),
    (
        "Hegseth removed the director of the Defense Innovation Unit last month, according to two officials.",
        "personnel",
        "2026-02",
        "Pete Hegseth",
    ),
    (
        "Former Army secretary Dan Driscoll joined Palantir's board on Monday.",
        "personnel",
        "2026-03-09",
        "Palantir",
    ),
    (
        "A bill introduced by Sen. Elizabeth Warren on Wednesday would bar the Pentagon from punishing companies over their usage policies.",
        "policy",
        "2026-03-04",
        "Elizabeth Warren",
    ),
    (
        "The ouster of the Navy's top officer earlier this month rattled the service.",
        "personnel",
        "2026-03",
        "U.S. Navy",
    ),
    (
        "Hegseth's firing of the Air Force chief on Monday drew criticism from Democrats.",
        "personnel",
        "2026-03-09",
        "Pete Hegseth",
    ),
    (
        "Trump's pick to lead the Space Force, Gen. Michael Guetlein, won Senate confirmation on Monday.",
        "personnel",
        "2026-03-09",
        "Michael Guetlein",
    ),
    (
        "Anduril, which was founded in 2017, opened its first factory in 2019.",
        "launch",
        "2019",
        "Anduril",
    ),
    (
        "Saronic broke ground on its new shipyard in Louisiana on Monday.",
        "launch",
        "2026-03-09",
        "Saronic",
    ),
    (
        "The Navy deployed a carrier strike group to the Red Sea on Monday.",
        "operation",
        "2026-03-09",
        "U.S. Navy",
    ),
    (
        "Scale AI signed a memorandum of understanding with the Army on Monday.",
        "partnership",
        "2026-03-09",
        "Scale AI",
    ),
    (
        "Castelion secured $350 million from investors this month.",
        "funding",
        "2026-03",
        "Castelion",
    ),
    ("Epirus landed $250 million in new financing on Monday.", "funding", "2026-03-09", "Epirus"),
    (
        "The Pentagon on Monday announced Sentinel, a secure AI platform for analysts.",
        "launch",
        "2026-03-09",
        "U.S. Department of Defense",
    ),
    (
        "Epirus secured a $43 million Army order for Leonidas microwave weapons on Friday.",
        "contract",
        "2026-03-06",
        "Epirus",
    ),
    (
        "Shield AI this week secured an additional $240 million from L3Harris and others.",
        "funding",
        "2026-03",
        "Shield AI",
    ),
    (
        "The Pentagon's budget request, sent to Congress this month, seeks $1.5 billion for the CDAO.",
        "funding",
        "2026-03",
        "U.S. Department of Defense",
    ),
    (
        "On Thursday, Skydio pulled in $230 million in fresh capital from investors including Andreessen Horowitz.",
        "funding",
        "2026-03-05",
        "Skydio",
    ),
    (
        "Investors poured $20 billion into xAI on Friday, according to a person familiar with the deal.",
        "funding",
        "2026-03-06",
        "xAI",
    ),
    (
        "The Roadrunner, which Anduril first showed off in 2023, is a reusable twin-jet interceptor.",
        "launch",
        "2023",
        "Anduril",
    ),
    (
        "The Army on March 2nd activated its first drone battalion at Fort Bragg.",
        "launch",
        "2026-03-02",
        "U.S. Army",
    ),
    (
        "The new Golden Dome program office, established by the Space Force on Thursday, will oversee interceptors in orbit.",
        "launch",
        "2026-03-05",
        "U.S. Space Force",
    ),
    (
        "Late Friday, the Pentagon quietly switched on a new version of GenAI.mil that includes xAI's Grok.",
        "launch",
        "2026-03-06",
        "U.S. Department of Defense",
    ),
    (
        "Skydio on Monday took the wraps off the X10D, a drone built for soldiers in contested airspace.",
        "launch",
        "2026-03-09",
        "Skydio",
    ),
    (
        "The Justice Department, representing the Pentagon, urged the court on Wednesday to dismiss Anthropic's lawsuit.",
        "legal",
        "2026-03-04",
        "U.S. Department of Justice",
    ),
    (
        "The House Armed Services Committee held a closed-door briefing on the Anthropic dispute on Wednesday.",
        "meeting",
        "2026-03-04",
        "House Armed Services Committee",
    ),
    (
        "Anthropic is in discussions with the General Services Administration to restore Claude to its schedule, Reuters reported this week.",
        "negotiation",
        "2026-03",
        "Anthropic",
    ),
    (
        "Earlier this month, Microsoft offered to mediate between Anthropic and the Pentagon.",
        "negotiation",
        "2026-03",
        "Microsoft",
    ),
    (
        "Emil Michael offered Anthropic a compromise on Thursday that would have allowed some surveillance uses.",
        "negotiation",
        "2026-03-05",
        "Anthropic",
    ),
    (
        "The Pentagon rebuffed Anthropic's counterproposal on Friday.",
        "negotiation",
        "2026-03-06",
        "U.S. Department of Defense",
    ),
    (
        "Earlier this month the Navy launched a Tomahawk from an unmanned surface vessel for the first time.",
        "operation",
        "2026-03",
        "U.S. Navy",
    ),
    (
        "The Pentagon has sent about 1,500 more troops to the Middle East this month.",
        "operation",
        "2026-03",
        "U.S. Department of Defense",
    ),
    (
        "Two Houthi missiles were intercepted by a Navy destroyer in the Red Sea on Thursday.",
        "operation",
        "2026-03-05",
        "U.S. Navy",
    ),
    (
        "American and Israeli aircraft pounded military sites near Tehran on Sunday, officials said.",
        "operation",
        "2026-03-08",
        "United States",
    ),
    (
        "The Army fired a Precision Strike Missile at a moving ship target for the first time on Monday.",
        "operation",
        "2026-03-09",
        "U.S. Army",
    ),
    (
        "Yesterday, Navy destroyers fired on Iranian fast boats in the Strait of Hormuz.",
        "operation",
        "2026-03-09",
        "U.S. Navy",
    ),
    (
        "Earlier this month, Trump picked a former Anduril executive to be the Army's acquisition chief.",
        "personnel",
        "2026-03",
        "Donald Trump",
    ),
    (
        "The Air Force's chief of staff announced his retirement this week.",
        "personnel",
        "2026-03",
        "U.S. Air Force",
    ),
    ("Hegseth on Mar. 6 sacked the Army's top lawyer.", "personnel", "2026-03-06", "Pete Hegseth"),
    (
        "Late Friday, Hegseth relieved the commander of the Navy's Pacific Fleet.",
        "personnel",
        "2026-03-06",
        "Pete Hegseth",
    ),
    (
        "OpenAI said on Monday that it had named a former NSA director to its board.",
        "personnel",
        "2026-03-09",
        "OpenAI",
    ),
    (
        "Lockheed Martin today named a new president of its Missiles and Fire Control business.",
        "personnel",
        "2026-03-10",
        "Lockheed Martin",
    ),
]


@pytest.fixture(scope="module")
def results():
    records = [{"id": i, "published": PUBLISHED, "text": t} for i, (t, *_r) in enumerate(PHRASINGS)]
    return list(get_extractor().extract_many(records))


def _dated(value: str | None, want: str | None) -> bool:
    if want is None:
        return value is None
    return (
        value is not None and len(value) >= len(want) and representative_day(value).startswith(want)
    )


@pytest.mark.parametrize("case", range(len(PHRASINGS)), ids=lambda i: PHRASINGS[i][0][:60])
def test_phrasing_gives_its_event_dated_with_its_party(results, case):
    text, etype, when, actor = PHRASINGS[case]
    found = [
        (e["type"], e.get("date"), [a["name"] for a in e["actors"]])
        for e in results[case]["events"]
    ]
    assert any(t == etype and _dated(d, when) and actor in names for t, d, names in found), (
        text,
        found,
    )
