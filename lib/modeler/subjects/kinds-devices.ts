import type { PartSpec, RoleDef, SubjectDef, Vec3 } from "../types";
import { defineKind } from "./define-kind";
import { ALONG_X, circlePoints, FACING, HALF_PI, lathe, part, rod, spread } from "./kit";

// Devices face the viewer at -Y; a cylinder turned by FACING has its round face to the front, by ALONG_X to the side.

/** Every screen is its own dark glass role, so "a red laptop" keeps a black screen and "a blue screen" is one word away. */
const SCREEN: RoleDef = { words: ["screen", "touchscreen", "panel"], material: "glass", color: "black" };

/** A smartphone standing on its bottom edge, screen to the front: a thin slab, a camera bump and side buttons. */
const smartphone = defineKind({
  name: "smartphone",
  synonyms: ["mobile phone", "cell phone", "cellphone", "iphone", "android phone", "smart phone"],
  category: "electronics",
  roles: {
    body: { words: ["body", "frame", "back", "case", "housing", "bump"], material: "aluminum", color: "charcoal", body: true },
    screen: SCREEN,
    lens: { words: ["lens"], material: "glass", color: "black" },
    flash: { words: ["flash", "torch", "flashlight"], material: "plastic", color: "ivory" },
    buttons: { words: ["button", "key"], material: "aluminum", color: "charcoal", body: true },
  },
  parts: [
    part("body", "rounded_box", [0.0715, 0.0078, 0.147], [0, 0, 0.0735], "body"),
    part("screen", "box", [0.066, 0.001, 0.139], [0, -0.0041, 0.0735], "screen"),
    part("front_camera", "cylinder", [0.0035, 0.0035, 0.0006], [0, -0.0048, 0.138], "lens", { rot: FACING }),
    part("camera_bump", "rounded_box", [0.028, 0.0016, 0.03], [-0.016, 0.0045, 0.125], "body"),
    ...[0.132, 0.118].map((z, i) => part(`lens_${i + 1}`, "cylinder", [0.011, 0.011, 0.0012], [-0.023, 0.0056, z], "lens", { rot: FACING })),
    part("flash", "cylinder", [0.004, 0.004, 0.0012], [-0.008, 0.0055, 0.132], "flash", { rot: FACING }),
    part("power_button", "box", [0.0012, 0.003, 0.014], [0.0361, 0, 0.105], "buttons"),
    ...[0.115, 0.098].map((z, i) => part(`volume_button_${i + 1}`, "box", [0.0012, 0.003, 0.012], [-0.0361, 0, z], "buttons")),
  ],
});

/** The laptop lid leans back 15° from its hinge; `along` runs up the lid, `out` off its front face. */
const LID_TILT = -0.26;
const onLid = (along: number, out: number): Vec3 => [0, 0.1 + along * Math.sin(-LID_TILT) - out * Math.cos(LID_TILT), 0.016 + along * Math.cos(LID_TILT) + out * Math.sin(-LID_TILT)];

