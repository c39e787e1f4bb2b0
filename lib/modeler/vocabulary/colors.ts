import type { Rgb } from "@/lib/validations/plan";

/** sRGB hex is how people pick colours; Blender and glTF want linear floats, so convert once here. */
function linear(hex: string): Rgb {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    const l = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    return Math.round(l * 10000) / 10000;
  };
  return [channel(1), channel(3), channel(5)];
}

const HEX: Record<string, string> = {
  red: "#c62828", green: "#2e8b3a", blue: "#1e5bc6", yellow: "#f2d024", orange: "#ef7d1a",
  purple: "#7b3fa8", violet: "#8f5fd0", pink: "#f08cb4", brown: "#7a4a26", black: "#141414",
  white: "#f2f2f2", gray: "#8a8a8a", cyan: "#22c3d6", teal: "#1f8a8a", navy: "#1b2a5c",
  beige: "#e3d3b0", gold: "#d4a72c", silver: "#c0c0c4", maroon: "#6e1423", olive: "#7a7a2a",
  turquoise: "#35c9b5", lime: "#9bd12f", magenta: "#c2269a", ivory: "#f4efdc", tan: "#c9a77a",
  cream: "#f1e6c8", lavender: "#b9a3dc", indigo: "#3b2f8c", crimson: "#b0142c", coral: "#f2705e",
  mint: "#9fe0bf", charcoal: "#33363a", khaki: "#bfb27a", salmon: "#f08b78", bronze: "#9c6a2f",
  copper: "#b8693a", emerald: "#1f9a5e", scarlet: "#d8261c", amber: "#f0a21c", sky: "#7fbde8",
};

/** Words that mean the same colour. */
const ALIASES: Record<string, string> = {
  grey: "gray", golden: "gold", silvery: "silver", reddish: "red", greenish: "green", bluish: "blue",
  blueish: "blue", yellowish: "yellow", pinkish: "pink", brownish: "brown", blackish: "black",
  whitish: "white", aqua: "cyan", burgundy: "maroon", rose: "pink", ruby: "crimson", azure: "sky", ginger: "orange",
};

/** Named colours as linear RGB, ≥20 of them. */
export const COLORS: Record<string, Rgb> = Object.fromEntries(Object.entries(HEX).map(([k, v]) => [k, linear(v)]));

/** Prefixes that shift a colour ("light blue", "dark green"), mapped to the shade colorRgb knows. */
export const COLOR_SHADES: Record<string, string> = {
  light: "light", dark: "dark", pale: "pale", bright: "bright", deep: "deep", pastel: "light", baby: "light",
  soft: "light", neon: "bright", vivid: "bright", vibrant: "bright", hot: "bright", rich: "deep", royal: "deep", midnight: "dark",
};

/** Plain hue names; a colour word before one of them names the shade ("navy blue" is navy, "lime green" is lime). */
const BASIC_HUES = new Set(["red", "green", "blue", "yellow", "orange", "purple", "pink", "brown", "black", "white", "gray"]);

/** One colour from two adjacent colour words ("navy blue", "reddish brown"), or null when they are two colours. */
export function compoundColor(first: string, second: string): string | null {
  const a = colorName(first), b = colorName(second);
  if (!a || !b || !BASIC_HUES.has(b)) return null;
  if (first.endsWith("ish")) return b;
  return BASIC_HUES.has(a) ? null : a;
}

/** The canonical colour name for a word, or null. */
export function colorName(word: string): string | null {
  const w = ALIASES[word] ?? word;
  return w in COLORS ? w : null;
}

/** Linear RGB for "red" or "dark red" (shades darken or mix toward white). */
export function colorRgb(name: string): Rgb {
  const [shade, base] = name.includes(" ") ? name.split(" ") : [null, name];
  const rgb = COLORS[base] ?? COLORS.gray;
  const round = (v: number) => Math.round(v * 10000) / 10000;
  if (shade === "dark" || shade === "deep") return rgb.map((c) => round(c * 0.3)) as Rgb;
  if (shade === "light" || shade === "pale") return rgb.map((c) => round(c + (1 - c) * 0.5)) as Rgb;
  if (shade === "bright") return rgb.map((c) => round(Math.min(1, c * 1.4))) as Rgb;
  return rgb;
}
