import type { Metadata } from "next";
import { GenerateStudio } from "@/components/generate/generate-studio";

export const metadata: Metadata = { title: "Generate" };

/** Generate page: describe an object, follow the task live, view and download the result. */
export default async function GeneratePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { task } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Generate</h1>
        <p className="mt-1 text-sm text-muted">Describe an object; a Blender program models it as a real, editable 3D asset.</p>
      </div>
      <GenerateStudio initialTaskId={typeof task === "string" && task ? task : null} />
    </div>
  );
}
