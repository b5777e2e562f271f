import type { Pillar } from '../../lib';
import { sitePath } from '../links';

/** The id of a pillar's group on the phrase book page, e.g. "skin-phrases". */
export const phraseBookAnchor = (pillar: Pillar) => `${pillar}-phrases`;

/** The phrase book opened on one pillar's phrases: the group's anchor, with the filter set to it. */
export const phraseBookHref = (pillar: Pillar) => `${sitePath('/phrases/')}?pillar=${pillar}#${phraseBookAnchor(pillar)}`;
