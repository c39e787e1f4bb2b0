import type { VersionDetail } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { AssetStats, QualityScore } from "@/components/assets/asset-stats";
import { ReadingTerms } from "@/components/generate/prompt-reading";

const SEVERITY_TONE = { error: "danger", warning: "warning", info: "neutral" } as const;

/** The version's score with the critic's reasons, and the scene numbers Blender reported. */
export function VersionQuality({ version }: { version: VersionDetail | null }) {
  return (
    <Card>
      <CardHeader>
        <h2 className="text-sm font-semibold">Quality</h2>
        {version ? <QualityScore score={version.quality_score} className="text-lg font-semibold" /> : <Skeleton className="h-6 w-14" />}
      </CardHeader>
      <CardBody className="flex min-h-32 flex-col gap-4">
        {!version ? (
          <Skeleton className="h-16 w-full" />
        ) : (
          <>
            {version.interpretation?.unmodelled_terms.length ? (
              <div data-testid="version-reading">
                {/* The feedback's applied / not applied words are shown with the Refine form. */}
                <ReadingTerms reading={version.interpretation} rows={["unmodelled"]} />
              </div>
            ) : null}
            <AssetStats asset={{ quality_score: version.quality_score, stats: version.stats }} narrow />
            {version.quality_reasons.length === 0 ? (
              <p className="text-sm text-muted">The critic raised nothing for this version.</p>
            ) : (
              <ul className="flex flex-col gap-2" aria-label="Quality reasons">
                {version.quality_reasons.map((r, i) => (
                  <li key={i} className="flex items-start gap-2 text-sm">
                    <Badge tone={SEVERITY_TONE[r.severity as keyof typeof SEVERITY_TONE] ?? "neutral"}>{r.severity}</Badge>
                    <span className="min-w-0 break-words text-fg/90">{r.message}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </CardBody>
    </Card>
  );
}
