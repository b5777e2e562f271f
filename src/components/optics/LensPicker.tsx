import { useId, useMemo, useState } from 'react';
import {
  apertureStops,
  BLADES_MAX,
  BLADES_MIN,
  closestFocusM,
  closestFocusNote,
  constrainLensState,
  defaultLensState,
  depthPlanes,
  describeLens,
  distanceStops,
  DISTANCE_MAX_M,
  fieldOfView,
  FOCAL_LENGTH_MAX_MM,
  FOCAL_LENGTH_MIN_MM,
  focalLengthStops,
  focusTargets,
  formatDegrees,
  formatFNumber,
  formatLength,
  formatMagnification,
  getSensor,
  lensPresets,
  matchingLensPreset,
  lensToQuery,
  lensSettingsOf,
  magnification,
  nearestStopIndex,
  lensQueryKeys,
  sensorFormats,
  sensorIds,
  type FocusTarget,
  type LensState,
} from '../../lib/optics';
import { BokehPreview } from './BokehPreview';
import { DepthDiagram } from './DepthDiagram';
import { StopSlider } from './StopSlider';
import { LensOutput } from './LensOutput';
import { NumberField } from '../fields/NumberField';
import SelectField from '../fields/SelectField';
import PresetButtons from '../fields/PresetButtons';
import { useUrlState } from '../share/useUrlState';
import { LinkMessage } from '../share/LinkMessage';
import { formatWholeNumber } from '../../lib/numbers';
import LensStudy from './study/LensStudy';
import './lens-picker.css';

interface LensPickerProps {
  /** The level of the widget's own headings: 2 on the tool page, 3 inside an article section. */
  headingLevel?: 2 | 3;
}

const focusLabels: Record<FocusTarget, string> = {
  eyes: 'Eyes (portrait)',
  face: 'Face',
  product: 'Product',
  landscape: 'Landscape (everything)',
};

/** Longest "other words" text that is checked; the rest is ignored, with a message. */
const OTHER_WORDS_LIMIT = 300;

const formatMetres = (m: number) => String(Number(m.toFixed(3)));
const formatMm = (mm: number) => String(Math.round(mm));

/**
 * The lens and aperture picker. One state drives every number, drawing and word; it starts at
 * the defaults on the server (so the page reads without JavaScript) and then takes the URL's.
 */
