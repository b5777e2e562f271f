import { useId, useMemo, useState } from 'react';
import { describeSource } from '../../lib/fragments/source';
import { getFragment, type FragmentId } from '../../lib/fragments';
import { formatWholeNumber } from '../../lib/numbers';
import { kelvinToHex, lightFeels, lightTypes, seedRatingRank, type LightType, type TemperatureFeel } from '../../lib/light';
import { addToTray } from '../tray/tray-storage';
import SelectField from '../fields/SelectField';
import './lighting.css';

type SortKey = 'catalogue' | 'name' | 'rating' | 'kelvin';
type Direction = 'ascending' | 'descending';
type RatingFilter = 'any' | 'Excellent' | 'Very Good' | 'Good' | 'rated' | 'unrated';
type FeelFilter = 'any' | TemperatureFeel;
type SettingFilter = 'any' | 'indoor' | 'outdoor';

const ratingOptions: Record<RatingFilter, string> = {
  any: 'Any',
  Excellent: 'Excellent',
  'Very Good': 'Very Good',
  Good: 'Good',
  rated: 'Rated by the seed',
  unrated: 'Not rated by the seed',
};
const feelOptions: Record<FeelFilter, string> = {
  any: 'Any',
  warm: 'Warm (below 4,000 K)',
  neutral: 'Neutral (4,000–6,000 K)',
  cool: 'Cool (above 6,000 K)',
};
const settingOptions: Record<SettingFilter, string> = { any: 'Indoor and outdoor', indoor: 'Indoor', outdoor: 'Outdoor' };

/** Alphabetical, ignoring case. The names are plain ASCII, so no Intl collator (and its set-up cost) is needed. */
const compareNames = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

function compare(a: LightType, b: LightType, key: SortKey): number {
  switch (key) {
    case 'name':
      return compareNames(a.name, b.name);
    case 'rating':
      return (a.seedRating ? seedRatingRank[a.seedRating] : 0) - (b.seedRating ? seedRatingRank[b.seedRating] : 0);
    case 'kelvin':
      // Lights without a Kelvin range sort last either way.
      if (!a.kelvin || !b.kelvin) return 0;
      return a.kelvin.min - b.kelvin.min || a.kelvin.max - b.kelvin.max;
    case 'catalogue':
      return lightTypes.indexOf(a) - lightTypes.indexOf(b);
  }
}

function matches(light: LightType, rating: RatingFilter, feel: FeelFilter, setting: SettingFilter): boolean {
  if (rating === 'rated' && !light.seedRating) return false;
  if (rating === 'unrated' && light.seedRating) return false;
  if (rating !== 'any' && rating !== 'rated' && rating !== 'unrated' && light.seedRating !== rating) return false;
  if (feel !== 'any' && !lightFeels(light).includes(feel)) return false;
  if (setting !== 'any' && light.setting !== setting && light.setting !== 'both') return false;
  return true;
}

/**
 * Every light type as a row of a real table: the seed's rating where it has one, the Kelvin
 * range with swatches, notes and the catalogue phrases to add to a prompt. Renders fully on
 * the server; sorting and filtering arrive with hydration.
 */
