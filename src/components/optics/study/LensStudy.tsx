import { useEffect, useId, useMemo, useState } from 'react';
import { formatFNumber, formatLength, lensQuery, type LensState } from '../../../lib/optics';
import { comparisonState, lensComparisons, LENS_STUDY_ASPECT, type LensComparisonId } from '../../../lib/optics/study';
import SelectField from '../../fields/SelectField';
import { useDraftWhileChanging, type RenderQuality } from '../../render/use-draft';
import { useShaderCanvas } from '../../render/use-shader-canvas';
import { LENS_STUDY_FRAGMENT } from './lens-study-shader';
import { lensStudyUniforms } from './lens-study-uniforms';
import './lens-study.css';

/** Drawing-buffer width at full quality (3:2); drafts while dragging use half of it. */
export const LENS_STUDY_WIDTH = 480;

/** The first band of a frame: later bands are sized by how fast it drew (see shader-canvas). */
const FIRST_BAND_ROWS = 16;

const sizeFor = (quality: RenderQuality) => {
  const width = quality === 'full' ? LENS_STUDY_WIDTH : LENS_STUDY_WIDTH / 2;
  return { width, height: Math.round(width / LENS_STUDY_ASPECT) };
};

const settingsLabel = (state: LensState) =>
  `${Math.round(state.focalLengthMm)} mm f/${formatFNumber(state.fNumber)}, focused at ${formatLength(state.subjectDistanceM)}`;

/** One rendered frame of the lens study. */
function LensFrame({ state, side, dragging }: { state: LensState; side: 'a' | 'b'; dragging: boolean }) {
  const { canvasRef, renderer, problem } = useShaderCanvas(LENS_STUDY_FRAGMENT);
  const quality = useDraftWhileChanging([state], dragging);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const { width, height } = sizeFor(quality);
      renderer.current?.draw(lensStudyUniforms(state, width, height), width, height, { quality, lens: lensQuery(state) }, FIRST_BAND_ROWS);
    });
    return () => cancelAnimationFrame(frame);
  }, [state, quality]);
  const label = settingsLabel(state);
  if (problem) return <p className="lens-study__why">The render needs WebGL2, and {problem}; the depth-of-field diagram and the bokeh drawing below show the same settings.</p>;
  return (
    <figure className="lens-study__frame">
      <canvas
        ref={canvasRef}
        width={LENS_STUDY_WIDTH}
        height={Math.round(LENS_STUDY_WIDTH / LENS_STUDY_ASPECT)}
        data-preview="lens"
        data-side={side}
        role="img"
        aria-label={`A person ${formatLength(state.subjectDistanceM)} away in front of a night street 10 m behind them, through ${label}.`}
      />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

interface LensStudyProps {
  state: LensState;
  dragging?: boolean;
}

/**
 * The lens study render: the picker's settings on a person in front of a street at night, and
 * optionally a second lens framing the person the same, side by side.
 */
export default function LensStudy({ state, dragging = false }: LensStudyProps) {
  const id = useId();
  const [compareWith, setCompareWith] = useState<LensComparisonId | 'none'>('none');
  const options = useMemo(
    () => ({ none: 'Nothing (one picture)', ...Object.fromEntries(lensComparisons.map((c) => [c.id, `${c.label}, same framing`])) }) as Record<LensComparisonId | 'none', string>,
    [],
  );
  const comparison = lensComparisons.find((c) => c.id === compareWith);
  const other = useMemo(() => (comparison ? comparisonState(state, comparison.focalLengthMm, comparison.fNumber) : null), [state, comparison]);
  return (
    <section className="lens-study" aria-labelledby={`${id}-label`}>
      <div className={other ? 'lens-study__pair' : 'lens-study__single'}>
        <LensFrame state={state} side="a" dragging={dragging} />
        {other && <LensFrame state={other} side="b" dragging={dragging} />}
      </div>
      <div className="lens-study__caption">
        <span id={`${id}-label`}>A render of the set-up, not a FLUX image: the street stands 10 m behind the person.</span>
        <SelectField label="Compare with" value={compareWith} options={options} onChange={setCompareWith} />
      </div>
    </section>
  );
}
