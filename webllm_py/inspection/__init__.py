"""Inside the model: what the real engine computes while it generates, step by step.

For a chosen generation step, `Inspector.step()` gives the token and, from the forward pass the
GPU ran for it (no second implementation of the model): the residual stream after every layer,
each head's attention probabilities, the MLP activations, the logit lens (each layer's residual
through the final norm and the lm head), a layer's KV cache rows, the sampler's decision
(candidates, their probabilities, the uniform drawn, the token) and the step's dispatches with
their times.  `CaptureOptions` chooses the layers whose lens and attention a step works out
(every layer by default; a few are cheaper on a CPU's WebGPU).  Off by default: a model
without `capture`, and every pipeline but the inspector's, run and replay their steps as before.

    inspector = Inspector(model, prompt)  # or Inspector(model, prompt, options=CaptureOptions(lens_layers=(0, 3)))
    step = await inspector.step()
    step.forward.lens_top(layer=3)       # [(token id, probability), ...]
    step.forward.attention[0][head]      # [query][key position]
    step.sampler.candidates, step.dispatches
"""

from .capture import Capture, CaptureOptions, Forward, KVRows, Lens
from .inspector import Candidate, Dispatch, InspectedStep, Inspector, SamplerView

__all__ = ["Candidate", "Capture", "CaptureOptions", "Dispatch", "Forward", "InspectedStep", "Inspector", "KVRows",
           "Lens", "SamplerView"]
