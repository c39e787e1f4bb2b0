"use client";

import { useEffect } from "react";
import { useThree } from "@react-three/fiber";
import { Color, DataTexture, EquirectangularReflectionMapping, SRGBColorSpace } from "three";

const SKY = new Color("#e6e9f2");
const HORIZON = new Color("#8d93a3");
const GROUND = new Color("#34322f");

/** Local studio lighting: a hemisphere light, a key and a fill light, plus a tiny generated reflection gradient. */
export function ViewerLighting() {
  const scene = useThree((s) => s.scene);

  useEffect(() => {
    // Metals reflect only their environment: without one a brass lamp renders black. A 64×32 gradient built here
    // costs nothing to prefilter (drei's presets would fetch HDRs from a CDN, which this app must never do).
    const env = gradientEnvironment();
    scene.environment = env;
    scene.environmentIntensity = 0.5;
    return () => {
      scene.environment = null;
      env.dispose();
    };
  }, [scene]);

  return (
    <>
      <hemisphereLight args={["#f4f6ff", "#3a3530", 1.1]} />
      <directionalLight position={[5, 9, 6]} intensity={2.2} />
      <directionalLight position={[-7, 4, -5]} intensity={0.7} color="#cfd8ff" />
    </>
  );
}

/** An equirectangular sky-horizon-ground gradient (row 0 is straight down). */
function gradientEnvironment(): DataTexture {
  const width = 64;
  const height = 32;
  const data = new Uint8Array(width * height * 4);
  const c = new Color();
  for (let y = 0; y < height; y++) {
    const t = y / (height - 1);
    if (t < 0.5) c.copy(GROUND).lerp(HORIZON, Math.pow(t / 0.5, 3));
    else c.copy(HORIZON).lerp(SKY, Math.pow((t - 0.5) / 0.5, 0.6));
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
