"""Tileable surface patterns computed with numpy: what a material looks like, before any colour is applied.

Every pattern is a function (rng, n, params) -> (tone, rough, height), three n x n float32 arrays whose rows run
along v and columns along u: `tone` scales the base colour (its mean is normalised to 1 later, so the asked colour
is the average colour), `rough` scales the roughness (its maximum becomes 1) and `height` feeds the normal map.
Grain, streaks and threads run along u, which the UV projection lays along a part's longest side. Everything is
periodic in both directions, so the texture repeats without seams.
"""
import numpy as np

F = np.float32


def _axis(n, cells):
    t = np.arange(n, dtype=F) * F(cells / n)
    i0 = t.astype(np.int32)
    f = t - i0.astype(F)  # float32 minus int32 would widen to float64
    return i0 % cells, (i0 + 1) % cells, f * f * (F(3) - F(2) * f)


def value_noise(rng, n, cu, cv):
    """Smooth periodic noise in [0, 1] with cu x cv lattice cells (more cells = finer detail along that axis)."""
    grid = rng.random((cv, cu), dtype=F)
    u0, u1, fu = _axis(n, cu)
    v0, v1, fv = _axis(n, cv)
    rows = grid[:, u0] + (grid[:, u1] - grid[:, u0]) * fu  # interpolate along u on the small grid first
    return rows[v0] + (rows[v1] - rows[v0]) * fv[:, None]


def fbm(rng, n, cu, cv, octaves=4, gain=0.5):
    """Fractal noise in about [-1, 1]: octaves of value noise, each twice as fine and `gain` as strong."""
    out, amp, total = np.zeros((n, n), F), 1.0, 0.0
    for _ in range(octaves):
        out += F(amp) * (value_noise(rng, n, cu, cv) - F(0.5))
        total += amp * 0.5
        amp, cu, cv = amp * gain, min(cu * 2, n), min(cv * 2, n)
    return out / F(total)


def _smoothstep(a, b, x):
    t = np.clip((x - F(a)) / F(b - a), 0, 1)
    return t * t * (F(3) - F(2) * t)