/** An open laptop on the desk: a thin aluminium base with key rows and a touchpad, the lid and its glass front tilted back. */
const laptop = defineKind({
  name: "laptop",
  synonyms: ["laptop computer", "notebook computer", "macbook", "notebook pc"],
  category: "electronics",
  roles: {
    body: { words: ["body", "base", "lid", "case", "shell", "chassis", "hinge"], material: "aluminum", body: true },
    screen: SCREEN,
    keys: { words: ["key", "keyboard", "keycap", "spacebar"], material: "plastic", color: "black" },
    touchpad: { words: ["touchpad", "trackpad", "pad"], material: "plastic", color: "silver", body: true },
    webcam: { words: ["webcam"], material: "glass", color: "black" },
  },
  parts: [
    part("base", "rounded_box", [0.31, 0.215, 0.016], [0, 0, 0.008], "body"),
    part("hinge", "cylinder", [0.009, 0.009, 0.24], [0, 0.1, 0.017], "body", { rot: ALONG_X }),
    part("lid", "rounded_box", [0.31, 0.007, 0.205], onLid(0.1025, 0), "body", { rot: [LID_TILT, 0, 0] }),
    // Edge-to-edge black glass covers the lid's front, as on current laptops (a smaller pane would hide in the lid's box).
    part("screen", "box", [0.31, 0.001, 0.205], onLid(0.1025, 0.0042), "screen", { rot: [LID_TILT, 0, 0] }),
    part("webcam", "cylinder", [0.003, 0.003, 0.001], onLid(0.198, 0.005), "webcam", { rot: [HALF_PI + LID_TILT, 0, 0] }),
    // Key rows with gaps between them read as a keyboard; the bottom row splits round the spacebar.
    part("function_keys", "box", [0.27, 0.008, 0.0015], [0, 0.085, 0.0165], "keys"),
    ...[0.068, 0.05, 0.032, 0.014].map((y, i) => part(`key_row_${i + 1}`, "box", [0.27, 0.014, 0.0015], [0, y, 0.0165], "keys")),
    part("spacebar", "box", [0.12, 0.014, 0.0015], [-0.01, -0.004, 0.0165], "keys"),
    part("left_keys", "box", [0.06, 0.014, 0.0015], [-0.105, -0.004, 0.0165], "keys"),
    part("right_keys", "box", [0.07, 0.014, 0.0015], [0.1, -0.004, 0.0165], "keys"),
    part("touchpad", "box", [0.11, 0.065, 0.0008], [0, -0.06, 0.0162], "touchpad"),
  ],
});

/** A desktop computer monitor: a slim panel on a neck and a flat foot, the screen to the front. */
const monitor = defineKind({
  name: "computer monitor",
  synonyms: ["monitor", "computer screen", "display", "pc monitor", "computer display", "lcd monitor"],
  category: "electronics",
  roles: {
    body: { words: ["body", "housing", "case", "frame", "bezel", "back"], material: "plastic", color: "charcoal", body: true },
    screen: { ...SCREEN, words: [...SCREEN.words, "display"] },
    stand: { words: ["stand", "foot", "base", "neck"], material: "plastic", color: "charcoal", body: true },
    light: { words: ["light", "led", "button"], material: "plastic", color: "white" },
  },
  parts: [
    part("foot", "rounded_box", [0.25, 0.18, 0.012], [0, 0, 0.006], "stand"),
    part("neck", "box", [0.05, 0.022, 0.28], [0, 0.025, 0.152], "stand"),
    part("housing", "rounded_box", [0.55, 0.03, 0.33], [0, 0, 0.265], "body"),
    part("mount", "rounded_box", [0.16, 0.012, 0.16], [0, 0.018, 0.26], "body"),
    part("screen", "box", [0.53, 0.002, 0.3], [0, -0.0155, 0.272], "screen"),
    part("power_light", "cylinder", [0.005, 0.005, 0.002], [0.24, -0.0155, 0.11], "light", { rot: FACING }),
  ],
});

/** Key strips of a full-size keyboard: [x, y, width, depth] on the case top, main block, arrows, nav keys and numpad. */
const KEY_STRIPS: Array<[number, number, number, number]> = [
  [-0.065, 0.053, 0.28, 0.014],
  ...[0.031, 0.012, -0.007, -0.026].map((y): [number, number, number, number] => [-0.065, y, 0.28, 0.017]),
  [-0.1725, -0.045, 0.065, 0.017], [0.0325, -0.045, 0.085, 0.017],
  [0.11, 0.031, 0.05, 0.017], [0.11, 0.012, 0.05, 0.017], [0.11, -0.026, 0.015, 0.017], [0.11, -0.045, 0.05, 0.017],
  ...[0.031, 0.012, -0.007, -0.026, -0.045].map((y): [number, number, number, number] => [0.1775, y, 0.065, 0.017]),
];

