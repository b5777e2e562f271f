import type { DiffKind, DiffSegment } from './diff';

/**
 * Turns diff segments into pieces ready to display, shared by the article component
 * (rendered on the server) and the diff tool (a React island), so both show the same thing.
 *
 * A piece is a run of text of one kind, optionally inside a marked range (the checker's
 * findings on the "after" prompt). Ranges are character offsets in the side they belong to.
 */
export interface DiffPiece {
  text: string;
  kind: DiffKind;
  /** Index into the `marks` array the piece falls inside, if any. */
  mark?: number;
}

export interface MarkRange {
  start: number;
  end: number;
}

export type DiffView = 'before' | 'after' | 'inline';

/**
 * Pieces for one view of the diff: `before` (same + removed), `after` (same + added) or
 * `inline` (everything in order). `marks` are ranges in the after text; they are drawn on the
 * `after` and `inline` views. Marks should not overlap; a later overlapping mark is ignored.
 */
export function diffPieces(segments: readonly DiffSegment[], view: DiffView, marks: readonly MarkRange[] = []): DiffPiece[] {
  const usable = nonOverlapping(view === 'before' ? [] : marks);
  const pieces: DiffPiece[] = [];
  let afterOffset = 0;
  for (const segment of segments) {
    if (view === 'before' && segment.kind === 'added') continue;
    if (view === 'after' && segment.kind === 'removed') continue;
    if (segment.kind === 'removed') {
      pieces.push({ text: segment.text, kind: 'removed' });
      continue;
    }
    // Split this same/added segment where marks start and end.
    const start = afterOffset;
    const end = start + segment.text.length;
    const cuts = new Set([start, end]);
    for (const { range } of usable) {
      if (range.start > start && range.start < end) cuts.add(range.start);
      if (range.end > start && range.end < end) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const mark = usable.find(({ range }) => range.start <= from && to <= range.end);
      pieces.push({
        text: segment.text.slice(from - start, to - start),
        kind: segment.kind,
        ...(mark ? { mark: mark.index } : {}),
      });
    }
    afterOffset = end;
  }
  return pieces;
}

function nonOverlapping(marks: readonly MarkRange[]): { range: MarkRange; index: number }[] {
  const kept: { range: MarkRange; index: number }[] = [];
  marks.forEach((range, index) => {
    if (range.end <= range.start) return;
    if (kept.some((k) => range.start < k.range.end && k.range.start < range.end)) return;
    kept.push({ range, index });
  });
  return kept;
}
