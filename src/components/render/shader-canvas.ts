/**
 * A canvas drawn by one full-screen fragment shader (WebGL2), shared by the lighting and lens
 * study renders. The drawing buffer is preserved, so tests and the stills script can read the
 * pixels with toDataURL(). When the GPU has finished a frame (a fence, not a guess), the canvas's
 * data-frame attribute goes up by one and data-frame-ms records how long the frame took.
 *
 * Each frame is drawn off screen at its own size and copied onto the canvas, which keeps the
 * size its markup gives it: a draft is scaled up when it is done, and a full frame replaces the
 * picture band by band as its rows finish. So the reader always sees the last picture until the
 * next one covers it (resizing the canvas, as this once did, blanked it to black between frames,
 * which a software GPU showed for seconds).
 */
/** One triangle that covers the whole viewport; the fragment shader does all the work. */
const FULL_SCREEN_VERTEX = `#version 300 es
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
`;

/**
 * Each band of a frame aims to take about this long, and has at least this many rows. The GPU
 * idles between a band's end and the page noticing it, so longer bands waste less: on SwiftShader
 * a full lighting frame took about 1.9 s in 16 ms bands and 1.6 s in 50 ms ones
 * (scripts/render-bench.mjs), with no long main-thread task while dragging in either.
 */
const BAND_TARGET_MS = 50;
const BAND_MIN_ROWS = 4;
/**
 * Bands sent to the GPU before the first of them is waited for. Two keep a software GPU busy
 * between bands (drafts about 10 % quicker) but, measured with scripts/render-bench.mjs on
 * SwiftShader, doubled the longest main-thread task while dragging (about 120 ms against 55 ms):
 * the page's own GL calls wait for whatever is queued. One it is.
 */
const BANDS_IN_FLIGHT = 1;

export type Uniform =
  | { kind: 'float'; value: number }
  | { kind: 'int'; value: number }
  | { kind: 'vec2'; value: readonly [number, number] }
  | { kind: 'vec3'; value: readonly [number, number, number] }
  | { kind: 'float[]'; value: readonly number[] }
  | { kind: 'vec2[]'; value: readonly number[] }
  | { kind: 'vec3[]'; value: readonly number[] }
  | { kind: 'vec4[]'; value: readonly number[] };

export type Uniforms = Record<string, Uniform>;

/** One frame to draw. */
export interface FrameRequest {
  uniforms: Uniforms;
  /** The frame's size (scaled to the canvas when it is another size). */
  width: number;
  height: number;
  /** Written to the canvas as data-<name> once the frame is done, so a reader of the pixels knows what they show. */
  tags?: Record<string, string>;
  /** The first band's height: the frame is drawn in bands, one after another. */
  bandRows?: number;
  /**
   * Two passes: the shader's int uniform uPass is 0, then 1, and in the second it reads the first
   * pass's picture from the sampler uFirstPass (to spend more samples only where neighbouring
   * pixels differ: edges). The first pass is shown as it arrives.
   */
  refine?: boolean;
}

export interface ShaderCanvas {
  /** Draws one frame. Once the GPU is done, data-frame goes up and the frame's tags are written to the canvas. */
  draw(frame: FrameRequest): void;
  /** True once a frame (or part of one) is on the canvas: before that the canvas is black. */
  readonly presented: boolean;
  dispose(): void;
}

