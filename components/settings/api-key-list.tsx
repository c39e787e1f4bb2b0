import type { ApiKey } from "@/components/data/types";
import { formatRelative } from "@/components/data/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

/** Props of ApiKeyList: the keys, how to revoke one, and the id being revoked. */
export interface ApiKeyListProps {
  keys: ApiKey[];
  onRevoke: (id: string) => void;
  revoking: string | null;
}

/** Keys with prefix, creation and last use; revoked keys stay listed, greyed. */
export function ApiKeyList({ keys, onRevoke, revoking }: ApiKeyListProps) {
  if (keys.length === 0) return <p className="text-sm text-muted">No keys yet.</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line" aria-label="Your API keys" data-testid="api-key-list">
      {keys.map((k) => (
        <li key={k.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3.5 py-3 text-sm" data-revoked={k.revoked_at ? "true" : "false"}>
          <div className="min-w-0 flex-1">
            <p className="flex items-center gap-2 font-medium">
              <span className="truncate">{k.name}</span>
              {k.revoked_at ? <Badge tone="danger">revoked</Badge> : null}
            </p>
            <p className="mt-0.5 text-xs text-muted">
              <code className="font-mono">{k.prefix}…</code> · created {formatRelative(k.created_at)} · {k.last_used_at ? `last used ${formatRelative(k.last_used_at)}` : "never used"}
            </p>
          </div>
          {k.revoked_at ? null : (
            <Button variant="secondary" size="sm" onClick={() => confirm(`Revoke “${k.name}”? Requests with it will answer 401.`) && onRevoke(k.id)} disabled={revoking === k.id} aria-label={`Revoke ${k.name}`}>
              {revoking === k.id ? "Revoking…" : "Revoke"}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
