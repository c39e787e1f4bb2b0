import { ApiRequestError } from "@/components/data/api";
import type { Task } from "@/components/data/types";

/**
 * POST /api/v1/assets/import with XMLHttpRequest, since fetch cannot report upload progress: `onProgress` gets the
 * share sent (0-1). Resolves with the queued task; an API error rejects as ApiRequestError with its message.
 */
export function uploadModel({ file, onProgress }: { file: File; onProgress: (share: number) => void }): Promise<Task> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/assets/import");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 202) return resolve(body as Task);
      const err = (body as { error?: { code?: string; message?: string; request_id?: string } } | null)?.error;
      reject(new ApiRequestError(xhr.status, err?.code ?? "http_error", err?.message ?? `Upload failed (${xhr.status}).`, err?.request_id));
    };
    xhr.onerror = () => reject(new ApiRequestError(0, "network_error", "The upload was interrupted; check your connection and try again."));
    const form = new FormData();
    form.set("file", file, file.name);
    xhr.send(form);
  });
}
