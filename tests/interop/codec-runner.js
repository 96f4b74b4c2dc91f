// Runs a network-server codec (tools/Codecs/vendor/smartcitynodes/<device>.js) in QuickJS, the engine family
// ChirpStack v4 embeds, through the npm package quickjs-emscripten. Reads one JSON request on stdin:
//   { "codecFile": "<path>", "calls": [ { "function": "decodeUplink", "input": { ... } }, ... ] }
// A call may give "expression" (JavaScript source) instead of "function" and "input", for inputs JSON cannot
// carry, such as the Date in ChirpStack's recvTime.
// and writes one JSON array on stdout: per call the function's result, or { "exception": "<message>" } when the
// codec threw. Each call gets the same context, as a network server reuses a loaded codec.
"use strict";
const fs = require("fs");
const { getQuickJS } = require("quickjs-emscripten");

function readStdin() {
  return fs.readFileSync(0, "utf8");
}

async function main() {
  const request = JSON.parse(readStdin());
  const QuickJS = await getQuickJS();
  const context = QuickJS.newContext();
  try {
    const loaded = context.evalCode(fs.readFileSync(request.codecFile, "utf8"), request.codecFile);
    if (loaded.error) {
      const error = context.dump(loaded.error);
      loaded.error.dispose();
      throw new Error("codec did not load: " + JSON.stringify(error));
    }
    loaded.value.dispose();
    const answers = request.calls.map((call) => {
      const source = call.expression !== undefined
        ? "JSON.stringify(" + call.expression + ")"
        : "JSON.stringify(" + call.function + "(" + JSON.stringify(call.input) + "))";
      const result = context.evalCode(source);
      if (result.error) {
        const error = context.dump(result.error);
        result.error.dispose();
        return { exception: typeof error === "object" && error !== null ? String(error.message) : String(error) };
      }
      const text = context.getString(result.value);
      result.value.dispose();
      return JSON.parse(text);
    });
    process.stdout.write(JSON.stringify(answers));
  } finally {
    context.dispose();
  }
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