/** A full-size computer keyboard flat on the desk: a low case with rows of keys, a spacebar, arrows and a numpad. */
const computerKeyboard = defineKind({
  name: "computer keyboard",
  synonyms: ["pc keyboard", "typing keyboard", "mechanical keyboard", "wireless keyboard", "qwerty keyboard"],
  category: "electronics",
  roles: {
    case: { words: ["case", "body", "frame", "base", "housing"], material: "aluminum", color: "charcoal", body: true },
    keys: { words: ["key", "keycap", "spacebar", "button"], material: "plastic", color: "black", body: true },
    cable: { words: ["cable", "cord", "wire"], material: "rubber", color: "black", optional: "off" },
  },
  parts: [
    part("case", "rounded_box", [0.44, 0.135, 0.022], [0, 0, 0.011], "case"),
    part("spacebar", "box", [0.12, 0.017, 0.006], [-0.075, -0.045, 0.0235], "keys"),
    ...KEY_STRIPS.map(([x, y, w, d], i) => part(`key_row_${i + 1}`, "box", [w, d, 0.006], [x, y, 0.0235], "keys")),
    rod("cable", [0, 0.06, 0.008], [0, 0.25, 0.003], 0.004, "cable"),
  ],
});

/** A computer mouse: a low dome with its button shell at the front, a scroll wheel and two thumb buttons. */
const computerMouse = defineKind({
  name: "computer mouse",
  synonyms: ["pc mouse", "wireless mouse", "optical mouse", "gaming mouse"],
  category: "electronics",
  roles: {
    body: { words: ["body", "shell", "palm", "case"], material: "plastic", color: "charcoal", body: true },
    buttons: { words: ["button", "click"], material: "plastic", color: "charcoal", body: true },
    wheel: { words: ["wheel", "scroll", "scrollwheel"], material: "rubber", color: "gray" },
    cable: { words: ["cable", "cord", "wire", "tail"], material: "rubber", color: "black", optional: "off" },
  },
  parts: [
    part("body", "hemisphere", [0.064, 0.118, 0.04], [0, 0.005, 0.02], "body"),
    // Two button halves, flush with the body at the back and rounding its nose at the front, part round the wheel.
    ...[-1, 1].map((s, i) => part(`button_${i + 1}`, "hemisphere", [0.03, 0.065, 0.034], [s * 0.0155, -0.027, 0.017], "buttons")),
    part("wheel", "cylinder", [0.014, 0.014, 0.006], [0, -0.03, 0.031], "wheel", { rot: ALONG_X }),
    ...[-0.008, 0.01].map((y, i) => part(`thumb_button_${i + 1}`, "rounded_box", [0.004, 0.013, 0.006], [-0.0285, y, 0.02], "buttons")),
    rod("cable", [0, -0.056, 0.006], [0, -0.16, 0.002], 0.004, "cable"),
  ],
});

/** Points on the headband's arch, from the right yoke over the top to the left one. */
const ARCH = Array.from({ length: 7 }, (_, k): Vec3 => [0.088 * Math.cos((k * Math.PI) / 6), 0, 0.13 + 0.088 * Math.sin((k * Math.PI) / 6)]);

