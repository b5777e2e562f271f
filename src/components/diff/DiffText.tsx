import { diffPieces, type DiffPiece, type DiffView, type MarkRange } from '../../lib/diff/render';
import type { DiffSegment } from '../../lib/diff';
import './diff.css';

/**
 * One view of a prompt diff, as plain, server-renderable markup (no hooks, no state):
 * removed words in <del>, added words in <ins>, each with a colour AND a line (strike-through,
 * underline) and a label for screen readers that CSS adds, so copying the text copies the
 * prompt only. Used by the diff tool and, without any client JavaScript, by BeforeAfter.astro.
 */
interface Props {
  segments: readonly DiffSegment[];
  view: DiffView;
  /** Ranges in the after text to highlight (the checker's findings), numbered from 1 on screen. */
  marks?: readonly (MarkRange & { severity: string })[];
  id?: string;
  className?: string;
}

export function DiffText({ segments, view, marks = [], id, className }: Props) {
  const pieces = diffPieces(segments, view, marks);
  return (
    <p id={id} className={`fpg-diff-text ${className ?? ''}`} dir="auto" data-view={view}>
      {pieces.map((piece, index) => (
        <Piece key={index} piece={piece} severity={piece.mark === undefined ? undefined : marks[piece.mark]?.severity} />
      ))}
    </p>
  );
}

function Piece({ piece, severity }: { piece: DiffPiece; severity: string | undefined }) {
  const text = piece.kind === 'removed' ? <del>{piece.text}</del> : piece.kind === 'added' ? <ins>{piece.text}</ins> : piece.text;
  if (piece.mark === undefined) return <>{text}</>;
  return (
    <mark className={`fpg-mark fpg-mark--${severity ?? 'warning'}`} data-n={piece.mark + 1}>
      {text}
    </mark>
  );
}
