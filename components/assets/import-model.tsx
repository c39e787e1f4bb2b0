"use client";

import { useCallback, useRef, useState } from "react";
import { TaskPanel } from "@/components/generate/task-panel";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { uploadModel } from "@/components/assets/upload-model";
import { useWindowDrop } from "@/components/assets/use-window-drop";

const ACCEPT = ".glb,.zip,.obj,.stl,.ply,.fbx,.blend";

type Upload = { state: "idle" } | { state: "sending"; name: string; share: number } | { state: "queued"; taskId: string } | { state: "refused"; name: string; message: string };

/**
 * Import on the Assets page: an Import button, or a model file dropped anywhere on the page. Shows the upload's
 * progress, then the same live task panel as Generate until the asset is made.
 */
export function ImportModel() {
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const send = useCallback((file: File) => {
    setUpload({ state: "sending", name: file.name, share: 0 });
    uploadModel({ file, onProgress: (share) => setUpload({ state: "sending", name: file.name, share }) }).then(
      (task) => setUpload({ state: "queued", taskId: task.task_id }),
      (err: Error) => setUpload({ state: "refused", name: file.name, message: err.message }),
    );
  }, []);
  const dragging = useWindowDrop(send);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-dashed border-line px-4 py-3 text-sm text-muted">
        <span>Drop a GLB, glTF zip, OBJ, STL, PLY, FBX or .blend anywhere on this page to import it as an asset you can refine.</span>
        <Button variant="secondary" size="sm" onClick={() => input.current?.click()} disabled={upload.state === "sending"}>
          Import a model
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          className="hidden"
          data-testid="import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) send(file);
            e.target.value = "";
          }}
        />
      </div>
      {dragging ? (
        <div data-testid="import-drop-overlay" className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-canvas/80 backdrop-blur-sm">
          <p className="rounded-xl border-2 border-dashed border-accent px-10 py-8 text-lg font-medium text-fg">Drop the model to import it</p>
        </div>
      ) : null}
      {upload.state === "sending" ? (
        <Card data-testid="import-upload">
          <CardBody className="flex flex-col gap-2">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="font-medium text-fg">Uploading {upload.name}</span>
              <span className="tabular-nums text-muted">{Math.round(upload.share * 100)}%</span>
            </div>
            <Progress value={upload.share * 100} label="Upload progress" />
          </CardBody>
        </Card>
      ) : null}
      {upload.state === "refused" ? (
        <Alert tone="danger" title={`Could not import ${upload.name}`}>
          <span data-testid="import-error">{upload.message}</span>
        </Alert>
      ) : null}
      {upload.state === "queued" ? <TaskPanel taskId={upload.taskId} /> : null}
    </div>
  );
}
