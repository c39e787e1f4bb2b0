"use client";

import { Suspense, useCallback, useState } from "react";
import { Canvas } from "@react-three/fiber";
import { OrbitControls, useGLTF } from "@react-three/drei";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/skeleton";
import { formatCount } from "@/components/data/format";
import { ViewerErrorBoundary, describeLoadError } from "@/components/viewer/viewer-error-boundary";
import { ViewerLighting } from "@/components/viewer/viewer-lighting";
import { ViewerModel } from "@/components/viewer/viewer-model";
import { ViewerToolbar } from "@/components/viewer/viewer-toolbar";
import type { ModelInfo, ViewerOptions } from "@/components/viewer/viewer-presets";

// Neutral mid-dark grey-blue: neither white nor black, so a model's pixels always differ from it.
export const VIEWER_BACKGROUND = "#2b2f3a";

/** Props of AssetViewer: the GLB url, whether to spin until the user drags, the toolbar and stats, and wrapper classes (give it a height). */
export interface AssetViewerProps {
  url: string;
  autoRotate?: boolean;
  /** Shows the toolbar (fit, auto-rotate, wireframe, grid, lighting) and the model's counts and size. */
  controls?: boolean;
  className?: string;
}

/** Interactive GLB preview; the canvas wrapper gets data-loaded="true" once the model has been drawn. */
export function AssetViewer(props: AssetViewerProps) {
  // A new url starts from a clean loading state.
  return <ViewerFrame key={props.url} {...props} />;
}

function ViewerFrame({ url, autoRotate = true, controls = false, className }: AssetViewerProps) {
  const [info, setInfo] = useState<ModelInfo | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [fitKey, setFitKey] = useState(0);
  const [options, setOptions] = useState<ViewerOptions>({ autoRotate, wireframe: false, grid: true, lighting: "studio" });
  const onLoaded = useCallback((next: ModelInfo) => setInfo(next), []);
  const change = (next: Partial<ViewerOptions>) => setOptions((o) => ({ ...o, ...next }));
  const loaded = info !== null;

  const retry = () => {
    useGLTF.clear(url); // the loader caches failures too
    setError(null);
    setInfo(null);
    setAttempt((n) => n + 1);
  };

  return (
    <div className={cn("flex flex-col overflow-hidden", className)}>
      <div
        data-testid="asset-viewer"
        data-loaded={loaded ? "true" : "false"}
        data-wireframe={options.wireframe ? "true" : "false"}
        aria-label="3D preview: drag to orbit, scroll to zoom, right-drag to pan"
        role="group"
        className="relative min-h-0 flex-1"
        style={{ background: VIEWER_BACKGROUND }}
      >
        <Canvas gl={{ preserveDrawingBuffer: true, antialias: true }} dpr={[1, 2]} camera={{ position: [3, 2.2, 4], fov: 40, near: 0.01, far: 1000 }} className="touch-none">
          <color attach="background" args={[VIEWER_BACKGROUND]} />
          <ViewerLighting preset={options.lighting} />
          <ViewerErrorBoundary key={attempt} onError={setError}>
            <Suspense fallback={null}>
              <ViewerModel url={url} onLoaded={onLoaded} wireframe={options.wireframe} grid={options.grid} fitKey={fitKey} />
            </Suspense>
          </ViewerErrorBoundary>
          <OrbitControls makeDefault autoRotate={options.autoRotate} autoRotateSpeed={1.2} onStart={() => change({ autoRotate: false })} />
        </Canvas>

        {!loaded && !error ? (
          <div className="pointer-events-none absolute inset-0 flex items-center justify-center" role="status">
            <span className="flex items-center gap-2 rounded-full bg-black/30 px-3 py-1.5 text-sm text-fg/90 backdrop-blur">
              <Spinner /> Loading model…
            </span>
          </div>
        ) : null}

        {error ? (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-3 p-6 text-center" role="alert">
            <p className="text-sm font-medium text-red-200">{describeLoadError(error)}</p>
            <Button variant="secondary" size="sm" onClick={retry}>
              Try again
            </Button>
          </div>
        ) : null}

        {info && controls ? (
          <p data-testid="viewer-stats" className="pointer-events-none absolute bottom-2 left-2 max-w-[calc(100%-1rem)] rounded-md bg-black/35 px-2 py-1 text-[11px] text-fg/85 tabular-nums backdrop-blur sm:left-3 sm:text-xs">
            {formatCount(info.triangles)} triangles · {formatCount(info.vertices)} vertices drawn ·{" "}
            {[info.size.width, info.size.depth, info.size.height].map((v) => v.toFixed(2)).join(" × ")} m
          </p>
        ) : null}
        {loaded ? <p className={cn("pointer-events-none absolute hidden text-xs text-fg/50 sm:block", controls ? "top-2 right-3" : "bottom-2 left-3")}>Drag to orbit · scroll to zoom · right-drag to pan</p> : null}
      </div>
      {controls ? <ViewerToolbar options={options} onChange={change} onFit={() => setFitKey((k) => k + 1)} /> : null}
    </div>
  );
}
