import { useId, useMemo, useState } from 'react';
import { useAnnouncer } from '../status/useAnnouncer';
import { describeSource } from '../../lib/fragments/source';
import { getFragment, type FragmentId } from '../../lib/fragments';
import { formatWholeNumber } from '../../lib/numbers';
import {
  defaultLightTableQuery,
  feelFilterLabels,
  kelvinToHex,
  lightFeels,
  lightTableRows,
  lightTypes,
  nextSort,
  ratingFilterLabels,
  settingFilterLabels,
  type LightSortKey,
  type LightTableQuery,
} from '../../lib/light';
import { addToTray } from '../tray/tray-storage';
import SelectField from '../fields/SelectField';
import './lighting.css';

/**
 * Every light type as a row of a real table: the rating in PicassoIA's article where it has one, the Kelvin
 * range with swatches, notes and the catalogue phrases to add to a prompt. Renders fully on
 * the server; sorting and filtering arrive with hydration.
 */
export default function LightingTable() {
  const id = useId();
  const [query, setQuery] = useState<LightTableQuery>(defaultLightTableQuery);
  const [status, announce] = useAnnouncer();
  const rows = useMemo(() => lightTableRows(query), [query]);
  const { sort } = query;
  const sortBy = (key: LightSortKey) => setQuery((q) => ({ ...q, sort: nextSort(q.sort, key) }));
  const ariaSort = (key: LightSortKey) => (sort.key === key ? sort.direction : 'none');

  const add = async (fragmentId: FragmentId) => {
    const fragment = getFragment(fragmentId);
    await addToTray({ text: fragment.text, slot: fragment.slot, fragmentId, from: 'lighting' });
    announce(`Added “${fragment.text}” to the prompt tray`);
  };

  const SortButton = ({ column, label }: { column: LightSortKey; label: string }) => (
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
        <SelectField
          label="Rating in PicassoIA’s article"
          value={query.rating}
          options={ratingFilterLabels}
          onChange={(rating) => setQuery((q) => ({ ...q, rating }))}
        />
        <SelectField label="Colour temperature" value={query.feel} options={feelFilterLabels} onChange={(feel) => setQuery((q) => ({ ...q, feel }))} />
        <SelectField label="Where" value={query.setting} options={settingFilterLabels} onChange={(setting) => setQuery((q) => ({ ...q, setting }))} />
        <p className="light-status" role="status">
          Showing {rows.length} of {lightTypes.length} light types.{status && ` ${status}`}
        </p>
      </div>

      {/* Focusable so keyboard users can scroll it where the table is wider than the column. */}
      <div className="light-table__scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table>
          <caption id={`${id}-caption`}>
            Light types: how well FLUX renders them (as rated in PicassoIA’s article), their colour temperature, and the words to use
          </caption>
          <thead data-pagefind-ignore="all">
            <tr>
              <th scope="col" aria-sort={ariaSort('name')}>
                <SortButton column="name" label="Light" />
              </th>
              <th scope="col" aria-sort={ariaSort('rating')}>
                <SortButton column="rating" label="Rating" />
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
                <td data-label="Rating" data-rating={light.articleRating ?? 'none'}>
                  {light.articleRating ? (
                    <>
                      <strong>{light.articleRating}</strong>
                      <span className="light-table__muted"> (PicassoIA)</span>
                    </>
                  ) : (
                    <span className="light-table__muted">not rated in PicassoIA’s article</span>
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
                  {light.articleNotes && <p className="light-table__article-note">PicassoIA’s article: “{light.articleNotes}”</p>}
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
