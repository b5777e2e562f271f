import { useEffect, useRef, useState, type RefObject } from 'react';
import { createShaderCanvas, type FrameRequest, type ShaderCanvas } from './shader-canvas';
import { firstPictureFirst, useDraftWhileChanging, type RenderQuality } from './useDraft';
import { useOnScreen } from './useOnScreen';

/** The shader is built when its canvas comes within this of the screen: about to be seen. */
const BUILD_MARGIN = '50% 0px';

interface StudyRenderOptions {
  /** The fragment shader: a new one builds a new canvas program. */
  fragment: string;
  /** What the picture shows: any change draws it again. */
  inputs: readonly unknown[];
  /**
   * False until the widget has read its share link: nothing is drawn before, so the first frame
   * is the linked set-up, not the default one drawn and then thrown away.
   */
  ready: boolean;
  /** True while the reader drags a control: frames drop to drafts. */
  dragging: boolean;
  /**
   * True while a committed still of exactly these inputs stands in for the canvas (a plain visit
   * on the default set-up): nothing is built or drawn until the inputs change, so a page that
   * shows the default picture does no GPU work while it loads.
   */
  still?: boolean;
  /** The frame to draw at a quality, for the current inputs. */
  frameFor: (quality: RenderQuality) => FrameRequest;
}

/**
 * The one way a study render draws: the shader is built when the canvas is about to be seen
 * (not while the page loads), a frame is drawn only while the canvas is on screen and the
 * widget has read its link, drafts while the reader drags, and a quick draft first while the
 * canvas is still black. `problem` holds, in words, why WebGL2 cannot draw, so the widget can
 * show its simpler drawing instead.
 */
export function useStudyRender({ fragment, inputs, ready, dragging, still = false, frameFor }: StudyRenderOptions): {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  problem: string | null;
  /** True once a frame has been drawn on the canvas (a still can stand in until then). */
  drawn: boolean;
} {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [renderer, setRenderer] = useState<ShaderCanvas | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  const nearScreen = useOnScreen(canvasRef, BUILD_MARGIN);
  const onScreen = useOnScreen(canvasRef);
  const quality = useDraftWhileChanging(inputs, dragging);
  const latestFrameFor = useRef(frameFor);
  latestFrameFor.current = frameFor;

  const wanted = (nearScreen || onScreen) && !still;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !wanted) return;
    const made = createShaderCanvas(canvas, fragment, setProblem, () => setDrawn(true));
    if (typeof made === 'string') {
      setProblem(made);
      return;
    }
    setRenderer(made);
    return () => {
      made.dispose();
      setRenderer(null);
    };
    // Once built, the program stays while the widget lives: scrolling away and back must not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fragment, wanted || renderer !== null]);

  useEffect(() => {
    // Off screen, or before the link is read, nothing is drawn; coming into view draws the current state.
    if (!onScreen || !ready || !renderer || still) return;
    const frame = requestAnimationFrame(() => {
      for (const pass of firstPictureFirst(renderer, quality)) renderer.draw(latestFrameFor.current(pass));
    });
    return () => cancelAnimationFrame(frame);
    // The inputs are the dependencies: any change to one of them is a change to the picture.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...inputs, quality, onScreen, ready, renderer, still]);

  return { canvasRef, problem, drawn };
}
