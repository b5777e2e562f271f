import { useId, useRef, useState, type PointerEvent } from 'react';
import type { LoadedPicture } from './types';

/**
 * Two pictures at the same scale: side by side, or one over the other with a wipe. The wipe's
 * divider is a range input laid over the pictures, so it is dragged with a pointer or moved
 * with the arrow keys. "100 %" shows every pixel; the frames then scroll together.
 */

type Layout = 'side' | 'wipe';

export function PairView({ pictures }: { pictures: readonly [LoadedPicture, LoadedPicture] }) {
  const ids = useId();
  const [layout, setLayout] = useState<Layout>('side');
  const [actualSize, setActualSize] = useState(false);
  const [wipe, setWipe] = useState(50);
  const frames = useRef<(HTMLDivElement | null)[]>([]);
  const [a, b] = pictures;
  const widthOf = (p: LoadedPicture) => p.reading.file.width ?? 1;
  const widest = Math.max(widthOf(a), widthOf(b));
  // At "fit", the wider picture fills its frame and the other keeps the same pixels-per-pixel.
  const imageStyle = (p: LoadedPicture) => (actualSize ? { width: `${widthOf(p)}px`, maxWidth: 'none' } : { width: `${(widthOf(p) / widest) * 100}%` });

  const syncScroll = (from: number) => {
    const source = frames.current[from];
    if (!source) return;
    frames.current.forEach((frame, index) => {
      if (frame && index !== from && (frame.scrollLeft !== source.scrollLeft || frame.scrollTop !== source.scrollTop)) {
        frame.scrollLeft = source.scrollLeft;
        frame.scrollTop = source.scrollTop;
      }
    });
  };

  const dragWipe = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons !== 1) return;
    const box = event.currentTarget.getBoundingClientRect();
    setWipe(Math.round(Math.min(100, Math.max(0, ((event.clientX - box.left) / box.width) * 100))));
  };

  return (
    <div className="fpg-pair">
      <div className="fpg-pair__controls" role="group" aria-label="How to show the two pictures">
        <button type="button" className="fpg-button" aria-pressed={layout === 'side'} onClick={() => setLayout('side')}>
          Side by side
        </button>
        <button type="button" className="fpg-button" aria-pressed={layout === 'wipe'} onClick={() => setLayout('wipe')}>
          Wipe
        </button>
        <button type="button" className="fpg-button" aria-pressed={actualSize} onClick={() => setActualSize((on) => !on)}>
          100 %
        </button>
      </div>
      {layout === 'side' ? (
        <div className="fpg-pair__side" data-actual-size={actualSize || undefined}>
          {pictures.map((picture, index) => (
            <figure key={picture.key} className="fpg-pair__figure">
              <div className="fpg-pair__frame" ref={(el) => void (frames.current[index] = el)} onScroll={() => syncScroll(index)} tabIndex={actualSize ? 0 : undefined} aria-label={actualSize ? `${picture.reading.file.name} at 100 %, scrollable` : undefined}>
                <img src={picture.url} alt={`${index === 0 ? 'A' : 'B'}: ${picture.reading.file.name}`} style={imageStyle(picture)} />
              </div>
              <figcaption>
                {index === 0 ? 'A' : 'B'}: <bdi>{picture.reading.file.name}</bdi>
              </figcaption>
            </figure>
          ))}
        </div>
      ) : (
        <figure className="fpg-pair__figure">
          <div className="fpg-pair__frame" data-actual-size={actualSize || undefined} tabIndex={actualSize ? 0 : undefined} aria-label={actualSize ? 'The wipe at 100 %, scrollable' : undefined}>
            <div className="fpg-pair__wipe" onPointerMove={dragWipe} onPointerDown={dragWipe} style={{ width: actualSize ? `${widest}px` : '100%' }}>
              <img src={a.url} alt={`A: ${a.reading.file.name}`} style={imageStyle(a)} />
              <img className="fpg-pair__over" src={b.url} alt={`B: ${b.reading.file.name}`} style={{ ...imageStyle(b), clipPath: `inset(0 0 0 ${wipe}%)` }} />
              <span className="fpg-pair__divider" style={{ insetInlineStart: `${wipe}%` }} aria-hidden="true" />
            </div>
          </div>
          <figcaption>
            <label htmlFor={`${ids}-wipe`}>
              Wipe: A on the left of the line, B on the right ({wipe} %)
            </label>
            <input id={`${ids}-wipe`} type="range" min={0} max={100} step={1} value={wipe} onChange={(event) => setWipe(Number(event.target.value))} />
          </figcaption>
        </figure>
      )}
    </div>
  );
}
