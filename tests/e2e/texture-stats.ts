import { decodePng } from "../helpers/png";

/** What a canvas screenshot says about the warm (wood-coloured) part of the picture. */
export interface WoodStats {
  /** Pixels whose colour reads as wood: red clearly above blue, green not above red. */
  pixels: number;
  /** Wood pixels whose right and lower neighbours are wood too (away from outlines and antialiased edges). */
  interior: number;
  /** Mean luminance step between an interior wood pixel and its right and lower neighbours: grain, not shading. */
  meanStep: number;
  /** Standard deviation of luminance over all wood pixels (shading and grain together). */
  lumaStdDev: number;
}

const isWood = (r: number, g: number, b: number) => r - b > 25 && g <= r;
const luma = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/**
 * Measures the wood in a PNG of the viewer. Flat shading changes luminance only at face borders, so the
 * neighbour step stays small; an image texture adds a step at nearly every pixel of the grain.
 */
export function woodStats(png: Buffer): WoodStats {
  const { width, height, channels, data } = decodePng(png);
  const at = (x: number, y: number) => (y * width + x) * channels;
  const wood = new Uint8Array(width * height);
  const y709 = new Float32Array(width * height);
  let pixels = 0;
  let sum = 0;
  let sumSq = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = at(x, y);
      const [r, g, b] = [data[o], data[o + 1], data[o + 2]];
      const l = luma(r, g, b);
      y709[y * width + x] = l;
      if (!isWood(r, g, b)) continue;
      wood[y * width + x] = 1;
      pixels++;
      sum += l;
      sumSq += l * l;
    }
  }
  let interior = 0;
  let steps = 0;
  for (let y = 0; y < height - 1; y++) {
    for (let x = 0; x < width - 1; x++) {
      const i = y * width + x;
      if (!wood[i] || !wood[i + 1] || !wood[i + width]) continue;
      interior++;
      steps += Math.abs(y709[i] - y709[i + 1]) + Math.abs(y709[i] - y709[i + width]);
    }
  }
  const mean = pixels ? sum / pixels : 0;
  return {
    pixels,
    interior,
    meanStep: interior ? steps / (2 * interior) : 0,
    lumaStdDev: pixels ? Math.sqrt(Math.max(0, sumSq / pixels - mean * mean)) : 0,
  };
}
