import { formatLength, type DepthOfField, type DepthPlane } from '../../lib/optics';

interface DepthDiagramProps {
  dof: DepthOfField;
  planes: readonly DepthPlane[];
  subjectDistanceM: number;
}

const WIDTH = 400;
const AXIS_LEFT = 58;
const AXIS_RIGHT = 388;
const AXIS_Y = 196;
const BAND_TOP = 112;
const planeRowY = { foreground: 16, subject: 50, background: 84 } as const;
const planeTitle = { foreground: 'Foreground', subject: 'Subject', background: 'Background' } as const;

/** Distances drawn on a log axis from a quarter of the focus distance to ten times it. */
function axisScale(subjectDistanceM: number) {
  const lo = subjectDistanceM / 4;
  const hi = subjectDistanceM * 10;
  const x = (d: number) => AXIS_LEFT + ((Math.log(d) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (AXIS_RIGHT - AXIS_LEFT);
  return { lo, hi, x };
}

/** 1-2-5 ticks inside the axis, thinned so their labels do not collide. */
function ticks(lo: number, hi: number, x: (d: number) => number): number[] {
  const out: number[] = [];
  for (let decade = Math.floor(Math.log10(lo)); decade <= Math.ceil(Math.log10(hi)); decade++) {
    for (const m of [1, 2, 5]) {
      const d = m * 10 ** decade;
      if (d >= lo && d <= hi && (out.length === 0 || x(d) - x(out.at(-1)!) >= 48)) out.push(d);
    }
  }
  return out;
}

/** Tick labels in round numbers: "50 cm", "2 m", "1000 m". */
function tickLabel(d: number): string {
  return d < 1 ? `${Number((d * 100).toPrecision(2))} cm` : `${Number(d.toPrecision(2))} m`;
}

function anchorFor(x: number): 'start' | 'middle' | 'end' {
  if (x < 120) return 'start';
  if (x > WIDTH - 120) return 'end';
  return 'middle';
}

/** Side view: camera on the left, the sharp zone as a band, and the three planes with their sharpness in words. */
export function DepthDiagram({ dof, planes, subjectDistanceM }: DepthDiagramProps) {
  const { lo, hi, x } = axisScale(subjectDistanceM);
  const nearX = Math.max(AXIS_LEFT, x(dof.nearM));
  const farClipped = !Number.isFinite(dof.farM) || dof.farM > hi;
  const farX = farClipped ? AXIS_RIGHT : x(dof.farM);
  const summary = `Side view on a logarithmic distance scale. Sharp from ${formatLength(dof.nearM)} to ${
    Number.isFinite(dof.farM) ? formatLength(dof.farM) : 'infinity'
  }. ${planes.map((p) => `${planeTitle[p.name]} at ${formatLength(p.distanceM)}: ${p.sharpness}.`).join(' ')}`;

  return (
    <svg className="lens-diagram" viewBox={`0 0 ${WIDTH} 226`} role="img" aria-label={summary} data-near={dof.nearM} data-far={dof.farM}>
      {/* The sharp zone */}
      <rect className="lens-diagram__band" x={nearX} y={BAND_TOP} width={Math.max(2, farX - nearX)} height={AXIS_Y - BAND_TOP} />
      {farClipped && (
        <text className="lens-diagram__small" x={AXIS_RIGHT - 4} y={BAND_TOP + 14} textAnchor="end">
          {Number.isFinite(dof.farM) ? `sharp to ${formatLength(dof.farM)} →` : 'sharp to infinity →'}
        </text>
      )}
      {/* Camera */}
      <g className="lens-diagram__camera" aria-hidden="true">
        <rect x={6} y={152} width={30} height={22} rx={3} />
        <rect x={36} y={156} width={12} height={14} rx={2} />
        <rect x={12} y={147} width={10} height={5} />
      </g>
      {/* Distance axis */}
      <line className="lens-diagram__axis" x1={AXIS_LEFT} x2={AXIS_RIGHT} y1={AXIS_Y} y2={AXIS_Y} />
      {ticks(lo, hi, x).map((d) => (
        <g key={d}>
          <line className="lens-diagram__axis" x1={x(d)} x2={x(d)} y1={AXIS_Y} y2={AXIS_Y + 5} />
          <text className="lens-diagram__small" x={x(d)} y={AXIS_Y + 18} textAnchor={x(d) > AXIS_RIGHT - 16 ? 'end' : 'middle'}>
            {tickLabel(d)}
          </text>
        </g>
      ))}
      {/* Focal plane */}
      <line className="lens-diagram__focus" x1={x(subjectDistanceM)} x2={x(subjectDistanceM)} y1={BAND_TOP - 4} y2={AXIS_Y} />
      {/* The three planes: a figure each, solid when sharp, dashed when soft, with words above */}
      {planes.map((plane) => {
        const px = x(plane.distanceM);
        const sharp = plane.sharpness === 'sharp';
        const rowY = planeRowY[plane.name];
        return (
          <g key={plane.name} data-plane={plane.name} data-sharpness={plane.sharpness}>
            <line className="lens-diagram__leader" x1={px} x2={px} y1={rowY + 18} y2={BAND_TOP + 22} />
            <g className={sharp ? 'lens-diagram__figure' : 'lens-diagram__figure lens-diagram__figure--soft'}>
              <circle cx={px} cy={BAND_TOP + 32} r={7} />
              <line x1={px} x2={px} y1={BAND_TOP + 39} y2={AXIS_Y - 4} />
            </g>
            <text x={px} y={rowY} textAnchor={anchorFor(px)} className="lens-diagram__label">
              {planeTitle[plane.name]} · {formatLength(plane.distanceM)}
            </text>
            <text x={px} y={rowY + 14} textAnchor={anchorFor(px)} className="lens-diagram__sharpness">
              {plane.sharpness}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
