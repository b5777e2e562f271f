/**
 * What a prompt's picture is, read from its words: the kind of subject, whether a person or
 * an animal is in it, and what it already says about time, place and weather. Both the
 * upgrade and the checker's missing-pillar finding use this, so they suggest the same
 * fragments for the same picture. Pure and cheap: a handful of word patterns.
 */

export const subjectKinds = [
  'portrait',
  'group',
  'product',
  'food',
  'landscape',
  'street',
  'architecture',
  'interior',
  'animal',
  'macro',
  'other',
] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** What the prompt says about the moment and place, so an added fragment never contradicts it. */
export interface SceneContext {
  night: boolean;
  /** Sunrise, dawn or morning. */
  morning: boolean;
  indoor: boolean;
  /** A place outside: a park, a beach, a street, a field. */
  outdoor: boolean;
  /** Rain, wet ground or puddles. */
  wet: boolean;
  /** Overcast, cloudy, grey, stormy or snowing: no direct sun. */
  overcast: boolean;
  fog: boolean;
  /** Rock, cliffs or mountains: surfaces a landscape can show texture in. */
  rocky: boolean;
  /** A small object (watch, ring, jewellery): a product that wants a macro lens. */
  small: boolean;
}

export interface SubjectReading {
  subject: SubjectKind;
  /** A person is in the picture: skin and portrait-lens fragments may apply. */
  hasPerson: boolean;
  hasAnimal: boolean;
  context: SceneContext;
}

const w = (words: string) => `(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`;

const sources = {
  macroGenre: w('macro|extreme close-?ups?|magnified'),
  productGenre: w('product (?:shot|photo|photograph|photography|image)s?|packshots?|commercial (?:shot|photo)|e-?commerce'),
  foodGenre: w('food (?:photo|photograph|photography|shot)s?|plated|on a plate'),
  landscapeGenre: w('landscapes?|seascapes?|vistas?|panoramas?'),
  streetGenre: w('street (?:photo|photograph|photography|scene|shot)s?'),
  architectureGenre: w('architectur\\w*|facades?|façades?|buildings?|skyscrapers?|cathedrals?|churche?s?|temples?|towers?|bridges?|castles?|lighthouses?|houses?|cabins?|barns?|brutalist|skyline'),
  interiorGenre: w('interiors?|rooms?|living rooms?|bedrooms?|kitchens?|bathrooms?|offices?|lobb(?:y|ies)|hallways?|corridors?|librar(?:y|ies)|cafes?|cafés?|coffee shops?|restaurants?|bars?|studios?|workshops?|lofts?'),
  portraitWord: w('portraits?|headshots?|selfies?'),
  /** People named as the subject: a family, a couple, two friends. */
  group: w(
    'groups?|family|families|couples?|friends|team|teams|band|crew|wedding party|siblings|twins|' +
      '(?:two|three|four|five|six|several|a few) (?:\\w+ )?(?:people|persons|women|men|girls|boys|children|kids|friends|workers|musicians)',
  ),
  /** People in general: in a street or a market they are part of the place. */
  people: w('people|crowds?|women|men|children|kids|pedestrians|passers-?by|shoppers|commuters|tourists'),
  person: w(
    'woman|man|person|girl|boy|child|kid|baby|toddler|teen(?:ager)?|lady|gentleman|guy|bride|groom|mother|father|grandmother|grandfather|' +
      'grandma|grandpa|chef|cook|craftsman|carpenter|fisherman|farmer|worker|nurse|doctor|dancer|musician|athlete|model|student|soldier|' +
      'monk|priest|old man|old woman|face|he|she|him|his|her|hers|self-portrait|cyclist|runner|skater|surfer|vendor|stallholder',
  ),
  animal: w(
    'animals?|dogs?|puppy|puppies|cats?|kittens?|horses?|birds?|owls?|eagles?|hawks?|foxe?s?|wolf|wolves|deer|bears?|lions?|tigers?|' +
      'elephants?|rabbits?|squirrels?|cows?|sheep|goats?|pigs?|ducks?|swans?|parrots?|fish|whales?|dolphins?|monkeys?|gorillas?|' +
      'zebras?|giraffes?|pets?|wildlife|bees?|butterfl(?:y|ies)|insects?|spiders?|frogs?|lizards?|snakes?',
  ),
  food: w(
    'food|dish|dishes|meal|breakfast|lunch|dinner|brunch|dessert|cake|cakes|pastr(?:y|ies)|croissants?|bread|loaf|pizza|pasta|' +
      'spaghetti|ramen|noodles|sushi|burgers?|sandwich(?:es)?|salad|soup|stew|curry|steak|tacos?|fruit|berries|strawberr(?:y|ies)|' +
      'apples?|lemons?|oranges?|tomato(?:es)?|cheese|chocolate|cookies?|pancakes?|waffles?|coffee|latte|espresso|cappuccino|tea|' +
      'cocktails?|wine|beer|juice|smoothie|ice cream|donuts?|doughnuts?|cupcakes?|pie|tart|omelette|eggs?',
  ),
  product: w(
    'products?|bottles?|perfume|fragrance|watch(?:es)?|wristwatch|pocket watch|sneakers?|shoes?|boots?|handbags?|bags?|backpacks?|wallets?|' +
      'headphones|earbuds|phones?|smartphones?|laptops?|cameras?|mugs?|cups?|teapots?|vases?|bowls?|jars?|candles?|cosmetics|lipstick|' +
      'serum|skincare|cream|sunglasses|jewell?(?:ery|ry)|rings?|necklaces?|bracelets?|earrings?|chairs?|lamps?|speakers?|keyboards?|' +
      'gadgets?|packaging|box|boxes|cans?|soda|chocolate bar|knife|knives|pen|fountain pen|tools?|toys?',
  ),
  street: w(
    'streets?|alley(?:way)?s?|sidewalks?|pavements?|crosswalks?|intersections?|markets?|bazaars?|downtown|city|cities|town squares?|' +
      'squares?|plazas?|traffic|neon|storefronts?|shopfronts?|subway|metro|train stations?|bus stops?|urban|old town|boulevards?|avenues?',
  ),
  landscape: w(
    'mountains?|lakes?|forests?|woods|beach(?:es)?|desert|dunes?|valleys?|fields?|meadows?|ocean|seas?|sea|coast(?:line)?|shore|' +
      'waterfalls?|rivers?|hills?|hillside|canyons?|glaciers?|fjords?|cliffs?|islands?|countryside|prairie|tundra|volcano(?:es)?|' +
      'trees?|sky|skies|clouds|horizon|sunrise|sunset|aurora|northern lights|snowy peaks?|wilderness|savanna|jungle|rainforest',
  ),
  small: w('watch(?:es)?|wristwatch|pocket watch|rings?|earrings?|jewell?(?:ery|ry)|necklaces?|bracelets?|coins?|gems?|gemstones?|diamonds?|lipstick|serum|dice|keys?'),
  night: w('night|nighttime|night-time|midnight|after dark|at dark|nocturnal|starry|stars|moonlit|moonlight|neon'),
  morning: w('sunrise|dawn|morning|daybreak|first light'),
  indoor: w('indoors?|inside|interiors?|rooms?|living rooms?|bedrooms?|kitchens?|bathrooms?|offices?|cafes?|cafés?|restaurants?|bars?|studios?|workshops?|lobb(?:y|ies)|hallways?|librar(?:y|ies)|home|apartment|loft|church interior|museum|gallery|shop|store|classroom|sofa|couch|bed|windowsill|fireplace'),
  outdoor: w('outdoors?|outside|parks?|gardens?|beach(?:es)?|fields?|meadows?|forests?|woods|mountains?|hills?|lakes?|rivers?|sea|ocean|coast|streets?|alleys?|markets?|squares?|city|yard|backyard|terrace|rooftop|balcony|countryside|desert|snow|construction site|harbou?r|pier|docks?|bridge'),
  wet: w('rain|rainy|raining|rainfall|wet|puddles?|drizzle|downpour|after the rain|storm|stormy'),
  overcast: w('overcast|cloudy|grey sky|gray sky|grey day|gray day|stormy|storm|snow|snowy|snowing|drizzle|rain|rainy|raining'),
  fog: w('fog|foggy|mist|misty|haze|hazy'),
  rocky: w('mountains?|rocks?|rocky|cliffs?|canyons?|boulders?|crags?|peaks?|volcano(?:es)?|granite|stone'),
} as const;

