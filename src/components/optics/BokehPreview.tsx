import { bokehShape, catsEyeClip, catsEyeVignetting, outlinePath, type SensorFormat } from '../../lib/optics';

interface BokehPreviewProps {
  blades: number;
  fNumber: number;
  maxFNumber: number;
  roundedBlades: boolean;
  /** The background blur disc as a share of the frame width (0–1). */
  blurShare: number;
  sensor: SensorFormat;
}

const FRAME_WIDTH = 240;
/** Background highlights (street lights, say), as shares of the frame's width and height. */
const highlightSpots = [
  [0.5, 0.5],
  [0.22, 0.3],
  [0.8, 0.24],
  [0.1, 0.82],
  [0.9, 0.84],
  [0.36, 0.72],
  [0.66, 0.62],
] as const;

function shapeName(kind: 'circle' | 'polygon' | 'rounded-polygon', blades: number): string {
  if (kind === 'circle') return 'a circle';
  if (kind === 'polygon') return `a ${blades}-sided polygon`;
  return `a rounded ${blades}-sided shape`;
}

export function BokehPreview({ blades, fNumber, maxFNumber, roundedBlades, blurShare, sensor }: BokehPreviewProps) {
  const shape = bokehShape({ blades, fNumber, maxFNumber, roundedBlades });
  const frameHeight = (FRAME_WIDTH * sensor.heightMm) / sensor.widthMm;
  const radiusPx = (blurShare * FRAME_WIDTH) / 2;
  const vignetting = catsEyeVignetting(fNumber, maxFNumber);
  const halfDiagonal = Math.hypot(FRAME_WIDTH, frameHeight) / 2;
  const percent = (blurShare * 100).toFixed(blurShare < 0.01 ? 2 : 1);
  const name = shapeName(shape.kind, blades);

  return (
    <div className="lens-bokeh">
      <figure className="lens-bokeh__panel">
        <svg viewBox="0 0 140 140" className="lens-bokeh__shape" role="img" aria-label={`One out-of-focus highlight, enlarged: ${name}.`}>
          <path
            d={outlinePath(shape.points, 70, 70, 60)}
            data-bokeh-shape
            data-kind={shape.kind}
            data-sides={shape.sides ?? 'curved'}
          />
        </svg>
        <figcaption>
          One highlight, enlarged: <strong>{name}</strong>
          {shape.kind === 'circle' ? (fNumber <= maxFNumber ? ' (wide open)' : ' (rounded blades)') : ''}.
        </figcaption>
      </figure>
      <figure className="lens-bokeh__panel">
        <svg
          viewBox={`0 0 ${FRAME_WIDTH} ${frameHeight}`}
          className="lens-bokeh__frame"
          role="img"
          aria-label={`Background highlights in the frame at their real size: each is ${percent} % of the frame width.`}
        >
          <rect width={FRAME_WIDTH} height={frameHeight} className="lens-bokeh__night" />
          {highlightSpots.map(([sx, sy]) => {
            const cx = sx * FRAME_WIDTH;
            const cy = sy * frameHeight;
            const dx = cx - FRAME_WIDTH / 2;
            const dy = cy - frameHeight / 2;
            const distance = Math.hypot(dx, dy);
            const direction = distance > 0 ? { x: dx / distance, y: dy / distance } : { x: 1, y: 0 };
            const points = catsEyeClip(shape.points, distance / halfDiagonal, vignetting, direction);
            return <path key={`${sx}-${sy}`} className="lens-bokeh__light" d={outlinePath(points, cx, cy, Math.max(radiusPx, 0.6))} />;
          })}
        </svg>
        <figcaption>
          Background highlights at their real size: {percent} % of the frame width
          {radiusPx < 1 ? ', barely larger than a point at this size' : ''}
          {vignetting > 0 && radiusPx >= 1 ? '. Toward the edges a fast lens wide open clips them into cat’s eyes' : ''}.
        </figcaption>
      </figure>
    </div>
  );
}
