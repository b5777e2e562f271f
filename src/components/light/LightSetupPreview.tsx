import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useAnnouncer } from '../status/useAnnouncer';
import {
  defaultSetup,
  describeLighting,
  kelvinToHex,
  lightingPresets,
  matchingLightingPreset,
  followPattern,
  mirrorSetup,
  hardnessName,
  recogniseLighting,
  lightingQueryKeys,
  directionPhrase,
  type Ambient,
  type FillKind,
  type FillSide,
  type KeySource,
  type LightingSetup,
} from '../../lib/light';
import { copyMessages, copyText } from '../copy/copy-text';
import { addToTray } from '../tray/tray-storage';
import RangeField from '../fields/RangeField';
import SelectField from '../fields/SelectField';
import PresetButtons from '../fields/PresetButtons';
import { useUrlState } from '../share/useUrlState';
import { LinkMessage } from '../share/LinkMessage';
import { formatWholeNumber } from '../../lib/numbers';
import { DEFAULT_SURFACE, lightingToQuery, type LightingLink } from '../../lib/light/share';
import LightStudy from './study/LightStudy';
import LightSketch from './study/LightSketch';
import './lighting.css';

const keySourceLabels: Record<KeySource, string> = {
  studio: 'Bare studio light',
  'soft-box': 'Soft box',
  window: 'Window',
  sun: 'Sun',
  overcast: 'Overcast sky',
};
const fillLabels: Record<FillKind, string> = { none: 'No fill', card: 'White card', lamp: 'Fill lamp', window: 'Window' };
const sideLabels: Record<FillSide, string> = { left: 'Left', right: 'Right', below: 'Below' };
const ambientLabels: Record<Ambient, string> = { none: 'Clear air', haze: 'Haze', fog: 'Fog' };

/** The top-down diagram: subject at the centre, camera at the bottom, the key on a circle. */
const DIAGRAM = { size: 200, centre: 100, track: 72 };

/** Wraps any angle into −180…180. */
const wrapDegrees = (deg: number) => ((((deg + 180) % 360) + 360) % 360) - 180;
const formatKelvin = (k: number) => `${formatWholeNumber(k)} K`;
const formatDegrees = (d: number) => `${d < 0 ? '−' : ''}${Math.abs(Math.round(d))}°`;
/** Hardness and fill strength are fractions 0–1, shown and set as whole percentages. */
const toPercent = (fraction: number) => Math.round(fraction * 100);

/** Slider ranges that more than one control shares. */
const PERCENT_RANGE = { min: 0, max: 100, step: 5 } as const;
const KELVIN_RANGE = { min: 1000, max: 12000, step: 100 } as const;

/** Moves the azimuth 'step' degrees toward `target` by the shorter way round (arrow keys). */
function stepToward(azimuth: number, target: number, step: number): number {
  const difference = wrapDegrees(target - azimuth);
  if (Math.abs(difference) <= step) return target;
  // Exactly opposite (left ↔ right): go round the front, where the reader can see the change.
  const direction = Math.abs(difference) === 180 ? (azimuth < 0 ? 1 : -1) : Math.sign(difference);
  return wrapDegrees(azimuth + direction * step);
}

/**
 * `headingLevel`: the widget's title is an h3 inside an article's section, an h2 on its tool page
 * (where it follows the page's h1), so headings never skip a level.
 */
