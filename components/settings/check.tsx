/** Props of Check: its label, state and change handler. */
export interface CheckProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A labelled checkbox in the settings forms' style; dims when disabled, also through a disabled fieldset. */
export function Check({ label, checked, onChange, disabled }: CheckProps) {
  return (
    <label className="flex items-center gap-2 text-sm has-disabled:opacity-50">
      <input type="checkbox" className="size-4 accent-accent" checked={checked} onChange={(e) => onChange(e.target.checked)} disabled={disabled} />
      {label}
    </label>
  );
}
