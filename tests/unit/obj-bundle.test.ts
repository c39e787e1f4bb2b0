import { describe, expect, it } from "vitest";
import { mtlTextureNames } from "@/lib/assets/obj-bundle";

describe("mtlTextureNames", () => {
  it("lists each texture file an .mtl names once, options and all", () => {
    const mtl = ["newmtl wood", "Kd 0.5 0.1 0.1", "map_Kd tex_wood_color.png", "map_Bump -bm 0.500000 tex_wood_normal.png", "newmtl seat", "map_Kd tex_wood_color.png", "map_Ns tex_rough.png"].join("\n");
    expect(mtlTextureNames(mtl)).toEqual(["tex_wood_color.png", "tex_wood_normal.png", "tex_rough.png"]);
  });

  it("ignores names that would leave the folder or hide in it", () => {
    expect(mtlTextureNames("map_Kd ../../etc/passwd\nmap_Kd /abs/x.png\nmap_Kd .hidden.png\nmap_Kd sub/dir.png\nmap_Kd ok.png")).toEqual(["ok.png"]);
  });
});
