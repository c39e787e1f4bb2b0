import { decodePng, type DecodedPng } from "./png";

/** The parts of a glTF's JSON these checks read: materials, their textures and the images those point at. */
export interface GltfTextured {
  materials?: {
    name?: string;
    pbrMetallicRoughness?: {
      baseColorFactor?: number[];
      metallicFactor?: number;
      roughnessFactor?: number;
      baseColorTexture?: { index: number };
      metallicRoughnessTexture?: { index: number };
    };
    normalTexture?: { index: number };
    extensions?: Record<string, Record<string, number> | undefined>;
  }[];
  textures?: { source?: number }[];
  images?: { bufferView?: number; mimeType?: string; uri?: string }[];
  bufferViews?: { byteOffset?: number; byteLength: number }[];
}

/** A GLB's JSON and its binary chunk. */
export function splitGlb(glb: Buffer): { json: GltfTextured; bin: Buffer } {
  if (glb.readUInt32LE(0) !== 0x46546c67) throw new Error("not a GLB (bad magic)");
  const jsonLength = glb.readUInt32LE(12);
  const json = JSON.parse(glb.subarray(20, 20 + jsonLength).toString("utf8")) as GltfTextured;
  const binStart = 20 + jsonLength;
  const bin = binStart + 8 <= glb.length ? glb.subarray(binStart + 8, binStart + 8 + glb.readUInt32LE(binStart)) : Buffer.alloc(0);
  return { json, bin };
}

/** The PNG bytes behind a texture index, from the GLB's binary chunk (or a data: URI in a .gltf). */
export function textureBytes({ json, bin }: { json: GltfTextured; bin: Buffer }, textureIndex: number): Buffer {
  const image = json.images?.[json.textures?.[textureIndex]?.source ?? -1];
  if (!image) throw new Error(`texture ${textureIndex} has no image`);
  if (image.uri?.startsWith("data:")) return Buffer.from(image.uri.split(",")[1], "base64");
  const view = json.bufferViews?.[image.bufferView ?? -1];
  if (!view) throw new Error(`texture ${textureIndex}'s image has no buffer view`);
  return bin.subarray(view.byteOffset ?? 0, (view.byteOffset ?? 0) + view.byteLength);
}

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Average colour of an sRGB texture in linear RGB, which is how a renderer mixes it with the material's factor. */
export function linearMean(png: DecodedPng): [number, number, number] {
  const sum = [0, 0, 0];
  const lut = Array.from({ length: 256 }, (_, i) => toLinear(i));
  for (let i = 0; i < png.data.length; i += png.channels) for (let c = 0; c < 3; c++) sum[c] += lut[png.data[i + Math.min(c, png.channels - 1)]];
  const n = png.data.length / png.channels;
  return sum.map((s) => s / n) as [number, number, number];
}

/** What a viewer paints of a material on average: its base colour factor times its texture's mean. */
export function seenBaseColor(glb: { json: GltfTextured; bin: Buffer }, materialIndex: number): number[] {
  const pbr = glb.json.materials?.[materialIndex]?.pbrMetallicRoughness;
  const factor = (pbr?.baseColorFactor ?? [1, 1, 1, 1]).slice(0, 3);
  if (!pbr?.baseColorTexture) return factor;
  const mean = linearMean(decodePng(textureBytes(glb, pbr.baseColorTexture.index)));
  return factor.map((f, i) => f * mean[i]);
}
