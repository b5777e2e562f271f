import { useEffect, useState } from 'react';
import type { ToolLink } from '../../lib/experiments/links';
import type { ReadRun } from '../../lib/images/types';
import { copyMessages, copyText } from '../copy/copy-text';
import { sitePath } from '../links';

/**
 * A read prompt, one click from the other tools: each link is that tool's own share link
 * (src/lib/experiments/links.ts). The link code brings the upgrade and checker's modules with
 * it, so it loads once a picture has been read, not with the page.
 */

type Links = { upgrade: ToolLink; diff: ToolLink; builder: ToolLink };

const loadLinks = () => import('../../lib/experiments/links');

export function ToolLinks({ run, prompt }: { run: ReadRun; prompt: string }) {
  const [links, setLinks] = useState<Links | null>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    let live = true;
    loadLinks().then(({ upgradeLink, diffLink, builderLink, modelForFile }) => {
      if (!live) return;
      const model = modelForFile(run.model);
      setLinks({ upgrade: upgradeLink(prompt, model), diff: diffLink(prompt, prompt, model), builder: builderLink(run, prompt) });
    });
    return () => {
      live = false;
    };
  }, [run, prompt]);

  const copy = async () => setCopied(`Prompt: ${copyMessages[await copyText(prompt)]}`);

  return (
    <>
      <button type="button" className="fpg-button fpg-button--small" onClick={copy}>
        Copy prompt
      </button>
      {links && (
        <>
          <ToolAnchor link={links.upgrade} path="/tools/upgrade/" label="Check it and make it photographic" />
          <ToolAnchor link={links.diff} path="/tools/diff/" label="Open in the prompt diff" />
          <ToolAnchor link={links.builder} path="/tools/builder/" label="Open in the builder" />
          {links.builder.ok && links.builder.note && <p className="fpg-picture__note">{links.builder.note}</p>}
        </>
      )}
      <span className="sr-only" role="status">
        {copied}
      </span>
    </>
  );
}

function ToolAnchor({ link, path, label }: { link: ToolLink; path: '/tools/upgrade/' | '/tools/diff/' | '/tools/builder/'; label: string }) {
  if (!link.ok) return <p className="fpg-picture__note">{link.reason}</p>;
  return (
    <a className="fpg-button fpg-button--small" href={`${sitePath(path)}${link.query}`}>
      {label}
    </a>
  );
}