/** Over-ear headphones standing on their ear cups: oval cups with cushions, metal sliders and an arched band. */
const headphones = defineKind({
  name: "headphones",
  synonyms: ["headphone", "over ear headphones", "over-ear headphones", "studio headphones", "wireless headphones", "pair of headphones"],
  variants: { headset: { features: { mic: true } }, "gaming headset": { features: { mic: true } } },
  category: "electronics",
  roles: {
    cups: { words: ["cup", "earcup", "ear", "shell"], material: "plastic", color: "charcoal", body: true },
    cushions: { words: ["cushion", "pad", "earpad", "padding"], material: "leather", color: "black" },
    headband: { words: ["headband", "band", "arch", "strap"], material: "plastic", color: "charcoal", body: true },
    sliders: { words: ["slider", "yoke", "arm"], material: "aluminum" },
    mic: { words: ["mic", "microphone", "boom"], material: "plastic", color: "black", optional: "off" },
  },
  parts: [
    ...[-1, 1].flatMap((s, i) => [
      part(`cup_${i + 1}`, "cylinder", [0.095, 0.075, 0.035], [s * 0.085, 0, 0.0475], "cups", { rot: ALONG_X }),
      part(`cushion_${i + 1}`, "cylinder", [0.088, 0.068, 0.022], [s * 0.0585, 0, 0.0475], "cushions", { rot: ALONG_X }),
      rod(`slider_${i + 1}`, [s * 0.085, 0, 0.09], [s * 0.088, 0, 0.132], 0.008, "sliders"),
    ]),
    // Overlapping flat capsules along the arch make one smooth band.
    ...ARCH.slice(1).map((b, k) => ({ ...rod(`headband_${k + 1}`, ARCH[k], b, 0.014, "headband"), shape: "capsule", size: [0.014, 0.032, 0.06] as Vec3 })),
    rod("mic_boom", [-0.095, -0.02, 0.035], [-0.07, -0.12, 0.02], 0.005, "mic"),
    part("mic", "capsule", [0.012, 0.012, 0.022], [-0.069, -0.124, 0.02], "mic", { rot: FACING }),
  ],
});

/** A DSLR camera, lens to the front: a body with a grip and a prism hump, a lens with a focus ring, a back screen. */
const camera = defineKind({
  name: "camera",
  synonyms: ["digital camera", "dslr", "dslr camera", "photo camera", "slr camera", "mirrorless camera", "reflex camera", "film camera", "35mm camera", "instant camera", "compact camera"],
  category: "electronics",
  roles: {
    body: { words: ["body", "grip", "case", "housing", "prism", "top"], material: "plastic", color: "charcoal", body: true },
    lens: { words: ["lens", "barrel", "zoom"], material: "plastic", color: "black" },
    optics: { words: ["optics", "element"], material: "glass", color: "navy" },
    trim: { words: ["ring", "mount", "trim"], material: "aluminum" },
    buttons: { words: ["button", "shutter", "dial", "knob"], material: "aluminum" },
    screen: SCREEN,
    eyepiece: { words: ["eyepiece", "viewfinder"], material: "rubber", color: "black" },
  },
  parts: [
    part("body", "rounded_box", [0.135, 0.07, 0.09], [0, 0, 0.045], "body"),
    part("grip", "rounded_box", [0.035, 0.085, 0.088], [0.055, -0.008, 0.044], "body"),
    part("prism", "wedge", [0.055, 0.065, 0.032], [0, 0.004, 0.102], "body", { rot: [0, 0, HALF_PI] }),
    part("lens", "cylinder", [0.068, 0.068, 0.075], [-0.01, -0.0725, 0.045], "lens", { rot: FACING }),
    part("focus_ring", "cylinder", [0.073, 0.073, 0.022], [-0.01, -0.088, 0.045], "lens", { rot: FACING, tint: "charcoal" }),
    part("mount_ring", "torus", [0.074, 0.074, 0.006], [-0.01, -0.037, 0.045], "trim", { rot: FACING }),
    part("front_glass", "cylinder", [0.052, 0.052, 0.002], [-0.01, -0.1105, 0.045], "optics", { rot: FACING }),
    part("shutter_button", "cylinder", [0.012, 0.012, 0.005], [0.055, -0.02, 0.09], "buttons"),
    part("mode_dial", "cylinder", [0.026, 0.026, 0.008], [-0.045, 0.005, 0.093], "buttons"),
    part("screen", "box", [0.075, 0.002, 0.055], [-0.015, 0.0355, 0.04], "screen"),
    part("eyepiece", "rounded_box", [0.03, 0.012, 0.02], [0, 0.034, 0.1], "eyepiece"),
  ],
});

