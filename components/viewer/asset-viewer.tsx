"use client";

import { Suspense, useCallback, useState } from "react";
import { Canvas } from "@react-three/fiber";
import { OrbitControls, useGLTF } from "@react-three/drei";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/skeleton";
import { ViewerErrorBoundary, describeLoadError } from "@/components/viewer/viewer-error-boundary";
import { ViewerLighting } from "@/components/viewer/viewer-lighting";
import { ViewerModel } from "@/components/viewer/viewer-model";

// Neutral mid-dark grey-blue: neither white nor black, so a model's pixels always differ from it.
export const VIEWER_BACKGROUND = "#2b2f3a";

/** Props of AssetViewer: the GLB url, whether to spin until the user drags, and wrapper classes (give it a height). */
export interface AssetViewerProps {
  url: string;
  autoRotate?: boolean;
  className?: string;
}

/** Interactive GLB preview; the wrapper gets data-loaded="true" once the model has been drawn. */
export function AssetViewer(props: AssetViewerProps) {
  // A new url starts from a clean loading state.
  return <ViewerFrame key={props.url} {...props} />;
}

function ViewerFrame({ url, autoRotate = true, className }: AssetViewerProps) {
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [rotating, setRotating] = useState(autoRotate);
  const onLoaded = useCallback(() => setLoaded(true), []);

  const retry = () => {
    useGLTF.clear(url); // the loader caches failures too
    setError(null);
    setLoaded(false);
    setAttempt((n) => n + 1);
  };

  return (
    <div
      data-testid="asset-viewer"
      data-loaded={loaded ? "true" : "false"}
      aria-label="3D preview: drag to orbit, scroll to zoom, right-drag to pan"
      role="group"
      className={cn("relative overflow-hidden", className)}
      style={{ background: VIEWER_BACKGROUND }}
    >
      <Canvas
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        dpr={[1, 2]}
        camera={{ position: [3, 2.2, 4], fov: 40, near: 0.01, far: 1000 }}
        className="touch-none"
      >
        <color attach="background" args={[VIEWER_BACKGROUND]} />
        <ViewerLighting />
        <ViewerErrorBoundary key={attempt} onError={setError}>
          <Suspense fallback={null}>
            <ViewerModel url={url} onLoaded={onLoaded} />
          </Suspense>
        </ViewerErrorBoundary>
        <OrbitControls makeDefault autoRotate={rotating} autoRotateSpeed={1.2} onStart={() => setRotating(false)} />
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

      {loaded ? (
        <p className="pointer-events-none absolute bottom-2 left-3 hidden text-xs text-fg/50 sm:block">Drag to orbit · scroll to zoom</p>
      ) : null}
    </div>
  );
}
