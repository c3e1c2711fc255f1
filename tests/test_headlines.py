"""Timeline headlines name their actors or say what happened; they never guess roles."""

from timeline.merge import headline


def test_a_directed_event_names_who_acted_on_whom_only_when_the_reports_say():
    assert headline("launch", [("openai", "OpenAI", "agent")]) == "Launch: OpenAI"
    assert headline("designation", [("a", "Anthropic", "target")]) == "Designation: Anthropic"
    assert (
        headline(
            "designation",
            [("h", "Pete Hegseth", "agent"), ("a", "Anthropic", "target")],
        )
        == "Pete Hegseth designates Anthropic"
    )
    assert (
        headline("ultimatum", [("d", "DoD", "participant"), ("a", "Anthropic", "participant")])
        == "Ultimatum: DoD and Anthropic"
    )


def test_no_headline_speaks_of_others_or_an_unknown_party():
    for event_type in ("meeting", "contract", "ultimatum", "launch", "legal", "statement"):
        for actors in ([], [("x", "xAI", "agent")], [("x", "xAI", "participant")]):
            line = headline(event_type, actors)
            assert "others" not in line and "Unknown" not in line, (event_type, actors, line)
            assert line == line.strip() and not line.endswith((" and", " to", ":")), line


def test_a_meeting_of_people_names_the_people_and_a_launch_names_what_was_launched():
    kinds = {"amodei": "PERSON", "anthropic": "ORG", "hegseth": "PERSON", "dod": "ORG"}
    actors = [
        ("amodei", "Dario Amodei", "agent"),
        ("anthropic", "Anthropic", "counterpart"),
        ("hegseth", "Pete Hegseth", "counterpart"),
    ]
    assert headline("meeting", actors, kinds) == "Dario Amodei meets Pete Hegseth"
    kinds |= {"gemini": "PRODUCT", "google": "ORG"}
    launch = [
        ("dod", "DoD", "agent"),
        ("gemini", "Gemini", "target"),
        ("google", "Google", "target"),
    ]
    assert headline("launch", launch, kinds) == "DoD launches Gemini"
    # nothing launched that is a product: the type and the names, no guess
    assert headline("launch", [launch[0], launch[2]], kinds) == "Launch: DoD and Google"


def test_a_product_is_no_party_but_what_is_launched():
    kinds = {"grok": "PRODUCT", "xai": "ORG", "dod": "ORG", "claude": "PRODUCT"}
    partnership = [("grok", "Grok", "participant"), ("xai", "xAI", "participant")]
    assert headline("partnership", partnership, kinds) == "Partnership: xAI"
    designation = [("claude", "Claude", "agent"), ("dod", "DoD", "target")]
    assert headline("designation", designation, kinds) == "Designation: DoD"
    launch = [("xai", "xAI", "agent"), ("grok", "Grok", "target")]
    assert headline("launch", launch, kinds) == "xAI launches Grok"
    # a product alone still names the event rather than leaving it blank
    assert headline("statement", [("grok", "Grok", "agent")], kinds) == "Statement by Grok"
