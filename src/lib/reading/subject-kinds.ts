/** The kinds of picture the reading tells apart, and how the tools name them (light: no reading code). */
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
  'vehicle',
  'macro',
  'other',
] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** How the tools name what they read the picture as. */
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
  vehicle: 'a vehicle',
  macro: 'a macro shot',
  other: 'a picture of another kind',
};
