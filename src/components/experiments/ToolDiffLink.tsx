import { useEffect, useState } from 'react';
import type { ToolLink } from '../../lib/experiments/links';
import { sitePath } from '../links';

/** Both prompts of a pair in the diff tool, through its own share link (the link code loads on demand). */
export function ToolDiffLink({ before, after, model }: { before: string; after: string; model: string | undefined }) {
  const [link, setLink] = useState<ToolLink | null>(null);
  useEffect(() => {
    let live = true;
    import('../../lib/experiments/links').then(({ diffLink, modelForFile }) => live && setLink(diffLink(before, after, modelForFile(model))));
    return () => {
      live = false;
    };
  }, [before, after, model]);
  if (!link) return null;
  if (!link.ok) return <p>{link.reason}</p>;
  return (
    <p>
      <a href={`${sitePath('/tools/diff/')}${link.query}`}>Open both prompts in the prompt diff and checker</a>
    </p>
  );
}