/** Why WebGL2 could not draw, in words for the reader, or null when it can. */
export function webgl2Problem(): string | null {
  if (typeof document === 'undefined') return 'the page has not loaded in a browser yet';
  if (typeof WebGL2RenderingContext === 'undefined') return 'this browser does not support WebGL2';
  return null;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('could not create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  return shader;
}

/** How often a page checks whether the GPU has finished building the shader. */
const BUILD_POLL_MS = 16;

/**
 * Sets up the canvas for `fragment`. Returns a reason in words when WebGL2 is missing, so the
 * widget can say why it shows its simpler drawing; `onProblem` gets one later if the shader
 * cannot be built or the context is lost.
 *
 * Building a ray-marching shader takes the GPU process a long time (hundreds of milliseconds on a
 * software GPU), and asking whether it has linked waits for that on the main thread. Where the
 * browser offers KHR_parallel_shader_compile the page asks whether the build has finished
 * instead, between tasks, and draws once it has; frames asked for before then wait.
 */
export function createShaderCanvas(
  canvas: HTMLCanvasElement,
  fragment: string,
  onProblem: (reason: string) => void,
  onFrame: () => void = () => {},
): ShaderCanvas | string {
  const problem = webgl2Problem();
  if (problem) return problem;
  const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true, antialias: false, alpha: false, powerPreference: 'high-performance' });
  if (!gl) return 'this browser or device has WebGL2 turned off or unavailable';
  const parallel = gl.getExtension('KHR_parallel_shader_compile') as { COMPLETION_STATUS_KHR: number } | null;
  const program = gl.createProgram();
  const shaders = [compile(gl, gl.VERTEX_SHADER, FULL_SCREEN_VERTEX), compile(gl, gl.FRAGMENT_SHADER, fragment)];
  for (const shader of shaders) gl.attachShader(program, shader);
  gl.linkProgram(program);
  /** 'building' until the GPU has linked the program (then 'ready'), or 'failed'. */
  let build: 'building' | 'ready' | 'failed' = 'building';
  let buildPoll = 0;
  const finishBuild = () => {
    buildPoll = 0;
    if (build !== 'building' || lost) return;
    if (parallel && !gl.getProgramParameter(program, parallel.COMPLETION_STATUS_KHR)) {
      buildPoll = window.setTimeout(finishBuild, BUILD_POLL_MS);
      return;
    }
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
      build = 'failed';
      console.warn('Study render shader:', gl.getProgramInfoLog(program), ...shaders.map((shader) => gl.getShaderInfoLog(shader)));
      onProblem('the graphics driver could not build the render');
      return;
    }
    build = 'ready';
    if (queued) {
      const next = queued;
      queued = null;
      start(next);
    }
  };
  const vertexArray = gl.createVertexArray();
  /** Off-screen targets, one per frame size (full and draft): a texture behind a framebuffer. */
  const targets = new Map<string, { framebuffer: WebGLFramebuffer; texture: WebGLTexture }>();
  const targetFor = (width: number, height: number, pass: number) => {
    const key = `${width}x${height}:${pass}`;
    let target = targets.get(key);
    if (!target) {
      const texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height);
      gl.bindTexture(gl.TEXTURE_2D, null);
      const framebuffer = gl.createFramebuffer();
      gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
      target = { framebuffer, texture };
      targets.set(key, target);
    }
    return target;
  };
  /** Copies rows [from, to) of the frame onto the canvas, scaled to the canvas's size. */
  let presented = false;
  const present = (target: WebGLFramebuffer, width: number, height: number, from: number, to: number) => {
    presented = true;
    const scaleY = canvas.height / height;
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, target);
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
    gl.blitFramebuffer(0, from, width, to, 0, Math.round(from * scaleY), canvas.width, Math.round(to * scaleY), gl.COLOR_BUFFER_BIT, gl.LINEAR);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  };
  const locations = new Map<string, WebGLUniformLocation | null>();
  const location = (name: string) => {
    if (!locations.has(name)) locations.set(name, gl.getUniformLocation(program, name));
    return locations.get(name) ?? null;
  };
  let lost = false;
  const handleLost = (event: Event) => {
    event.preventDefault();
    lost = true;
    onProblem('the graphics context was lost');
  };
  canvas.addEventListener('webglcontextlost', handleLost);
  /**
   * A frame is drawn in bands of rows, each waited for with a fence: one draw call that takes
   * seconds (a software renderer on a slow machine) would hold the GPU process, and with it the
   * page, for all that time. Each band is sized to take about BAND_TARGET_MS at the speed
   * measured so far, so a real GPU draws the rest at once (BANDS_IN_FLIGHT says how many are
   * queued at a time).
   */
  type Band = { sync: WebGLSync; rows: number };
  let frame: {
    /** The passes' off-screen targets (one, or two when the frame is refined), and the pass drawing now. */
    targets: { framebuffer: WebGLFramebuffer; texture: WebGLTexture }[];
    pass: number;
    started: number;
    passStarted: number;
    tags: Record<string, string>;
    width: number;
    height: number;
    /** Rows sent to the GPU, and rows it has finished. */
    issued: number;
    done: number;
    /** Height of the next band. */
    rows: number;
    inFlight: Band[];
  } | null = null;
  let poll = 0;
  /** A frame asked for while a draft was still drawing: it starts when the draft is done (latest wins). */
  let queued: FrameRequest | null = null;

  const issue = () => {
    if (!frame || lost) return;
    gl.bindFramebuffer(gl.FRAMEBUFFER, frame.targets[frame.pass]!.framebuffer);
    gl.viewport(0, 0, frame.width, frame.height);
    gl.useProgram(program);
    gl.uniform1i(location('uPass'), frame.pass);
    // The second pass reads the first; otherwise no texture is bound, since one that is also the
    // target being drawn (a feedback loop) makes WebGL refuse the draw.
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, frame.pass > 0 ? frame.targets[frame.pass - 1]!.texture : null);
    gl.uniform1i(location('uFirstPass'), 0);
    gl.bindVertexArray(vertexArray);
    gl.enable(gl.SCISSOR_TEST);
    while (frame.inFlight.length < BANDS_IN_FLIGHT && frame.issued < frame.height) {
      const rows = Math.min(frame.rows, frame.height - frame.issued);
      gl.scissor(0, frame.issued, frame.width, rows);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      if (!sync) break;
      frame.inFlight.push({ sync, rows });
      frame.issued += rows;
    }
    gl.disable(gl.SCISSOR_TEST);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.flush();
    window.clearTimeout(poll);
    poll = window.setTimeout(check, 0);
  };

  const check = () => {
    poll = 0;
    const band = frame?.inFlight[0];
    if (!frame || !band || lost) return;
    // A zero timeout never blocks; the status updates between tasks.
    if (gl.clientWaitSync(band.sync, 0, 0) === gl.TIMEOUT_EXPIRED) {
      poll = window.setTimeout(check, 4);
      return;
    }
    gl.deleteSync(band.sync);
    frame.inFlight.shift();
    const now = performance.now();
    const doneBefore = frame.done;
    frame.done += band.rows;
    const fillsCanvas = frame.width === canvas.width && frame.height === canvas.height;
    const target = frame.targets[frame.pass]!.framebuffer;
    // A frame of the canvas's own size replaces the picture band by band; a draft is scaled up whole.
    if (fillsCanvas) present(target, frame.width, frame.height, doneBefore, frame.done);
    else if (frame.done >= frame.height) present(target, frame.width, frame.height, 0, frame.height);
    if (frame.done >= frame.height && frame.pass < frame.targets.length - 1) {
      // The next pass goes over the whole frame again, in bands sized as before.
      frame.pass += 1;
      frame.passStarted = now;
      frame.issued = 0;
      frame.done = 0;
      issue();
      return;
    }
    if (frame.done < frame.height) {
      // The speed so far, over the whole frame: with more than one band in flight, several may
      // have finished by the time the page looks, so one band's own time is no measure. Bands at
      // most double, so a slow stretch of the picture (the face) cannot arrive in one long band.
      const msPerRow = (now - frame.passStarted) / frame.done;
      frame.rows = Math.max(BAND_MIN_ROWS, Math.min(2 * frame.rows, Math.floor(BAND_TARGET_MS / Math.max(msPerRow, 1e-3))));
      issue();
      return;
    }
    const { tags, started, width, height } = frame;
    frame = null;
    for (const [name, value] of Object.entries(tags)) canvas.dataset[name] = value;
    canvas.dataset.frameMs = (now - started).toFixed(1);
    // The size the frame was drawn at (the canvas shows every frame at its own size).
    canvas.dataset.frameSize = `${width}×${height}`;
    canvas.dataset.frame = String(Number(canvas.dataset.frame ?? '0') + 1);
    onFrame();
    if (queued) {
      const next = queued;
      queued = null;
      start(next);
    }
  };

  const cancel = () => {
    window.clearTimeout(poll);
    for (const band of frame?.inFlight ?? []) gl.deleteSync(band.sync);
    frame = null;
    queued = null;
  };

  /** WebGL's setter for each kind of vector or array uniform (each takes the numbers as one list). */
  const vectorSetters = {
    vec2: gl.uniform2fv,
    vec3: gl.uniform3fv,
    'float[]': gl.uniform1fv,
    'vec2[]': gl.uniform2fv,
    'vec3[]': gl.uniform3fv,
    'vec4[]': gl.uniform4fv,
  } satisfies Record<Exclude<Uniform['kind'], 'float' | 'int'>, (location: WebGLUniformLocation, data: number[]) => void>;

  /** Uploads the uniforms and sends the frame's first bands. */
  const start = ({ uniforms, width, height, tags = {}, bandRows = height, refine = false }: FrameRequest) => {
    const frameTargets = refine ? [targetFor(width, height, 0), targetFor(width, height, 1)] : [targetFor(width, height, 0)];
    gl.useProgram(program);
    for (const [name, uniform] of Object.entries(uniforms)) {
      const at = location(name);
      if (!at) continue;
      if (uniform.kind === 'float') gl.uniform1f(at, uniform.value);
      else if (uniform.kind === 'int') gl.uniform1i(at, uniform.value);
      else vectorSetters[uniform.kind].call(gl, at, uniform.value as number[]);
    }
    const rows = Math.max(1, Math.min(height, Math.round(bandRows)));
    const now = performance.now();
    frame = { targets: frameTargets, pass: 0, started: now, passStarted: now, tags, width, height, issued: 0, done: 0, rows, inFlight: [] };
    issue();
  };

  let disposed = false;
  finishBuild();
  return {
    draw(request) {
      if (lost || disposed || build === 'failed') return;
      // Until the shader is built, the newest frame asked for waits.
      if (build === 'building') {
        queued = request;
        return;
      }
      // A draft in progress is finished first: while a control is dragged a new frame is asked
      // for on every move, quicker than even a draft can draw on a slow GPU, and restarting each
      // time would show no frame at all until the drag stops. A full frame takes long enough
      // that starting over on the newest state is the better deal.
      if (frame?.tags.quality === 'draft') {
        queued = request;
        return;
      }
      cancel();
      start(request);
    },
    get presented() {
      return presented;
    },
    dispose() {
      // A frame asked of a disposed canvas would draw with a deleted program and tag the canvas
      // as if it showed the picture asked for.
      disposed = true;
      cancel();
      window.clearTimeout(buildPoll);
      canvas.removeEventListener('webglcontextlost', handleLost);
      gl.deleteProgram(program);
      gl.deleteVertexArray(vertexArray);
      for (const { framebuffer, texture } of targets.values()) {
        gl.deleteFramebuffer(framebuffer);
        gl.deleteTexture(texture);
      }
    },
  };
}
