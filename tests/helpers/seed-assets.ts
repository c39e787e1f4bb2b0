import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { storage, versionKey } from "@/lib/storage/storage";

// A scene report shaped like the harness' for a 12-part model, so list answers weigh what real ones do.
const SCENE_STATS = {
  objects: 12, meshes: 12, vertices: 24 * 12, triangles: 44 * 12,
  bbox: { min: [-0.25, -0.25, 0], max: [0.25, 0.25, 0.9], size: [0.5, 0.5, 0.9] },
  materials: Array.from({ length: 3 }, (_, i) => ({ name: `material_${i}`, base_color: [0.8, 0.1, 0.1, 1], metallic: 0, roughness: 0.5 })),
  parts: Array.from({ length: 12 }, (_, i) => ({
    name: `part_${i + 1}`, type: "MESH", vertices: 24, triangles: 44, bbox_min: [-0.2, -0.2, i * 0.05], bbox_max: [0.2, 0.2, i * 0.05 + 0.04], materials: ["material_0"],
  })),
};

/** A minimal PNG (1x1) and GLB header: the API streams files, it does not parse them. */
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const GLB = Buffer.concat([Buffer.from("glTF"), Buffer.alloc(8)]);

// Creation times are stored to the millisecond: two assets seeded within one would list in a random order.
let lastCreatedAt = 0;
function nextCreatedAt(): Date {
  lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  return new Date(lastCreatedAt);
}

/**
 * Creates a finished asset straight in the database (rows as the worker writes them) with small files in storage,
 * for API tests and benchmarks that need many assets without running Blender. Version N is current. Each asset is
 * created at least a millisecond after the one before, so "newest first" has one right answer.
 */
export async function seedAsset({ userId, name = "seeded chair", prompt = "a seeded chair", tags = [], scores = [0.8], withFiles = true }: {
  userId: string;
  name?: string;
  prompt?: string;
  tags?: string[];
  scores?: (number | null)[];
  withFiles?: boolean;
}) {
  const assetId = randomUUID();
  await db.asset.create({ data: { id: assetId, userId, name, prompt, tags, metadata: { seeded: true }, createdAt: nextCreatedAt() } });
  const versionIds: string[] = [];
  for (const [i, score] of scores.entries()) {
    const versionId = randomUUID();
    versionIds.push(versionId);
    if (withFiles) {
      const put = (file: string, body: Buffer | string) => storage().put(versionKey({ assetId, versionId, file }), Readable.from([body]));
      await put("model.glb", GLB);
      await put("model.obj", `# version ${i + 1}\nv 0 0 0\n`);
      await put("preview.png", PNG);
    }
    await db.assetVersion.create({
      data: {
        id: versionId,
        assetId,
        number: i + 1,
        plan: { subject: "chair", name, parts: [] },
        code: `import bpy  # version ${i + 1}`,
        qualityScore: score,
        qualityReasons: [{ severity: "info", message: "seeded" }],
        files: { glb: { file: "model.glb", bytes: GLB.length }, obj: { file: "model.obj", bytes: 20 } },
        previewFile: withFiles ? "preview.png" : null,
        stats: SCENE_STATS,
        feedback: i === 0 ? null : `make it better (${i + 1})`,
      },
    });
  }
  await db.asset.update({ where: { id: assetId }, data: { currentVersionId: versionIds.at(-1), qualityScore: scores.at(-1) ?? null } });
  return { assetId, versionIds };
}