def wood(rng, n, p):
    """Growth rings seen from the side: dark latewood lines along u that wander, with fine fibres."""
    v = np.arange(n, dtype=F)[:, None] / F(n)
    warp = fbm(rng, n, 2, 5, 3) * F(p.get("warp", 0.6))
    phase = (v * F(p.get("rings", 18)) + warp) % F(1)
    late = _smoothstep(0.55, 0.85, phase) * (F(1) - _smoothstep(0.9, 1.0, phase))
    fibres = value_noise(rng, n, 6, n // 3) - F(0.5)
    tone = F(1) - F(p.get("contrast", 0.35)) * late + F(0.12) * fibres + F(0.1) * fbm(rng, n, 3, 3, 2)
    if p.get("flecks"):  # oak's medullary rays: short pale flakes across the grain
        tone += F(0.12) * _smoothstep(0.8, 0.95, value_noise(rng, n, n // 16, n // 4))
    return tone, F(1) - F(0.2) * late + F(0.05) * fibres, F(0.6) * late - F(0.4) * fibres


def bark(rng, n, p):
    """Deep furrows along u between ridged plates."""
    ridge = F(1) - np.abs(fbm(rng, n, 3, 24, 3)) * F(2)
    crevice = _smoothstep(0.6, 0.95, ridge)
    return F(1) - F(0.55) * crevice + F(0.1) * fbm(rng, n, 8, 8, 2), F(1) - F(0.1) * crevice, F(1) - crevice


def metal(rng, n, p):
    """Fine polishing streaks along u (strong when brushed) and faint smudges."""
    streaks = value_noise(rng, n, 3, n // 2) - F(0.5)
    smudge = fbm(rng, n, 4, 4, 3)
    brush = F(p.get("brush", 0.3))
    tone = F(1) + F(0.08) * brush * streaks + F(0.04) * smudge
    return tone, F(0.8) + F(0.3) * brush * streaks + F(0.1) * smudge, brush * streaks


def fabric(rng, n, p):
    """A plain weave: threads over and under in a checker, with fuzz; velvet-like fabrics set threads to 0."""
    fuzz = fbm(rng, n, n // 8, n // 8, 2)
    threads = int(p.get("threads", 96))
    if not threads:
        soft = fbm(rng, n, 6, 6, 3)
        return F(1) + F(0.18) * soft + F(0.08) * fuzz, F(1) + F(0) * soft, soft
    t = np.arange(n, dtype=F) * F(threads / n)
    cross = np.sin(np.pi * (t % F(1))).astype(F)  # a thread's rounded profile across it
    over = ((t.astype(np.int32)[:, None] + t.astype(np.int32)[None, :]) % 2).astype(bool)
    height = np.where(over, cross[None, :], cross[:, None]).astype(F)
    return F(0.75) + F(0.25) * height + F(0.08) * fuzz, F(0.9) + F(0.1) * height, height


def leather(rng, n, p):
    """Pebbled grain: a net of fine creases between soft bumps."""
    net = np.abs(fbm(rng, n, p.get("cells", 40), p.get("cells", 40), 2))
    crease = F(1) - _smoothstep(0.0, 0.15, net)
    tone = F(1) - F(0.22) * crease + F(0.08) * fbm(rng, n, 3, 3, 2)
    return tone, F(0.85) + F(0.15) * crease, F(1) - crease


def stone(rng, n, p):
    """Blotches and speckles; marble-like settings draw veins, granite-like ones strong speckles."""
    blotch = fbm(rng, n, 4, 4, 5)
    speck = _smoothstep(0.68, 0.8, value_noise(rng, n, n // 4, n // 4))
    tone = F(1) + F(p.get("blotch", 0.25)) * blotch - F(p.get("speck", 0.25)) * speck
    height = blotch + F(0.3) * speck
    if p.get("veins"):
        u = np.arange(n, dtype=F)[None, :] / F(n)
        vein = F(1) - np.abs(np.sin(np.pi * (u * F(2) + fbm(rng, n, 3, 3, 4) * F(2.5)))).astype(F)
        tone -= F(0.45) * vein ** 12
    return tone, F(0.9) + F(0.1) * blotch - F(0.1) * speck, height


def masonry(rng, n, p):
    """Bricks (running bond) or square tiles, each with its own shade, in recessed mortar or grout lines."""
    rows, per_row, joint = int(p.get("rows", 14)), int(p.get("per_row", 4)), F(p.get("joint", 0.12))
    t = np.arange(n, dtype=F)
    ry = t * F(rows / n)
    row = ry.astype(np.int32)
    fy = ry % F(1)
    shift = F(0.5) * (row % 2).astype(F) if p.get("bond", True) else np.zeros(n, F)
    rx = t[None, :] * F(per_row / n) + shift[:, None]
    fx = rx % F(1)
    # Joints are `joint` of a course high; across a brick's end the same width is a smaller share of its length.
    across = np.minimum(fy, F(1) - fy)[:, None] / joint
    along = np.minimum(fx, F(1) - fx) / (joint * F(per_row / rows))
    body = _smoothstep(0.4, 0.65, np.minimum(across, along))
    shade = rng.random((rows, per_row + 1), dtype=F)[row[:, None], rx.astype(np.int32) % per_row]
    grit = fbm(rng, n, 16, 16, 3)
    tone = (F(0.5) + body * (F(0.4) + F(p.get("shade", 0.25)) * shade)) + F(0.1) * grit
    return tone, F(1) - F(p.get("gloss", 0.15)) * body, body + F(0.15) * grit


def smooth(rng, n, p):
    """Nearly uniform surfaces (plastic, ceramic, paint): faint mottling and micro roughness only."""
    mottle = fbm(rng, n, 3, 3, 3)
    micro = fbm(rng, n, n // 4, n // 4, 2)
    amount = F(p.get("mottle", 0.05))
    return F(1) + amount * mottle + F(0.02) * micro, F(0.9) + F(0.1) * micro, F(0.3) * mottle + F(0.1) * micro


def grainy(rng, n, p):
    """Fine grain with short fibres along u: paper, rubber, clay, soil, skin."""
    fibres = value_noise(rng, n, n // 16, n // 2) - F(0.5)
    grain = fbm(rng, n, n // 8, n // 8, 2)
    blotch = fbm(rng, n, 4, 4, 3)
    tone = F(1) + F(p.get("fibre", 0.06)) * fibres + F(p.get("grain", 0.06)) * grain + F(p.get("blotch", 0.08)) * blotch
    return tone, F(0.9) + F(0.1) * grain, grain + fibres * F(0.5)


def foliage(rng, n, p):
    """Leaf-like: patches of lighter and darker green with a net of veins."""
    patches = fbm(rng, n, 5, 5, 4)
    veins = F(1) - _smoothstep(0.0, 0.08, np.abs(fbm(rng, n, 10, 10, 2)))
    tone = np.stack([F(1) + F(0.25) * patches, F(1) + F(0.15) * patches, F(1) + F(0.1) * patches], -1)
    tone *= (F(1) - F(0.25) * veins)[..., None]
    return tone, F(0.9) + F(0.1) * veins, patches - veins * F(0.5)


def scales(rng, n, p):
    """Overlapping rounded scales in offset rows, darker at their rims."""
    rows = int(p.get("rows", 24))
    t = np.arange(n, dtype=F) * F(rows / n)
    row = t.astype(np.int32)
    fy = t % F(1)
    fx = (t[None, :] + F(0.5) * (row % 2).astype(F)[:, None]) % F(1)
    dist = np.sqrt((fx - F(0.5)) ** 2 + (fy[:, None] * F(0.9)) ** 2)
    rim = _smoothstep(0.35, 0.55, dist)
    return F(1) - F(0.3) * rim, F(0.8) + F(0.2) * rim, F(1) - rim


PATTERNS = {f.__name__: f for f in (wood, bark, metal, fabric, leather, stone, masonry, smooth, grainy, foliage,
                                    scales)}


def normal_map(height, strength):
    """Tangent-space normals (OpenGL convention, as glTF and Blender use) from a periodic height field."""
    h = (height - height.min()) / max(float(height.max() - height.min()), 1e-6)
    du = (np.roll(h, -1, 1) - np.roll(h, 1, 1)) * F(strength * h.shape[0] / 512)
    dv = (np.roll(h, -1, 0) - np.roll(h, 1, 0)) * F(strength * h.shape[0] / 512)
    inv = F(1) / np.sqrt(du * du + dv * dv + F(1))
    return np.stack([F(0.5) - F(0.5) * du * inv, F(0.5) - F(0.5) * dv * inv, F(0.5) + F(0.5) * inv], -1)


# Linear -> sRGB through a table: a power function over millions of samples costs more than the pattern itself.
_LEVELS = 4096
_SRGB = np.where(np.linspace(0, 1, _LEVELS) <= 0.0031308, np.linspace(0, 1, _LEVELS) * 12.92,
                 1.055 * np.linspace(0, 1, _LEVELS) ** (1 / 2.4) - 0.055).astype(F)


def to_srgb(linear):
    return _SRGB[(np.clip(linear, 0, 1) * F(_LEVELS - 1) + F(0.5)).astype(np.int32)]


def colour_texture(rgb, tone, amount=1.0):
    """The asked linear colour times the tone, scaled so the texture's average is the asked colour; sRGB out."""
    colour = np.asarray(rgb, F)[:3]
    if tone.ndim == 2:
        tone = tone[..., None]
    mean = tone.reshape(-1, tone.shape[-1]).mean(0)
    linear = (F(1) + F(amount) * (tone / mean - F(1))) * colour
    for _ in range(3):  # clipping bright texels (near-white colours) lowers the mean: scale back towards the asked one
        if linear.min() >= 0 and linear.max() <= 1:
            break
        np.clip(linear, 0, 1, out=linear)
        got = linear.reshape(-1, 3).mean(0)
        linear *= np.where(got > 1e-6, colour / np.maximum(got, 1e-6), 1).astype(F)
    return to_srgb(linear)
