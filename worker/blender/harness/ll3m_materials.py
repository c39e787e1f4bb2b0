"""LL3M's material library: textured PBR materials that every generated program can import.

    from ll3m_materials import pbr_material, apply_uvs
    oak = pbr_material("seat_oak", "oak", (0.45, 0.3, 0.15), finish="glossy")
    apply_uvs(seat, oak)          # box/cylinder projection in metres, grain along the part's longest side

The asked colour, metallic and roughness stay what they were asked to be (the texture's average colour is the
asked colour; roughness and metallic are the glTF factors), so a prompt's "red" or "polished" still means it.
Textures are numpy patterns (ll3m_patterns.py) packed into the .blend as PNG, which the GLB, FBX and .blend
exports embed and the OBJ export writes beside its .mtl. By quality: draft keeps flat colours, standard adds a
512 px base colour and roughness map, high adds a 1024 px normal map. Maps that do not depend on the colour are
shared by every material of the same kind.
"""
import time
import zlib

import bpy
import numpy as np

import ll3m_patterns as patterns
import ll3m_uv

# The quality programs get when they pass none; the harness sets it from the task.
DEFAULT_QUALITY = "standard"
# What texturing cost this run (the harness reports it as timings.texture_ms).
STATS = {"texture_ms": 0.0, "images": 0}
# Images made this run by their full name (Blender cuts names at 63 characters), and patterns by kind and size.
_IMAGES = {}
_PATTERNS = {}
# quality -> (colour and roughness map size, normal map size or None); None: no textures at all.
SIZES = {"draft": None, "standard": (512, None), "high": (512, 1024)}

# kind -> (pattern, metres one texture repeat covers, pattern settings, default metallic, default roughness).
_KINDS = {
    "wood": ("wood", 0.8, {}, 0.0, 0.6),
    "oak": ("wood", 0.8, {"rings": 26, "contrast": 0.3, "flecks": True, "warp": 0.4}, 0.0, 0.55),
    "walnut": ("wood", 0.8, {"rings": 14, "contrast": 0.45, "warp": 0.9}, 0.0, 0.5),
    "pine": ("wood", 0.8, {"rings": 10, "contrast": 0.5, "warp": 0.5}, 0.0, 0.6),
    "bamboo": ("wood", 0.5, {"rings": 40, "contrast": 0.15, "warp": 0.1}, 0.0, 0.5),
    "bark": ("bark", 0.6, {}, 0.0, 0.9),
    "metal": ("metal", 0.5, {}, 1.0, 0.35),
    "fabric": ("fabric", 0.12, {}, 0.0, 0.95),
    "wool": ("fabric", 0.2, {"threads": 48}, 0.0, 1.0),
    "silk": ("fabric", 0.08, {"threads": 128}, 0.0, 0.3),
    "velvet": ("fabric", 0.3, {"threads": 0}, 0.0, 1.0),
    "fur": ("fabric", 0.3, {"threads": 0}, 0.0, 0.95),
    "leather": ("leather", 0.3, {}, 0.0, 0.5),
    "skin": ("leather", 0.2, {"cells": 64}, 0.0, 0.6),
    "stone": ("stone", 1.0, {}, 0.0, 0.85),
    "granite": ("stone", 0.6, {"speck": 0.5, "blotch": 0.15}, 0.0, 0.6),
    "marble": ("stone", 1.0, {"veins": True, "speck": 0.05, "blotch": 0.12}, 0.0, 0.2),
    "concrete": ("stone", 1.0, {"speck": 0.15, "blotch": 0.15}, 0.0, 0.9),
    "plaster": ("stone", 1.0, {"speck": 0.05, "blotch": 0.1}, 0.0, 0.9),
    "snow": ("stone", 1.0, {"speck": 0.03, "blotch": 0.08}, 0.0, 0.7),
    "horn": ("stone", 0.3, {"speck": 0.05, "blotch": 0.3}, 0.0, 0.5),
    "brick": ("masonry", 1.6, {}, 0.0, 0.85),  # a little larger than life, so a house still reads as brick
    "tile": ("masonry", 1.0, {"rows": 5, "per_row": 5, "joint": 0.05, "bond": False, "shade": 0.1, "gloss": 0.4},
             0.0, 0.7),
    "ceramic": ("smooth", 0.5, {"mottle": 0.04}, 0.0, 0.25),
    "porcelain": ("smooth", 0.5, {"mottle": 0.02}, 0.0, 0.15),
    "plastic": ("smooth", 0.5, {"mottle": 0.03}, 0.0, 0.4),
    "paint": ("smooth", 0.5, {"mottle": 0.03}, 0.3, 0.3),
    "wax": ("smooth", 0.3, {"mottle": 0.08}, 0.0, 0.45),
    "clay": ("grainy", 0.4, {"grain": 0.1, "blotch": 0.15}, 0.0, 0.8),
    "soil": ("grainy", 0.6, {"grain": 0.25, "blotch": 0.3, "fibre": 0.0}, 0.0, 1.0),
    "rubber": ("grainy", 0.2, {"grain": 0.05, "fibre": 0.0, "blotch": 0.04}, 0.0, 0.9),
    "paper": ("grainy", 0.3, {"fibre": 0.08, "grain": 0.04, "blotch": 0.05}, 0.0, 0.9),
    "feathers": ("grainy", 0.2, {"fibre": 0.2, "grain": 0.05}, 0.0, 0.8),
    "foliage": ("foliage", 0.4, {}, 0.0, 0.8),
    "scales": ("scales", 0.2, {}, 0.0, 0.35),
}
for _metal in ("steel", "iron", "aluminum", "chrome", "copper", "brass", "bronze", "gold", "silver"):
    _KINDS[_metal] = _KINDS["metal"]
