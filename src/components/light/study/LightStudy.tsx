import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { setupToQuery, type LightingSetup } from '../../../lib/light';
import { describeStudy, type StudyMaterial } from '../../../lib/light/study';
import SelectField from '../../fields/SelectField';
import { useDraftWhileChanging, type RenderQuality } from '../../render/use-draft';
import { useShaderCanvas } from '../../render/use-shader-canvas';
import { LIGHT_STUDY_FRAGMENT } from './light-study-shader';
import { lightStudyUniforms } from './light-study-uniforms';
import './light-study.css';

/** Drawing-buffer size at full quality (4:5, portrait); drafts while dragging use half of it. */
export const LIGHT_STUDY_WIDTH = 320;
export const LIGHT_STUDY_HEIGHT = 400;

/** The first band of a frame: later bands are sized by how fast it drew (see shader-canvas). */
const FIRST_BAND_ROWS = 16;

const materialLabels: Record<StudyMaterial, string> = { plaster: 'Plaster', skin: 'Skin' };

interface LightStudyProps {
  setup: LightingSetup;
  /** True while the reader drags a control: the render drops to a draft. */
  dragging?: boolean;
  /** What to show when WebGL2 is missing: the simpler drawing. */
  fallback?: ReactNode;
  initialMaterial?: StudyMaterial;
}

const sizeFor = (quality: RenderQuality) =>
  quality === 'full' ? { width: LIGHT_STUDY_WIDTH, height: LIGHT_STUDY_HEIGHT, samples: 2 } : { width: LIGHT_STUDY_WIDTH / 2, height: LIGHT_STUDY_HEIGHT / 2, samples: 1 };

/**
 * The lighting study: a head and shoulders on a backdrop, ray-marched in WebGL2 from the library's
 * study scene. The canvas carries data-preview="light" and counts finished frames in data-frame.
 */
export default function LightStudy({ setup, dragging = false, fallback, initialMaterial = 'plaster' }: LightStudyProps) {
  const id = useId();
  const { canvasRef, renderer, problem } = useShaderCanvas(LIGHT_STUDY_FRAGMENT);
  const [material, setMaterial] = useState<StudyMaterial>(initialMaterial);
  const quality = useDraftWhileChanging([setup, material], dragging);
  const altText = useMemo(() => describeStudy(setup, material), [setup, material]);

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const { width, height, samples } = sizeFor(quality);
      renderer.current?.draw(lightStudyUniforms(setup, material, width, height, samples), width, height, {
        quality,
        material,
        setup: setupToQuery(setup),
      }, FIRST_BAND_ROWS);
    });
    return () => cancelAnimationFrame(frame);
  }, [setup, material, quality]);

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
        <SelectField label="Surface" value={material} options={materialLabels} onChange={setMaterial} />
      </figcaption>
    </figure>
  );
}
