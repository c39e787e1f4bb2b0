import { EXAMPLE_PROMPTS } from "@/components/generate/example-prompts";

/** Props of PromptExamples: what to do with a picked example. */
export interface PromptExamplesProps {
  onPick: (prompt: string) => void;
  disabled?: boolean;
}

/** A row of example prompts; picking one fills the prompt field. */
export function PromptExamples({ onPick, disabled }: PromptExamplesProps) {
  return (
    <div className="-mt-2 flex flex-wrap items-center gap-1.5" role="group" aria-label="Example prompts">
      <span className="mr-0.5 text-xs text-muted">Try:</span>
      {EXAMPLE_PROMPTS.map((example) => (
        <button
          key={example}
          type="button"
          disabled={disabled}
          onClick={() => onPick(example)}
          className="rounded-full border border-line bg-surface-2 px-2.5 py-1 text-xs text-muted transition-colors hover:border-accent/50 hover:text-fg disabled:opacity-50"
        >
          {example}
        </button>
      ))}
    </div>
  );
}
