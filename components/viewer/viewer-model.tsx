"use client";

import { useEffect, useLayoutEffect, useMemo } from "react";
import { useThree } from "@react-three/fiber";
import { Grid, useGLTF } from "@react-three/drei";
import { Box3, Mesh, Sphere, Vector3, type Material, type Object3D, type PerspectiveCamera } from "three";
import type { OrbitControls as OrbitControlsImpl } from "three-stdlib";
import type { ModelInfo } from "@/components/viewer/viewer-presets";

// Sphere-based fit is aspect-safe; a small margin leaves air around the model.
const MARGIN = 1.1;
// A three-quarter view from front-right and a little above.
const VIEW_DIR = new Vector3(1, 0.7, 1.3).normalize();

/** Props of ViewerModel: the GLB url, a callback once drawn (with its geometry), display toggles and a re-fit counter. */
export interface ViewerModelProps {
  url: string;
  onLoaded: (info: ModelInfo) => void;
  wireframe?: boolean;
  grid?: boolean;
  /** Bump to frame the model again (after the user orbited or zoomed away). */
  fitKey?: number;
}

/**
 * Loads a GLB, sits it on the grid and frames the camera to fit. No Draco (its decoder would come from a CDN) and no
 * meshopt (compiling its WebAssembly needs a looser CSP): Blender's exports use neither.
 */
export function ViewerModel({ url, onLoaded, wireframe = false, grid = true, fitKey = 0 }: ViewerModelProps) {
  const { scene } = useGLTF(url, false, false);
  // A clone shares geometries and materials, and lets two viewers show the same cached GLB.
  const fit = useMemo(() => {
    const object = scene.clone(true);
    const box = new Box3().setFromObject(object);
    if (box.isEmpty()) box.setFromCenterAndSize(new Vector3(), new Vector3(1, 1, 1));
    const center = box.getCenter(new Vector3());
    const size = box.getSize(new Vector3());
    return {
      object,
      info: { ...countGeometry(object), size: { width: size.x, depth: size.z, height: size.y } },
      offset: [-center.x, -box.min.y, -center.z] as [number, number, number],
      target: new Vector3(0, size.y / 2, 0),
      radius: box.getBoundingSphere(new Sphere()).radius || 1,
    };
  }, [scene]);

  useFrameToFit(fit.target, fit.radius, fitKey);
  useWireframe(fit.object, wireframe);

  useEffect(() => {
    // Two animation frames: the render loop has then drawn the framed model at least once.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => onLoaded(fit.info));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [fit, onLoaded]);

  const cell = niceStep(fit.radius / 4);
  return (
    <>
      <group position={fit.offset}>
        <primitive object={fit.object} />
      </group>
      <Grid
        visible={grid}
        position={[0, -fit.radius * 0.002, 0]}
        infiniteGrid
        cellSize={cell}
        sectionSize={cell * 5}
        cellThickness={0.6}
        sectionThickness={1}
        cellColor="#3d4252"
        sectionColor="#555b6e"
        fadeDistance={fit.radius * 12}
        fadeStrength={1.5}
      />
    </>
  );
}

/** Places camera and orbit target so a sphere of `radius` around `target` fills the view; again on resize. */
function useFrameToFit(target: Vector3, radius: number, fitKey: number) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);

  useLayoutEffect(() => {
    const aspect = width / Math.max(height, 1);
    const vfov = (camera.fov * Math.PI) / 180;
    const hfov = 2 * Math.atan(Math.tan(vfov / 2) * aspect);
    const distance = (MARGIN * radius) / Math.sin(Math.min(vfov, hfov) / 2);
    camera.position.copy(target).addScaledVector(VIEW_DIR, distance);
    // eslint-disable-next-line react-hooks/immutability -- the three.js camera from useThree is meant to be mutated in an effect; it is not React state
    camera.near = distance / 100;
    camera.far = distance * 100;
    camera.lookAt(target);
    camera.updateProjectionMatrix();
    if (controls) {
      controls.target.copy(target);
      // eslint-disable-next-line react-hooks/immutability -- the orbit controls from useThree are a three.js object mutated in an effect, not React state
      controls.minDistance = radius * 0.3;
      controls.maxDistance = distance * 6;
      controls.update();
    }
  }, [camera, controls, width, height, target, radius, fitKey]);
}

/** `instanceof Mesh` alone narrows to Mesh<any, any>; this keeps the default geometry and material types. */
const isMesh = (o: Object3D): o is Mesh => o instanceof Mesh;

/** Triangles, vertices and meshes from the model's buffers. */
function countGeometry(root: Object3D) {
  let triangles = 0;
  let vertices = 0;
  let meshes = 0;
  root.traverse((o) => {
    if (!isMesh(o)) return;
    const position = o.geometry.getAttribute("position");
    if (!position) return;
    meshes++;
    vertices += position.count;
    triangles += Math.floor((o.geometry.index?.count ?? position.count) / 3);
  });
  return { triangles, vertices, meshes };
}

/** Shows every material as wireframe while `on`; the materials are shared with the loader's cache, so it is undone after. */
function useWireframe(root: Object3D, on: boolean) {
  useEffect(() => {
    if (!on) return;
    const materials = new Set<Material & { wireframe?: boolean }>();
    root.traverse((o) => {
      if (isMesh(o)) for (const m of Array.isArray(o.material) ? o.material : [o.material]) materials.add(m);
    });
    for (const m of materials) m.wireframe = true;
    return () => {
      for (const m of materials) m.wireframe = false;
    };
  }, [root, on]);
}

/** 1, 2 or 5 times a power of ten, at or below `x`: grid cells read as round numbers. */
function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(x, 1e-6)));
  const m = x / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}
