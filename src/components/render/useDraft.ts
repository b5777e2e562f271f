import { useEffect, useRef, useState } from 'react';
import type { ShaderCanvas } from './shader-canvas';

export type RenderQuality = 'draft' | 'full';

/** Changes closer together than this are a drag (a slider, a held arrow key). */
const RAPID_MS = 200;
/** With no change for this long, the drag has ended: render in full. */
const SETTLE_MS = 250;

/**
 * 'draft' while the reader is dragging (or while changes arrive faster than a drag's pace), and
 * 'full' once they stop: a single change such as a preset goes straight to a full render.
 */
export function useDraftWhileChanging(inputs: readonly unknown[], dragging: boolean): RenderQuality {
  const [settled, setSettled] = useState(true);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const now = performance.now();
    if (now - lastChange.current < RAPID_MS) setSettled(false);
    lastChange.current = now;
    const timer = window.setTimeout(() => setSettled(true), SETTLE_MS);
    return () => window.clearTimeout(timer);
    // The inputs are the dependencies: any change to one of them is a change to the render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, inputs);
  return dragging || !settled ? 'draft' : 'full';
}

/**
 * The frames to ask for: the one the quality says, and, while the canvas is still black, a quick
 * draft before a full frame, which then draws over it. A real GPU draws both in a blink; on a
 * software GPU the reader sees the picture in a tenth of a second instead of rows arriving over
 * seconds. (The canvas finishes a draft before it starts the frame asked for next.)
 */
export function firstPictureFirst(canvas: ShaderCanvas, quality: RenderQuality): RenderQuality[] {
  return quality === 'full' && !canvas.presented ? ['draft', 'full'] : [quality];
}
