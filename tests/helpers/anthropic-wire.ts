/** Anthropic Messages API shapes for the scripted LLM server: what @ai-sdk/anthropic sends to `{baseURL}/messages` and parses back. */

type Block = { type: string; text?: string; source?: { type: string; media_type?: string; data?: string; url?: string } };

/** The parts of a Messages API request body the scripted server reads. */
export interface AnthropicBody {
  model: string;
  system?: string | Block[];
  messages: { role: string; content: string | Block[] }[];
  tools?: { name: string }[];
  tool_choice?: { type: string; name?: string };
  stream?: boolean;
}

const blocksOf = (content: string | Block[] | undefined): Block[] => (typeof content === "string" ? [{ type: "text", text: content }] : (content ?? []));

/** All text (system prompt included, as the OpenAI path has it as a message) and images as data URLs. */
export function readAnthropicPrompt(body: AnthropicBody): { text: string; images: string[] } {
  const blocks = [...blocksOf(body.system), ...body.messages.flatMap((m) => blocksOf(m.content))];
  return {
    text: blocks.filter((b) => b.type === "text").map((b) => b.text).join("\n"),
    images: blocks.filter((b) => b.type === "image").map((b) => (b.source?.type === "base64" ? `data:${b.source.media_type};base64,${b.source.data}` : (b.source?.url ?? ""))),
  };
}

function jsonObject(content: string): object | undefined {
  try {
    const v: unknown = JSON.parse(content);
    return v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The tool the request obliges the model to call: named, or "any" of exactly one (how the SDK forces its "json" tool). */
function forcedTool(body: AnthropicBody): string | undefined {
  if (body.tool_choice?.type === "tool") return body.tool_choice.name;
  return body.tool_choice?.type === "any" && body.tools?.length === 1 ? body.tools[0].name : undefined;
}

/**
 * The assistant message for a scripted reply. When the request forces a tool (generateObject on a model without
 * native structured output forces one named "json"), JSON content comes back as that tool's call, as Claude would;
 * content that is no JSON object stays a text block, like a model that ignored the tool.
 */
export function anthropicMessage({ body, content, inputTokens }: { body: AnthropicBody; content: string; inputTokens: number }) {
  const forced = forcedTool(body);
  const input = forced ? jsonObject(content) : undefined;
  return {
    id: "msg_scripted",
    type: "message",
    role: "assistant",
    model: body.model,
    content: input ? [{ type: "tool_use", id: "toolu_scripted", name: forced, input }] : [{ type: "text", text: content }],
    stop_reason: input ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: { input_tokens: inputTokens, output_tokens: Math.ceil(content.length / 4) },
  };
}

const ERROR_TYPES: Record<number, string> = { 400: "invalid_request_error", 401: "authentication_error", 403: "permission_error", 404: "not_found_error", 429: "rate_limit_error", 529: "overloaded_error" };

/** An error body as Anthropic sends it: `{type: "error", error: {type, message}}`. */
export const anthropicError = (status: number, message: string) => JSON.stringify({ type: "error", error: { type: ERROR_TYPES[status] ?? "api_error", message } });
