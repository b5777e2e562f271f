import { useEffect, useId, useMemo, useRef } from 'react';
import { describePreview, PREVIEW_HEIGHT, PREVIEW_WIDTH, shadeLighting, type LightingSetup } from '../../../lib/light';

/**
 * The simpler drawing of a set-up (a grey head form on a floor, shaded on the CPU by the
 * library), shown where WebGL2 is missing: the library computes the pixels, the canvas shows them.
 */
export default function LightSketch({ setup }: { setup: LightingSetup }) {
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const buffer = useRef<Uint8ClampedArray | null>(null);
  const altText = useMemo(() => describePreview(setup), [setup]);

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const canvas = canvasRef.current;
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return;
      buffer.current ??= new Uint8ClampedArray(PREVIEW_WIDTH * PREVIEW_HEIGHT * 4);
      shadeLighting(setup, PREVIEW_WIDTH, PREVIEW_HEIGHT, buffer.current);
      context.putImageData(new ImageData(buffer.current as Uint8ClampedArray<ArrayBuffer>, PREVIEW_WIDTH, PREVIEW_HEIGHT), 0, 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [setup]);

  return (
    <figure className="light-setup__render">
      <canvas ref={canvasRef} width={PREVIEW_WIDTH} height={PREVIEW_HEIGHT} role="img" aria-labelledby={`${id}-alt`} data-testid="light-preview" />
      <figcaption id={`${id}-alt`}>{altText}</figcaption>
    </figure>
  );
}
