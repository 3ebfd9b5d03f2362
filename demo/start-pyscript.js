// Starts PyScript with pyscript.json, adjusted for the offline Pyodide 0.27.7 it points at.
const config = await (await fetch(new URL('pyscript.json', import.meta.url))).json();
// micropip 0.9.0 downloads wheels only from absolute URLs, and resolves an index page's links
// against the index URL's host: make the index URLs absolute (keeping {package_name}).
config.index_urls = config.index_urls.map((url) => decodeURI(new URL(url, location.href).href));
for (const script of document.querySelectorAll('script[type="py"]')) {
  script.setAttribute('config', JSON.stringify(config));
}
const {hooks} = await import('/pyscript/core.js');
// PyScript 0.7's own `pyscript` module imports pyodide.ffi.jsnull, which Pyodide only has from
// 0.28 on; before that, JavaScript null arrives in Python as None.
hooks.main.onReady.add((wrap) => wrap.interpreter.runPython(
  'import pyodide.ffi\nif not hasattr(pyodide.ffi, "jsnull"): pyodide.ffi.jsnull = None'));
