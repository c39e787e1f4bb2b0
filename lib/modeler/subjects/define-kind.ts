import type { BuildParams, PartSpec, SubjectDef } from "../types";

/** A kind of object as data: its words, roles and parts; `parts` may depend on counts and features. */
export type KindDef = Omit<SubjectDef, "build"> & { parts: PartSpec[] | ((p: BuildParams) => PartSpec[]) };

/**
 * Turn a declarative kind into a subject: parts of an optional role that is off are left out, so a kind lists
 * every part it can have ("a teapot without a lid" drops the lid and its knob) and needs no builder code.
 */
export function defineKind(kind: KindDef): SubjectDef {
  const { parts, ...rest } = kind;
  const optional = Object.entries(kind.roles).filter(([, r]) => r.optional).map(([role]) => role);
  return {
    ...rest,
    build(p) {
      const all = typeof parts === "function" ? parts(p) : parts;
      return all.filter((x) => !optional.includes(x.role) || p.has(x.role));
    },
  };
}
