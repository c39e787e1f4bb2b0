"use client";

import { useState, type FormEvent } from "react";
import { PROVIDERS, ROLES, type LlmRole, type ProviderKind } from "@/lib/llm/types";
import { updateLlmSettingsSchema } from "@/lib/validations/llm-settings";
import type { LlmSettings } from "@/components/data/types";
import type { LlmSettingsInput } from "@/components/data/api-account";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Check } from "@/components/settings/check";
import { RoleEndpointFields } from "@/components/settings/role-endpoint-fields";
import { endpointDrafts, endpointInputs, type EndpointDraft } from "@/components/settings/role-endpoints";

const PROVIDER_LABELS: Record<ProviderKind, string> = { builtin: "Built-in modeler (offline)", "openai-compatible": "OpenAI-compatible", anthropic: "Anthropic" };

/** Props of LlmForm: what the server holds, save/reset handlers and their state. */
export interface LlmFormProps {
  settings: LlmSettings;
  onSave: (input: LlmSettingsInput) => void;
  onReset: () => void;
  pending: boolean;
  error: string | null;
  saved: boolean;
}

/** Provider, base URL, write-only API key, models and optional own provider per role, vision and structured output; validated with the API's schema. */
export function LlmForm({ settings, onSave, onReset, pending, error, saved }: LlmFormProps) {
  const [provider, setProvider] = useState<ProviderKind>(settings.provider);
  const [baseUrl, setBaseUrl] = useState(settings.base_url ?? "");
  const [apiKey, setApiKey] = useState("");
  const [removeKey, setRemoveKey] = useState(false);
  const [models, setModels] = useState({ ...settings.models });
  const [endpoints, setEndpoints] = useState(() => endpointDrafts(settings.endpoints));
  const [vision, setVision] = useState(settings.vision);
  const [structured, setStructured] = useState(settings.structured_output);
  const [invalid, setInvalid] = useState<{ path: string; message: string } | null>(null);
  const external = provider !== "builtin";

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = (v: string | null) => (v && v.trim() ? v.trim() : null);
    const input: LlmSettingsInput = {
      provider,
      base_url: external ? clean(baseUrl) : null,
      ...(apiKey.trim() ? { api_key: apiKey.trim() } : removeKey ? { api_key: null } : {}),
      models: { default: clean(models.default), planner: clean(models.planner), coder: clean(models.coder), critic: clean(models.critic) },
      endpoints: endpointInputs(endpoints, external),
      vision,
      structured_output: structured,
    };
    const parsed = updateLlmSettingsSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setInvalid({ path: issue.path.join("."), message: issue.message });
    }
    setInvalid(null);
    onSave(input);
  }
  const err = (path: string) => (invalid?.path === path ? invalid.message : undefined);
  const editEndpoint = (role: LlmRole) => (patch: Partial<EndpointDraft>) => setEndpoints((e) => ({ ...e, [role]: { ...e[role], ...patch } }));

  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-label="LLM provider settings" data-source={settings.source}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="llm-provider" label="Provider" hint={settings.source === "default" ? "Using the server's default" : "Your own setting"}>
          <Select id="llm-provider" value={provider} onChange={(e) => setProvider(e.target.value as ProviderKind)} {...fieldAria("llm-provider", { hint: true })}>
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {PROVIDER_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="llm-base-url" label="Base URL" hint="Empty: the provider's public API" error={err("base_url")}>
          <Input id="llm-base-url" type="url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} disabled={!external} placeholder="http://127.0.0.1:11434/v1" {...fieldAria("llm-base-url", { error: err("base_url"), hint: true })} />
        </Field>
        <Field id="llm-api-key" label="API key" hint={settings.has_api_key ? "A key is stored (never shown). Type to replace it." : "Stored encrypted; never shown again."} error={err("api_key")}>
          <Input id="llm-api-key" type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} disabled={!external} placeholder={settings.has_api_key ? "•••••••• (stored)" : "sk-…"} {...fieldAria("llm-api-key", { error: err("api_key"), hint: true })} />
        </Field>
        <div className="flex flex-col justify-end gap-2 pb-1 text-sm">
          <Check label="The critic model accepts images (vision)" checked={vision} onChange={setVision} disabled={!external} />
          <Check label="Use the provider's JSON mode" checked={structured} onChange={setStructured} disabled={!external} />
          {settings.has_api_key ? <Check label="Remove the stored key" checked={removeKey} onChange={setRemoveKey} disabled={!external || Boolean(apiKey)} /> : null}
        </div>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2" disabled={!external}>
        <legend className="mb-2 text-sm font-medium">Models</legend>
        {(["default", ...ROLES] as const).map((role) => (
          <Field key={role} id={`llm-model-${role}`} label={role === "default" ? "Default model" : `${role[0].toUpperCase()}${role.slice(1)} model`} error={err(`models.${role}`)} hint={role === "default" ? "Every role without its own" : "Empty: the default"}>
            <Input id={`llm-model-${role}`} value={models[role] ?? ""} onChange={(e) => setModels((m) => ({ ...m, [role]: e.target.value }))} placeholder={role === "default" ? "e.g. qwen2.5-coder:14b" : ""} {...fieldAria(`llm-model-${role}`, { error: err(`models.${role}`), hint: true })} />
          </Field>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-3" disabled={!external}>
        <legend className="mb-2 text-sm font-medium">Providers per role</legend>
        <p className="-mt-1 text-xs text-muted">Every role uses the provider above unless it has its own.</p>
        {ROLES.map((role) => (
          <RoleEndpointFields key={role} role={role} value={endpoints[role]} stored={settings.endpoints[role]} onChange={editEndpoint(role)} error={err} />
        ))}
      </fieldset>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save LLM settings"}
        </Button>
        <Button variant="ghost" size="sm" onClick={onReset} disabled={pending || settings.source === "default"}>
          Reset to server default
        </Button>
        {saved ? <span role="status" className="text-sm text-emerald-300">Saved</span> : null}
      </div>
    </form>
  );
}
