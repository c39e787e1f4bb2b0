/** One Server-Sent Event as the browser's EventSource would see it. */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * Reads an event stream with fetch until the server closes it, calling `onEvent` for each event; comments
 * (keep-alives) are counted. Aborts after `timeoutMs`.
 */
export async function readEventStream(url: string, headers: Record<string, string>, onEvent: (e: SseEvent) => void | Promise<void>, timeoutMs = 90_000) {
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
  const decoder = new TextDecoder();
  let buffer = "";
  let comments = 0;
  const events: SseEvent[] = [];
  const reader = res.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const e: SseEvent = { event: "message", data: "" };
      let hasData = false;
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) comments++;
        else if (line.startsWith("event: ")) e.event = line.slice(7);
        else if (line.startsWith("id: ")) e.id = line.slice(4);
        else if (line.startsWith("data: ")) {
          e.data += (hasData ? "\n" : "") + line.slice(6);
          hasData = true;
        }
      }
      if (hasData) {
        events.push(e);
        await onEvent(e);
      }
    }
  }
  return { events, comments, headers: res.headers };
}
