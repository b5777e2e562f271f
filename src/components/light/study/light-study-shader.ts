import { STUDY_CAMERA, studyMaterials, type StudyMaterial } from '../../../lib/light/study';

/**
 * The lighting study as a WebGL2 fragment shader: a head and shoulders built from signed distance
 * fields (no model file to load), ray-marched in front of a paper backdrop. Lengths are in tenths
 * of a metre, so the head is about 2.3 units tall. The camera looks down +z… toward −z: x is frame
 * right, y up, z toward the camera, as in the library's lightDirection.
 *
 * Lighting, per light: a sphere light's diffuse term (the horizon-clipped form, so a broad source
 * wraps round the form by its angular radius), a soft shadow whose penumbra cone has the source's
 * angular radius (only the key casts shadows), inverse-square falloff from the light's position,
 * and a catch-light where the eye's reflection points at the source.
 */
const { position, target, halfHeightTan } = STUDY_CAMERA;
/** A number as a GLSL float literal. */
const f = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

/**
 * The shader for one surface. The surface is a constant, not a uniform, so the compiler drops
 * the other surfaces' code: on a software GPU (SwiftShader) even a branch that never runs made
 * every frame about a fifth slower. Changing the surface builds a new program, once.
 */
export const lightStudyFragment = (material: StudyMaterial) => /* glsl */ `#version 300 es
precision highp float;

// The surface, as its index in studyMaterials: 0 plaster, 1 skin, 2 glazed ceramic.
const int MATERIAL = ${studyMaterials.indexOf(material)};

uniform vec2 uResolution;
uniform int uSamples;
// Which pass of a full frame this is (see main), and the first pass's picture.
uniform int uPass;
uniform sampler2D uFirstPass;
// 1 while the reader drags a control: fewer march steps and no occlusion, so a draft keeps up.
uniform float uDraft;
// Key, fill, rim: direction toward the light, distance (0 = at infinity), colour × intensity,
// tangent of the angular radius, and whether the light casts shadows.
uniform vec3 uLightDir[3];
uniform float uLightDist[3];
uniform vec3 uLightColour[3];
uniform float uLightSize[3];
uniform float uLightShadow[3];
// Height over width of each source's face (a window is tall): the glaze's highlights take its shape.
uniform float uLightAspect[3];
uniform vec3 uAmbient;
uniform float uVeil;
uniform vec3 uVeilColour;

out vec4 outColour;

bool draft;

const float BACKDROP_Z = -12.0;
const vec3 BOUND_CENTRE = vec3(0.0, -1.3, -0.1);
const float BOUND_RADIUS = 3.4;

float sdEllipsoid(vec3 p, vec3 r) {
  float k0 = length(p / r);
  float k1 = length(p / (r * r));
  return k0 * (k0 - 1.0) / k1;
}
float smin(float a, float b, float k) {
  float h = max(k - abs(a - b), 0.0) / k;
  return min(a, b) - h * h * k * 0.25;
}
float smax(float a, float b, float k) { return -smin(-a, -b, k); }
float sdCapsule(vec3 p, vec3 a, vec3 b, float r) {
  vec3 pa = p - a, ba = b - a;
  float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
  return length(pa - ba * h) - r;
}
float sdRoundCone(vec3 p, vec3 a, vec3 b, float r1, float r2) {
  vec3 ba = b - a;
  float l2 = dot(ba, ba);
  float rr = r1 - r2;
  float a2 = l2 - rr * rr;
  float il2 = 1.0 / l2;
  vec3 pa = p - a;
  float y = dot(pa, ba);
  float z = y - l2;
  vec3 xv = pa * l2 - ba * y;
  float x2 = dot(xv, xv);
  float y2 = y * y * l2;
  float z2 = z * z * l2;
  float k = sign(rr) * rr * rr * x2;
  if (sign(z) * a2 * z2 > k) return sqrt(x2 + z2) * il2 - r2;
  if (sign(y) * a2 * y2 < k) return sqrt(x2 + y2) * il2 - r1;
  return (sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
}

float eyes(vec3 p) {
  vec3 q = vec3(abs(p.x), p.y, p.z);
  return length(q - vec3(0.26, 0.08, 0.6)) - 0.135;
}

float head(vec3 p) {
  // Far from the head, its bounding sphere is distance enough (and skips a dozen shapes).
  float outer = length(p - vec3(0.0, -0.05, 0.15)) - 1.45;
  if (outer > 0.25) return outer;
  vec3 q = vec3(abs(p.x), p.y, p.z);
  float d = sdEllipsoid(p - vec3(0.0, 0.32, -0.15), vec3(0.8, 0.88, 0.95));
  d = smin(d, sdEllipsoid(p - vec3(0.0, -0.22, 0.2), vec3(0.58, 0.82, 0.72)), 0.3);
  d = smin(d, sdEllipsoid(p - vec3(0.0, -0.8, 0.33), vec3(0.47, 0.3, 0.45)), 0.3);
  // The chin, and the corners of the jaw below the ears.
  d = smin(d, sdEllipsoid(p - vec3(0.0, -0.97, 0.6), vec3(0.19, 0.15, 0.15)), 0.14);
  d = smin(d, sdEllipsoid(q - vec3(0.38, -0.74, 0.12), vec3(0.1, 0.14, 0.2)), 0.16);
  // The ears and the face's features each lie inside a sphere. Where that sphere is further than
  // the skull by more than the blends reach (0.16), its shapes cannot change the distance: skip
  // them (most points a shadow ray or the march visits are there).
  float outside = max(d, 0.0) + 0.2;
  if (length(q - vec3(0.73, 0.02, -0.12)) - 0.31 < outside) {
    d = smin(d, sdEllipsoid(q - vec3(0.73, 0.02, -0.12), vec3(0.1, 0.3, 0.18)), 0.05);
  }
  // The side planes of the face: past the cheekbones the face turns back toward the ears, at
  // about 60° to the camera, and below them it narrows toward the jaw (the plane tips down). On a
  // broad, flat face a key 45° to the side and 45° up lit the far cheek too; with these planes the
  // far side falls into shadow but for the lit triangle under the eye that Rembrandt lighting is
  // named for. Both returns below apply the cut, so its value is the same with the features or
  // without them.
  float sides = dot(q, vec3(0.852, -0.15, 0.5)) - 0.74;
  if (length(p - vec3(0.0, -0.12, 0.7)) - 0.82 > outside) return smax(d, sides, 0.1);
  // Cheekbones and the brow ridge: the planes a key light picks out.
  d = smin(d, sdEllipsoid(q - vec3(0.36, -0.12, 0.5), vec3(0.22, 0.15, 0.22)), 0.16);
  d = smin(d, sdEllipsoid(p - vec3(0.0, 0.3, 0.68), vec3(0.56, 0.11, 0.15)), 0.14);
  // Eye sockets, and the upper lids over the eyeballs (which sit back in them). A lid is a thin
  // shell over the top of its eyeball, its edge an arch above the eyeball's middle, as an open
  // eye's is (a lid standing off the eyeball down to its middle read as a half-shut eye).
  d = smax(d, -sdEllipsoid(q - vec3(0.26, 0.09, 0.84), vec3(0.19, 0.12, 0.15)), 0.1);
  vec3 lid = q - vec3(0.26, 0.08, 0.6);
  d = smin(d, max(length(lid) - 0.165, 0.07 - lid.y - 4.0 * lid.x * lid.x), 0.02);
  // Nose: bridge to tip, and the wings of the nostrils.
  // The tip stands well clear of the upper lip (about 2 cm, as on most faces), so a key high
  // above the camera throws the small shadow under it that butterfly lighting is named for.
  d = smin(d, sdRoundCone(p, vec3(0.0, 0.14, 0.8), vec3(0.0, -0.31, 1.06), 0.065, 0.09), 0.07);
  d = smin(d, length(q - vec3(0.1, -0.34, 0.9)) - 0.075, 0.05);
  // Lips, with the line between them.
  d = smin(d, sdEllipsoid(p - vec3(0.0, -0.5, 0.86), vec3(0.19, 0.06, 0.09)), 0.08);
  d = smin(d, sdEllipsoid(p - vec3(0.0, -0.62, 0.85), vec3(0.16, 0.07, 0.1)), 0.08);
  d = smax(d, -sdEllipsoid(p - vec3(0.0, -0.56, 0.96), vec3(0.17, 0.012, 0.07)), 0.02);
  return smax(d, sides, 0.1);
}

float body(vec3 p) {
  float d = sdCapsule(p, vec3(0.0, -0.7, -0.2), vec3(0.0, -1.9, -0.25), 0.43);
  float shoulders = sdEllipsoid(p - vec3(0.0, -2.4, -0.35), vec3(2.0, 0.6, 0.85));
  shoulders = smin(shoulders, sdEllipsoid(p - vec3(0.0, -3.3, -0.3), vec3(1.8, 1.2, 0.9)), 0.6);
  return smin(d, shoulders, 0.45);
}

float figure(vec3 p) {
  float h = head(p);
  // The eyes sit inside the head's bound: far from it they cannot be nearer than the head.
  if (h < 0.3) h = min(h, eyes(p));
  // Nothing of the body rises above y = -0.15 (the neck's top, less the blends' reach), so above
  // that, once the head is nearer by more than the blend's width, the body cannot change the sum.
  if (p.y + 0.15 - h > 0.15) return h;
  return smin(h, body(p), 0.15);
}

vec3 figureNormal(vec3 p) {
  const vec2 k = vec2(1.0, -1.0);
  const float h = 0.002;
  return normalize(k.xyy * figure(p + k.xyy * h) + k.yyx * figure(p + k.yyx * h) + k.yxy * figure(p + k.yxy * h) + k.xxx * figure(p + k.xxx * h));
}

/** Distance along the ray to the bounding sphere's near and far sides, or -1. */
vec2 bound(vec3 ro, vec3 rd) {
  vec3 oc = ro - BOUND_CENTRE;
  float b = dot(oc, rd);
  float c = dot(oc, oc) - BOUND_RADIUS * BOUND_RADIUS;
  float h = b * b - c;
  if (h < 0.0) return vec2(-1.0);
  h = sqrt(h);
  return vec2(-b - h, -b + h);
}

/** Soft shadow: the penumbra cone's half-angle has tangent w, the source's angular radius. */
float softShadow(vec3 ro, vec3 rd, float w, float maxT) {
  vec2 b = bound(ro, rd);
  if (b.y < 0.0) return 1.0;
  // A start jittered by position turns the march's banding into fine grain the samples average.
  float t = max(0.02, b.x) + 0.03 * fract(sin(dot(ro, vec3(12.9898, 78.233, 37.719))) * 43758.5453);
  float tEnd = min(maxT, b.y);
  float res = 1.0;
  // A draft takes longer strides and gives up sooner: its shadow edges may band, briefly.
  int steps = draft ? 20 : 56;
  float stride = draft ? 0.4 : 0.2;
  for (int i = 0; i < 56; i++) {
    if (t > tEnd || i >= steps) break;
    float h = figure(ro + rd * t);
    res = min(res, h / (w * t));
    t += clamp(h, 0.02, stride);
    if (res < -1.0) break;
  }
  res = max(res, -1.0);
  return 0.25 * (1.0 + res) * (1.0 + res) * (2.0 - res);
}

float occlusion(vec3 p, vec3 n) {
  float occ = 0.0;
  float scale = 1.0;
  for (int i = 1; i <= 4; i++) {
    float h = 0.06 * float(i);
    occ += (h - figure(p + n * h)) * scale;
    scale *= 0.7;
  }
  return clamp(1.0 - 2.2 * occ, 0.0, 1.0);
}

/** A sphere light's diffuse term: clipped at the horizon, so broad sources wrap round forms. */
vec3 sphereDiffuse(float ndl, vec3 sinA) {
  vec3 outside = (ndl + sinA) * (ndl + sinA) / (4.0 * sinA);
  vec3 inside = vec3(ndl);
  return mix(max(outside, 0.0) * step(-sinA, vec3(ndl)), inside, step(sinA, vec3(ndl)));
}

/**
 * Glazed white ceramic: a glossy glaze over a white body. Lead and zinc glazes have a refractive
 * index of about 1.7, so they reflect ((1.7 − 1) / (1.7 + 1))² ≈ 6.7 % head-on.
 */
const float GLAZE_F0 = 0.067;

/**
 * How much of a source the mirror direction r sees: 1 inside the source's face, fading to 0 over
 * a soft edge. The face is an ellipse round the direction toward the light, its half-height the
 * source's angular radius and its half-width that over its aspect (a window is tall and narrow).
 */
float sourceSeen(vec3 r, vec3 toLight, float size, float aspect) {
  float along = dot(r, toLight);
  if (along <= 0.0) return 0.0;
  vec3 across = normalize(abs(toLight.y) > 0.99 ? cross(toLight, vec3(0.0, 0.0, 1.0)) : cross(toLight, vec3(0.0, 1.0, 0.0)));
  vec3 upward = cross(across, toLight);
  vec2 offset = vec2(dot(r, across), dot(r, upward)) / along;
  float e = length(offset / vec2(size / aspect, size));
  // The edge softens with the source's size; diffused sources are brighter in the middle.
  return (1.0 - smoothstep(0.75, 1.2, e)) * (1.25 - 0.4 * min(e * e, 1.0));
}

vec3 shade(vec3 p, vec3 n, vec3 v, int surface) {
  // surface: 0 backdrop, 1 skin or plaster or glaze, 2 eye, 3 clothing.
  bool skin = MATERIAL == 1;
  bool glazed = MATERIAL == 2 && surface != 0;
  vec3 albedo = vec3(0.34);
  if (surface == 1) albedo = skin ? vec3(0.72, 0.42, 0.31) : vec3(0.72);
  if (surface == 3) albedo = skin ? vec3(0.05, 0.055, 0.07) : vec3(0.72);
  if (surface == 2) {
    // The iris faces forward; round it is the white of the eye.
    float iris = smoothstep(0.8, 0.86, dot(n, normalize(vec3(0.0, 0.05, 1.0))));
    albedo = skin ? mix(vec3(0.55, 0.5, 0.48), vec3(0.05, 0.03, 0.02), iris) : vec3(0.72);
  }
  // The glaze reflects a share of the light (more at grazing angles, Schlick's Fresnel) and the
  // white body under it scatters the rest.
  float grazing = pow(1.0 - max(dot(n, v), 0.0), 5.0);
  float fresnel = GLAZE_F0 + (1.0 - GLAZE_F0) * grazing;
  if (glazed) albedo = vec3(0.8, 0.79, 0.76) * (1.0 - fresnel);
  float ao = surface == 0 || draft ? 1.0 : occlusion(p, n);
  vec3 colour = albedo * uAmbient * ao * (0.6 + 0.4 * n.y);
  // The room round the set mirrored in the glaze: a faint sheen, brighter toward the edges.
  if (glazed) colour += uAmbient * ao * fresnel * 2.0;
  // Subsurface light in skin spills red past the terminator and into the shadow's edge.
  vec3 spill = (skin && surface == 1) ? vec3(0.22, 0.07, 0.04) : vec3(0.0);
  vec3 r = reflect(-v, n);
  // Each light's light at the point and its direction, kept for the glaze's reflections below.
  vec3 lits[3];
  vec3 toLights[3];
  for (int i = 0; i < 3; i++) {
    lits[i] = vec3(0.0);
    toLights[i] = uLightDir[i];
    if (dot(uLightColour[i], uLightColour[i]) == 0.0) continue;
    vec3 toLight = uLightDir[i];
    float falloff = 1.0;
    float maxT = 200.0;
    if (uLightDist[i] > 0.0) {
      vec3 lightPos = uLightDir[i] * uLightDist[i];
      vec3 d = lightPos - p;
      float dist = length(d);
      toLight = d / dist;
      falloff = (uLightDist[i] * uLightDist[i]) / (dist * dist);
      // A lamp faces the subject, and its diffuser sends light out as a flat panel does: less
      // the further off its axis (the cosine), none backwards. So a rim behind the subject
      // lights the subject's edge, hardly the backdrop beside it.
      falloff *= max(dot(toLight, uLightDir[i]), 0.0);
      maxT = dist;
    }
    float sinA = uLightSize[i] / sqrt(1.0 + uLightSize[i] * uLightSize[i]);
    float ndl = dot(n, toLight);
    vec3 diffuse = sphereDiffuse(ndl, min(vec3(sinA) + spill, vec3(0.98)));
    if (max(diffuse.r, max(diffuse.g, diffuse.b)) <= 0.0) continue;
    vec3 shadow = vec3(1.0);
    if (uLightShadow[i] > 0.5) {
      // Broad sources graze the surface near the terminator: start their rays further out.
      float s = softShadow(p + n * (0.015 + 0.04 * min(uLightSize[i], 1.0)), toLight, max(uLightSize[i], 0.004), maxT);
      shadow = skin && surface == 1 ? pow(vec3(s), vec3(0.6, 1.0, 1.15)) : vec3(s);
    }
    vec3 lit = uLightColour[i] * falloff * shadow;
    lits[i] = lit;
    toLights[i] = toLight;
    colour += albedo * diffuse * lit;
    if (!glazed && surface != 0) {
      // Reflections: a broad sheen on skin, and the catch-light where the eye mirrors the source.
      float cosToSource = dot(r, toLight);
      float angle = max(atan(uLightSize[i]), 0.03);
      if (surface == 2) {
        colour += lit * 1.4 * smoothstep(cos(angle * 1.15), cos(angle * 0.85), cosToSource);
      } else if (surface == 1) {
        // Even a matte surface turns shiny at grazing angles (Fresnel): that sheen is most of
        // what makes a rim light draw a bright line along the edge.
        float sheen = (skin ? 0.06 : 0.015) * (1.0 + 24.0 * grazing);
        float spread = angle + 0.35;
        colour += lit * sheen * smoothstep(cos(spread), 1.0, cosToSource) * step(0.0, ndl);
      }
    }
  }
  // Glaze: each source's mirror image, as bright as the source itself. The light a source sends
  // is spread over its solid angle (about π·w·h for half-sizes w, h), so a small source makes a
  // small, intense highlight and a large one a broad, gentler one. On other surfaces the
  // compiler drops this loop: MATERIAL is a constant.
  int mirrored = glazed ? 3 : 0;
  for (int i = 0; i < mirrored; i++) {
    float size = max(uLightSize[i], 0.012);
    colour += lits[i] * fresnel * sourceSeen(r, toLights[i], size, uLightAspect[i]) * uLightAspect[i] / (size * size);
  }
  return colour;
}

vec3 render(vec2 pixel) {
  vec2 uv = (2.0 * pixel - uResolution) / uResolution.y;
  vec3 ro = vec3(${f(position.x)}, ${f(position.y)}, ${f(position.z)});
  vec3 target = vec3(${f(target.x)}, ${f(target.y)}, ${f(target.z)});
  vec3 fw = normalize(target - ro);
  vec3 rt = normalize(cross(fw, vec3(0.0, 1.0, 0.0)));
  vec3 up = cross(rt, fw);
  vec3 rd = normalize(fw + (uv.x * rt + uv.y * up) * ${f(halfHeightTan)});

  float tBackdrop = (BACKDROP_Z - ro.z) / rd.z;
  vec2 b = bound(ro, rd);
  if (b.y > 0.0) {
    float t = max(b.x, 0.0);
    // A draft stops at a coarser distance: a few pixels' worth at its lower resolution.
    float hit = draft ? 0.003 : 0.0008;
    int steps = draft ? 64 : 110;
    for (int i = 0; i < 110; i++) {
      if (i >= steps) break;
      vec3 p = ro + rd * t;
      float d = figure(p);
      if (d < hit * t) {
        vec3 n = figureNormal(p);
        int surface = eyes(p) < 0.004 ? 2 : (p.y < -1.75 - 0.1 * p.x * p.x ? 3 : 1);
        return shade(p, n, -rd, surface);
      }
      t += d;
      if (t > b.y) break;
    }
  }
  vec3 p = ro + rd * tBackdrop;
  return shade(p, vec3(0.0, 0.0, 1.0), -rd, 0);
}

/** One sample of the picture at a point of the pixel grid, tone-mapped and in display gamma. */
vec3 displayed(vec2 at) {
  vec3 c = render(at);
  c = mix(c, uVeilColour * 0.55, uVeil);
  // A soft shoulder instead of clipping, then display gamma.
  c = 1.0 - exp(-1.5 * c);
  return pow(c, vec3(1.0 / 2.2));
}

/**
 * A full frame comes in two passes. The first takes one sample at each pixel's centre. The second
 * takes uSamples × uSamples where the first pass shows an edge (a pixel differs from a neighbour
 * by more than EDGE_CONTRAST: a silhouette, a hard shadow line, the iris), and keeps the first
 * pass elsewhere, where one sample is as good as four. An edge is a small share of the frame, so
 * this costs well under half of sampling every pixel four times, for the same edges.
 */
const float EDGE_CONTRAST = 0.04;

void main() {
  draft = uDraft > 0.5;
  // Samples per side: one in the first pass (and in a draft), uSamples on an edge in the second.
  int perSide = 1;
  if (uPass == 1) {
    ivec2 pixel = ivec2(gl_FragCoord.xy);
    vec3 first = texelFetch(uFirstPass, pixel, 0).rgb;
    ivec2 last = ivec2(uResolution) - 1;
    float contrast = 0.0;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        vec3 d = abs(texelFetch(uFirstPass, clamp(pixel + ivec2(dx, dy), ivec2(0), last), 0).rgb - first);
        contrast = max(contrast, max(d.r, max(d.g, d.b)));
      }
    }
    if (contrast < EDGE_CONTRAST) {
      outColour = vec4(first, 1.0);
      return;
    }
    perSide = uSamples;
  }
  // One call of render() in the whole shader: a software GPU compiles each call site in full.
  vec3 sum = vec3(0.0);
  for (int sy = 0; sy < 2; sy++) {
    for (int sx = 0; sx < 2; sx++) {
      if (sx >= perSide || sy >= perSide) continue;
      vec2 offset = (vec2(float(sx), float(sy)) + 0.5) / float(perSide);
      sum += displayed(gl_FragCoord.xy - 0.5 + offset);
    }
  }
  outColour = vec4(sum / float(perSide * perSide), 1.0);
}
`;