/** A retro table radio: a wooden case on two feet, a cloth speaker grille with chrome bars, a tuning window, knobs, a carry handle and an antenna. */
const radio = defineKind({
  name: "radio",
  synonyms: ["retro radio", "transistor radio", "vintage radio", "table radio", "portable radio", "am radio", "fm radio"],
  category: "electronics",
  roles: {
    body: { words: ["body", "case", "cabinet", "box", "housing"], material: "wood", body: true },
    grille: { words: ["grille", "grill", "cloth"], material: "fabric", color: "beige" },
    trim: { words: ["bar", "trim", "chrome"], material: "chrome" },
    tuner: { words: ["tuner", "dial", "display", "window", "scale"], material: "glass", color: "amber" },
    needle: { words: ["needle", "pointer"], material: "plastic", color: "red" },
    knobs: { words: ["knob"], material: "plastic", color: "cream" },
    handle: { words: ["handle"], material: "chrome" },
    feet: { words: ["foot", "feet"], material: "rubber", color: "black" },
    antenna: { words: ["antenna", "aerial"], material: "chrome", optional: "on" },
  },
  parts: [
    part("body", "rounded_box", [0.28, 0.1, 0.16], [0, 0, 0.086], "body"),
    ...[-1, 1].map((s, i) => part(`foot_${i + 1}`, "box", [0.03, 0.08, 0.008], [s * 0.1, 0, 0.004], "feet")),
    part("grille", "box", [0.13, 0.004, 0.12], [-0.06, -0.051, 0.086], "grille"),
    ...spread(4, 0.09).map((z, i) => part(`grille_bar_${i + 1}`, "box", [0.13, 0.003, 0.004], [-0.06, -0.0535, 0.086 + z], "trim")),
    part("tuner", "box", [0.095, 0.004, 0.045], [0.075, -0.051, 0.125], "tuner"),
    part("needle", "box", [0.002, 0.004, 0.035], [0.06, -0.0535, 0.125], "needle"),
    ...[0.045, 0.105].map((x, i) => part(`knob_${i + 1}`, "cylinder", [0.032, 0.032, 0.016], [x, -0.058, 0.06], "knobs", { rot: FACING })),
    ...[-1, 1].map((s, i) => rod(`handle_post_${i + 1}`, [s * 0.1, 0, 0.16], [s * 0.1, 0, 0.21], 0.012, "handle")),
    rod("handle", [-0.105, 0, 0.21], [0.105, 0, 0.21], 0.016, "handle"),
    rod("antenna", [0.125, 0.03, 0.16], [0.19, 0.06, 0.45], 0.006, "antenna"),
    part("antenna_tip", "sphere", [0.012, 0.012, 0.012], [0.19, 0.06, 0.45], "antenna"),
  ],
});

/** A 50-inch flat-screen television on a pedestal stand: a thin panel, its dark screen, a back bulge and a power light. */
const television = defineKind({
  name: "television",
  synonyms: ["tv", "tv set", "television set", "flat screen tv", "flat screen television", "flatscreen tv", "smart tv", "led tv", "lcd tv", "telly", "tv screen"],
  category: "electronics",
  roles: {
    body: { words: ["body", "frame", "bezel", "housing", "case", "back"], material: "plastic", color: "black", body: true },
    screen: SCREEN,
    stand: { words: ["stand", "pedestal", "base", "foot", "neck"], material: "metal", color: "charcoal" },
    light: { words: ["light", "led"], material: "plastic", color: "red" },
    logo: { words: ["logo", "badge"], material: "aluminum" },
  },
  parts: [
    part("base", "rounded_box", [0.42, 0.24, 0.018], [0, 0, 0.009], "stand"),
    part("neck", "box", [0.09, 0.035, 0.1], [0, 0.025, 0.068], "stand"),
    part("housing", "box", [1.12, 0.03, 0.65], [0, 0, 0.405], "body"),
    part("back", "rounded_box", [0.8, 0.035, 0.42], [0, 0.03, 0.42], "body"),
    part("screen", "box", [1.1, 0.002, 0.625], [0, -0.0155, 0.41], "screen"),
    part("power_light", "cylinder", [0.006, 0.006, 0.002], [0.45, -0.0155, 0.088], "light", { rot: FACING }),
    part("logo", "box", [0.04, 0.002, 0.006], [0, -0.0155, 0.088], "logo"),
  ],
});

