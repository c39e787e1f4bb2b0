/** Text with `backtick` spans shown as code, as the OpenAPI descriptions write them. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {text.split(/`([^`]+)`/g).map((part, i) =>
        i % 2 ? (
          <code key={i} className="rounded bg-surface-2 px-1 font-mono text-[0.85em] text-fg">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
