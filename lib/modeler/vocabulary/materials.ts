/** A PBR preset; `color` is the colour the material has when the prompt names none. */
export interface MaterialPreset {
  color: string;
  metallic: number;
  roughness: number;
  transmission?: number;
  emission?: number;
}

/** Materials people name in prompts, plus a few internal ones builders use (foliage, bulb, tyre...). */
export const MATERIALS: Record<string, MaterialPreset> = {
  wood: { color: "brown", metallic: 0, roughness: 0.6 },
  oak: { color: "tan", metallic: 0, roughness: 0.55 },
  walnut: { color: "brown", metallic: 0, roughness: 0.5 },
  pine: { color: "beige", metallic: 0, roughness: 0.6 },
  bamboo: { color: "khaki", metallic: 0, roughness: 0.5 },
  metal: { color: "silver", metallic: 1, roughness: 0.35 },
  steel: { color: "silver", metallic: 1, roughness: 0.3 },
  iron: { color: "charcoal", metallic: 1, roughness: 0.55 },
  aluminum: { color: "silver", metallic: 1, roughness: 0.25 },
  chrome: { color: "white", metallic: 1, roughness: 0.08 },
  copper: { color: "copper", metallic: 1, roughness: 0.3 },
  brass: { color: "gold", metallic: 1, roughness: 0.3 },
  bronze: { color: "bronze", metallic: 1, roughness: 0.4 },
  gold: { color: "gold", metallic: 1, roughness: 0.2 },
  silver: { color: "silver", metallic: 1, roughness: 0.15 },
  glass: { color: "white", metallic: 0, roughness: 0.05, transmission: 1 },
  crystal: { color: "white", metallic: 0, roughness: 0.02, transmission: 1 },
  stone: { color: "gray", metallic: 0, roughness: 0.85 },
  marble: { color: "ivory", metallic: 0, roughness: 0.2 },
  granite: { color: "charcoal", metallic: 0, roughness: 0.6 },
  concrete: { color: "gray", metallic: 0, roughness: 0.9 },
  brick: { color: "crimson", metallic: 0, roughness: 0.85 },
  clay: { color: "coral", metallic: 0, roughness: 0.8 },
  ceramic: { color: "white", metallic: 0, roughness: 0.25 },
  porcelain: { color: "ivory", metallic: 0, roughness: 0.15 },
  plastic: { color: "white", metallic: 0, roughness: 0.4 },
  rubber: { color: "black", metallic: 0, roughness: 0.9 },
  fabric: { color: "gray", metallic: 0, roughness: 0.95 },
  velvet: { color: "maroon", metallic: 0, roughness: 1 },
  silk: { color: "ivory", metallic: 0, roughness: 0.3 },
  leather: { color: "brown", metallic: 0, roughness: 0.5 },
  wool: { color: "cream", metallic: 0, roughness: 1 },
  paper: { color: "white", metallic: 0, roughness: 0.9 },
  ice: { color: "sky", metallic: 0, roughness: 0.1, transmission: 0.8 },
  wax: { color: "ivory", metallic: 0, roughness: 0.45 },
  paint: { color: "red", metallic: 0.3, roughness: 0.3 },
  // Internal presets, not prompt words: they give builders sensible defaults.
  bark: { color: "brown", metallic: 0, roughness: 0.9 },
  foliage: { color: "green", metallic: 0, roughness: 0.8 },
  bulb: { color: "cream", metallic: 0, roughness: 0.2, emission: 3 },
  flame: { color: "amber", metallic: 0, roughness: 0.5, emission: 5 },
  tile: { color: "maroon", metallic: 0, roughness: 0.7 },
  plaster: { color: "cream", metallic: 0, roughness: 0.9 },
  snow: { color: "white", metallic: 0, roughness: 0.7 },
  skin: { color: "tan", metallic: 0, roughness: 0.6 },
  liquid: { color: "brown", metallic: 0, roughness: 0.05 },
  soil: { color: "brown", metallic: 0, roughness: 1 },
  // Animals: a soft matte coat, feathers with a little sheen, wet-looking scales, glossy eyes, horn for beaks and hooves.
  fur: { color: "brown", metallic: 0, roughness: 0.95 },
  feathers: { color: "white", metallic: 0, roughness: 0.8 },
  scales: { color: "orange", metallic: 0, roughness: 0.35 },
  eye: { color: "black", metallic: 0, roughness: 0.08 },
  horn: { color: "charcoal", metallic: 0, roughness: 0.5 },
};

/** Prompt words that name a material, mapped to the preset key. */
const WORDS: Record<string, string> = {
  wooden: "wood", timber: "wood", oaken: "oak", metallic: "metal", steely: "steel", stainless: "steel",
  aluminium: "aluminum", chromed: "chrome", golden: "gold", glassy: "glass", stony: "stone", rocky: "stone",
  marbled: "marble", cement: "concrete", ceramics: "ceramic", china: "porcelain", plastics: "plastic",
  cloth: "fabric", textile: "fabric", upholstered: "fabric", cotton: "fabric", linen: "fabric",
  plush: "velvet", satin: "silk", silken: "silk", felt: "wool", felted: "wool",
  leathery: "leather", woollen: "wool", woolen: "wool", brass: "brass", icy: "ice", terracotta: "clay",
};

const INTERNAL = new Set([
  "paint", "bark", "foliage", "bulb", "flame", "tile", "plaster", "snow", "skin", "liquid", "soil", "fur", "feathers", "scales", "eye", "horn",
]);

/** The material preset key a prompt word names, or null. */
export function materialName(word: string): string | null {
  const w = WORDS[word] ?? word;
  return w in MATERIALS && !INTERNAL.has(w) ? w : null;
}
