// htsite: the "Try it" box on bot pages. The bot writes in the visitor's browser, with
// transformers.js on onnxruntime-web (WebAssembly), from files this site serves itself: no
// server, no CDN, no model hub. Nothing is downloaded until the visitor clicks Generate.
// Output is only ever set as text (textContent), never as HTML.

const ASSETS = new URL("../", import.meta.url); // <site>/assets/, wherever the site lives
const CACHE = "transformers-cache"; // transformers.js's env.cacheKey
let runtime = null; // the transformers.js module, once imported

function wasmAvailable() {
  try {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") return false;
    return WebAssembly.validate(Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00));
  } catch {
    return false;
  }
}

async function loadRuntime(folder) {
  if (runtime) return runtime;
  const base = new URL(`htsite/${folder}/`, ASSETS);
  const tjs = await import(new URL("transformers.min.js", base).href);
  const { env } = tjs;
  env.allowRemoteModels = false; // never the hub
  env.allowLocalModels = true; // this site's own files
  env.useBrowserCache = true; // Cache API: the base is downloaded once for every bot page
  env.useWasmCache = true;
  env.backends.onnx.wasm.wasmPaths = {
    mjs: new URL("ort-wasm-simd-threaded.mjs", base).href,
    wasm: new URL("ort-wasm-simd-threaded.wasm", base).href,
  };
  // A plain static host is not cross-origin isolated: one thread there.
  env.backends.onnx.wasm.numThreads = self.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  runtime = tjs;
  return tjs;
}

