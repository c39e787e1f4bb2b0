import { APICallError } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { classifyLlmError } from "@/worker/agents/llm-errors";
import { extractCode, parseJsonReply } from "@/worker/agents/parse-output";

const apiError = (statusCode: number, headers: Record<string, string> = {}) =>
  new APICallError({ message: "x", url: "http://x", requestBodyValues: {}, statusCode, responseHeaders: headers, responseBody: '{"error":"nope"}' });

describe("reading LLM replies", () => {
  it("takes the python block out of a reply, or bare code", () => {
    expect(extractCode("Sure:\n```python\nimport bpy\nx = 1\n```\nDone")).toBe("import bpy\nx = 1\n");
    expect(extractCode("```\nimport bpy\n```")).toBe("import bpy\n");
    expect(extractCode("import bpy\nbpy.ops.mesh.primitive_cube_add()")).toContain("primitive_cube_add");
    expect(extractCode("I cannot help with that.")).toBeNull();
  });

  it("parses JSON in fences or prose, and says why it cannot", () => {
    const schema = z.object({ score: z.number() });
    expect(parseJsonReply('Here: ```json\n{"score": 7}\n```', schema)).toEqual({ ok: true, value: { score: 7 } });
    expect(parseJsonReply('{"score": 7', schema)).toMatchObject({ ok: false, error: expect.stringMatching(/no JSON object|not valid JSON/) });
    expect(parseJsonReply('{"score": "high"}', schema)).toMatchObject({ ok: false, error: expect.stringContaining("score") });
  });

  it("sorts provider errors: auth and 404 fail, 429 and 5xx retry, a long Retry-After goes back to the queue", () => {
    const who = "The planner model";
    const base = { who, timedOut: false, timeoutMs: 1000 };
    expect(classifyLlmError({ ...base, err: apiError(401) })).toMatchObject({ retry: false, error: { code: "llm_auth_failed" } });
    expect(classifyLlmError({ ...base, err: apiError(404) })).toMatchObject({ retry: false, error: { code: "llm_model_not_found" } });
    expect(classifyLlmError({ ...base, err: apiError(429, { "retry-after": "2" }) })).toMatchObject({ retry: true, why: "rate_limited", delayMs: 2000 });
    expect(classifyLlmError({ ...base, err: apiError(429, { "retry-after": "600" }) })).toMatchObject({ retry: false, error: { code: "llm_rate_limited" } });
    expect(classifyLlmError({ ...base, err: apiError(503) })).toMatchObject({ retry: true, why: "unavailable" });
    expect(classifyLlmError({ ...base, err: apiError(400) })).toMatchObject({ retry: false, error: { code: "llm_request_rejected" } });
    expect(classifyLlmError({ ...base, err: new Error("aborted"), timedOut: true })).toMatchObject({ retry: true, why: "timeout" });
  });
});
