import { DEFAULT_BASE_URL, EXTERNAL_PROVIDERS, type ExternalProvider, type LlmRole } from "@/lib/llm/types";
import type { LlmEndpoint } from "@/components/data/types";
import { Field, fieldAria } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Check } from "@/components/settings/check";
import { dropsStoredKey, type EndpointDraft } from "@/components/settings/role-endpoints";

const PROVIDER_LABELS: Record<ExternalProvider, string> = { "openai-compatible": "OpenAI-compatible", anthropic: "Anthropic" };

/** Props of RoleEndpointFields: the role, its draft, what the server holds for it, a change handler and the form's error lookup. */
export interface RoleEndpointFieldsProps {
  role: LlmRole;
  value: EndpointDraft;
  stored: LlmEndpoint | null;
  onChange: (patch: Partial<EndpointDraft>) => void;
  error: (path: string) => string | undefined;
}

/** "Own provider for the <role>" and, when checked, that role's provider, base URL and write-only API key. */
export function RoleEndpointFields({ role, value, stored, onChange, error }: RoleEndpointFieldsProps) {
  const title = `${role[0].toUpperCase()}${role.slice(1)}`;
  const id = (field: string) => `llm-${role}-${field}`;
  const err = (field: string) => error(`endpoints.${role}.${field}`);
  const keyHint = dropsStoredKey(value, stored) && !value.apiKey.trim() ? "A new provider or base URL drops the stored key" : undefined;
  return (
    <div className="flex flex-col gap-3">
      <Check label={`Own provider for the ${role}`} checked={value.own} onChange={(own) => onChange({ own })} />
      {value.own ? (
        <div className="grid gap-3 border-l border-line pl-4 sm:grid-cols-2 md:grid-cols-3">
          <Field id={id("provider")} label={`${title} provider`} error={err("provider")}>
            <Select id={id("provider")} value={value.provider} onChange={(e) => onChange({ provider: e.target.value as ExternalProvider })} {...fieldAria(id("provider"), { error: err("provider") })}>
              {EXTERNAL_PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {PROVIDER_LABELS[p]}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={id("base-url")} label={`${title} base URL`} error={err("base_url")}>
            <Input id={id("base-url")} type="url" value={value.baseUrl} onChange={(e) => onChange({ baseUrl: e.target.value })} placeholder={DEFAULT_BASE_URL[value.provider]} {...fieldAria(id("base-url"), { error: err("base_url") })} />
          </Field>
          <div className="flex flex-col gap-2">
            <Field id={id("api-key")} label={`${title} API key`} error={err("api_key")} hint={keyHint}>
              <Input id={id("api-key")} type="password" autoComplete="off" value={value.apiKey} onChange={(e) => onChange({ apiKey: e.target.value })} placeholder={stored?.has_api_key ? "•••••••• (stored)" : "sk-…"} {...fieldAria(id("api-key"), { error: err("api_key"), hint: keyHint })} />
            </Field>
            {stored?.has_api_key ? <Check label={`Remove the stored ${role} key`} checked={value.removeKey} onChange={(removeKey) => onChange({ removeKey })} disabled={Boolean(value.apiKey.trim())} /> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
