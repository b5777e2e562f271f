import { useId, useMemo, useState } from 'react';
import { compareLenses, defaultLensState, formatLength, lensComparisons, lensToQuery, STUDY_BACKGROUND_BEHIND_M, type CompareHold, type LensComparisonId, type LensState } from '../../../lib/optics';
import { comparisonState, describeStudyFrame, LENS_STUDY_ASPECT, studySettingsLabel } from '../../../lib/optics/study';
import SelectField from '../../fields/SelectField';
import type { RenderQuality } from '../../render/useDraft';
import { useStudyRender } from '../../render/useStudyRender';
import { LENS_STUDY_FRAGMENT } from './lens-study-shader';
import { lensStudyUniforms } from './lens-study-uniforms';
import defaultStill from '../../../assets/renders/lens-85-f1.8.png';
import './lens-study.css';

/** Drawing-buffer width at full quality (3:2); drafts while dragging use half of it. */
export const LENS_STUDY_WIDTH = 480;

/** The first band of a frame: later bands are sized by how fast it drew (see shader-canvas). */
const FIRST_BAND_ROWS = 16;

const sizeFor = (quality: RenderQuality) => {
  const width = quality === 'full' ? LENS_STUDY_WIDTH : LENS_STUDY_WIDTH / 2;
  return { width, height: Math.round(width / LENS_STUDY_ASPECT) };
};

/** One rendered frame of the lens study. */
function LensFrame({ state, side, ready, still, dragging }: { state: LensState; side: 'a' | 'b'; ready: boolean; still: boolean; dragging: boolean }) {
  const { canvasRef, problem, drawn } = useStudyRender({
    fragment: LENS_STUDY_FRAGMENT,
    inputs: [state],
    ready,
    dragging,
    still,
    frameFor: (pass) => {
      const { width, height } = sizeFor(pass);
      return { uniforms: lensStudyUniforms(state, width, height), width, height, tags: { quality: pass, lens: lensToQuery(state) }, bandRows: FIRST_BAND_ROWS };
    },
  });
  // A page opened on the still keeps it until the first frame replaces it, so the reader never sees a black box.
  const [openedOnStill] = useState(still);
  const showStill = still || (openedOnStill && !drawn);
  if (problem) return <p className="lens-study__why">The render needs WebGL2, and {problem}; the depth-of-field diagram and the bokeh drawing below show the same settings.</p>;
  return (
    <figure className="lens-study__frame">
      {showStill && <img className="lens-study__still" src={defaultStill.src} width={defaultStill.width} height={defaultStill.height} alt="" data-still="lens" />}
      <canvas
        ref={canvasRef}
        width={LENS_STUDY_WIDTH}
        height={Math.round(LENS_STUDY_WIDTH / LENS_STUDY_ASPECT)}
        data-preview="lens"
        data-side={side}
        role="img"
        aria-label={describeStudyFrame(state)}
      />
      <figcaption>{studySettingsLabel(state)}</figcaption>
    </figure>
  );
}

interface LensStudyProps {
  /** The reader's lens; its compareWith, when set, adds a second lens beside it, placed as compareHold says. */
  state: LensState;
  /** False until the picker has read its share link: the first frame drawn is the linked set-up. */
  ready: boolean;
  /** True when the page's link carried lens settings: then the study always draws them. */
  linked: boolean;
  onCompareWith: (id: LensComparisonId | undefined) => void;
  onCompareHold: (hold: CompareHold) => void;
  dragging?: boolean;
}

const NONE = 'none';
const comparisonOptions = {
  [NONE]: 'Nothing (one picture)',
  ...Object.fromEntries(lensComparisons.map((c) => [c.id, c.label])),
} as Record<LensComparisonId | typeof NONE, string>;
const holdOptions: Record<CompareHold, string> = { framing: 'Same framing (it moves)', distance: 'Same distance (it frames differently)' };

/** A blur disc as a share of the frame's width, as a photographer would read it. */
const formatShare = (share: number) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}% of the frame`;
const formatDepth = (metres: number) => (Number.isFinite(metres) ? formatLength(metres) : 'to infinity');

/** The default set-up's link: a plain visit shows the committed still of it (npm run renders draws it with this renderer). */
const DEFAULT_QUERY = lensToQuery(defaultLensState);

/**
 * The lens study render: the picker's settings on a person in front of a street at night, and
 * optionally a second lens, at the same distance or framing the person the same, side by side
 * with both lenses' numbers and a sentence on what differs.
 */
export default function LensStudy({ state, ready, linked, onCompareWith, onCompareHold, dragging = false }: LensStudyProps) {
  const id = useId();
  const comparison = lensComparisons.find((c) => c.id === state.compareWith);
  const still = !linked && lensToQuery(state) === DEFAULT_QUERY;
  const hold = state.compareHold ?? 'framing';
  const other = useMemo(() => (comparison ? comparisonState(state, comparison.focalLengthMm, comparison.fNumber, hold) : null), [state, comparison, hold]);
  const numbers = useMemo(() => (comparison ? compareLenses(state, comparison.id, hold) : null), [state, comparison, hold]);
  return (
    <section className="lens-study" aria-labelledby={`${id}-label`}>
      <div className={other ? 'lens-study__pair' : 'lens-study__single'}>
        <LensFrame state={state} side="a" ready={ready} still={still} dragging={dragging} />
        {other && <LensFrame state={other} side="b" ready={ready} still={false} dragging={dragging} />}
      </div>
      <div className="lens-study__caption">
        <span id={`${id}-label`}>A render of the set-up, not a FLUX image: the street stands {STUDY_BACKGROUND_BEHIND_M} m behind the person.</span>
        <SelectField
          label="Compare with"
          value={state.compareWith ?? NONE}
          options={comparisonOptions}
          onChange={(value) => onCompareWith(value === NONE ? undefined : value)}
        />
        {comparison && <SelectField label="Keep" value={hold} options={holdOptions} onChange={onCompareHold} />}
      </div>
      {numbers && (
        <div className="lens-study__compare">
          <table>
            <caption className="sr-only">The two lenses side by side</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{numbers.a.label}</th>
                <th scope="col">{numbers.b.label}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Distance to the person</th>
                <td>{formatLength(numbers.a.subjectDistanceM)}</td>
                <td>{formatLength(numbers.b.subjectDistanceM)}</td>
              </tr>
              <tr>
                <th scope="row">Depth of field</th>
                <td>{formatDepth(numbers.a.depthOfFieldM)}</td>
                <td>{formatDepth(numbers.b.depthOfFieldM)}</td>
              </tr>
              <tr>
                <th scope="row">Blur of the street ({STUDY_BACKGROUND_BEHIND_M} m behind)</th>
                <td>{formatShare(numbers.a.backgroundBlurShare)}</td>
                <td>{formatShare(numbers.b.backgroundBlurShare)}</td>
              </tr>
            </tbody>
          </table>
          <p data-testid="lens-compare-sentence">{numbers.sentence}</p>
        </div>
      )}
    </section>
  );
}