# Their look is light passing through or light given off: they stay untextured at every quality.
FLAT_KINDS = {"glass", "crystal", "ice", "liquid", "eye", "bulb", "flame"}
# How strongly the normal map bends light, per pattern.
_BUMP = {"wood": 1.5, "bark": 6.0, "metal": 0.6, "fabric": 2.5, "leather": 3.0, "stone": 2.5, "masonry": 5.0,
         "smooth": 0.4, "grainy": 1.5, "foliage": 2.0, "scales": 3.0}


def kinds():
    """Every kind pbr_material knows; any other kind gets the plastic look."""
    return sorted(set(_KINDS) | FLAT_KINDS)


def _set(node, names, value):
    """Set the first input that exists (Blender 4 renamed some Principled BSDF sockets)."""
    for name in names:
        if name in node.inputs:
            node.inputs[name].default_value = value
            return node.inputs[name]
    return None


def _image(name, non_color, pixels):
    """One packed PNG image, made once per run for its name; `pixels()` gives n x n x 3 floats in [0, 1]."""
    image = _IMAGES.get(name)
    if image is not None and image.name in bpy.data.images:  # still there (a script may be run twice in one session)
        return image
    rgb = pixels()
    rgba = np.ones(rgb.shape[:2] + (4,), np.float32)
    rgba[..., :3] = rgb
    image = bpy.data.images.new(name, rgb.shape[1], rgb.shape[0], alpha=False)
    if non_color:
        image.colorspace_settings.name = "Non-Color"
    image.pixels.foreach_set(rgba.ravel())
    image.pack()  # as PNG: the exporters embed these bytes as they are, and the .blend keeps them
    _IMAGES[name] = image
    STATS["images"] += 1
    return image


def _pattern(kind, size, finish):
    """The kind's (tone, rough, height) at `size`, seeded by kind so the same wood looks the same everywhere."""
    family, _, params, _, _ = _KINDS[kind]
    params = dict(params)
    if finish and "brushed" in finish:
        params["brush"] = 1.0
    key = (kind, params.get("brush", 0), size)
    if key not in _PATTERNS:  # every colour of one kind shares it
        rng = np.random.default_rng(zlib.crc32(("%s/%s" % key[:2]).encode()))
        made = getattr(patterns, family)(rng, size, params)
        _PATTERNS[key] = [np.broadcast_to(a, (size, size) + np.shape(a)[2:]) for a in made]
    return _PATTERNS[key]


