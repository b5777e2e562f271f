import { STUDY_CAMERA_HEIGHT_M } from '../../../lib/optics/study';

/**
 * The lens study as a WebGL2 fragment shader: a person at the focus distance, sharp, in front of
 * a night street (facade, lit windows, shop fronts, a string of lights and street lamps) standing
 * a fixed distance behind, and a string of small bulbs in the foreground. Lengths are metres on each plane; the frame maps onto a plane at
 * distance D with the field of view's tangent, so a longer lens sees a smaller part of the street.
 *
 * The street is blurred by its blur disc: large shapes (windows, roof lines) by their coverage of
 * a box of the disc's size (exact for the average, close for the edge), point lights by drawing
 * the disc itself in the aperture's shape, with its energy spread over the disc's area, and the
 * barrel's cat's-eye clip toward the frame's edges.
 */
const f = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

export const LENS_STUDY_FRAGMENT = /* glsl */ `#version 300 es
precision highp float;

uniform vec2 uResolution;
uniform float uHalfTan;
uniform float uSubjectM;
uniform float uBackgroundM;
uniform float uBlurPx;
uniform float uForeM;
uniform float uForeBlurPx;
uniform float uBlades;
uniform float uPoly;
uniform float uCatsEye;

out vec4 outColour;

const float CAMERA_Y = ${f(STUDY_CAMERA_HEIGHT_M)};
const float PI = 3.14159265;

float hash(float n) { return fract(sin(n * 127.1) * 43758.5453); }
float hash2(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }

/** Pixels per metre on a plane at distance d. */
float scaleAt(float d) { return (uResolution.y * 0.5) / (d * uHalfTan); }
vec2 toPlane(vec2 px, float d) {
  float k = scaleAt(d);
  return vec2((px.x - uResolution.x * 0.5) / k, CAMERA_Y + (px.y - uResolution.y * 0.5) / k);
}
vec2 toPixel(vec2 m, float d) {
  float k = scaleAt(d);
  return vec2(uResolution.x * 0.5 + m.x * k, uResolution.y * 0.5 + (m.y - CAMERA_Y) * k);
}

/** Share of [a, b] that a box of half-width h centred at x covers. */
float cover(float x, float h, float a, float b) {
  return max(0.0, min(x + h, b) - max(x - h, a)) / (2.0 * h);
}

/** The aperture's outline radius (1 = round) in direction angle, 0 = up. */
float apertureRadius(float angle) {
  float sector = 2.0 * PI / uBlades;
  float local = mod(angle, sector);
  float polygon = cos(PI / uBlades) / cos(local - PI / uBlades);
  return 1.0 - uPoly * (1.0 - polygon);
}

/** How much of a pixel at offset o from a highlight's centre c lies inside its disc of radius r. */
float disc(vec2 o, float r, vec2 c) {
  float inside = clamp(apertureRadius(atan(o.x, o.y)) * r - length(o) + 0.5, 0.0, 1.0);
  vec2 fromCentre = c - uResolution * 0.5;
  float amount = clamp(length(fromCentre) / length(uResolution * 0.5), 0.0, 1.0) * uCatsEye;
  if (amount > 0.0 && inside > 0.0) {
    vec2 dir = fromCentre / max(length(fromCentre), 0.001);
    inside *= clamp(r - length(o + dir * 0.9 * amount * r) + 0.5, 0.0, 1.0);
  }
  return inside;
}

const vec3 WARM = vec3(1.0, 0.62, 0.3);
const vec3 SHOP = vec3(1.0, 0.78, 0.5);
const vec3 SKY_TOP = vec3(0.005, 0.012, 0.04);
const vec3 SKY_LOW = vec3(0.03, 0.04, 0.08);
const vec3 WALL = vec3(0.02, 0.018, 0.017);
const vec2 SIGN = vec2(1.9, 2.95);
const vec3 SIGN_COLOUR = vec3(0.05, 0.9, 0.6);

/** The facade, sky and shop fronts at m (metres), blurred by a box of half-width h. */
vec3 street(vec2 m, float h) {
  // Roof lines step between buildings 9 m wide, 9–15 m high.
  float block = floor(m.x / 9.0);
  float roof = 9.0 + 6.0 * hash(block + 3.0);
  float wall = cover(m.y, h, -50.0, roof);
  vec3 sky = mix(SKY_LOW, SKY_TOP, clamp((m.y - 8.0) / 20.0, 0.0, 1.0));
  vec3 colour = mix(sky, WALL, wall);
  // Windows: 1 × 1.5 m on a 2 × 3 m grid above the shops; some lit, some dark.
  vec2 period = vec2(2.0, 3.0);
  float lit = 0.0;
  if (h > 1.6 * period.x) {
    lit = 0.5 * (1.0 * 1.5) / (period.x * period.y) * cover(m.y, h, 3.2, roof - 1.0);
  } else {
    float x0 = floor((m.x - h) / period.x);
    float x1 = floor((m.x + h) / period.x);
    float y0 = max(1.0, floor((m.y - h) / period.y));
    float y1 = floor((m.y + h) / period.y);
    for (float i = x0; i <= x1; i += 1.0) {
      float cx = cover(m.x, h, i * period.x + 0.5, i * period.x + 1.5);
      if (cx <= 0.0) continue;
      for (float j = y0; j <= y1; j += 1.0) {
        float top = j * period.y + 2.2;
        if (top > 9.0 + 6.0 * hash(floor((i * period.x + 1.0) / 9.0) + 3.0) - 1.0) continue;
        float on = step(0.5, hash2(vec2(i, j)));
        lit += on * (0.6 + 0.8 * hash2(vec2(j, i))) * cx * cover(m.y, h, top - 1.5, top);
      }
    }
  }
  colour += WARM * 0.3 * lit;
  // Shop fronts along the ground floor, lit from inside, 4 m wide with 1 m between them;
  // glazing bars every 1.2 m, a dark band at the bottom and a fascia above.
  float front = cover(m.y, h, 0.5, 2.7) * cover(mod(m.x, 5.0), min(h, 2.5), 0.5, 4.5);
  float bars = cover(mod(m.x, 1.2), min(h, 0.6), 0.0, 0.08);
  float glow = 0.5 + 0.5 * hash(floor(m.x / 5.0) + 11.0);
  colour += SHOP * 0.14 * glow * front * (1.0 - 0.85 * bars);
  // A round neon sign over a shop, 0.5 m across: one thing of known size on the street.
  float sign = clamp((0.25 - length(m - SIGN)) / (2.0 * h) + 0.5, 0.0, 1.0);
  colour += SIGN_COLOUR * sign;
  colour -= 0.6 * WALL * cover(m.y, h, 2.75, 3.15) * cover(mod(m.x, 5.0), min(h, 2.5), 0.3, 4.7);
  return colour;
}

/** Lights too small to see as shapes when sharp: a string of bulbs and the street lamps. */
vec3 highlights(vec2 px, float radiusPx, float k) {
  vec3 sum = vec3(0.0);
  vec2 m = toPlane(px, uBackgroundM);
  float reach = (radiusPx + 2.0) / k;
  // A string of bulbs 0.9 m apart sagging between posts, 2.3–2.7 m up.
  float spacing = 0.9;
  float first = floor((m.x - reach) / spacing);
  float last = floor((m.x + reach) / spacing) + 1.0;
  if (last - first > 40.0) {
    // Heavily blurred, the discs overlap into a glowing band: its average.
    float band = cover(m.y, max(reach, 0.2), 2.2, 2.8);
    sum += vec3(1.0, 0.85, 0.6) * 0.02 * 3.0 * band / spacing * (4.0 / k);
  } else {
    for (float i = first; i <= last; i += 1.0) {
      float x = i * spacing + 0.3;
      float y = 2.3 + 0.4 * pow(abs(mod(x, 9.0) - 4.5) / 4.5, 2.0);
      vec2 c = toPixel(vec2(x, y), uBackgroundM);
      float sharp = max(0.02 * k, 0.7);
      float r = max(radiusPx, sharp);
      float energy = 8.0 * sharp * sharp / (r * r);
      sum += vec3(1.0, 0.85, 0.6) * energy * disc(px - c, r, c) * (0.6 + 0.8 * hash(i));
    }
  }
  // Lamps and displays inside the shops: one light in some cells of a 0.8 × 0.6 m grid.
  vec2 cell = vec2(0.8, 0.6);
  vec2 lo = floor((m - reach) / cell);
  vec2 hi = floor((m + reach) / cell);
  lo.y = max(lo.y, 1.0);
  hi.y = min(hi.y, 3.0);
  if ((hi.x - lo.x) * (hi.y - lo.y + 1.0) > 60.0) {
    sum += SHOP * 0.05 * cover(m.y, max(reach, 0.2), 0.6, 2.4) * (4.0 / k);
  } else {
    for (float i = lo.x; i <= hi.x; i += 1.0) {
      for (float j = lo.y; j <= hi.y; j += 1.0) {
        vec2 id = vec2(i, j);
        if (hash2(id) < 0.45) continue;
        vec2 at = (id + vec2(0.2 + 0.6 * hash2(id + 7.0), 0.2 + 0.6 * hash2(id + 3.0))) * cell;
        if (mod(at.x, 5.0) < 0.6 || mod(at.x, 5.0) > 4.4) continue;
        vec2 c = toPixel(at, uBackgroundM);
        float sharp = max(0.025 * k, 0.7);
        float r = max(radiusPx, sharp);
        vec3 tint = mix(vec3(1.0, 0.7, 0.4), vec3(0.7, 0.85, 1.0), step(0.85, hash2(id + 1.0)));
        sum += tint * 6.0 * sharp * sharp / (r * r) * disc(px - c, r, c);
      }
    }
  }
  // Street lamps every 12 m, 4.5 m up, brighter and warmer.
  float lampFirst = floor((m.x - reach) / 12.0);
  float lampLast = floor((m.x + reach) / 12.0) + 1.0;
  for (float i = lampFirst; i <= lampLast; i += 1.0) {
    if (i - lampFirst > 12.0) break;
    vec2 c = toPixel(vec2(i * 12.0 + 5.0, 4.5), uBackgroundM);
    float sharp = max(0.08 * k, 0.9);
    float r = max(radiusPx, sharp);
    sum += vec3(1.0, 0.55, 0.22) * 12.0 * sharp * sharp / (r * r) * disc(px - c, r, c);
  }
  return sum;
}

/**
 * The foreground: a string of small bulbs (1 cm) sagging across the frame's lower left corner,
 * nearer the camera than the person, so the lens blurs them into discs of the foreground's size.
 */
vec3 foregroundBulbs(vec2 px) {
  vec3 sum = vec3(0.0);
  float sharp = max(0.005 * scaleAt(uForeM), 0.7);
  float r = max(0.5 * uForeBlurPx, sharp);
  for (int i = 0; i < 6; i++) {
    float t = float(i) / 5.0;
    vec2 c = uResolution * vec2(0.03 + 0.3 * t, 0.34 - 0.3 * t + 0.08 * sin(3.14159 * t));
    sum += vec3(1.0, 0.72, 0.42) * 2.5 * sharp * sharp / (r * r) * disc(px - c, r, c);
  }
  return sum;
}

float sdEllipse(vec2 p, vec2 r) {
  float k0 = length(p / r);
  float k1 = length(p / (r * r));
  return k0 * (k0 - 1.0) / k1;
}
float sdBox(vec2 p, vec2 b) {
  vec2 d = abs(p) - b;
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}
float smin(float a, float b, float k) {
  float h = max(k - abs(a - b), 0.0) / k;
  return min(a, b) - h * h * k * 0.25;
}

/** The person, in metres on their plane: hair, head, ears, neck, shoulders. */
float person(vec2 p) {
  vec2 q = vec2(abs(p.x), p.y);
  float head = smin(sdEllipse(p - vec2(0.0, 1.665), vec2(0.083, 0.1)), sdEllipse(p - vec2(0.0, 1.6), vec2(0.066, 0.088)), 0.03);
  head = min(head, sdEllipse(p - vec2(0.0, 1.69), vec2(0.092, 0.1)));
  head = min(head, sdEllipse(q - vec2(0.083, 1.625), vec2(0.014, 0.03)));
  float neck = sdBox(p - vec2(0.0, 1.46), vec2(0.048, 0.08));
  float shoulders = sdEllipse(p - vec2(0.0, 1.3), vec2(0.23, 0.1));
  float torso = sdBox(p - vec2(0.0, 0.8), vec2(0.2, 0.5)) - 0.02;
  return min(smin(head, neck, 0.03), smin(shoulders, torso, 0.1));
}

/** Coverage of a shape with signed distance d (metres), anti-aliased over one pixel. */
float fillOf(float d) {
  return clamp(0.5 - d * scaleAt(uSubjectM), 0.0, 1.0);
}

/**
 * The face's features, painted on the rounded head at an adult's proportions (eyes halfway down
 * the head, brows above them, the nose ending a third of the way to the chin, the mouth below):
 * sockets, eyes with irises, brows, the nose's shadow on the side away from the key, the lips.
 * Enough for the eye to read a person, so the comparison of lenses is about the lens.
 */
/** Coverage of a soft-edged shape: fades over w metres either side of its outline. */
float softFill(float d, float w) {
  return 1.0 - smoothstep(-w, w, d);
}

vec3 faceDetail(vec2 p, vec3 albedo, float diffuse, float face) {
  vec2 q = vec2(abs(p.x), p.y);
  float light = 0.08 + 0.9 * diffuse;
  // Sockets and the shade under the brow ridge, soft-edged as forms in light are.
  light *= 1.0 - 0.22 * softFill(sdEllipse(q - vec2(0.033, 1.656), vec2(0.02, 0.011)), 0.007);
  // Nose (the key stands front left): a shadow down its far side and under its tip, a highlight on its ridge.
  float noseSide = softFill(sdBox(p - vec2(0.012, 1.62), vec2(0.003, 0.022)), 0.004);
  float noseBase = softFill(sdEllipse(p - vec2(0.004, 1.597), vec2(0.014, 0.004)), 0.003);
  light *= (1.0 - 0.35 * noseSide) * (1.0 - 0.45 * noseBase);
  light *= 1.0 + 0.18 * softFill(sdBox(p - vec2(-0.004, 1.624), vec2(0.002, 0.02)), 0.003);
  // Under the lower lip.
  light *= 1.0 - 0.25 * softFill(sdEllipse(p - vec2(0.0, 1.553), vec2(0.018, 0.003)), 0.003);
  vec3 colour = albedo * light;
  // Lips, the upper a little darker, with the line between them.
  float lips = fillOf(sdEllipse(p - vec2(0.0, 1.569), vec2(0.023, 0.0085)));
  float upper = step(1.569, p.y);
  colour = mix(colour, vec3(0.42, 0.17, 0.14) * light * (1.0 - 0.25 * upper), lips * face);
  colour *= 1.0 - 0.7 * fillOf(sdBox(p - vec2(0.0, 1.569), vec2(0.021, 0.0008)));
  // Eyes: the white in shade of the lid, the iris, and a catch-light from the key.
  vec2 eye = q - vec2(0.032, 1.653);
  float white = fillOf(sdEllipse(eye, vec2(0.0135, 0.0055)));
  float iris = fillOf(length(eye - vec2(-0.001, 0.0)) - 0.0052) * white;
  vec3 eyeColour = mix(vec3(0.42, 0.36, 0.32) * (0.25 + 0.5 * light), vec3(0.06, 0.035, 0.02), iris);
  // The key stands front left, so both catch-lights sit up and to the left in the iris.
  vec2 eyeInFrame = p - vec2(sign(p.x) * 0.032, 1.653);
  eyeColour += vec3(0.9) * fillOf(length(eyeInFrame - vec2(-0.002, 0.002)) - 0.0012) * iris;
  colour = mix(colour, eyeColour, white * face);
  colour *= 1.0 - 0.6 * fillOf(sdEllipse(eye - vec2(0.0, 0.0045), vec2(0.0145, 0.0016)));
  // Brows.
  float brow = fillOf(sdEllipse(q - vec2(0.034, 1.6735 - 0.02 * (q.x - 0.03) * (q.x - 0.03) * 40.0), vec2(0.019, 0.0032)));
  colour = mix(colour, vec3(0.04, 0.028, 0.02), 0.85 * brow * face);
  return colour;
}

vec3 shadePerson(vec2 p) {
  // A soft key from the left front: the head and shoulders shaded as rounded forms.
  vec3 light = normalize(vec3(-0.6, 0.35, 0.75));
  vec2 h = (p - vec2(0.0, 1.645)) / vec2(0.09, 0.12);
  if (p.y > 1.43) {
    vec3 n = normalize(vec3(h, sqrt(max(0.0, 1.0 - dot(h, h)))));
    float diffuse = max(0.0, dot(n, light));
    vec3 skin = vec3(0.55, 0.3, 0.2);
    // Hair over the top and sides, its line lower at the temples.
    float hairline = 1.665 + 0.05 * (1.0 - pow(abs(p.x) / 0.09, 2.0));
    float hair = smoothstep(-0.004, 0.004, p.y - hairline) * step(abs(p.x), 0.095);
    hair = max(hair, step(0.082, abs(p.x)) * step(1.655, p.y));
    vec3 albedo = mix(skin, vec3(0.03, 0.02, 0.015), hair);
    float face = 1.0 - hair;
    if (face <= 0.0) return albedo * (0.08 + 0.9 * diffuse);
    // A warm sheen where the face turns away toward its edges.
    return faceDetail(p, albedo, diffuse, face) + vec3(0.4, 0.3, 0.2) * 0.12 * pow(1.0 - n.z, 3.0) * face;
  }
  vec2 s = (p - vec2(0.0, 1.2)) / vec2(0.26, 0.45);
  vec3 n = normalize(vec3(s.x, 0.3, sqrt(max(0.05, 1.0 - s.x * s.x))));
  return vec3(0.06, 0.07, 0.09) * (0.15 + 0.9 * max(0.0, dot(n, light)));
}

void main() {
  vec2 px = gl_FragCoord.xy;
  float kBack = scaleAt(uBackgroundM);
  float radiusPx = 0.5 * uBlurPx;
  // Half-width of the box that spreads the street's shapes as far as its blur disc does.
  float h = max(radiusPx * 0.8, 0.5) / kBack;
  vec3 colour = street(toPlane(px, uBackgroundM), h) + highlights(px, radiusPx, kBack);

  float kSubject = scaleAt(uSubjectM);
  vec2 p = toPlane(px, uSubjectM);
  float inside = clamp(0.5 - person(p) * kSubject, 0.0, 1.0);
  if (inside > 0.0) colour = mix(colour, shadePerson(p), inside);
  colour += foregroundBulbs(px);

  colour = 1.0 - exp(-1.4 * colour);
  outColour = vec4(pow(colour, vec3(1.0 / 2.2)), 1.0);
}
`;