export default function LensPicker({ headingLevel = 2 }: LensPickerProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { state, update: updateState, linkMessage: urlError, ready, linked } = useUrlState<LensState>({
    initial: defaultLensState,
    keys: lensQueryKeys,
    loadParser: () => import('../../lib/optics/share-parse').then((m) => m.lensFromQuery),
    toQuery: lensToQuery,
  });
  const [otherWords, setOtherWords] = useState('');

  function update(patch: Partial<LensState>) {
    updateState((current) => constrainLensState({ ...current, ...patch }));
  }

  const sensor = getSensor(state.sensor);
  const { dof, planes } = useMemo(
    () => depthPlanes({ focalLengthMm: state.focalLengthMm, fNumber: state.fNumber, subjectDistanceM: state.subjectDistanceM, sensor }),
    [state.focalLengthMm, state.fNumber, state.subjectDistanceM, sensor],
  );
  const wordsTooLong = otherWords.length > OTHER_WORDS_LIMIT;
  const description = describeLens(lensSettingsOf(state, otherWords.slice(0, OTHER_WORDS_LIMIT)));
  const view = fieldOfView(state.focalLengthMm, sensor);
  const m = magnification(state.focalLengthMm, state.subjectDistanceM);
  const closest = closestFocusM(state.focalLengthMm, state.macroLens);
  const distanceMinIndex = distanceStops.findIndex((d) => d >= closest);
  const background = planes[2];

  const ids = {
    focal: `${id}-focal`,
    aperture: `${id}-aperture`,
    distance: `${id}-distance`,
    words: `${id}-words`,
  };

  return (
    <div className="lens-picker fpg-controls not-content" data-lens-picker data-ready={ready ? 'true' : 'false'} data-pagefind-ignore="all">
      <LinkMessage message={urlError} />

      <PresetButtons presets={lensPresets} current={matchingLensPreset(state)} onPick={(preset) => update(preset.state)} />

      <LensStudy state={state} ready={ready} linked={linked} onCompareWith={(compareWith) => update({ compareWith })} onCompareHold={(compareHold) => update({ compareHold })} />

      <div className="lens-layout">
        <fieldset className="lens-controls">
          <legend className="lens-heading">Lens and camera</legend>

          <StopSlider
            id={ids.focal}
            label="Focal length"
            stops={focalLengthStops}
            index={nearestStopIndex(focalLengthStops, state.focalLengthMm)}
            valueText={`${Math.round(state.focalLengthMm)} mm`}
            onChange={(focalLengthMm) => update({ focalLengthMm })}
          >
            <NumberField
              id={`${ids.focal}-number`}
              labelledBy={`${ids.focal}-label ${ids.focal}-unit`}
              value={state.focalLengthMm}
              min={FOCAL_LENGTH_MIN_MM}
              max={FOCAL_LENGTH_MAX_MM}
              step={1}
              format={formatMm}
              onCommit={(v) => update({ focalLengthMm: Math.round(v) })}
            />
            <span id={`${ids.focal}-unit`} className="lens-unit">
              mm
            </span>
          </StopSlider>

          <StopSlider
            id={ids.aperture}
            label="Aperture"
            stops={apertureStops}
            index={nearestStopIndex(apertureStops, state.fNumber)}
            valueText={`f/${formatFNumber(state.fNumber)}`}
            onChange={(fNumber) => update({ fNumber })}
          >
            <select
              id={`${ids.aperture}-select`}
              aria-labelledby={`${ids.aperture}-label`}
              value={String(state.fNumber)}
              onChange={(e) => update({ fNumber: Number(e.target.value) })}
            >
              {apertureStops.map((stop) => (
                <option key={stop} value={String(stop)}>
                  f/{formatFNumber(stop)}
                </option>
              ))}
            </select>
          </StopSlider>

          <SelectField
            label="Lens’s widest aperture"
            value={String(state.maxFNumber)}
            onChange={(value) => update({ maxFNumber: Number(value) })}
            options={apertureStops.filter((stop) => stop <= state.fNumber).map((stop) => ({ value: String(stop), label: `f/${formatFNumber(stop)}` }))}
          />

          <SelectField
            label="Lens type"
            value={state.macroLens ? 'macro' : 'ordinary'}
            onChange={(value) => update({ macroLens: value === 'macro' })}
            options={{ ordinary: 'Ordinary (focuses to about 1:7)', macro: 'Macro (focuses to life size)' }}
          />

          <StopSlider
            id={ids.distance}
            label="Focus distance"
            stops={distanceStops}
            index={nearestStopIndex(distanceStops, state.subjectDistanceM)}
            minIndex={Math.max(0, distanceMinIndex)}
            valueText={formatLength(state.subjectDistanceM)}
            onChange={(subjectDistanceM) => update({ subjectDistanceM })}
            note={closestFocusNote(state.focalLengthMm, state.macroLens)}
          >
            <NumberField
              id={`${ids.distance}-number`}
              labelledBy={`${ids.distance}-label ${ids.distance}-unit`}
              value={state.subjectDistanceM}
              min={Number(closest.toFixed(3))}
              max={DISTANCE_MAX_M}
              step="any"
              format={formatMetres}
              onCommit={(v) => update({ subjectDistanceM: v })}
            />
            <span id={`${ids.distance}-unit`} className="lens-unit">
              m
            </span>
          </StopSlider>

          <SelectField
            label="Sensor format"
            value={state.sensor}
            note={sensor.note}
            onChange={(value) => update({ sensor: value })}
            options={sensorIds.map((sensorId) => ({ value: sensorId, label: sensorFormats[sensorId].name }))}
          />

          <SelectField
            label="In focus"
            value={state.focus}
            onChange={(focus) => update({ focus })}
            options={focusTargets.map((target) => ({ value: target, label: focusLabels[target] }))}
          />

          <div className="lens-field--pair">
            <SelectField
              label="Aperture blades"
              value={String(state.blades)}
              onChange={(value) => update({ blades: Number(value) })}
              options={Array.from({ length: BLADES_MAX - BLADES_MIN + 1 }, (_, i) => String(BLADES_MIN + i)).map((n) => ({ value: n, label: n }))}
            />
            <SelectField
              label="Blade edges"
              value={state.roundedBlades ? 'rounded' : 'straight'}
              onChange={(value) => update({ roundedBlades: value === 'rounded' })}
              options={{ straight: 'Straight', rounded: 'Rounded' }}
            />
          </div>

          <div className="lens-field">
            <label htmlFor={ids.words}>Other words in your prompt (optional)</label>
            <input
              id={ids.words}
              type="text"
              className="lens-words"
              value={otherWords}
              placeholder="e.g. creamy bokeh"
              aria-describedby={`${ids.words}-note`}
              onChange={(e) => setOtherWords(e.target.value)}
            />
            <p id={`${ids.words}-note`} className="lens-field__note">
              {wordsTooLong
                ? `That is ${formatWholeNumber(otherWords.length)} characters; only the first ${OTHER_WORDS_LIMIT} are checked.`
                : 'Checked against the optics: a warning appears when they contradict them.'}
            </p>
          </div>
        </fieldset>

        <div className="lens-results">
          <section aria-labelledby={`${id}-numbers`}>
            <Heading id={`${id}-numbers`} className="lens-heading">
              Depth of field
            </Heading>
            <dl className="lens-numbers">
              {(
                [
                  ['Near limit', 'near', dof.nearM],
                  ['Far limit', 'far', dof.farM],
                  ['Depth of field', 'total', dof.totalM],
                  ['Hyperfocal distance', 'hyperfocal', dof.hyperfocalM],
                ] as const
              ).map(([term, name, metres]) => (
                <div key={name}>
                  <dt>{term}</dt>
                  <dd data-value={name}>{formatLength(metres)}</dd>
                </div>
              ))}
              <div>
                <dt>Field of view (focused at infinity)</dt>
                <dd data-value="fov">
                  {formatDegrees(view.horizontalDeg)} × {formatDegrees(view.verticalDeg)} (diagonal {formatDegrees(view.diagonalDeg)})
                  {sensor.cropFactor !== 1 && <>, like {Math.round(view.fullFrameEquivalentMm)} mm on full frame</>}
                </dd>
              </div>
              <div>
                <dt>Magnification</dt>
                <dd data-value="magnification">{formatMagnification(m)}</dd>
              </div>
              <div>
                <dt>Background blur disc</dt>
                <dd data-value="blur">
                  {(background.blurShare * 100).toFixed(background.blurShare < 0.01 ? 2 : 1)} % of the frame width
                </dd>
              </div>
            </dl>
            <DepthDiagram dof={dof} planes={planes} subjectDistanceM={state.subjectDistanceM} />
            <p className="lens-field__note">
              Foreground at half the focus distance, background at four times it; circle of confusion{' '}
              {sensor.cocMm.toFixed(3).replace(/0$/, '')} mm for this sensor.
            </p>
          </section>

          <section aria-labelledby={`${id}-bokeh`}>
            <Heading id={`${id}-bokeh`} className="lens-heading">
              Bokeh
            </Heading>
            <BokehPreview
              blades={state.blades}
              fNumber={state.fNumber}
              maxFNumber={state.maxFNumber}
              roundedBlades={state.roundedBlades}
              blurShare={background.blurShare}
              sensor={sensor}
            />
          </section>

          <LensOutput description={description} headingId={`${id}-fragment`} Heading={Heading} />
        </div>
      </div>
    </div>
  );
}