def _texture_nodes(mat, bsdf, kind, rgb, metallic, roughness, finish, sizes):
    """Image nodes for the colour map, the roughness/metalness map and (at high) the normal map."""
    nodes, links = mat.node_tree.nodes, mat.node_tree.links
    family = _KINDS[kind][0]
    size, normal_size = sizes
    brushed = "brush" if finish and "brushed" in finish else "plain"
    # Glossy surfaces show less of their pattern: polish evens the colour out.
    amount = round(min(1.0, 0.35 + roughness) * 20) / 20
    # Maps without colour are shared by every material of this kind, size and finish strength.
    key = "ll3m_%s_%s_%d_%02d" % (kind, brushed, size, amount * 20)
    colour = _image("%s_%s_color" % (key, mat.name), False,
                    lambda: patterns.colour_texture(rgb, _pattern(kind, size, finish)[0], amount))
    tex = nodes.new("ShaderNodeTexImage")
    tex.image, tex.location = colour, (-500, 300)
    links.new(tex.outputs["Color"], bsdf.inputs["Base Color"])

    def rough_pixels():
        r = _pattern(kind, size, finish)[1]
        r = 1.0 - (1.0 - r / max(float(r.max()), 1e-6)) * amount
        out = np.ones((size, size, 3), np.float32)
        out[..., 1] = r  # glTF reads roughness from green and metalness from blue
        return out

    rough = nodes.new("ShaderNodeTexImage")
    rough.image, rough.location = _image(key + "_rough", True, rough_pixels), (-800, 0)
    split = nodes.new("ShaderNodeSeparateColor")
    split.location = (-500, 0)
    links.new(rough.outputs["Color"], split.inputs["Color"])
    # Factor x map: the exporters write the factor as roughnessFactor / metallicFactor and the map beside it.
    for channel, socket, value, y in (("Green", "Roughness", roughness, 0), ("Blue", "Metallic", metallic, -150)):
        mul = nodes.new("ShaderNodeMath")
        mul.operation, mul.location = "MULTIPLY", (-250, y)
        links.new(split.outputs[channel], mul.inputs[0])
        mul.inputs[1].default_value = value
        links.new(mul.outputs["Value"], bsdf.inputs[socket])
    if normal_size:
        def normal_pixels():
            return patterns.normal_map(_pattern(kind, normal_size, finish)[2], _BUMP[family] * amount)
        ntex = nodes.new("ShaderNodeTexImage")
        ntex.image = _image("%s_normal%d" % (key, normal_size), True, normal_pixels)
        ntex.location = (-800, -400)
        nmap = nodes.new("ShaderNodeNormalMap")
        nmap.location = (-300, -400)
        links.new(ntex.outputs["Color"], nmap.inputs["Color"])
        links.new(nmap.outputs["Normal"], bsdf.inputs["Normal"])


def pbr_material(name, kind="plastic", color=(0.8, 0.8, 0.8), metallic=None, roughness=None, transmission=0.0,
                 emission=0.0, finish=None, quality=None):
    """A Principled BSDF material of a kind (wood, oak, metal, brass, fabric, leather, stone, brick, ceramic, glass,
    plastic, rubber, paper, foliage... see kinds()) in a linear RGB colour; textured unless quality is draft."""
    started = time.monotonic()
    known = kind if kind in _KINDS or kind in FLAT_KINDS else "plastic"
    defaults = _KINDS.get(known, (None, 1.0, {}, 0.0, 0.1))
    metallic = defaults[3] if metallic is None else metallic
    roughness = defaults[4] if roughness is None else roughness
    mat = bpy.data.materials.new(name)
    mat.use_nodes = True
    bsdf = mat.node_tree.nodes.get("Principled BSDF")
    rgba = (color[0], color[1], color[2], 1.0)
    # The sockets keep the asked values even where a map drives them: scene checks and critics read these.
    _set(bsdf, ["Base Color"], rgba)
    _set(bsdf, ["Metallic"], metallic)
    _set(bsdf, ["Roughness"], roughness)
    _set(bsdf, ["Transmission", "Transmission Weight"], transmission)
    if emission > 0:
        _set(bsdf, ["Emission", "Emission Color"], rgba)
        _set(bsdf, ["Emission Strength"], emission)
    mat.diffuse_color, mat.metallic, mat.roughness = rgba, metallic, roughness
    sizes = SIZES.get(quality or DEFAULT_QUALITY, SIZES["standard"])
    if sizes and known in _KINDS and transmission <= 0 and emission <= 0:
        _texture_nodes(mat, bsdf, known, color, metallic, roughness, finish, sizes)
        mat["ll3m_tile"] = _KINDS[known][1]  # apply_uvs lays one texture repeat over this many metres
    STATS["texture_ms"] += (time.monotonic() - started) * 1000
    return mat


def apply_uvs(obj, material=None, round_part=None):
    """UVs in metres for a mesh object, sized for its library material (see ll3m_uv); round parts are unrolled."""
    started = time.monotonic()
    ll3m_uv.apply_uvs(obj, material, round_part)
    STATS["texture_ms"] += (time.monotonic() - started) * 1000