export default function LightSetupPreview({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Subtitle = headingLevel === 2 ? 'h3' : 'h4';
  const {
    state: { setup, surface },
    update: updateLink,
    linkMessage: urlError,
    ready,
    linked,
    shareUrl,
  } = useUrlState<LightingLink>({
    initial: { setup: defaultSetup, surface: DEFAULT_SURFACE },
    keys: lightingQueryKeys,
    loadParser: () => import('../../lib/light/share-parse').then((m) => m.lightingFromQuery),
    toQuery: lightingToQuery,
  });
  const [status, announce] = useAnnouncer();
  /** What the last move did to a named pattern ("No longer Rembrandt lighting: …"). */
  const [patternNote, setPatternNote] = useState('');
  const [dragging, setDragging] = useState(false);
  const promptRef = useRef<HTMLElement>(null);
  const id = useId();

  const prompt = useMemo(() => describeLighting(setup), [setup]);

  const update = (change: (current: LightingSetup) => LightingSetup) => {
    const followed = followPattern(setup, change(setup));
    setPatternNote(followed.note ?? '');
    updateLink((current) => ({ ...current, setup: followed.setup }));
  };
  const updateKey = (key: Partial<LightingSetup['key']>) => update((s) => ({ ...s, key: { ...s.key, ...key } }));
  const updateFill = (fill: Partial<LightingSetup['fill']>) => update((s) => ({ ...s, fill: { ...s.fill, ...fill } }));

  const azimuthFromPointer = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * DIAGRAM.size - DIAGRAM.centre;
    const y = ((event.clientY - box.top) / box.height) * DIAGRAM.size - DIAGRAM.centre;
    if (Math.hypot(x, y) < 4) return;
    updateKey({ azimuth: Math.round((Math.atan2(x, y) * 180) / Math.PI) });
  };

  const onHandleKey = (event: KeyboardEvent<SVGElement>) => {
    const step = event.shiftKey ? 15 : 5;
    const targets: Record<string, number> = { ArrowLeft: -90, ArrowRight: 90, ArrowUp: 180, ArrowDown: 0 };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    updateKey({ azimuth: stepToward(setup.key.azimuth, target, step) });
  };


  const copyPrompt = async () => announce(copyMessages[await copyText(prompt, promptRef.current)]);
  const copyLink = async () => {
    const outcome = await copyText(shareUrl());
    announce(outcome === 'copied' ? 'Link to this set-up copied' : 'Copy the link from the address bar');
  };
  const addPrompt = async () => {
    const found = recogniseLighting(prompt);
    const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === prompt.length ? found[0]!.id : undefined;
    await addToTray({ text: prompt, slot: 'lighting', from: 'lighting', ...(whole ? { fragmentId: whole } : {}) });
    announce('Added to the prompt tray');
  };

  const { key, fill } = setup;
  const rad = (key.azimuth * Math.PI) / 180;
  const handle = { x: DIAGRAM.centre + DIAGRAM.track * Math.sin(rad), y: DIAGRAM.centre + DIAGRAM.track * Math.cos(rad) };
  const fillOff = fill.kind === 'none';
  const fillUsesKelvin = fill.kind === 'lamp' || fill.kind === 'window';
  // A preset set from the other side with the mirror button is still that preset.
  const currentPreset = matchingLightingPreset(setup);

  return (
    <section className="light-setup fpg-controls not-content" aria-labelledby={`${id}-title`} data-ready={ready ? 'true' : 'false'} data-pagefind-ignore="all">
      <Title id={`${id}-title`} className="light-setup__title">
        Light set-up preview
      </Title>
      <LinkMessage message={urlError} />

      {/* On a phone the picture and the top-down diagram are pinned side by side above the controls,
          so neither the picture nor the light's handle is ever under it (see light-study.css). */}
      <div className="light-setup__pinned">
        <div className="light-setup__picture">
          <LightStudy
            setup={setup}
            ready={ready}
            linked={linked}
            dragging={dragging}
            fallback={<LightSketch setup={setup} />}
            material={surface}
            onMaterialChange={(material) => updateLink((current) => ({ ...current, surface: material }))}
          />
        </div>
        <div className="light-setup__stage">
          <figure className="light-setup__diagram">
            <svg
              viewBox={`0 0 ${DIAGRAM.size} ${DIAGRAM.size}`}
              className={dragging ? 'is-dragging' : undefined}
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture(event.pointerId);
                setDragging(true);
                azimuthFromPointer(event);
              }}
              onPointerMove={(event) => dragging && azimuthFromPointer(event)}
              onPointerUp={() => setDragging(false)}
              onPointerCancel={() => setDragging(false)}
              aria-labelledby={`${id}-diagram-caption`}
            >
              <circle cx={DIAGRAM.centre} cy={DIAGRAM.centre} r={DIAGRAM.track} className="diagram__track" />
              <text x={8} y={136} className="diagram__label">
                left
              </text>
              <text x={166} y={136} className="diagram__label">
                right
              </text>
              <text x={DIAGRAM.centre} y={20} textAnchor="middle" className="diagram__label">
                behind
              </text>
              <rect x={88} y={182} width={24} height={14} rx={3} className="diagram__camera" />
              <text x={122} y={193} className="diagram__label">
                camera
              </text>
              <circle cx={DIAGRAM.centre} cy={DIAGRAM.centre} r={18} className="diagram__subject" />
              <circle cx={DIAGRAM.centre} cy={DIAGRAM.centre + 19} r={4} className="diagram__subject" />
              <line x1={handle.x} y1={handle.y} x2={DIAGRAM.centre} y2={DIAGRAM.centre} className="diagram__ray" />
              <g
                role="slider"
                tabIndex={0}
                aria-label="Key light position"
                aria-valuemin={-180}
                aria-valuemax={180}
                aria-valuenow={Math.round(key.azimuth)}
                aria-valuetext={`${formatDegrees(key.azimuth)}, ${directionPhrase(key.azimuth, key.elevation)}`}
                aria-describedby={`${id}-handle-help`}
                className="diagram__handle"
                onKeyDown={onHandleKey}
                data-testid="light-handle"
              >
                <circle cx={handle.x} cy={handle.y} r={20} className="diagram__focus-ring" />
                <circle cx={handle.x} cy={handle.y} r={14} style={{ fill: kelvinToHex(key.kelvin) }} />
                <circle cx={handle.x} cy={handle.y} r={14} className="diagram__handle-ring" />
              </g>
            </svg>
            <figcaption id={`${id}-diagram-caption`}>
              Top-down view: drag the light round the subject.
              <span id={`${id}-handle-help`}> With the keyboard, focus the light and use the arrow keys (Shift for bigger steps).</span>
            </figcaption>
          </figure>
        </div>
      </div>

      <div className="light-setup__presets">
        <PresetButtons
          presets={lightingPresets}
          current={currentPreset}
          // A preset keeps the side the reader's key is on: Rembrandt from the right stays on the right.
          onPick={(preset) => update(() => (setup.key.azimuth > 0 && preset.setup.key.azimuth < 0 ? mirrorSetup(preset.setup) : preset.setup))}
        />
        <button type="button" className="fpg-button light-setup__mirror" onClick={() => update(mirrorSetup)}>
          Mirror left ↔ right
        </button>
      </div>

      <div className="light-setup__controls">
        <fieldset>
          <legend>Key light</legend>
          <SelectField label="Source" value={key.source} options={keySourceLabels} onChange={(source) => updateKey({ source })} />
          <RangeField
            label="Direction (azimuth)"
            min={-180}
            max={180}
            step={5}
            value={key.azimuth}
            display={`${formatDegrees(key.azimuth)}, ${directionPhrase(key.azimuth, 0).replace(/^from /, '')}`}
            typedUnit="°"
            onChange={(azimuth) => updateKey({ azimuth })}
          />
          <RangeField
            label="Height (elevation)"
            min={0}
            max={90}
            step={5}
            value={key.elevation}
            display={formatDegrees(key.elevation)}
            typedUnit="°"
            onChange={(elevation) => updateKey({ elevation })}
          />
          <RangeField
            label="Hardness"
            {...PERCENT_RANGE}
            value={toPercent(key.hardness)}
            display={`${toPercent(key.hardness)}% (${hardnessName(key.hardness)})`}
            typedUnit="%"
            onChange={(hardness) => updateKey({ hardness: hardness / 100 })}
          />
          <RangeField
            label="Key colour temperature"
            {...KELVIN_RANGE}
            value={key.kelvin}
            display={formatKelvin(key.kelvin)}
            swatch={kelvinToHex(key.kelvin)}
            typedUnit="K"
            onChange={(kelvin) => updateKey({ kelvin })}
          />
        </fieldset>

        <fieldset>
          <legend>Fill, rim and air</legend>
          <div className="light-field-row">
            <SelectField label="Fill" value={fill.kind} options={fillLabels} onChange={(kind) => updateFill({ kind })} />
            <SelectField label="Fill side" value={fill.side} options={sideLabels} disabled={fillOff} onChange={(side) => updateFill({ side })} />
          </div>
          <RangeField
            label="Fill strength"
            {...PERCENT_RANGE}
            value={toPercent(fill.strength)}
            display={`${toPercent(fill.strength)}%`}
            disabled={fillOff}
            typedUnit="%"
            onChange={(strength) => updateFill({ strength: strength / 100 })}
          />
          <RangeField
            label="Fill colour temperature"
            {...KELVIN_RANGE}
            value={fill.kelvin}
            display={fillUsesKelvin ? formatKelvin(fill.kelvin) : `${formatKelvin(fill.kelvin)} (a card reflects the key)`}
            swatch={kelvinToHex(fillUsesKelvin ? fill.kelvin : key.kelvin)}
            disabled={!fillUsesKelvin}
            typedUnit="K"
            onChange={(kelvin) => updateFill({ kelvin })}
          />
          <div className="light-field-row">
            <label className="light-check">
              <input type="checkbox" checked={setup.rim} onChange={(e) => update((s) => ({ ...s, rim: e.target.checked }))} />
              <span>Rim light</span>
            </label>
            <SelectField label="Atmosphere" value={setup.ambient} options={ambientLabels} onChange={(ambient) => update((s) => ({ ...s, ambient }))} />
          </div>
        </fieldset>
      </div>

      <div className="light-setup__prompt">
        <Subtitle id={`${id}-prompt-label`}>Prompt text for this set-up</Subtitle>
        <p className="light-setup__pattern-note" role="status">
          {patternNote}
        </p>
        <p>
          <code ref={promptRef} aria-labelledby={`${id}-prompt-label`} data-testid="light-prompt">
            {prompt}
          </code>
        </p>
        <div className="light-setup__actions">
          <button type="button" className="fpg-button" onClick={copyPrompt}>
            Copy prompt text
          </button>
          <button type="button" className="fpg-button" onClick={addPrompt}>
            Add to prompt
          </button>
          <button type="button" className="fpg-button" onClick={copyLink}>
            Copy link to this set-up
          </button>
          <span className="light-status" role="status">
            {status}
          </span>
        </div>
      </div>
    </section>
  );
}
