// The chat needs WebGPU. Checking in plain JavaScript before Python starts makes a browser
// without it hear so within a second, not after Pyodide's ~20 s start-up.

// Why WebGPU is unusable here, or null when an adapter is available.
async function missingWebGPU() {
  if (!navigator.gpu) return 'navigator.gpu is undefined';
  try {
    const adapter = await navigator.gpu.requestAdapter();
    return adapter ? null : 'navigator.gpu.requestAdapter() found no GPU adapter';
  } catch (error) {
    return `navigator.gpu.requestAdapter() failed: ${error?.message ?? error}`;
  }
}

// True when WebGPU is there; otherwise the page shows why and stays in the "error" state.
export async function checkWebGPU() {
  const why = await missingWebGPU();
  if (!why) {
    document.getElementById('status').textContent = 'Starting Python (PyScript) and installing webllm-py with micropip…';
    return true;
  }
  const error = document.getElementById('error');
  error.textContent = 'This browser has no usable WebGPU, which the chat needs to run the model on the GPU. '
    + `Use a recent Chrome or Edge, or start Chromium with --enable-unsafe-webgpu. (${why})`;
  error.dataset.kind = 'no-webgpu';
  error.hidden = false;
  document.getElementById('status').textContent = 'Python was not started: this page cannot run a model here.';
  document.getElementById('progress').hidden = true;
  document.body.dataset.state = 'error';
  return false;
}
