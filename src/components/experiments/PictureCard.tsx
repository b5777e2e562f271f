import { useId } from 'react';
import { settingLabels, settingText, type SettingKey } from '../../lib/experiments/settings';
import { sourceLabels } from '../../lib/images/types';
import type { ReadRun } from '../../lib/images/types';
import { formatWholeNumber } from '../../lib/numbers';
import { ToolLinks } from './ToolLinks';
import type { LoadedPicture } from './types';

/**
 * One read picture: the picture, what the file says about how it was made, and the links that
 * take its prompt to the other tools. Every value from the file is rendered as text.
 */

/** The fields shown for a run, in order. The compared (first) run's values carry `data-field` with their key, for the page's checks. */
const shownKeys: SettingKey[] = ['prompt', 'negativePrompt', 'seed', 'steps', 'guidance', 'cfg', 'sampler', 'scheduler', 'size', 'model', 'loras', 'references', 'denoise'];

/** One object for "the file records no settings", so the links below are not recomputed on every render. */
const NO_SETTINGS: ReadRun = {};

const formatNames = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP' } as const;
const fileSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

interface Props {
  picture: LoadedPicture;
  onPaste: (text: string) => void;
  onRemove: () => void;
}

export function PictureCard({ picture, onPaste, onRemove }: Props) {
  const ids = useId();
  const { file, source, runs, problem, notes } = picture.reading;
  const first = runs[0];
  const prompt = first?.prompt ?? (picture.pasted.trim() || undefined);
  return (
    <article className="fpg-picture" data-image-read aria-labelledby={`${ids}-name`}>
      <div className="fpg-picture__image">
        <img src={picture.url} alt={`Your picture ${file.name}`} width={file.width} height={file.height} decoding="async" />
      </div>
      <div className="fpg-picture__body">
        <h3 id={`${ids}-name`} className="fpg-picture__name">
          <bdi>{file.name}</bdi>
        </h3>
        <p className="fpg-picture__facts">
          {formatNames[file.format]}
          {file.width !== undefined && file.height !== undefined && `, ${formatWholeNumber(file.width)} × ${formatWholeNumber(file.height)} px`}, {fileSize(file.bytes)}
          {' · '}
          {source ? `Settings written by ${sourceLabels[source]}` : 'No prompt or settings in this file'}
        </p>
        {problem && (
          <p className="fpg-error" role="alert">
            {problem}
          </p>
        )}
        {notes.map((note) => (
          <p key={note} className="fpg-picture__note">
            {note}
          </p>
        ))}
        {first && <RunFields run={first} hooks />}
        {runs.length > 1 && (
          <details className="fpg-picture__more">
            <summary>The other {runs.length === 2 ? 'sampler' : `${runs.length - 1} samplers`}</summary>
            {runs.slice(1).map((run, index) => (
              <RunFields key={index} run={run} hooks={false} />
            ))}
          </details>
        )}
        {runs.length === 0 && (
          <>
            <p className="fpg-picture__note">
              {source
                ? 'The page could not follow this file’s settings.'
                : 'Many saves carry nothing: a diffusers picture saved with Pillow, a screenshot, most uploads to social sites. Paste the prompt you used, and the comparison will use it.'}
            </p>
            <div className="fpg-field">
              <label htmlFor={`${ids}-paste`}>Prompt for this picture</label>
              <textarea id={`${ids}-paste`} dir="auto" rows={3} value={picture.pasted} onChange={(event) => onPaste(event.target.value)} />
            </div>
          </>
        )}
        <CarriedFacts picture={picture} />
        <div className="fpg-picture__actions">
          {prompt && <ToolLinks run={first ?? NO_SETTINGS} prompt={prompt} />}
          <button type="button" className="fpg-button fpg-button--small" onClick={onRemove} aria-label={`Remove ${file.name} from the page`}>
            Remove
          </button>
        </div>
      </div>
    </article>
  );
}

function RunFields({ run, hooks }: { run: ReadRun; hooks: boolean }) {
  const rows = shownKeys.flatMap((key) => {
    const value = settingText(run, key);
    return value === undefined ? [] : [{ key, value }];
  });
  const modules = run.modules?.join(', ');
  return (
    <div className="fpg-picture__run">
      {run.label && <h4>From {run.label}</h4>}
      <dl className="fpg-picture__fields">
        {rows.map(({ key, value }) => (
          <div key={key} className={key === 'prompt' || key === 'negativePrompt' ? 'fpg-picture__wide' : undefined}>
            <dt>{settingLabels[key]}</dt>
            <dd dir="auto" data-field={hooks ? key : undefined}>
              {value}
            </dd>
          </div>
        ))}
        {modules && (
          <div className="fpg-picture__wide">
            <dt>Modules</dt>
            <dd>{modules}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}

function CarriedFacts({ picture }: { picture: LoadedPicture }) {
  const { c2pa, xmp, camera } = picture.reading.file;
  if (!c2pa && !xmp && camera.length === 0) return null;
  return (
    <div className="fpg-picture__carried">
      <h4>Also in the file</h4>
      <ul>
        {c2pa && <li>Content Credentials (a C2PA manifest): a signed record of how the picture was made or edited.</li>}
        {xmp && <li>An XMP metadata packet.</li>}
        {camera.map(({ label, value }) => (
          <li key={label}>
            {label}: <bdi>{value}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
