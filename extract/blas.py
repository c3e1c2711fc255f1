"""Matrix products through numpy's OpenBLAS, one thread per process.

thinc's CPU backend multiplies through its bundled BLIS, which on the machines measured
here runs a generic kernel: 8 GMAC/s against OpenBLAS's 32 for the model's own matrix
shapes, so the small English model's tok2vec took 50 ms an ~800-token article instead of
19. Asking thinc's NumpyOps not to use BLIS sends the products to numpy (OpenBLAS), with
byte-identical annotations (3,040 texts compared, benchmarks/bench_extract.py's corpus).

One BLAS thread per process: extraction scales with `nlp.pipe(n_process=...)`, and
OpenBLAS's spinning threads in every worker would fight over the same cores.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def use_numpy_blas(nlp: Language) -> None:
    """Move every model layer on thinc's default CPU backend to numpy's BLAS, one thread.

    Layers on other backends (a GPU, Apple's Accelerate) are left where they are. The
    thread limit is process-wide and is inherited by spaCy's forked workers.
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    threadpool_limits(limits=1, user_api="blas")