export default function LightingTable() {
  const id = useId();
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'catalogue', direction: 'ascending' });
  const [rating, setRating] = useState<RatingFilter>('any');
  const [feel, setFeel] = useState<FeelFilter>('any');
  const [setting, setSetting] = useState<SettingFilter>('any');
  const [status, setStatus] = useState('');

  const rows = useMemo(() => {
    const filtered = lightTypes.filter((light) => matches(light, rating, feel, setting));
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...filtered].sort((a, b) => {
      if (sort.key === 'kelvin' && (!a.kelvin || !b.kelvin)) return Number(!a.kelvin) - Number(!b.kelvin);
      return sign * compare(a, b, sort.key) || lightTypes.indexOf(a) - lightTypes.indexOf(b);
    });
  }, [sort, rating, feel, setting]);

  // A first click sorts ratings best first and names and Kelvin low to high; a second click flips it.
  const sortBy = (key: SortKey) =>
    setSort((current) => {
      if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
      return { key, direction: key === 'rating' ? 'descending' : 'ascending' };
    });
  const ariaSort = (key: SortKey) => (sort.key === key ? sort.direction : 'none');

  const add = async (fragmentId: FragmentId) => {
    const fragment = getFragment(fragmentId);
    await addToTray({ text: fragment.text, slot: fragment.slot, fragmentId, from: 'lighting' });
    setStatus('');
    window.setTimeout(() => setStatus(`Added “${fragment.text}” to the prompt tray`), 30);
  };

  const SortButton = ({ column, label }: { column: SortKey; label: string }) => (
    <button type="button" className="fpg-button sort-button" onClick={() => sortBy(column)}>
      {label}
      <span aria-hidden="true" className="sort-button__arrow">
        {sort.key === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );

  return (
    <section className="light-table not-content" aria-labelledby={`${id}-caption`}>
      <div className="light-table__filters" role="group" aria-label="Filter the light types" data-pagefind-ignore="all">
        <SelectField label="Seed rating" value={rating} options={ratingOptions} onChange={setRating} />
        <SelectField label="Colour temperature" value={feel} options={feelOptions} onChange={setFeel} />
        <SelectField label="Where" value={setting} options={settingOptions} onChange={setSetting} />
        <p className="light-status" role="status">
          Showing {rows.length} of {lightTypes.length} light types.{status && ` ${status}`}
        </p>
      </div>

      {/* Focusable so keyboard users can scroll it where the table is wider than the column. */}
      <div className="light-table__scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table>
          <caption id={`${id}-caption`}>
            Light types: how well FLUX renders them (the seed article’s ratings), their colour temperature, and the words to use
          </caption>
          <thead data-pagefind-ignore="all">
            <tr>
              <th scope="col" aria-sort={ariaSort('name')}>
                <SortButton column="name" label="Light" />
              </th>
              <th scope="col" aria-sort={ariaSort('rating')}>
                <SortButton column="rating" label="Seed rating" />
              </th>
              <th scope="col" aria-sort={ariaSort('kelvin')}>
                <SortButton column="kelvin" label="Colour temperature" />
              </th>
              <th scope="col">Notes</th>
              <th scope="col">Prompt phrases</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((light) => (
              <tr key={light.id} data-light={light.id}>
                <th scope="row">
                  {light.name}{' '}
                  <span className="light-table__setting">{light.setting === 'both' ? 'indoor or outdoor' : light.setting}</span>
                </th>
                <td data-label="Seed rating" data-rating={light.seedRating ?? 'none'}>
                  {light.seedRating ? (
                    <>
                      <strong>{light.seedRating}</strong>
                      <span className="light-table__muted"> (seed article)</span>
                    </>
                  ) : (
                    <span className="light-table__muted">not rated in the seed article</span>
                  )}
                </td>
                <td data-label="Colour temperature">
                  {light.kelvin ? (
                    <span className="kelvin-range">
                      <span className="kelvin-swatch" style={{ background: kelvinToHex(light.kelvin.min) }} aria-hidden="true" />
                      <span className="kelvin-swatch" style={{ background: kelvinToHex(light.kelvin.max) }} aria-hidden="true" />
                      <span>
                        {light.kelvin.min === light.kelvin.max
                          ? `${formatWholeNumber(light.kelvin.min)} K`
                          : `${formatWholeNumber(light.kelvin.min)}–${formatWholeNumber(light.kelvin.max)} K`}
                      </span>
                    </span>
                  ) : (
                    <span className="light-table__muted">no value</span>
                  )}{' '}
                  {/* Spaces between these blocks: search excerpts would otherwise run them together. */}
                  <span className="light-table__feel">{lightFeels(light).join(', ') || 'not given'}</span>{' '}
                  <span className="light-table__kelvin-note">{light.kelvinNote}</span>
                </td>
                <td data-label="Notes">
                  {light.seedNotes && <p className="light-table__seed-note">Seed: “{light.seedNotes}”</p>}
                  <p>{light.description}</p>
                  <p className="light-table__sources">
                    Source:{' '}
                    {light.sources.map((source, index) => {
                      const { label, url } = describeSource(source);
                      return (
                        <span key={label}>
                          {index > 0 && '; '}
                          {url ? <a href={url}>{label}</a> : label}
                        </span>
                      );
                    })}
                  </p>
                </td>
                <td data-label="Prompt phrases">
                  <ul className="light-table__phrases">
                    {light.fragments.map((fragmentId) => {
                      const fragment = getFragment(fragmentId);
                      return (
                        <li key={fragmentId} data-fragment-id={fragmentId}>
                          <code>{fragment.text}</code>
                          <button
                            type="button"
                            className="fpg-button fpg-button--small"
                            aria-label={`Add to prompt: ${fragment.text}`}
                            data-pagefind-ignore="all"
                            onClick={() => add(fragmentId)}
                          >
                            Add to prompt
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="light-table__empty">No light type matches these filters.</p>}
      </div>
    </section>
  );
}
