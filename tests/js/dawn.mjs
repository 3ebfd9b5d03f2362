// WebGPU for Pyodide in Node: npm `webgpu` (Dawn), on its fallback adapter (SwiftShader).
import {create, globals} from 'webgpu';

// Call only after loadPyodide(): with these globals present first, Pyodide fails to start
// ("Failed to import _pyodide_core").
export function installDawnWebGPU() {
  Object.assign(globalThis, globals);
  const gpu = create([]);
  // Dawn hides CPU adapters unless asked for the fallback one; make every requestAdapter()
  // (including Python's `await js.navigator.gpu.requestAdapter()`) get SwiftShader.
  const requestAdapter = gpu.requestAdapter.bind(gpu);
  gpu.requestAdapter = (options = {}) => requestAdapter({...options, forceFallbackAdapter: true});
  if (globalThis.navigator) {
    Object.defineProperty(globalThis.navigator, 'gpu', {value: gpu, configurable: true});
  } else {
    globalThis.navigator = {gpu};
  }
}
