"""The numbers behind the README's quality table (scripts/quant_quality.py): KL and top-1 agreement."""

import importlib.util
from pathlib import Path

import numpy as np
from scipy.special import rel_entr, softmax

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "quant_quality.py"
spec = importlib.util.spec_from_file_location("quant_quality", SCRIPT)
quant_quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quant_quality)


def test_identical_logits_have_no_divergence():
    logits = np.random.default_rng(0).normal(size=(5, 40)).astype(np.float32) * 3
    kl, top1 = quant_quality.compare(logits, logits + 7.5)  # a constant shift is the same distribution
    assert abs(kl) < 1e-9 and top1 == 1.0


def test_kl_and_agreement_match_scipy():
    rng = np.random.default_rng(1)
    ref, cand = rng.normal(size=(2, 6, 50)) * 4
    kl, top1 = quant_quality.compare(ref, cand)
    expected = np.mean([rel_entr(softmax(r), softmax(c)).sum() for r, c in zip(ref, cand)])
    assert np.isclose(kl, expected, rtol=1e-9)
    assert top1 == np.mean(ref.argmax(-1) == cand.argmax(-1))
    assert quant_quality.compare(cand, ref)[0] != kl  # KL(reference || candidate): the direction matters
