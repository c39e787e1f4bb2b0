"use client";

import { useEffect } from "react";
import { useThree } from "@react-three/fiber";
import { Color, DataTexture, EquirectangularReflectionMapping, SRGBColorSpace } from "three";
import { LIGHTING_PRESETS, type LightingName, type LightingPreset } from "@/components/viewer/viewer-presets";

/** Local lighting by preset: a hemisphere light, key/fill lights, plus a tiny generated reflection gradient. */
export function ViewerLighting({ preset = "studio" }: { preset?: LightingName }) {
  const scene = useThree((s) => s.scene);
  const p: LightingPreset = LIGHTING_PRESETS[preset];

  useEffect(() => {
    // Metals reflect only their environment: without one a brass lamp renders black. A 64×32 gradient built here
    // costs nothing to prefilter (drei's presets would fetch HDRs from a CDN, which this app must never do).
    const env = gradientEnvironment(p.env);
    // eslint-disable-next-line react-hooks/immutability -- the three.js scene from useThree is meant to be mutated in an effect (R3F's own pattern); it is not React state
    scene.environment = env;
    scene.environmentIntensity = p.env.intensity;
    return () => {
      scene.environment = null;
      env.dispose();
    };
  }, [scene, p]);

  return (
    <>
      <hemisphereLight args={[p.hemisphere.sky, p.hemisphere.ground, p.hemisphere.intensity]} />
      {p.lights.map((l, i) => (
        <directionalLight key={`${preset}-${i}`} position={l.position} intensity={l.intensity} color={l.color} />
      ))}
    </>
  );
}

/** An equirectangular sky-horizon-ground gradient (row 0 is straight down). */
function gradientEnvironment(colors: LightingPreset["env"]): DataTexture {
  const sky = new Color(colors.sky);
  const horizon = new Color(colors.horizon);
  const ground = new Color(colors.ground);
  const width = 64;
  const height = 32;
  const data = new Uint8Array(width * height * 4);
  const c = new Color();
  for (let y = 0; y < height; y++) {
    const t = y / (height - 1);
    if (t < 0.5) c.copy(ground).lerp(horizon, Math.pow(t / 0.5, 3));
    else c.copy(horizon).lerp(sky, Math.pow((t - 0.5) / 0.5, 0.6));
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = c.r * 255;
      data[i + 1] = c.g * 255;
      data[i + 2] = c.b * 255;
      data[i + 3] = 255;
    }
  }
  const texture = new DataTexture(data, width, height);
  texture.mapping = EquirectangularReflectionMapping;
  texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}
