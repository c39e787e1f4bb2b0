/**
 * The coordinate frame every role works in, stated once and put in every system prompt and the harness note:
 * the builders, the preview cameras and the critic's view 0 all assume it.
 */
export const FRAME = "Frame: metres, Z up, the ground is z = 0 (the model's lowest point rests on it), the model's front faces -Y (view 0 looks at the front from -Y, so +X is to the viewer's right).";

/** How sizes and turns are read, for every role: a part's dimensions are in its own frame, before its rotation. */
export const SIZE_CONVENTION = "A part's \"dimensions\" [x, y, z] are its size in its OWN frame, before \"rotation\" (XYZ Euler, radians) turns it; \"position\" is its centre in the world. A tilted part keeps its dimensions; only its world box grows.";
