import type { FragmentSource } from '../fragments/types';
import type { TemplateId } from './index';
import type { TemplateNotes } from './types';

/**
 * What a template's card tells the reader: what it is for, what to expect, what to watch for
 * and where the worked example comes from. Kept apart from the definitions because the builder
 * loads the definitions on every visit and shows none of this (the builder page's JavaScript
 * budget, see docs/performance.md).
 */

const article = (section: string): FragmentSource => ({ kind: 'article', section });
const bflStyle: FragmentSource = { kind: 'reference', url: 'https://docs.bfl.ai/guides/prompting_unified_style' };
/** What every template with a person in it has to own up to: the hands. */
const handsWatch = 'Hands are the weak spot of every image model: count the fingers before you keep a picture.';

export const templateNotes = {
  'freckled-portrait': {
    summary: 'A close portrait that keeps pores, freckles and small flaws instead of polishing them away.',
    expect: 'A head-and-shoulders portrait in soft window light, with freckles, pores and small flaws left on the skin.',
    watchFor: 'Freckles can come out as an even, stamped pattern: if they do, the image has drifted toward a retouched look.',
    source: article('Skin That Actually Looks Like Skin'),
  },
  'side-lit-studio-portrait': {
    summary: 'One hard light from the side, with the shadow logic and skin colour that make a face read as photographed.',
    expect: 'A studio head shot lit hard from frame left, the far side of the face in shadow, against a dark paper backdrop.',
    watchFor: 'Check that the nose, the cheek and the hair all agree on where the light is; a second, invented light is the usual slip.',
    source: article('How Flux Handles Light'),
  },
  'golden-hour-mist-landscape': {
    summary: 'A wide landscape where low sun breaks through mist in visible rays.',
    expect: 'A valley in low warm sun, rays slanting through mist between two hills, sharp from the near trees to the horizon.',
    watchFor: 'Rays that fan out from a point inside the frame, or from two directions at once, give the picture away.',
    source: article('How Flux Handles Light'),
  },
  'wet-cobblestone-night-street': {
    summary: 'A rain-soaked street whose puddles, pooled between the cobbles, reflect the lights around them.',
    expect: 'A narrow street at night after rain, lamps mirrored upside down in the small puddles between the stones.',
    watchFor: 'Reflections that do not match what stands above them, or a lamp with no reflection at all, are the tell.',
    source: article('Material Surfaces Done Right'),
  },
  'concrete-and-wood-architecture': {
    summary: 'A building whose cast concrete and timber carry the marks of how they were made and aged.',
    expect: 'A house of board-marked concrete and weathered timber, sharp throughout, with tie holes and pour lines visible.',
    watchFor: 'Concrete can come out as a smooth grey render with a texture pasted on; look for tie holes that follow a grid.',
    source: article('Material Surfaces Done Right'),
  },
  'craftsman-workshop': {
    summary: 'An environmental portrait where the person and the workshop share one light and equal detail.',
    expect: 'A woodworker at the bench in window light, sawdust on their clothes, tools and timber racked sharp enough to name.',
    watchFor: handsWatch,
    source: article('Complex Scenes With Multiple Subjects'),
  },
  'busy-street-scene': {
    summary: 'A street portrait whose background stays a real place: recognisable facades and people in motion.',
    expect: 'A person waiting at a crossing, the street behind soft but still a street: windows, doorways, people walking.',
    watchFor: 'Faces of passers-by melt easily at this size; a shop sign may turn into letter-like shapes, which is why none is asked for.',
    source: article('Complex Scenes With Multiple Subjects'),
  },
  'macro-hands': {
    summary: 'The back of one weathered hand, close enough for knuckle creases and veins, at a magnification that can hold it.',
    expect: 'One hand resting on dark soil, filling the frame, with creased knuckles and veins under thin skin.',
    watchFor: 'A hand can grow a sixth finger or lose a knuckle even alone in the frame: count them, and fix a near miss by inpainting the hand.',
    source: article('Fine Detail at Macro Scale'),
  },
  'pocket-watch-macro': {
    summary: 'The dial side of an old watch, whole in the frame: a scratched crystal, a worn brass edge and crisp numerals.',
    expect: 'A brass pocket watch lying face up on walnut, its scratched crystal catching the light over sharp printed numerals.',
    watchFor: 'Numerals can repeat or run out of order around the dial, and the hands may not point at a real time: read the dial.',
    source: article('Fine Detail at Macro Scale'),
  },
  'handmade-ceramic-bowl': {
    summary: 'A still life where the pottery shows it was made by hand and the surface under it is a real material.',
    expect: 'A slightly uneven glazed bowl on stone or wood, the light showing throwing marks and where the glaze pooled.',
    watchFor: 'A bowl that is perfectly round and evenly glazed has lost the handmade look; so has a rim of uniform thickness.',
    source: article('Fine Detail at Macro Scale'),
  },
  'glass-of-water': {
    summary: 'Refraction done right: a glass of water on a glass tabletop, bending the lemons behind it.',
    expect: 'A glass of water on a glass table in light from the right, the lemons behind it shifted and warped by the water.',
    watchFor: 'Look at the lemons through the glass: if they are not displaced and flipped where the water bends them, the refraction is painted on.',
    source: article('Fine Detail at Macro Scale'),
  },
  'leather-wallet-product': {
    summary: "PicassoIA's product set-up: one key light, a soft box, raking light and a white card fill.",
    expect: 'A leather wallet on slate, lit from the upper left, the hide grain and seam stitches sharp, the right side filled softly.',
    watchFor: 'Stitches can turn into an even, printed-looking dash line; real stitching varies slightly and sinks into the leather.',
    source: article('Fine Detail at Macro Scale'),
  },
  'mixed-light-interior': {
    summary: 'A room lit warm on one side and cool on the other, with colour in the shadows on both.',
    expect: 'A reader in an armchair, lamp-warm on one side and window-cool on the other, the shadows amber near the lamps.',
    watchFor: 'The two temperatures may average into one beige light; if both sides of the face look the same colour, the mix is lost.',
    source: article('Color Accuracy Without Over-Saturation'),
  },
  'olive-skin-overcast-portrait': {
    summary: "Skin colour under soft daylight: the blend of yellow, orange and pink that PicassoIA's article uses as a test.",
    expect: 'A man by the sea under a grey sky, his olive skin a quiet mix of yellow, orange and pink, with no hard shadows.',
    watchFor: 'Skin that turns orange or grey under an overcast sky means the colour drifted; compare it with the whites of the eyes.',
    source: article('Color Accuracy Without Over-Saturation'),
  },
  'short-sign-text': {
    summary: 'One short word on one sign, in quotation marks, with where the sign hangs and its lettering style named.',
    expect: 'A bakery front with one hanging sign that reads the quoted word in hand-painted letters, and no other lettering.',
    watchFor: 'Spelling: read every letter, since a doubled or missing letter is the most common text failure even in one short word.',
    source: article('Where Flux Still Struggles'),
  },
  'two-person-positions': {
    summary: 'Two people whose places in the frame are stated, so the arrangement does not have to be guessed.',
    expect: 'Two friends at a café table, the woman on the left laughing, the man on the right holding a cup.',
    watchFor: 'The two may swap sides or share features; and the hand around the cup is where fingers go wrong.',
    source: article('Where Flux Still Struggles'),
  },
  'three-depth-planes': {
    summary: 'A market seller in focus between a softer crate in front and softer stalls behind, with a lens that explains the blur.',
    expect: 'A fruit seller sharp at the stall, the nearest crate of oranges gently soft, the market behind melting into shapes.',
    watchFor: 'FLUX may blur everything but the seller evenly; the crate in front should soften too, and less than the far stalls.',
    source: article('Depth of Field and Spatial Realism'),
  },
  'hex-palette-interior': {
    summary: 'Brand or design colours given as hex codes, each tied to a named object, as BFL recommends.',
    expect: 'A calm living room whose sofa and cushions take the two named colours, with oak and woven fabric around them.',
    watchFor: 'A hex colour can leak onto walls or other objects; check that only the named sofa and cushions carry it.',
    source: { kind: 'reference', url: 'https://docs.bfl.ai/guides/usecases_t2i_hex_color_prompting' },
  },
  'film-portrait': {
    summary: 'A waist-up portrait whose look comes from the film it was shot on: colour negative or black and white.',
    expect: 'A waist-up portrait with visible but fine grain, soft colour or deep black-and-white tones, not digital smoothness.',
    watchFor: 'The grain and palette are the model’s idea of the film, not a scan of it: compare with real frames before calling it a match.',
    source: bflStyle,
  },
  'flash-party-snapshot': {
    summary: 'A candid indoor snapshot lit by the camera’s own flash, with the hard light and fast falloff that go with it.',
    expect: 'Friends caught mid-laugh in flat, bright flash, either a hard shadow on the wall behind or a room fading to black.',
    watchFor: 'Hands holding glasses and cups are where extra or merged fingers show first; faces at the back may also go soft.',
    source: bflStyle,
  },
  'panning-cyclist': {
    summary: 'Speed shown the way a photographer shows it: the camera follows the rider and the street streaks behind.',
    expect: 'A cyclist sharp in the middle distance, the street behind streaked sideways, the wheels blurred by their own spin.',
    watchFor: 'FLUX may streak the rider too, or streak the background in the wrong direction; the streaks should run along the road.',
    source: { kind: 'web', url: 'https://photographylife.com/motion-blur-panning-photography' },
  },
  'still-in-the-crowd': {
    summary: 'A slow shutter on a busy platform: one person stands sharp while everyone else streaks past.',
    expect: 'A woman standing still on a station platform, the commuters around her smeared into streaks of motion.',
    watchFor: 'The still figure can pick up blur as well, or the streaks can turn into ghostly extra people; a tripod-steady background helps.',
    source: { kind: 'web', url: 'https://photographylife.com/motion-blur-panning-photography' },
  },
  'framing-and-angle': {
    summary: 'One person, framed by a named shot size and seen from a named camera height, so the picture is composed on purpose.',
    expect: 'A dancer in an empty studio, as much of the body as the shot size says, seen from the height the angle says.',
    watchFor: 'In a full-length or wide shot the face and hands get few pixels, which is where distortions hide: check them at full size.',
    source: { kind: 'web', url: 'https://wanttoinnovate.com/types-of-camera-shot-sizes' },
  },
  'face-of-its-own': {
    summary: 'A portrait written against FLUX’s habits: a specific, older face, placed off centre, with the room kept in focus.',
    expect: 'A woman in her late fifties on the left of the frame, laugh lines and an individual face, her kitchen sharp behind her.',
    watchFor: 'FLUX leans young and smooth: if the age marks fade, make them more concrete rather than adding a number.',
    source: { kind: 'web', url: 'https://github.com/black-forest-labs/flux/issues/179' },
  },
  'phone-snapshot-flat-lay': {
    summary: 'Lunch photographed the way people really do it: a phone held straight over the table, everything in focus.',
    expect: 'A bowl of noodles seen straight from above, chopsticks and table edge all sharp, in plain window light.',
    watchFor: 'FLUX may still soften the edges of the frame as if a big lens were used; a phone keeps almost everything sharp.',
    source: { kind: 'web', url: 'https://www.uniquephoto.com/community/qa/why-do-smartphones-keep-landscapes-sharp-even-with-wide-apertures' },
  },
  'cinestill-night-street': {
    summary: 'A wet street at night on CineStill 800T: warm lamps rendered neutral and a red halo round every bright light.',
    expect: 'A wide view of a wet street at night, lamps glowing with red halos, a lone figure small in the frame.',
    watchFor: 'Halation should ring only the brightest points; a red glow over the whole frame is a filter look, not the film.',
    source: { kind: 'web', url: 'https://deptofvibe.com/archives/why-cinestill-glows' },
  },
} as const satisfies Record<TemplateId, TemplateNotes>;

export function templateNotesFor(id: TemplateId): TemplateNotes {
  return templateNotes[id];
}
