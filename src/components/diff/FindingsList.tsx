import type { LintFinding, LintRule } from '../../lib/prompt/lint';

/** The checker's findings, numbered like their marks in the diff, each with a one-click fix where one exists. */
const ruleNames: Record<LintRule, string> = {
  'negative-phrasing': 'Negative phrasing',
  'vague-term': 'Vague term',
  'unsupported-syntax': 'Syntax FLUX ignores',
  conflict: 'Contradiction',
  'too-long': 'Too long',
  'missing-pillar': 'Missing pillar',
};
const severityNames = { error: 'Error', warning: 'Warning', info: 'Tip' } as const;

/** Long prompts can have many findings: the list shows the first ones. */
const SHOWN_FINDINGS = 50;

interface Props {
  findings: readonly LintFinding[];
  prompt: string;
  onFix: (finding: LintFinding) => void;
}

export function FindingsList({ findings, prompt, onFix }: Props) {
  if (findings.length === 0) {
    return <p className="fpg-diff-tool__empty">No findings: nothing FLUX would ignore or misread.</p>;
  }
  const loud = findings.filter((f) => f.severity !== 'info').length;
  return (
    <>
      <p>
        {loud === 0 ? 'No warnings.' : `${loud} ${loud === 1 ? 'warning' : 'warnings'}`}
        {findings.length > loud && `${loud === 0 ? '' : ','} ${findings.length - loud} ${findings.length - loud === 1 ? 'tip' : 'tips'}`}.
      </p>
      <ol className="fpg-findings">
        {findings.slice(0, SHOWN_FINDINGS).map((finding, index) => {
          const flagged = prompt.slice(finding.start, finding.end);
          return (
            <li key={`${finding.rule}-${finding.start}-${index}`} className={`fpg-finding fpg-finding--${finding.severity}`}>
              <p className="fpg-finding__head">
                <span className="fpg-finding__severity">{severityNames[finding.severity]}</span>{' '}
                <span className="fpg-finding__rule">{ruleNames[finding.rule]}</span>
                {flagged && finding.rule !== 'too-long' && (
                  <>
                    {' '}
                    <q dir="auto">{flagged}</q>
                  </>
                )}
              </p>
              <p className="fpg-finding__message">{finding.message}</p>
              {finding.suggestion !== undefined && (
                <button type="button" className="fpg-button" onClick={() => onFix(finding)}>
                  {fixLabel(finding, flagged)}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {findings.length > SHOWN_FINDINGS && <p>…and {findings.length - SHOWN_FINDINGS} more.</p>}
    </>
  );
}

function fixLabel(finding: LintFinding, flagged: string): string {
  const suggestion = finding.suggestion ?? '';
  if (finding.start === finding.end) return `Add “${suggestion.replace(/^,\s*/, '')}”`;
  if (suggestion === '') return `Remove “${flagged}”`;
  return `Replace “${flagged}” with “${suggestion}”`;
}
