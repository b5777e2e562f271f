import { defineFragments } from './types';

const articleStruggles = { kind: 'article', section: 'Where Flux Still Struggles' } as const;
const articleMacro = { kind: 'article', section: 'Fine Detail at Macro Scale' } as const;
const bflBasics = {
  kind: 'reference',
  url: 'https://docs.bfl.ai/guides/prompting_unified_basics',
} as const;
const bflHex = {
  kind: 'reference',
  url: 'https://docs.bfl.ai/guides/usecases_t2i_hex_color_prompting',
} as const;

/**
 * Text rendered inside the image. BFL's rule: the exact words in quotation marks, where they go and the
 * font style, kept to a few words (1–4 work best). Choosing FLUX.2 [flex] for typography is a model
 * setting, not prompt words, so it is not a fragment.
 */
export const textFragments = defineFragments([
  {
    id: 'text.quoted-short-sign',
    pillar: 'text',
    slot: 'details',
    label: 'Short sign text in quotation marks',
    text: 'a painted wooden sign that reads "OPEN"',
    does: 'Puts the exact word in quotation marks on a named surface, which is how FLUX renders short text reliably.',
    tags: ['sign', 'typography', 'quoted'],
    replaces: ['sign with writing'],
    source: bflBasics,
  },
  {
    id: 'text.font-style',
    pillar: 'text',
    slot: 'details',
    label: 'Font style of the lettering',
    text: 'in hand-painted serif lettering',
    does: 'Names the font style, so the letters take a specific, consistent shape instead of a generic typeface.',
    tags: ['typography', 'font'],
    replaces: ['nice font'],
    source: bflBasics,
  },
  {
    id: 'text.placement',
    pillar: 'text',
    slot: 'details',
    label: 'Where the sign hangs',
    text: 'the sign hanging from an iron bracket above the shop door',
    does: 'Says where the words go, on the one sign and in one position, so the model does not add lettering elsewhere.',
    tags: ['typography', 'placement', 'street'],
    source: bflBasics,
  },
  {
    id: 'text.neon-sign',
    pillar: 'text',
    slot: 'details',
    label: 'Neon sign with quoted word',
    text: 'a neon sign above the entrance that reads "CAFE"',
    does: 'Combines a quoted single word, a light-emitting material and a placement in one short description.',
    tags: ['sign', 'night', 'street', 'quoted'],
    replaces: ['neon lights'],
    source: bflBasics,
  },
  {
    id: 'text.product-label',
    pillar: 'text',
    slot: 'details',
    label: 'Product label text',
    text: 'a jar label that reads "SEA SALT" in small black capitals',
    does: 'Gives a product a two-word quoted label with its own lettering style, short enough to render cleanly.',
    tags: ['product', 'label', 'quoted'],
    replaces: ['product with logo'],
    source: bflBasics,
  },
  {
    id: 'text.poster-headline',
    pillar: 'text',
    slot: 'details',
    label: 'Poster headline',
    text: 'a poster with the headline "SUMMER MARKET" in large block letters',
    does: 'Places one short quoted headline in a stated style on a single poster.',
    tags: ['poster', 'typography', 'quoted'],
    source: bflBasics,
  },
  {
    id: 'text.hex-lettering',
    pillar: 'text',
    slot: 'details',
    label: 'Quoted word in a hex colour',
    text: 'the word "SALE" in color #D7263D crimson red',
    does: 'Ties an exact hex colour, with its colour name, to the quoted word so the lettering takes that colour.',
    tags: ['typography', 'hex', 'brand', 'quoted'],
    source: bflHex,
  },
  {
    id: 'text.single-line',
    pillar: 'text',
    slot: 'details',
    label: 'One short line of text',
    text: 'a single short line of lettering',
    does: 'Keeps the image to one text element, since complex typography and multiple text elements often render incorrectly.',
    tags: ['typography', 'limits'],
    replaces: ['lots of text'],
    source: articleStruggles,
  },
  {
    id: 'text.watch-numerals',
    pillar: 'text',
    slot: 'details',
    label: 'Printed numerals on a watch dial',
    text: 'crisp printed numerals on the watch dial',
    does: 'Asks for the small printed figures of a dial, which FLUX renders with correct typography at close range.',
    tags: ['macro', 'product', 'typography'],
    source: articleMacro,
  },
]);
