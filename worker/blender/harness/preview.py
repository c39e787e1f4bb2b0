"""Preview renders: Cycles CPU, auto-framed 3/4 camera, sun key + fill, light-grey backdrop, ground shadow catcher.

Cost is what matters here (a preview is rendered for every version on a shared CPU): 8 samples at the asset
grid's size, then an edge-aware blur guided by albedo and normals stands in for the denoiser this build lacks.
"""
import math
import os

import bpy
from mathutils import Vector

BACKGROUND = (0.62, 0.62, 0.62, 1.0)  # linear; about 0.8 sRGB, a neutral light grey
AMBIENT = (0.35, 0.36, 0.38, 1.0)
SAMPLES = 8


def _world(scene):
    """Camera rays see the grey backdrop; everything else gets a dimmer ambient, so models are not washed out."""
    world = bpy.data.worlds.new("LL3M_Preview_World")
    world.use_nodes = True
    nodes, links = world.node_tree.nodes, world.node_tree.links
    nodes.clear()
    out = nodes.new("ShaderNodeOutputWorld")
    mix = nodes.new("ShaderNodeMixShader")
    path = nodes.new("ShaderNodeLightPath")
    ambient, backdrop = nodes.new("ShaderNodeBackground"), nodes.new("ShaderNodeBackground")
    ambient.inputs["Color"].default_value = AMBIENT
    backdrop.inputs["Color"].default_value = BACKGROUND
    links.new(path.outputs["Is Camera Ray"], mix.inputs["Fac"])
    links.new(ambient.outputs["Background"], mix.inputs[1])
    links.new(backdrop.outputs["Background"], mix.inputs[2])
    links.new(mix.outputs["Shader"], out.inputs["Surface"])
    scene.world = world


def _sun(scene, name, strength, rotation, angle):
    light = bpy.data.lights.new(name, "SUN")
    light.energy, light.angle = strength, math.radians(angle)
    obj = bpy.data.objects.new(name, light)
    obj.rotation_euler = [math.radians(a) for a in rotation]
    scene.collection.objects.link(obj)


def _ground(scene, bbox_min, radius, center):
    # Wide enough to fill the frame behind the model: the blur below would show the catcher's edge.
    bpy.ops.mesh.primitive_plane_add(size=radius * 40, location=(center.x, center.y, bbox_min[2]))
    plane = bpy.context.active_object
    plane.name = "LL3M_Preview_Ground"
    plane.is_shadow_catcher = True


def setup(scene, bbox, size):
    """Add camera, lights, world and ground around the scene's bbox; returns (camera, center, radius)."""
    lo, hi = Vector(bbox["min"]), Vector(bbox["max"])
    center, radius = (lo + hi) / 2, max((hi - lo).length / 2, 1e-3)
    _world(scene)
    _sun(scene, "LL3M_Key", 2.5, (50, 10, 35), 8)
    _sun(scene, "LL3M_Fill", 0.8, (60, -10, -140), 30)
    _ground(scene, bbox["min"], radius, center)
    cam_data = bpy.data.cameras.new("LL3M_Camera")
    cam_data.lens, cam_data.sensor_width = 50, 36
    camera = bpy.data.objects.new("LL3M_Camera", cam_data)
    scene.collection.objects.link(camera)
    scene.camera = camera
    render = scene.render
    render.engine = "CYCLES"
    render.resolution_x = render.resolution_y = size
    render.resolution_percentage = 100
    render.film_transparent = False
    render.image_settings.file_format = "PNG"
    render.image_settings.color_mode = "RGB"
    scene.view_settings.view_transform = "Standard"
    scene.cycles.device = "CPU"
    # Few samples and bounces: a preview must cost well under a second.
    scene.cycles.samples = SAMPLES
    scene.cycles.use_adaptive_sampling = False
    scene.cycles.use_denoising = False
    scene.cycles.max_bounces = 2
    scene.cycles.caustics_reflective = scene.cycles.caustics_refractive = False
    _smooth_noise(scene)
    return camera, center, radius


def _smooth_noise(scene):
    """Bilateral blur whose guide is albedo + normals, so noise on flat areas goes and part edges stay sharp."""
    layer = scene.view_layers[0]
    layer.use_pass_normal = True
    layer.use_pass_diffuse_color = True
    scene.use_nodes = True
    scene.render.use_compositing = True
    nodes, links = scene.node_tree.nodes, scene.node_tree.links
    nodes.clear()
    passes = nodes.new("CompositorNodeRLayers")
    guide = nodes.new("CompositorNodeMixRGB")
    guide.blend_type = "ADD"
    guide.inputs[0].default_value = 0.5
    blur = nodes.new("CompositorNodeBilateralblur")
    blur.iterations, blur.sigma_color, blur.sigma_space = 1, 0.3, 3.0
    out = nodes.new("CompositorNodeComposite")
    links.new(passes.outputs["DiffCol"], guide.inputs[1])
    links.new(passes.outputs["Normal"], guide.inputs[2])
    links.new(passes.outputs["Image"], blur.inputs["Image"])
    links.new(guide.outputs[0], blur.inputs["Determinator"])
    links.new(blur.outputs[0], out.inputs["Image"])


def frame(camera, center, radius, azimuth_deg, elevation_deg=28.0):
    """Place the camera on a sphere around the model so the bounding sphere fits the frame."""
    az, el = math.radians(azimuth_deg), math.radians(elevation_deg)
    direction = Vector((math.sin(az) * math.cos(el), -math.cos(az) * math.cos(el), math.sin(el)))
    half_fov = math.atan(camera.data.sensor_width / 2 / camera.data.lens)
    distance = radius / math.sin(half_fov) * 1.08
    camera.location = center + direction * distance
    camera.rotation_euler = (-direction).to_track_quat("-Z", "Y").to_euler()
    camera.data.clip_start = max(distance - radius * 2, distance * 0.001)
    camera.data.clip_end = distance + radius * 50


def render_to(scene, path):
    """Render the current camera to a PNG file."""
    scene.render.filepath = path
    bpy.ops.render.render(write_still=True)
    if not os.path.isfile(path):
        raise RuntimeError("render wrote no image")
