import { useId, useMemo, useState, type ReactNode } from 'react';
import defaultStill from '../../../assets/renders/default-side-light.png';
import { defaultSetup, setupToQuery, type LightingSetup } from '../../../lib/light';
import { describeStudy, type StudyMaterial } from '../../../lib/light/study';
import SelectField from '../../fields/SelectField';
import type { RenderQuality } from '../../render/useDraft';
import { useStudyRender } from '../../render/useStudyRender';
import { lightStudyFragment } from './light-study-shader';
import { lightStudyUniforms } from './light-study-uniforms';
import './light-study.css';

/** Drawing-buffer size at full quality (4:5, portrait); drafts while dragging are smaller (below). */
export const LIGHT_STUDY_WIDTH = 320;
export const LIGHT_STUDY_HEIGHT = 400;

/** The first band of a frame, in pixels (16 full-width rows): later bands are sized by how fast it drew (see shader-canvas). */
const FIRST_BAND_PIXELS = 16 * LIGHT_STUDY_WIDTH;

const materialLabels: Record<StudyMaterial, string> = { plaster: 'Plaster', skin: 'Skin', glazed: 'Glazed' };

interface LightStudyProps {
  setup: LightingSetup;
  /** False until the widget has read its share link: the first frame drawn is the linked set-up. */
  ready: boolean;
  /** True while the reader drags a control: the render drops to a draft. */
  dragging?: boolean;
  /** What to show when WebGL2 is missing: the simpler drawing. */
  fallback?: ReactNode;
  /** The surface shown; the tool keeps it in its share link, so it lives with the set-up. */
  material: StudyMaterial;
  onMaterialChange: (material: StudyMaterial) => void;
  /** True when the page's link carried a set-up: then the study always draws it. */
  linked?: boolean;
}

/** The opening set-up's link: a plain visit shows the committed still of it (npm run renders draws it with this renderer). */
const DEFAULT_QUERY = setupToQuery(defaultSetup);

/**
 * Full frames take 2×2 samples a pixel on edges (one elsewhere: see the shader's two passes); drafts one, at DRAFT_SCALE of the size and with cheaper
 * shading, so that even a software GPU (SwiftShader on a laptop's CPU) draws one in about 0.1 s.
 */
const DRAFT_SCALE = 0.35;
const sizeFor = (quality: RenderQuality) =>
  quality === 'full'
    ? { width: LIGHT_STUDY_WIDTH, height: LIGHT_STUDY_HEIGHT, samples: 2 }
    : { width: LIGHT_STUDY_WIDTH * DRAFT_SCALE, height: LIGHT_STUDY_HEIGHT * DRAFT_SCALE, samples: 1 };

/**
 * The lighting study: a head and shoulders on a backdrop, ray-marched in WebGL2 from the library's
 * study scene. The canvas carries data-preview="light" and counts finished frames in data-frame.
 */
export default function LightStudy({ setup, ready, dragging = false, fallback, material, onMaterialChange, linked = false }: LightStudyProps) {
  const id = useId();
  // On a plain visit the still stands in, so the page builds no shader and draws nothing while it loads.
  const still = !linked && material === 'plaster' && setupToQuery(setup) === DEFAULT_QUERY;
  const fragment = useMemo(() => lightStudyFragment(material), [material]);
  const altText = useMemo(() => describeStudy(setup, material), [setup, material]);
  const { canvasRef, problem, drawn } = useStudyRender({
    fragment,
    inputs: [setup, material],
    ready,
    dragging,
    still,
    frameFor: (pass) => {
      const { width, height, samples } = sizeFor(pass);
      return {
        uniforms: lightStudyUniforms(setup, material, width, height, samples, pass === 'draft'),
        width,
        height,
        tags: { quality: pass, material, setup: setupToQuery(setup) },
        bandRows: FIRST_BAND_PIXELS / width,
        refine: pass === 'full',
      };
    },
  });

  // A page opened on the still keeps it until the first frame replaces it, so the reader never sees a black box.
  const [openedOnStill] = useState(still);
  const showStill = still || (openedOnStill && !drawn);

  if (problem) {
    return (
      <figure className="light-study light-study--fallback">
        <p className="light-study__why">The 3D render needs WebGL2, and {problem}: this is the simpler drawing of the same set-up.</p>
        {fallback}
      </figure>
    );
  }

  return (
    <figure className="light-study" aria-labelledby={`${id}-label`}>
      <div className="light-study__frame">
        {showStill && <img className="light-study__still" src={defaultStill.src} width={defaultStill.width} height={defaultStill.height} alt="" data-still="light" />}
        <canvas
          ref={canvasRef}
          width={LIGHT_STUDY_WIDTH}
          height={LIGHT_STUDY_HEIGHT}
          data-preview="light"
          role="img"
          aria-label={altText}
        />
      </div>
      <figcaption className="light-study__caption">
        <span id={`${id}-label`} className="light-study__honest">
          A render of the set-up, not a FLUX image.
        </span>
        <SelectField label="Surface" value={material} options={materialLabels} onChange={onMaterialChange} />
      </figcaption>
    </figure>
  );
}
