import { useEffect, useRef, useState, type RefObject } from 'react';
import { createShaderCanvas, type ShaderCanvas } from './shader-canvas';

/**
 * Sets up a shader canvas once the component has mounted. `problem` holds the reason in words
 * when WebGL2 cannot draw, so the widget can say why it shows its simpler drawing instead.
 */
export function useShaderCanvas(fragment: string): {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  renderer: RefObject<ShaderCanvas | null>;
  problem: string | null;
} {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const renderer = useRef<ShaderCanvas | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const made = createShaderCanvas(canvas, fragment, () => setProblem('the graphics context was lost'));
    if (typeof made === 'string') {
      setProblem(made);
      return;
    }
    renderer.current = made;
    return () => {
      made.dispose();
      renderer.current = null;
    };
  }, [fragment]);
  return { canvasRef, renderer, problem };
}