type PatternName = keyof typeof sources;
const patterns = Object.fromEntries(Object.entries(sources).map(([name, source]) => [name, new RegExp(source, 'iu')])) as Record<
  PatternName,
  RegExp
>;

/** True when the text names a person (used by the checker's skin finding too). */
export function mentionsPerson(text: string): boolean {
  return recogniseSubject(text).hasPerson;
}

/**
 * Reads what the picture is. The order decides between kinds a prompt names together: a
 * genre word the reader chose ("product shot", "macro") wins; then people (a woman in a
 * café is a portrait, not an interior), animals, food, products, then places.
 */
export function recogniseSubject(prompt: string): SubjectReading {
  const p = patterns;
  const text = prompt.length > 20_000 ? prompt.slice(0, 20_000) : prompt;
  const has = (name: PatternName) => p[name].test(text);
  const hasAnimal = has('animal');
  const negatedPeople = /(?<![\p{L}])(?:no|without) (?:people|one|crowds?|pedestrians|tourists)/iu.test(text);
  const group = has('group');
  const people = has('people') && !negatedPeople;
  const hasPerson = group || people || has('person') || (has('portraitWord') && !hasAnimal);
  const place = has('streetGenre') || has('street');
  const context: SceneContext = {
    night: has('night'),
    morning: has('morning'),
    indoor: has('indoor'),
    outdoor: has('outdoor'),
    wet: has('wet'),
    overcast: has('overcast'),
    fog: has('fog'),
    rocky: has('rocky'),
    small: has('small'),
  };
  const subject = ((): SubjectKind => {
    if (has('macroGenre')) return 'macro';
    if (has('productGenre')) return 'product';
    if (has('foodGenre')) return 'food';
    if (group) return 'group';
    if (hasPerson && (has('person') || has('portraitWord'))) return has('streetGenre') ? 'street' : 'portrait';
    if (people) return place ? 'street' : 'group';
    if (hasAnimal) return 'animal';
    if (has('streetGenre')) return 'street';
    if (has('food')) return 'food';
    if (has('product')) return 'product';
    if (has('interiorGenre')) return 'interior';
    if (has('street')) return 'street';
    if (has('landscapeGenre')) return 'landscape';
    if (has('architectureGenre')) return 'architecture';
    if (has('landscape')) return 'landscape';
    return 'other';
  })();
  return { subject, hasPerson, hasAnimal, context };
}

/** How the tool names what it read the picture as. */
export const subjectLabels: Record<SubjectKind, string> = {
  portrait: 'a portrait',
  group: 'a group of people',
  product: 'a product shot',
  food: 'food',
  landscape: 'a landscape',
  street: 'a street scene',
  architecture: 'architecture',
  interior: 'an interior',
  animal: 'an animal',
  macro: 'a macro shot',
  other: 'a picture of another kind',
};
