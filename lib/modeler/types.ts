import type { QualityLevel } from "@/lib/assets/formats";

export type Vec3 = [number, number, number];

/** One part as a subject builder emits it: a primitive placed in metres, Z up, origin at its centre. */
export interface PartSpec {
  /** Unique within the subject: "seat", "leg_1"... Counted groups use `<singular>_<n>`. */
  name: string;
  /** box | rounded_box | cylinder | tapered_cylinder:<top/bottom radius ratio> | cone | sphere | ico_sphere | hemisphere | torus | capsule | wedge | pyramid | lathe:<profile> (see kit.lathe) */
  shape: string;
  size: Vec3;
  at: Vec3;
  rot?: Vec3;
  /** The role decides the material ("legs", "seat"); see SubjectDef.roles. */
  role: string;
  /** Counted group ("legs"), when the part is one of a countable set. */
  group?: string;
  /** Colour key that varies one part within its role (book spines); prompt colours still win. */
  tint?: string;
}

/** How a part role is named in English and what it is made of by default. */
export interface RoleDef {
  /** Singular words that name this part in a prompt ("leg", "back", "backrest"). */
  words: string[];
  /** Key into the material library ("wood", "ceramic"). */
  material: string;
  /** Key into the colour table; omitted means the material's own colour. */
  color?: string;
  /** Body roles take the prompt's subject-wide colour and material ("a red wooden chair"). */
  body?: boolean;
  /** Roles that take the subject-wide colour but keep their own material (a bed's blanket). */
  tint?: boolean;
  /** Parts the user may add or remove: "on" or "off" by default. Absent means always built. */
  optional?: "on" | "off";
  /** A body role that takes a second subject-wide colour before the others do ("a black and white cat": white chest and paws). */
  accent?: boolean;
  /** The role these parts sit on (eyes on the head): they resize and move with it, and rise when it rises. */
  host?: string;
}

/** A countable group of parts, e.g. chair legs 3-8. */
export interface GroupDef {
  role: string;
  /** Singular used in part names ("leg" → leg_1, leg_2) and accepted as a word for the group. */
  unit: string;
  default: number;
  min: number;
  max: number;
}

/** What a builder receives: resolved counts, features and style. */
export interface BuildParams {
  count(group: string): number;
  /** Optional roles that are on, and shape words the prompt used ("round", "square"). */
  has(feature: string): boolean;
  style: string | null;
  quality: QualityLevel;
}

/** What people ask for, grouped as text-to-3D prompt sets group it (held-out accuracy is reported per category). */
export type Category =
  | "furniture" | "household" | "kitchenware" | "food" | "clothing" | "container" | "instrument" | "electronics"
  | "sports" | "vehicle" | "building" | "street" | "nature" | "character" | "animal" | "tool" | "toy";

/** One subject the modeler knows how to build, with its vocabulary and parametric builder. */
export interface SubjectDef {
  name: string;
  /** Other singular nouns or phrases that mean this subject ("couch" for sofa, "street lamp"). */
  synonyms: string[];
  category: Category;
  roles: Record<string, RoleDef>;
  groups?: Record<string, GroupDef>;
  /** Synonyms that also preset features or counts ("armchair" → chair with armrests). */
  variants?: Record<string, { features?: Record<string, boolean>; counts?: Record<string, number>; scale?: Vec3; palette?: Record<string, string> }>;
  build(p: BuildParams): PartSpec[];
}

/** Per-role overrides the prompt or a refinement asked for. */
export interface RoleOverride {
  material?: string;
  /** null: the material's own colour, whatever the subject-wide colour is ("a gold back" on a blue chair). */
  color?: string | null;
  /** Surface finishes, space-separated ("glossy", "matte glowing"); see vocabulary/finishes.ts. */
  finish?: string;
  /** Multiplies the role's part sizes about their centres. */
  scale?: Vec3;
}

/** Where an instance stands against another one of the scene ("chairs around the table", "a vase on it"). */
export interface Placement {
  rel: "beside" | "around" | "on" | "front" | "behind" | "sides" | "under" | "between";
  /** Index (in SceneSpec.instances) of the instance it is placed against. */
  anchor: number;
  /** The second anchor of "between" ("a rug between the sofa and the table"). */
  other?: number;
}

/** Everything needed to rebuild one subject instance; stored in the plan so refinement can replay it. */
export interface SubjectSpec {
  subject: string;
  counts: Record<string, number>;
  features: Record<string, boolean>;
  /** Subject-wide colour, material and finish from the prompt, applied to body roles. */
  color?: string;
  material?: string;
  finish?: string;
  roles: Record<string, RoleOverride>;
  /** Whole-subject scale from size words. */
  scale: Vec3;
  /** Role → default colour a variant brings ("a robin" has an orange chest); any colour the prompt names wins. */
  palette?: Record<string, string>;
  /** Placement against another instance; absent means beside the scene so far, in a row. */
  place?: Placement;
}

/** A full scene: the main subject first, then companions placed beside it. */
export interface SceneSpec {
  instances: SubjectSpec[];
  style: string | null;
  sizeWords: string[];
  quality: QualityLevel;
}