/** Where the four face buttons sit and their usual colours, bottom, right, top, left. */
const FACE_BUTTONS = circlePoints(4, 0.01, -HALF_PI).map(([x, y], i) => ({ x: 0.03 + x, y: 0.012 + y, tint: ["green", "red", "yellow", "blue"][i] }));

/** A gamepad lying face up, grips toward the viewer: a body with two grips, thumbsticks, a d-pad, four face buttons and triggers. */
const gameController = defineKind({
  name: "game controller",
  synonyms: ["gamepad", "controller", "video game controller", "console controller", "joypad"],
  category: "electronics",
  roles: {
    body: { words: ["body", "shell", "grip", "handle", "case"], material: "plastic", color: "charcoal", body: true },
    sticks: { words: ["stick", "thumbstick", "joystick", "analog"], material: "rubber", color: "black" },
    dpad: { words: ["dpad", "cross", "arrow"], material: "plastic", color: "black" },
    buttons: { words: ["button"], material: "plastic", color: "white" },
    triggers: { words: ["trigger", "bumper", "shoulder"], material: "plastic", color: "charcoal", body: true },
  },
  parts: (): PartSpec[] => [
    part("body", "rounded_box", [0.105, 0.06, 0.03], [0, 0.005, 0.017], "body"),
    ...[-1, 1].map((s, i) => ({ ...rod(`grip_${i + 1}`, [s * 0.04, 0, 0.019], [s * 0.058, -0.05, 0.018], 0.036, "body"), shape: "capsule", size: [0.036, 0.036, 0.09] as Vec3 })),
    ...[[-0.03, 0.012], [0.018, -0.012]].flatMap(([x, y], i) => [
      part(`stick_post_${i + 1}`, "cylinder", [0.011, 0.011, 0.008], [x, y, 0.035], "sticks"),
      part(`stick_${i + 1}`, "cylinder", [0.02, 0.02, 0.005], [x, y, 0.041], "sticks"),
    ]),
    part("dpad", "box", [0.022, 0.007, 0.004], [-0.018, -0.012, 0.033], "dpad"),
    part("dpad_2", "box", [0.007, 0.022, 0.004], [-0.018, -0.012, 0.033], "dpad"),
    ...FACE_BUTTONS.map((b, i) => part(`button_${i + 1}`, "cylinder", [0.008, 0.008, 0.005], [b.x, b.y, 0.033], "buttons", { tint: b.tint })),
    part("guide_button", "cylinder", [0.012, 0.012, 0.004], [0, 0.022, 0.032], "buttons"),
    ...[-1, 1].map((s, i) => part(`trigger_${i + 1}`, "rounded_box", [0.03, 0.014, 0.014], [s * 0.035, 0.036, 0.024], "triggers")),
  ],
});

