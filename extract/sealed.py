"""Docs that travel light between the extractor and spaCy's worker processes.

`nlp.pipe(n_process=N)` serialises every Doc it sends to a worker and every Doc it gets
back. A tokenised 700-word article is ~110 KB and several milliseconds each way, and
tokenising it in the parent is work the workers could do. So the extractor sends a
*sealed* Doc, empty, with the text in its user data; `beat_open`, first in the pipeline,
tokenises it in the worker; and `beat_seal`, last, sends back an empty Doc with the user
data (the result) only. A Doc that was not sealed (`nlp(text)`) goes through untouched.

srsly, which spaCy's Doc serialisation uses, also looks for msgpack plugins among every
installed package's entry points on each call (~0.5 ms, several times per Doc);
`read_msgpack_plugins_once` registers what it finds once and stops the lookups.
"""

from spacy.language import Language
from spacy.tokens import Doc
from srsly.msgpack import msgpack_decoders, msgpack_encoders

TEXT_KEY = "beat_text"  # a sealed Doc's text
SEALED_KEY = "beat_sealed"  # set on a Doc opened from a sealed one: seal its result


def sealed(nlp: Language, text: str, user_data: dict) -> Doc:
    """An empty Doc carrying `text` and `user_data`, for `beat_open` to tokenise."""
    doc = Doc(nlp.vocab, words=[])
    doc.user_data.update(user_data)
    doc.user_data[TEXT_KEY] = text
    return doc


class Open:
    """spaCy component: a sealed Doc -> the tokenised Doc of its text, same user data."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        if TEXT_KEY not in doc.user_data:
            return doc
        data = dict(doc.user_data)
        opened = self.nlp.make_doc(data.pop(TEXT_KEY))
        opened.user_data.update(data)
        opened.user_data[SEALED_KEY] = True
        return opened


@Language.factory("beat_open")
def make_open(nlp: Language, name: str) -> Open:
    return Open(nlp)


@Language.component("beat_seal")
def seal(doc: Doc) -> Doc:
    """The result only, in an empty Doc, for a Doc that came in sealed."""
    if not doc.user_data.get(SEALED_KEY):
        return doc
    result = Doc(doc.vocab, words=[])
    result.user_data.update(doc.user_data)
    return result


def read_msgpack_plugins_once() -> None:
    """Register srsly's msgpack plugins from entry points now, and stop looking them up."""
    for registry in (msgpack_encoders, msgpack_decoders):
        if registry.entry_points:
            for name, func in registry.get_entry_points().items():
                registry.register(name, func=func)
            registry.entry_points = False
