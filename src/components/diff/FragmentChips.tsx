import { describePillarCounts, type PromptDiff } from '../../lib/diff';
import { getFragment } from '../../lib/fragments';

/** The catalogue fragments a change adds or drops, grouped by pillar: "added: light (2), material (1)". */
export function FragmentChips({ diff }: { diff: PromptDiff }) {
  const groups = [
    { kind: 'added', label: 'Fragments added', byPillar: diff.addedByPillar },
    { kind: 'removed', label: 'Fragments removed', byPillar: diff.removedByPillar },
  ] as const;
  return (
    <div className="fpg-chips">
      {groups.map(({ kind, label, byPillar }) => (
        <div key={kind} className={`fpg-chips__group fpg-chips__group--${kind}`}>
          <p className="fpg-chips__summary">
            {label}: {byPillar.length ? describePillarCounts(byPillar) : 'none'}
          </p>
          {byPillar.length > 0 && (
            <ul className="fpg-chips__list">
              {byPillar.flatMap(({ pillar, fragments }) =>
                fragments.map((id) => (
                  <li key={id} className="fpg-chip" data-fragment-id={id}>
                    <span className="fpg-chip__pillar">{pillar}</span> {getFragment(id).label}
                  </li>
                )),
              )}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