/** A bookshelf loudspeaker on rubber feet: a cabinet with a woofer cone, a dome tweeter, a bass port and an optional cloth grille. */
const loudspeaker = defineKind({
  name: "loudspeaker",
  synonyms: ["speaker", "bluetooth speaker", "speaker box", "speaker cabinet", "stereo speaker", "bookshelf speaker", "hifi speaker"],
  category: "electronics",
  roles: {
    body: { words: ["body", "cabinet", "box", "case", "enclosure"], material: "wood", color: "black", body: true },
    drivers: { words: ["woofer", "tweeter", "driver", "cone", "dome", "speaker"], material: "paper", color: "charcoal" },
    surrounds: { words: ["surround", "ring", "port", "trim"], material: "rubber", color: "black" },
    feet: { words: ["foot", "feet"], material: "rubber", color: "black" },
    grille: { words: ["grille", "grill", "cover", "mesh", "cloth"], material: "fabric", color: "charcoal", optional: "off" },
  },
  parts: [
    part("cabinet", "box", [0.2, 0.24, 0.34], [0, 0, 0.176], "body"),
    ...[[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy], i) => part(`foot_${i + 1}`, "cylinder", [0.02, 0.02, 0.006], [sx * 0.08, sy * 0.1, 0.003], "feet")),
    part("woofer_surround", "torus", [0.15, 0.15, 0.014], [0, -0.122, 0.13], "surrounds", { rot: FACING }),
    // A shallow open dish, opening to the front, with its dust cap bulging out of the middle.
    part("woofer", lathe([[0, 0], [0.25, 0], [1, 1], [0.94, 1], [0.22, 0.08], [0, 0.08]]), [0.13, 0.13, 0.035], [0, -0.1045, 0.13], "drivers", { rot: FACING }),
    part("dust_cap", "hemisphere", [0.045, 0.045, 0.028], [0, -0.112, 0.13], "drivers", { rot: FACING }),
    part("tweeter_ring", "torus", [0.06, 0.06, 0.01], [0, -0.122, 0.28], "surrounds", { rot: FACING }),
    part("tweeter", "hemisphere", [0.03, 0.03, 0.014], [0, -0.127, 0.28], "drivers", { rot: FACING, tint: "silver" }),
    part("port", "torus", [0.04, 0.04, 0.008], [0, -0.122, 0.045], "surrounds", { rot: FACING }),
    part("grille", "box", [0.19, 0.007, 0.33], [0, -0.1355, 0.176], "grille"),
  ],
});

/** A studio microphone on a small desk stand: a round foot, a short pole with a clip, a tapered body, a gold band and a mesh head. */
const microphone = defineKind({
  name: "microphone",
  synonyms: ["mic", "studio microphone", "studio mic", "desk microphone", "podcast microphone", "vocal microphone"],
  category: "electronics",
  roles: {
    body: { words: ["body", "handle", "shaft", "barrel"], material: "metal", color: "black", body: true },
    grille: { words: ["grille", "grill", "head", "mesh", "capsule"], material: "metal", color: "silver" },
    band: { words: ["band", "ring", "trim"], material: "gold" },
    stand: { words: ["stand", "base", "foot", "pole", "clip", "mount"], material: "metal", color: "charcoal" },
    switch: { words: ["switch", "button"], material: "plastic", color: "gray" },
    windscreen: { words: ["windscreen", "windshield", "foam", "sock"], material: "fabric", color: "charcoal", optional: "off" },
  },
  // The foam windscreen slips over the mesh head, so the head is left out under it rather than buried inside.
  parts: (p) => [
    part("base", "cylinder", [0.11, 0.11, 0.014], [0, 0, 0.007], "stand"),
    part("pole", "cylinder", [0.014, 0.014, 0.13], [0, 0, 0.079], "stand"),
    part("clip", "torus", [0.058, 0.058, 0.012], [0, 0, 0.17], "stand"),
    part("body", "tapered_cylinder:1.25", [0.046, 0.046, 0.12], [0, 0, 0.204], "body"),
    part("band", "cylinder", [0.049, 0.049, 0.01], [0, 0, 0.267], "band"),
    p.has("windscreen")
      ? part("windscreen", "sphere", [0.07, 0.07, 0.08], [0, 0, 0.3], "windscreen")
      : part("grille", "sphere", [0.054, 0.054, 0.062], [0, 0, 0.297], "grille"),
    part("switch", "box", [0.008, 0.004, 0.016], [0, -0.0225, 0.22], "switch"),
  ],
});

/** Electronics: phones, computers and their parts, audio and video devices, as declarative kinds (see define-kind.ts). */
export const DEVICE_KINDS: SubjectDef[] = [
  smartphone, laptop, monitor, computerKeyboard, computerMouse, headphones, camera, radio, television, gameController, loudspeaker, microphone,
];
