import { describe, expect, it } from "vitest";
import { matchesAllowedHosts as isAllowedBaseUrl } from "@/lib/llm/allowed-base-url";

describe("LL3M_LLM_ALLOWED_HOSTS", () => {
  it("allows any host when unset (a single-team server with its own Ollama)", () => {
    expect(isAllowedBaseUrl("http://127.0.0.1:11434/v1", undefined)).toBe(true);
    expect(isAllowedBaseUrl("http://10.0.0.5/v1", "")).toBe(true);
  });

  it("allows exact hosts, host:port and *.domain, and refuses everything else", () => {
    const allowed = "api.openai.com, *.example.com, ollama:11434";
    expect(isAllowedBaseUrl("https://api.openai.com/v1", allowed)).toBe(true);
    expect(isAllowedBaseUrl("https://llm.example.com/v1", allowed)).toBe(true);
    expect(isAllowedBaseUrl("http://ollama:11434/v1", allowed)).toBe(true);
    expect(isAllowedBaseUrl("http://ollama:8080/v1", allowed)).toBe(false);
    expect(isAllowedBaseUrl("http://169.254.169.254/latest", allowed)).toBe(false);
    expect(isAllowedBaseUrl("http://127.0.0.1:5432", allowed)).toBe(false);
    // A suffix match needs the dot: "evilexample.com" is not under "*.example.com".
    expect(isAllowedBaseUrl("https://evilexample.com/v1", allowed)).toBe(false);
    expect(isAllowedBaseUrl("https://API.OPENAI.COM/v1", allowed)).toBe(true);
  });

  it("refuses what is not a URL", () => {
    expect(isAllowedBaseUrl("not a url", "api.openai.com")).toBe(false);
  });
});
