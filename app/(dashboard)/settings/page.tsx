import type { Metadata } from "next";
import { AboutSection } from "@/components/settings/about-section";
import { ApiKeysSection } from "@/components/settings/api-keys-section";
import { DefaultsSection } from "@/components/settings/defaults-section";
import { LlmSection } from "@/components/settings/llm-section";
import { ProfileSection } from "@/components/settings/profile-section";

export const metadata: Metadata = { title: "Settings" };

/** Profile, Generate defaults, API keys, LLM provider and what the server runs. */
export default function SettingsPage() {
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-sm text-muted">Your profile, defaults, API keys and the model that builds your assets.</p>
      </div>
      <ProfileSection />
      <DefaultsSection />
      <ApiKeysSection />
      <LlmSection />
      <AboutSection />
    </div>
  );
}
