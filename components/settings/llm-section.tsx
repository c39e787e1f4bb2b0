"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/data/api";
import { getLlmSettings, resetLlmSettings, saveLlmSettings, type LlmSettingsInput } from "@/components/data/api-account";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { LlmForm } from "@/components/settings/llm-form";
import { SettingsSection } from "@/components/settings/settings-section";

/** Which LLM provider and models plan, code and critique the user's assets. */
export function LlmSection() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: queryKeys.llm, queryFn: getLlmSettings });
  const onSuccess = (data: Awaited<ReturnType<typeof getLlmSettings>>) => queryClient.setQueryData(queryKeys.llm, data);
  const save = useMutation({ mutationFn: (input: LlmSettingsInput) => saveLlmSettings(input), onSuccess });
  const reset = useMutation({ mutationFn: resetLlmSettings, onSuccess });

  return (
    <SettingsSection
      id="llm"
      title="LLM provider"
      description="The built-in modeler works offline for the objects it knows; an LLM (OpenAI-compatible such as Ollama or vLLM, or Anthropic) can model anything."
    >
      {settings.data ? (
        <LlmForm
          // A saved or reset answer restarts the form from what the server now holds.
          key={JSON.stringify(settings.data)}
          settings={settings.data}
          onSave={(input) => save.mutate(input)}
          onReset={() => reset.mutate()}
          pending={save.isPending || reset.isPending}
          error={save.error?.message ?? reset.error?.message ?? null}
          saved={save.isSuccess || reset.isSuccess}
        />
      ) : settings.error ? (
        <Alert tone="danger">Could not load your LLM settings: {settings.error.message}</Alert>
      ) : (
        <Skeleton className="h-[22rem] w-full" />
      )}
    </SettingsSection>
  );
}
