import { execFile } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { zipSync } from "fflate";

const run = promisify(execFile);

/** Blender builds the fixture scene and writes it in every format the importer takes (plus hostile variants). */
const SCRIPT = String.raw`
import bpy, os, sys
out = sys.argv[sys.argv.index("--") + 1]
for o in list(bpy.data.objects):
    bpy.data.objects.remove(o)
for folder in ("gltf", "obj"):
    os.makedirs(os.path.join(out, folder), exist_ok=True)

def material(name, rgb):
    m = bpy.data.materials.new(name)
    m.use_nodes = True
    m.node_tree.nodes["Principled BSDF"].inputs["Base Color"].default_value = (*rgb, 1)
    return m

# Off centre and above the ground, so normalisation has something to do.
bpy.ops.mesh.primitive_cube_add(size=2, location=(3, -2, 1.5))
bpy.context.object.name = "Seat"
bpy.context.object.data.materials.append(material("Red", (0.8, 0.05, 0.05)))
bpy.ops.mesh.primitive_uv_sphere_add(radius=0.5, location=(3, -2, 3))
bpy.context.object.name = "Ball"
bpy.context.object.data.materials.append(material("Green", (0.05, 0.6, 0.1)))

bpy.ops.export_scene.gltf(filepath=out + "/scene.glb", export_format="GLB")
bpy.ops.export_scene.gltf(filepath=out + "/gltf/scene.gltf", export_format="GLTF_SEPARATE")
bpy.ops.export_scene.obj(filepath=out + "/obj/scene.obj")
bpy.ops.export_mesh.stl(filepath=out + "/scene.stl")
bpy.ops.export_mesh.ply(filepath=out + "/scene.ply")
bpy.ops.export_scene.fbx(filepath=out + "/scene.fbx")
bpy.ops.wm.save_as_mainfile(filepath=out + "/scene.blend", copy=True)
# The same model in millimetres, as CAD tools and slicers write STL.
bpy.ops.export_mesh.stl(filepath=out + "/scene-mm.stl", global_scale=1000)

# A .blend whose text would run as a module when the file is opened with scripts allowed.
text = bpy.data.texts.new("autorun.py")
text.write("import os\nopen('/out/pwned', 'w').write('ran')\n")
text.use_module = True
bpy.ops.wm.save_as_mainfile(filepath=out + "/scripted.blend", copy=True)
bpy.data.texts.remove(text)

# Too many triangles for the tests' limit.
for o in list(bpy.data.objects):
    bpy.data.objects.remove(o)
bpy.ops.mesh.primitive_uv_sphere_add(radius=1, segments=128, ring_count=64)
bpy.ops.export_scene.gltf(filepath=out + "/dense.glb", export_format="GLB")
`;

/** Triangles of the fixture scene: a cube (12) and a 32 x 16 UV sphere (960). */
export const FIXTURE_TRIANGLES = 972;

export interface ImportFixtures {
  dir: string;
  file: (name: string) => Promise<Buffer>;
  gltfZip: Buffer;
  objZip: Buffer;
}

/** Writes the fixtures into `dir` with the real Blender (not sandboxed: the test trusts its own script). */
export async function makeImportFixtures(dir: string): Promise<ImportFixtures> {
  const script = path.join(dir, "make-fixtures.py");
  await writeFile(script, SCRIPT);
  await run("blender", ["-b", "--factory-startup", "-noaudio", "--python-exit-code", "1", "-P", script, "--", dir], { timeout: 120_000 });
  const zipFolder = async (folder: string) => {
    const names = await readdir(path.join(dir, folder));
    const entries = await Promise.all(names.map(async (n) => [`${folder}/${n}`, new Uint8Array(await readFile(path.join(dir, folder, n)))] as const));
    return Buffer.from(zipSync(Object.fromEntries(entries)));
  };
  return { dir, file: (name) => readFile(path.join(dir, name)), gltfZip: await zipFolder("gltf"), objZip: await zipFolder("obj") };
}
