import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { anthropicError, anthropicMessage, readAnthropicPrompt } from "./anthropic-wire";

/** One scripted answer: assistant text (or a JSON value), an HTTP error, raw body, and an optional delay. */
export interface ScriptedReply {
  content?: string;
  json?: unknown;
  status?: number;
  headers?: Record<string, string>;
  /** Sent as the body instead of a chat completion or message (for malformed or error bodies). */
  rawBody?: string;
  delayMs?: number;
}

/** A request the server got: the parsed body plus helpers to read the conversation. */
export interface RecordedRequest {
  /** Which wire API the request spoke: OpenAI chat completions or Anthropic messages (`…/messages`). */
  api: "openai" | "anthropic";
  path: string;
  headers: IncomingMessage["headers"];
  body: { model: string; stream?: boolean; messages: { role: string; content: string | { type: string; text?: string; image_url?: { url: string } }[] }[]; [k: string]: unknown };
  /** All text of all messages, joined. */
  text: string;
  /** Image URLs across all messages (Anthropic base64 images as data URLs). */
  images: string[];
  /** The JSON body answered, once a scripted non-streaming reply was sent. */
  response?: unknown;
  /** Set when the client hung up while a delayed reply was still pending (a timeout or a cancel on its side). */
  abandonedAt?: number;
}

/** Text and image URLs of an OpenAI chat-completions request. */
function readOpenAiPrompt(body: RecordedRequest["body"]): { text: string; images: string[] } {
  const parts = body.messages.flatMap((m) => (typeof m.content === "string" ? [{ type: "text", text: m.content }] : m.content));
  return {
    text: parts.filter((p) => p.type === "text").map((p) => p.text).join("\n"),
    images: parts.filter((p) => p.type === "image_url").map((p) => p.image_url?.url ?? ""),
  };
}

type Responder = ScriptedReply | ((req: RecordedRequest) => ScriptedReply);

/**
 * A real LLM server on 127.0.0.1 that answers from a script: OpenAI chat completions, and Anthropic's Messages API
 * on any path ending in `/messages`. A queue per model name (and a shared fallback queue), recording every request.
 * An empty script answers HTTP 500 "script exhausted".
 */
export async function startScriptedLlmServer() {
  const queues = new Map<string, Responder[]>();
  const shared: Responder[] = [];
  const requests: RecordedRequest[] = [];
  let fallback: ((req: RecordedRequest) => ScriptedReply) | undefined;

  const server: Server = createServer((req, res) => void (async () => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: RecordedRequest["body"];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      res.writeHead(400).end("bad json");
      return;
    }
    const api = (req.url ?? "").split("?")[0].endsWith("/messages") ? "anthropic" : "openai";
    const recorded: RecordedRequest = { api, path: req.url ?? "", headers: req.headers, body, ...(api === "anthropic" ? readAnthropicPrompt(body) : readOpenAiPrompt(body)) };
    requests.push(recorded);
    const queue = queues.get(body.model);
    const next = (queue?.length ? queue : shared).shift() ?? fallback;
    const reply = typeof next === "function" ? next(recorded) : next;
    const errorBody = (status: number, message: string) => (api === "anthropic" ? anthropicError(status, message) : JSON.stringify({ error: { message, type: "scripted" } }));
    if (!reply) {
      const message = `script exhausted for model ${body.model}`;
      res.writeHead(500, { "content-type": "application/json" }).end(api === "anthropic" ? anthropicError(500, message) : JSON.stringify({ error: { message } }));
      return;
    }
    if (reply.delayMs) {
      // Stop waiting when the client gives up (timeout or cancel), as a real server's socket would.
      const closed = await new Promise<boolean>((resolve) => {
        const t = setTimeout(() => resolve(false), reply.delayMs);
        res.once("close", () => {
          clearTimeout(t);
          resolve(true);
        });
      });
      if (closed) return void (recorded.abandonedAt = Date.now());
    }
    if (reply.status && reply.status >= 400) {
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(reply.rawBody ?? errorBody(reply.status, `scripted ${reply.status}`));
      return;
    }
    if (reply.rawBody !== undefined) {
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers }).end(reply.rawBody);
      return;
    }
    const content = reply.content ?? JSON.stringify(reply.json);
    // eslint-disable-next-line security/detect-possible-timing-attacks -- compares the wire format's name, not a secret
    if (api === "anthropic") {
      // The agents never stream; a streaming request would need SSE events this server does not script.
      if (body.stream) {
        res.writeHead(400, { "content-type": "application/json" }).end(anthropicError(400, "the scripted server does not stream Anthropic messages"));
        return;
      }
      recorded.response = anthropicMessage({ body: body, content, inputTokens: Math.ceil(recorded.text.length / 4) });
      res.writeHead(200, { "content-type": "application/json", ...reply.headers }).end(JSON.stringify(recorded.response));
      return;
    }
    const usage = { prompt_tokens: Math.ceil(recorded.text.length / 4), completion_tokens: Math.ceil(content.length / 4), total_tokens: 0 };
    if (body.stream) {
      res.writeHead(200, { "content-type": "text/event-stream", ...reply.headers });
      const chunk = (delta: object, finish: string | null) => `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.end(chunk({ role: "assistant", content }, null) + chunk({}, "stop") + `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 0, model: body.model, choices: [], usage })}\n\ndata: [DONE]\n\n`);
      return;
    }
    recorded.response = { id: "c1", object: "chat.completion", created: 0, model: body.model, choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }], usage };
    res.writeHead(200, { "content-type": "application/json", ...reply.headers }).end(JSON.stringify(recorded.response));
  })());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Queue replies for requests naming `model`. */
    on(model: string, ...replies: Responder[]) {
      queues.set(model, [...(queues.get(model) ?? []), ...replies]);
    },
    /** Queue replies for any model without its own queue. */
    script(...replies: Responder[]) {
      shared.push(...replies);
    },
    /** Answer every request the script does not cover (benchmarks). */
    setFallback(fn: ((req: RecordedRequest) => ScriptedReply) | undefined) {
      fallback = fn;
    },
    /** Requests for one model, in order. */
    requestsFor: (model: string) => requests.filter((r) => r.body.model === model),
    reset() {
      queues.clear();
      shared.length = 0;
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type ScriptedLlmServer = Awaited<ReturnType<typeof startScriptedLlmServer>>;