// A file whose cached copy is not the size this page expects (a download cut short, a stale
// copy) is dropped before loading, so that nothing half-downloaded is ever used.
async function dropBrokenCache(files) {
  if (!("caches" in self)) return;
  const cache = await caches.open(CACHE);
  for (const [url, bytes] of files) {
    const hit = await cache.match(url);
    if (!hit) continue;
    const size = Number(hit.headers.get("content-length")) || (await hit.clone().arrayBuffer()).byteLength;
    if (size !== bytes) await cache.delete(url);
  }
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

class Box {
  constructor(root) {
    this.root = root;
    this.cfg = JSON.parse(root.dataset.tryit);
    this.form = root.querySelector("form");
    this.prompt = root.querySelector("textarea");
    this.length = root.querySelector("select[name=length]");
    this.greedy = root.querySelector("input[name=greedy]");
    this.generateButton = root.querySelector("button[name=generate]");
    this.stopButton = root.querySelector("button[name=stop]");
    this.bar = root.querySelector("progress");
    this.barBox = root.querySelector(".htsite-tryit__progress");
    this.barText = root.querySelector(".htsite-tryit__bytes");
    this.status = root.querySelector(".htsite-tryit__status");
    this.output = root.querySelector(".htsite-tryit__output");
    this.text = root.querySelector(".htsite-tryit__text");
    this.model = null; // {tokenizer, model} once loaded
    this.received = 0; // bytes of model files read so far (network or cache)
    this.stopper = null;
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.generate();
    });
    this.stopButton.addEventListener("click", () => this.stopper?.interrupt());
    root.hidden = false;
  }

  // Model files as URLs (for the cache check) and as the path transformers.js resolves them by.
  get modelPath() {
    return new URL(`models/${this.cfg.model}`, ASSETS).pathname; // a path, not a URL
  }

  fileUrls() {
    const folder = new URL(`models/${this.cfg.model}/`, ASSETS);
    return Object.entries(this.cfg.files).map(([name, bytes]) => [new URL(name, folder).href, bytes]);
  }

  setStatus(message, retry = false) {
    this.status.textContent = message;
    this.generateButton.textContent = retry ? "Retry" : "Generate";
  }

  async load() {
    if (this.model) return this.model;
    this.barBox.hidden = false;
    this.received = 0;
    const loaded = new Map();
    const total = this.cfg.total_bytes;
    const progress = (p) => {
      if (p.status !== "progress" || !p.file) return;
      loaded.set(p.file, p.loaded);
      const sum = [...loaded.values()].reduce((a, b) => a + b, 0);
      this.received = sum;
      this.bar.value = Math.min(100, (100 * sum) / total);
      this.barText.textContent = `${mb(sum)} / ${mb(total)} MB`;
    };
    this.setStatus("Loading the model (the first time, a download; then from this browser's cache)…");
    const tjs = await loadRuntime(this.cfg.runtime);
    await dropBrokenCache(this.fileUrls());
    const options = { progress_callback: progress };
    const tokenizer = await tjs.AutoTokenizer.from_pretrained(this.modelPath, options);
    const model = await tjs.AutoModelForCausalLM.from_pretrained(this.modelPath, {
      ...options,
      dtype: "q8",
      device: "wasm",
      session_options: { externalData: this.cfg.external.map(({ path, data }) => ({ path, data })) },
    });
    // onnxruntime-web computes on this thread and generate() chains only promises: give the
    // browser a turn before each step, so each token is painted and Stop can be clicked.
    const forward = model.forward.bind(model);
    model.forward = async (inputs) => {
      await new Promise((resolve) => setTimeout(resolve, 0)); // a task: paint, input, timers
      return forward(inputs);
    };
    this.bar.value = 100;
    this.barBox.hidden = true;
    this.model = { tokenizer, model };
    return this.model;
  }

  async generate() {
    if (this.stopper) return; // already running
    this.generateButton.disabled = true;
    this.root.dataset.state = "loading";
    const clicked = performance.now();
    let loaded;
    try {
      const fresh = !this.model;
      loaded = await this.load();
      if (fresh) this.root.dataset.loadSeconds = ((performance.now() - clicked) / 1000).toFixed(2);
    } catch (err) {
      this.barBox.hidden = true;
      this.generateButton.disabled = false;
      this.root.dataset.state = "error";
      const reason = String(err?.message || err).split("\n")[0].slice(0, 200);
      const cut = this.received < this.cfg.total_bytes; // some file did not arrive whole
      const what = cut ? "Download interrupted" : "Loading the model failed";
      this.setStatus(`${what} (${reason}). Nothing partial was kept; click Retry.`, true);
      return;
    }
    const { tokenizer, model } = loaded;
    const { InterruptableStoppingCriteria } = runtime;
    this.stopper = new InterruptableStoppingCriteria();
    this.stopButton.disabled = false;
    this.output.hidden = false;
    this.text.textContent = "";
    this.root.dataset.tokens = "[]";
    this.root.dataset.state = "generating";
    this.setStatus("Writing…");
    const prompt = this.prompt.value;
    // With special tokens: the bot's tokenizer puts the post separator first, as htsite samples.
    const inputs = tokenizer(prompt, { add_special_tokens: true });
    const promptIds = Array.from(inputs.input_ids.data, Number);
    this.root.dataset.promptTokens = JSON.stringify(promptIds);
    const ids = [];
    const started = performance.now();
    let first = null;
    const streamer = {
      put: (value) => {
        if (first === null) {
          first = 0; // the first call carries the prompt
          return;
        }
        for (const id of value[0]) ids.push(Number(id));
        if (first === 0) {
          first = performance.now();
          this.root.dataset.firstTokenSeconds = ((first - clicked) / 1000).toFixed(2);
        }
        // The whole continuation decoded again: a character split across tokens shows once whole.
        const text = tokenizer.decode(ids, { skip_special_tokens: true }).replace(/\uFFFD+$/, "");
        this.text.textContent = prompt + text;
        this.root.dataset.tokens = JSON.stringify(ids);
      },
      end: () => {},
    };
    try {
      const greedy = this.greedy.checked;
      await model.generate({
        ...inputs,
        max_new_tokens: Number(this.length.value),
        min_new_tokens: Math.min(this.cfg.min_new_tokens, Number(this.length.value)), // as htsite samples
        do_sample: !greedy,
        ...(greedy ? {} : { top_p: this.cfg.top_p, temperature: this.cfg.temperature }),
        streamer,
        stopping_criteria: [this.stopper],
      });
      const seconds = (performance.now() - (first || started)) / 1000;
      const rate = ids.length > 1 && seconds > 0 ? (ids.length - 1) / seconds : 0;
      this.root.dataset.tokensPerSecond = rate.toFixed(2);
      const how = this.stopper.interrupted ? "Stopped" : "Done";
      this.setStatus(`${how}: ${ids.length} tokens, ${rate.toFixed(1)} tokens/s.`);
      this.root.dataset.state = "done";
    } catch (err) {
      this.setStatus(`The model stopped with an error: ${String(err?.message || err).slice(0, 200)}`);
      this.root.dataset.state = "error";
    } finally {
      this.stopper = null;
      this.stopButton.disabled = true;
      this.generateButton.disabled = false;
    }
  }

  // For tests: the ids this browser's tokenizer gives a text (loads the tokenizer if needed).
  async tokenize(text) {
    const tjs = await loadRuntime(this.cfg.runtime);
    const tokenizer = this.model?.tokenizer ?? (await tjs.AutoTokenizer.from_pretrained(this.modelPath));
    return Array.from(tokenizer(text, { add_special_tokens: false }).input_ids.data, Number);
  }
}

const boxes = [];
for (const root of document.querySelectorAll(".htsite-tryit[data-tryit]")) {
  if (wasmAvailable()) {
    boxes.push(new Box(root));
  } else {
    const notice = document.createElement("p");
    notice.className = "htsite-tryit__notice";
    notice.textContent =
      "Try it needs WebAssembly, which this browser does not allow; the predictions below were written when the site was built.";
    root.replaceWith(notice);
  }
}
self.htsiteTryIt = { boxes };
