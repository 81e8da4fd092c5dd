// The worker of prettierThread.ts: formats each text it is sent with prettier, loaded by Node itself (outside jest's
// module sandbox), and answers with the text or with the error's name and message.
import { parentPort } from "node:worker_threads";
import * as prettier from "prettier";

parentPort.on("message", async ({ id, text, options }) => {
  try {
    parentPort.postMessage({ id, formatted: await prettier.format(text, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: { name: error.name, message: error.message } });
  }
});
