import type { Facet } from './claims';

/**
 * The words people type for each facet of a photograph, as regular-expression sources (matched
 * case-insensitively, on word boundaries). Each facet's values are tried in the order written:
 * where two could match the same words, the first wins, so longer phrases come first.
 *
 * Numbers (focal lengths, apertures, shutter speeds, ISO, Kelvin, head counts) are read in
 * ./numbers, not here.
 */
export type WordFacet = Exclude<Facet, 'fragment' | 'key-side' | 'focal' | 'aperture' | 'iso' | 'warmth'> | 'focal' | 'aperture';

/** Roles and trades people are named by (each also read with a plural s). */
export const roles =
  'chef|cook|craftsman|craftsmen|carpenter|fisherman|fishermen|farmer|worker|nurse|doctor|surgeon|dentist|dancer|ballerina|musician|' +
  'guitarist|pianist|violinist|singer|drummer|athlete|footballer|player|model|student|soldier|monk|priest|nun|cyclist|runner|skater|' +
  'skateboarder|surfer|skier|snowboarder|climber|hiker|vendor|stallholder|astronaut|diver|scuba diver|rider|jockey|boxer|wrestler|' +
  'fighter|businessman|businessmen|businesswoman|businesswomen|mechanic|welder|blacksmith|potter|baker|butcher|barista|bartender|' +
  'waiter|waitress(?:es)?|teacher|professor|scientist|engineer|firefighter|police ?officer|policeman|policemen|policewoman|cop|' +
  'pilot|sailor|tailor|painter|artist|photographer|writer|poet|actor|actress(?:es)?|gardener|shepherd|beekeeper|miner|builder|' +
  'cowboy|knight|king|queen|prince|princess(?:es)?|warrior|samurai|executive|lawyer|judge|chemist|tourist|traveller|traveler|' +
  'hunter|fisher|lifeguard|gymnast|swimmer|golfer|tennis player|referee|coach|DJ|rapper|conductor|commuter|shopkeeper|grocer|apprentice|assistant|customer|patient';

/** People by who they are to someone, or by age: "a grandfather and his grandson". */
export const relations =
  'woman|women|man|men|person|girl|girls|boy|boys|child|children|kid|kids|baby|babies|infant|newborn|toddler|teen(?:ager)?s?|lady|ladies|' +
  'gentleman|gentlemen|guy|guys|bride|groom|mother|father|mom|mum|dad|parents?|grandmother|grandfather|grandma|grandpa|' +
  'grandparents?|grandsons?|granddaughters?|grandchild(?:ren)?|sons?|daughters?|wife|husband|brothers?|sisters?|aunts?|uncles?|nieces?|' +
  'nephews?|cousins?|boyfriend|girlfriend';

const person =
  `${relations}|newlyweds|(?:${roles})s?|` +
  'old man|old woman|elderly (?:man|woman|couple)|face|self-portrait|selfie|' +
  'he|she|him|his|her';

const animal =
  'animals?|dogs?|pupp(?:y|ies)|cats?|kittens?|tabby|horses?|pon(?:y|ies)|foals?|stallions?|birds?|owls?|eagles?|hawks?|falcons?|herons?|' +
  'hummingbirds?|robins?|sparrows?|pigeons?|seagulls?|gulls?|penguins?|parrots?|ducks?|swans?|geese|goose|chickens?|hens?|roosters?|' +
  'fox|foxes|wolf|wolves|deer|stags?|elk|moose|bears?|polar bears?|lions?|lioness|tigers?|leopards?|cheetahs?|elephants?|giraffes?|zebras?|' +
  'rhinos?|hippos?|monkeys?|gorillas?|chimps?|chimpanzees?|orangutans?|pandas?|koalas?|kangaroos?|rabbits?|bunn(?:y|ies)|hares?|squirrels?|' +
  'hedgehogs?|otters?|seals?|sea lions?|whales?|dolphins?|sharks?|fish|turtles?|tortoises?|frogs?|lizards?|snakes?|geckos?|cows?|cattle|' +
  'bulls?|calves|sheep|lambs?|goats?|pigs?|piglets?|donkeys?|camels?|bees?|butterfl(?:y|ies)|moths?|dragonfl(?:y|ies)|ladybugs?|ladybirds?|' +
  'insects?|spiders?|ants?|beetles?|snails?|pets?|wildlife|' +
  'golden retrievers?|retrievers?|labradors?|labs?|poodles?|terriers?|huskies|husky|corgis?|beagles?|bulldogs?|german shepherds?|' +
  'sheepdogs?|border collies?|collies?|pugs?|dachshunds?|chihuahuas?|spaniels?|greyhounds?|dalmatians?|rottweilers?|dobermans?|shiba inu|' +
  'maine coons?|siamese cats?|persian cats?';

const vehicle =
  'cars?|sports cars?|race ?cars?|racecars?|rally cars?|supercars?|muscle cars?|trucks?|lorr(?:y|ies)|pickup trucks?|vans?|jeeps?|suvs?|' +
  'taxis?|cabs?|buses|bus|trams?|streetcars?|trains?|locomotives?|motorcycles?|motorbikes?|dirt bikes?|scooters?|vespas?|bicycles?|bikes?|' +
  'boats?|sailboats?|yachts?|ships?|ferr(?:y|ies)|kayaks?|canoes?|airplanes?|aeroplanes?|planes?|jets?|helicopters?|tractors?|' +
  'porsches?|ferraris?|lamborghinis?|mustangs?|teslas?|formula (?:1|one) cars?|f1 cars?';

const product =
  'products?|bottles?|perfume|fragrance|watch(?:es)?|wristwatch(?:es)?|pocket watch|sneakers?|shoes?|boots?|handbags?|purses?|backpacks?|' +
  'wallets?|headphones|earbuds|airpods|earphones|phones?|smartphones?|laptops?|tablets?|cameras?|mugs?|cups?|teapots?|vases?|bowls?|jars?|' +
  'candles?|cosmetics|lipsticks?|serums?|skincare|creams?|lotions?|sunglasses|jewell?(?:ery|ry)|(?<!boxing |wrestling |in the |into the )rings?|necklaces?|bracelets?|earrings?|' +
  'chairs?|lamps?|speakers?|keyboards?|gadgets?|packaging|boxes|cans?|soda|knife|knives|fountain pens?|pens?|toys?|controllers?|' +
  'smartwatch(?:es)?|drones?|console';

const food =
  'food|dish|dishes|meal|breakfast|lunch|dinner|brunch|dessert|cakes?|pastr(?:y|ies)|croissants?|bread|loaf|sourdough|pizzas?|pasta|' +
  'spaghetti|ramen|noodles|sushi|burgers?|hamburgers?|sandwich(?:es)?|salads?|soup|stew|curry|steak|tacos?|burritos?|fruit|berries|' +
  'strawberr(?:y|ies)|apples?|lemons?|oranges?|tomato(?:es)?|cheese|chocolate|cookies?|pancakes?|waffles?|latte|espresso|cappuccino|' +
  'cocktails?|wine|beer|juice|smoothies?|ice cream|donuts?|doughnuts?|cupcakes?|pies?|tarts?|omelettes?|eggs?|avocado toast|bagels?|' +
  'dumplings?|pho|risotto|paella|charcuterie|macarons?|brownies?';

/** Each facet's values, in the order they are tried. */
export const lexicon: Partial<Record<WordFacet, Record<string, string>>> = {
  subject: {
    // Genre words the reader chose decide the kind of picture before any noun does.
    'macro-genre': 'macro(?: shot| photo(?:graph)?| photography| lens| close-?up)?|extreme close-?ups?|magnified',
    'product-genre':
      'product (?:shot|photo|photograph|photography|image|render|ad)s?|packshots?|commercial (?:shot|photo)s?|e-?commerce|catalog(?:ue)? (?:shot|photo)s?|advert(?:isement)? for',
    'food-genre': 'food (?:photo|photograph|photography|shot|styling)s?|plated|on a plate',
    'landscape-genre': 'landscapes?|seascapes?|vistas?|panoramas?|scenery',
    'street-genre': 'street (?:photo|photograph|photography|scene|shot|portrait)s?',
    'architecture-genre':
      'architectur\\w*|facades?|façades?|buildings?|skyscrapers?|cathedrals?|church(?:es)?|temples?|towers?|bridges?|castles?|lighthouses?|houses?|cabins?|barns?|brutalist|skyline|mosques?|palaces?|ruins',
    'interior-genre':
      'interiors?|living rooms?|bedrooms?|kitchens?|bathrooms?|offices?|lobb(?:y|ies)|hallways?|corridors?|librar(?:y|ies)|cafes?|cafés?|coffee shops?|restaurants?|workshops?|lofts?',
    'portrait-genre': 'portraits?|headshots?|selfies?',
    group:
      'groups?|famil(?:y|ies)|couples?|friends|teams?|band|crew|wedding party|siblings|twins|bride and groom|newlyweds',
    // People as part of a place: in a street or a market they are the scene, not the subject.
    crowd: 'people|crowds?|audience|fans|pedestrians|passers-?by|shoppers|commuters|tourists|locals',
    person,
    animal,
    vehicle,
    food,
    product,
    street:
      'streets?|alley(?:way)?s?|sidewalks?|pavements?|crosswalks?|intersections?|markets?|bazaars?|downtown|city|cities|town squares?|squares?|plazas?|traffic|storefronts?|shopfronts?|subway|metro|train stations?|bus stops?|urban|old town|boulevards?|avenues?|paris|london|new york|tokyo|rome|berlin|venice|barcelona|amsterdam|istanbul|hong kong|shanghai|seoul',
    // A road is a street in a town and part of the land outside one: "a road through autumn forest".
    road: 'roads?|highways?|motorways?|freeways?',
    landscape:
      'mountains?|lakes?|forests?|woods|beach(?:es)?|desert|dunes?|valleys?|(?<!depth of )fields?|meadows?|ocean|seas?|coast(?:line)?|shore|waterfalls?|rivers?|hills?|hillside|canyons?|glaciers?|fjords?|cliffs?|islands?|countryside|prairie|tundra|volcano(?:es)?|trees?|sky|skies|clouds|horizon|aurora|northern lights|snowy peaks?|wilderness|savann?ah?|jungle|rainforest',
  },
  motion: {
    fast:
      'running|runs|sprint(?:ing|s)?|jump(?:ing|s)|leap(?:ing|s)|drift(?:ing|s)|racing|races|speeding|(?:playing|plays) (?:football|soccer|basketball|tennis|rugby|hockey|volleyball|baseball|cricket|frisbee|fetch)|kicking|throwing|galloping|gallops|flying|in flight|mid[- ]?flight|diving|dives|surfing|skateboarding|skiing|snowboarding|cycling|biking|riding|rides|chasing|splashing|spinning|twirling|fighting|boxing|mid[- ]?air|mid[- ]?jump|mid[- ]?stride|in motion|action shot|dashing|fleeing|swinging|driving fast|drives fast|pouncing|dunking|breakdancing|at full speed|full speed|sports action',
    slow: 'walking|walks|strolling|wandering|dancing|dances|swaying|swimming|floating|paddling|jogging|driving|drives|marching',
  },
  setting: {
    indoor:
      'indoors?|inside|interiors?|rooms?|living rooms?|bedrooms?|kitchens?|bathrooms?|offices?|cafes?|cafés?|restaurants?|studios?|workshops?|lobb(?:y|ies)|hallways?|librar(?:y|ies)|at home|apartment|loft|museum|gallery|shop|store|classroom|sofa|couch|bed|windowsill|fireplace|ballroom|reception hall|nightclub|at a bar|in a bar|pub|gym|church interior|cabin at night|in a cabin|inside a cabin',
    outdoor:
      'outdoors?|outside|parks?|gardens?|beach(?:es)?|(?<!depth of )fields?|meadows?|forests?|woods|mountains?|hills?|lakes?|rivers?|sea|ocean|coast|streets?|alleys?|markets?|squares?|city|yard|backyard|terrace|rooftop|balcony|countryside|desert|snow|construction site|harbou?r|pier|docks?|bridge|road|roads|highway|pitch|stadium|racetrack|race track|track|trail|campsite|on the moon|in space|underwater|paris|london|new york|tokyo|rome|venice',
  },
  place: {
    stage: 'concerts?|gigs?|on stage|stage|festival|live music|live show|performance|theat(?:re|er)|opera|rock show|mosh pit',
    nightclub: 'nightclubs?|night club|(?:dance|techno|jazz|rock|music|comedy|packed|crowded|underground) club|gigs?|live music venue|disco|rave|dance ?floor|karaoke|cocktail bar|at a bar|in a bar|pub',
    event: 'wedding(?: reception)?|reception|party|parties|banquet|gala|ballroom|prom|birthday|celebration|ceremony|dinner party',
    studio: 'studio|seamless|backdrop|cyclorama|infinity cove|photo studio',
    beach: 'beach(?:es)?|seaside|shore|shoreline',
    underwater: 'under ?water|submerged|scuba|snorkel(?:l?ing)?|coral reef|reef|beneath the waves|under the sea',
    space: 'outer space|in space|in orbit|orbiting|on the moon|lunar surface|on mars|martian|space station|spacewalk|astronauts?|zero gravity|asteroid',
    sport: 'pitch|stadium|football field|soccer field|court|racetrack|race track|arena|playing field',
    city: 'city|cities|urban|downtown|street|streets|paris|london|new york|tokyo|rome|berlin|venice|barcelona|amsterdam|istanbul|hong kong|shanghai|seoul|cafe terrace',
  },
  time: {
    // A leading "at" or "during" belongs to the time, so a fix that removes it leaves no stray word.
    golden:
      '(?:(?:at|during) (?:the )?)?(?:(?:low )?golden[ -]hour(?: sun(?:light)?| light)?|magic hour|sunsets?|sunrises?|sundown|setting sun|rising sun|low (?:evening |morning |golden |winter |late )?sun(?:light)?|late afternoon sun)',
    blue: '(?:(?:at|during) (?:the )?)?(?:blue[ -]hour(?: twilight)?|twilight)',
    evening: '(?:(?:at|in the) )?(?:dusk|nightfall|evening(?! gown| dress| wear)|gloaming)',
    night: '(?:(?:at|late at) )?(?:night|nights|nighttime|night-time|midnight)|after dark|at dark|nocturnal|overnight|starry night|moonlit night|(?:at )?(?:[1-4]|12) ?(?:am|a\\.m\\.)|small hours|wee hours|dead of night',
    midday:
      '(?:(?:at|during) )?(?:(?:(?:harsh|bright|direct|high|hard|strong) )*(?:midday|noon(?:time)?|high noon)(?: sun(?:light)?| light)?|overhead sun(?:light)?|high sun|(?:middle|height) of the day|harsh (?:direct )?sun(?:light)?|sun directly overhead)',
    morning: '(?:(?:in the|early|at) )?(?:mornings?|dawn|daybreak|first light|sun-?up)',
    afternoon: '(?:in the )?afternoons?',
    day: 'daytime|broad daylight|during the day|in the day|sunny day|bright day|day ?time|daylight(?![- ]balanced)',
  },
  season: {
    spring: 'spring(?:time)?',
    summer: 'summer(?:time|y)?',
    autumn: 'autumn(?:al)?|in the fall|fall (?:foliage|leaves|colou?rs|day|afternoon|morning|evening)',
    winter: 'winter(?:time|y)?',
  },
  sky: {
    overcast: 'overcast|cloudy|gr[ae]y sk(?:y|ies)|gr[ae]y day|heavy clouds|cloud cover|dull sky|leaden sky|cloudy sky',
    storm: 'storm|stormy|thunderstorms?|thunder|lightning storm|blizzard',
    clear: 'clear (?:blue )?sk(?:y|ies)|cloudless|clear day|sunny|blue sk(?:y|ies)',
  },
  weather: {
    rain: 'rain|rainy|raining|rainfall|downpour|drizzle|after the rain|rain-soaked|raindrops',
    fog: 'fog|foggy|mist|misty|haze|hazy',
    snow: 'snow|snowy|snowing|snowfall|snowflakes|blizzard',
  },
  stars: {
    stars: 'stars|starry|star-?filled|milky way|star trails|constellations',
  },
  light: {
    sun: 'sunlight|sunshine|sunlit|sun-drenched|sun-?beams?|direct sun|the sun|sun|sunny|sun rays',
    window: 'window light|window|windows|skylight',
    flash: 'flash|strobes?|speedlights?|speedlites?|on-camera flash|fill flash|bounced? flash',
    tungsten: 'tungsten|incandescent|light bulbs?|warm bulbs?|fairy lights|string lights|edison bulbs?',
    neon: 'neon',
    candle: 'candles?|candlelight|candlelit|candle-lit',
    stage: 'stage lights?|stage lighting|spotlights?|concert lights|lasers?|followspots?',
    studio: 'soft ?box(?:es)?|umbrella|beauty dish|octabox|studio lights?|studio lighting|ring ?light|key light|three-point lighting',
    practical: 'lamps?|lamplight|practical lights?|practicals|head ?lamps?|head ?torch(?:es)?|flashlights?|torchlight|lanterns?',
    streetlight: 'street ?lights?|street ?lamps?|lampposts?|sodium[- ]vapou?r',
    moon: 'moonlight|moonlit|full moon|the moon',
    fire: 'firelight|campfire|bonfire|fireplace|fire',
    screen: 'screen glow|phone screens?|monitor glow|laptop screen|glow of (?:the|a) screen',
    led: 'led lights?|led strips?|rgb lights?',
    reflector: 'reflectors?|bounce card|white card|fill card|fill light',
    rim: 'rim ?light|rim-lit|backlit|back-?light(?:ing)?|hair light|kicker',
    overcast: 'overcast light|diffused daylight',
  },
  'light-pattern': {
    rembrandt: 'rembrandt(?: lighting| light)?',
    split: 'split lighting|split light',
    loop: 'loop lighting|loop light',
    butterfly: 'butterfly lighting|butterfly light|paramount lighting',
  },
  shadow: {
    long: 'long (?:low |dark |stretching )?shadows|low shadows|stretched shadows|shadows stretching',
    hard: '(?:hard|harsh|crisp|sharp|hard-edged|deep black|dark hard)(?:[- ]edged)? shadows?',
  },
  focal: {
    'ultra-wide': 'fish-?eye(?: lens)?|ultra[- ]wide(?:[- ]angle)?(?: lens)?',
    wide: 'wide[- ]angle(?: lens)?|wide lens',
    tele: 'super[- ]telephoto(?: lens)?|telephoto(?: lens)?|long lens|tele lens',
    normal: 'normal lens|standard lens',
  },
  aperture: {
    wide: 'wide open|wide aperture|fast aperture|large aperture',
    stopped: 'stopped[- ]down(?: aperture)?|small aperture|narrow aperture',
  },
  shutter: {
    frozen:
      'fast shutter(?: speed)?|high shutter speed|quick shutter|frozen (?:in )?(?:motion|mid[- ]?air|in time|mid-\\w+)|freez(?:e|es|ing) (?:the )?(?:motion|action|movement)|motion frozen|action frozen|frozen action|frozen sharp',
    panning: 'pann(?:ed|ing)(?: shot)?|streaked background|background streaked(?: sideways)?|background streaking',
    slow:
      'slow shutter(?: speed)?|motion[- ]blur(?:red)?|blurred (?:by )?motion|motion streaks?|streaks? of (?:light|motion)|light trails|long[- ]exposure|silky (?:smooth )?water|blurred into streaks|ghosting|dragging the shutter|dragged shutter|star trails',
  },
  medium: {
    film:
      'kodak portra(?: \\d+)?|portra(?: \\d+)?|ektar(?: 100)?|kodak gold(?: 200)?|colorplus|ultramax|fuji(?:film)? (?:superia|velvia|provia|pro 400h|c200)|velvia|provia|superia|cinestill(?: \\d+[dt])?|tri-?x(?: 400)?|ilford(?: hp5| delta| fp4)?(?: \\d+)?|hp5|t-?max(?: \\d+)?|kodachrome|ektachrome|lomography|(?:35 ?mm|120|medium format|large format) film|film photo(?:graph)?|analog(?:ue)? (?:photo(?:graph)?|film|photography)|on film|shot on film|film negative|colou?r negative film|slide film|expired film',
    'film-body': 'leica m[1-7]|leica m-a|nikon f[2-6]?|canon ae-1|pentax k1000|olympus om-1|contax t2|mamiya(?: rz67| 7)?|rolleiflex|hasselblad 500(?:c\\/m|cm)?|film camera',
    instant: 'polaroid|instax|instant (?:film|photo|camera)',
    phone: 'iphone(?: \\d+)?(?: pro)?(?: max)?|smartphone(?: photo| camera| snapshot)?|phone camera|phone (?:photo|snapshot|lens)|pixel \\d+|galaxy s\\d+|shot on (?:a )?phone',
    digital:
      'canon eos(?: r\\d+| \\d+d)?|canon r\\d|canon 5d(?: mark (?:ii|iii|iv))?|nikon z ?\\d+|nikon d\\d{3,4}|sony a7 ?(?:r ?)?(?:iv|iii|v|ii|s)?|sony alpha|sony a1|fuji(?:film)? x-?(?:t\\d+|h\\d|pro\\d|100v?)|fuji(?:film)? gfx ?\\d*|leica (?:m10|m11|q2|q3|sl2?)|hasselblad x\\w+|hasselblad h\\w+|(?:hasselblad |phase one )?digital back|phase one|arri alexa|alexa mini|red komodo|red v-raptor|dslr|mirrorless(?: camera)?|digital camera|full-frame digital camera|gopro|early digital camera',
  },
  magnification: {
    macro: 'macro lens|macro|life-size(?: magnification)?|1:1 magnification|extreme close-?up|magnified',
  },
  depth: {
    shallow:
      'shallow (?:depth of field|dof|focus)|shallow depth|thin depth of field|subject isolation|isolated subject|selective focus|(?:blurred|blurry|soft|out[- ]of[- ]focus|defocused|dreamy|smooth|creamy|melting) (?:background|backdrop)|background (?:is )?(?:blurred|blurry|soft|out of focus|softly blurred|melting away|dissolving)|background soft|dissolving into (?:soft shapes|blur)|a soft blur|already softening|transition from sharp to soft|(?:creamy |smooth |soft |swirly |dreamy )?bokeh',
    deep:
      'deep (?:depth of field|focus)|large depth of field|everything (?:is )?(?:in )?(?:sharp )?focus|everything sharp|all in (?:sharp )?focus|sharp (?:from )?front to back|front-to-back sharpness|sharp throughout|infinite focus|pan[- ]focus|(?:whole|entire) scene (?:is )?(?:in )?(?:sharp )?focus|every plane in focus|foreground and background (?:both )?(?:in )?(?:sharp )?focus|(?:sharp|crisp|detailed) (?:background|backdrop)|background (?:is )?(?:also )?(?:sharp|crisp|in (?:sharp )?focus)',
  },
  'tonal-key': {
    high: 'high[- ]key',
    low: 'low[- ]key',
  },
  'color-mode': {
    mono:
      '(?:in )?black[- ]and[- ]white(?= (?:photo\\w*|film|image|picture|portrait|shot|street|photography|style|filter|version|print|still)|\\s*(?:[,.;:]|$))|b&w|b\\/w|monochrome|monochromatic|gr[ae]yscale|sepia[- ]toned|sepia (?:photo\\w*|print|image|picture|portrait)s?|tri-?x(?: 400)?|ilford(?: hp5| delta| fp4)?(?: \\d+)?|hp5|t-?max(?: \\d+)?',
    colour:
      'vibrant colou?rs?|vivid colou?rs?|colou?rful|saturated colou?rs?|rich colou?rs?|bright colou?rs?|full colou?r|colou?r photo(?:graph)?|teal and orange|orange and teal|technicolou?r|colou?r film|colou?r negative|colou?r grade|colou?r grading|colou?r graded|kodak portra(?: \\d+)?|portra(?: \\d+)?|ektar(?: 100)?|kodak gold(?: 200)?|velvia|kodachrome|ektachrome|cinestill(?: \\d+[dt])?',
  },
  'shot-size': {
    'extreme-close-up': 'extreme close-?up|ecu|macro close-?up',
    'close-up': 'close-?up|closeup|head ?shot|tight crop|head and shoulders|face filling the frame|tight portrait',
    medium: 'medium shot|mid shot|waist[- ]up|half[- ]body|from the waist up|medium close-?up|three-quarter shot',
    full: 'full[- ]body(?: shot| portrait)?|full[- ]length(?: shot| portrait)?|head to (?:toe|shoes)|whole figure|full figure',
    wide: 'wide shot|long shot|establishing shot|extreme wide shot|small in the frame|tiny in the frame|wide view',
  },
  'camera-height': {
    'eye-level': 'eye[- ]level|at eye height|at (?:the )?(?:subject|animal|dog|cat|child|bird|horse)\\S* eye level',
    low: 'low[- ]angle(?: shot| view)?|worm\\S*[- ]eye(?: view)?|(?:shot|photographed|seen) from below|camera looking up|shot from the ground|ground[- ]level (?:shot|view|angle)|low vantage point',
    overhead: 'overhead (?:shot|view)|top[- ]down(?: view| shot)?|directly overhead|flat[- ]?lay|top view|from directly above|straight down',
    high: 'high[- ]angle(?: shot| view)?|bird\\S*[- ]eye(?: view)?|(?:shot|photographed|seen|viewed) from above|camera above|looking down (?:at|on) (?:the|a)|elevated (?:view|vantage)|aerial(?: view| shot| photo(?:graph)?)?|drone (?:shot|view|photo(?:graph)?|footage)|(?:from|by) (?:a )?drone',
  },
  pose: {
    candid:
      'candid(?:ly)?|unposed|caught off[- ]guard|spontaneous|not posing|natural moment|captured in the moment|in the moment|fly[- ]on[- ]the[- ]wall|documentary (?:style|photograph|photo)',
    posed: 'posed|posing|poses|strik(?:es|ing) a pose|holding a pose|formal portrait|looking (?:directly )?(?:into|at) the (?:camera|lens)|smiling at the camera|staged|stiff pose',
  },
  background: {
    white:
      '(?:plain |pure |clean |seamless |solid |bright )?white (?:background|backdrop|seamless|sweep|studio background|cyclorama)|white seamless|infinity cove|isolated on white|on white(?=\\s*(?:[,.;]|$))',
    black: '(?:plain |pure |solid )?(?:black|dark) (?:background|backdrop|seamless)|on black(?=\\s*(?:[,.;]|$))',
    grey: '(?:plain |neutral )?gr[ae]y (?:background|backdrop|seamless)',
    coloured:
      '(?:red|blue|green|yellow|pink|orange|purple|pastel|teal|beige|colou?red|mint|lilac) (?:background|backdrop|seamless)|gradient (?:background|backdrop)',
    scene:
      '(?:(?:busy|crowded|city|urban|blurred) )?(?:city|street|busy|urban|forest|nature|garden|beach|office|kitchen|cafe|café|park|crowd(?:ed)?|mountain|ocean|sea) (?:background|backdrop)|(?:behind|in the background)(?: is| are)? (?:a|an|the) (?:busy |crowded )?(?:street|city|forest|crowd|market|skyline|mountains|beach|ocean|garden|park)',
  },
  grain: {
    grainy: 'grainy|heavy grain|film grain|visible grain|coarse grain|fine grain|noisy|high iso|pushed film|high noise|digital noise',
    clean: 'clean (?:file|image|digital)|clean fine detail|noise-free|noiseless|low noise|clean and sharp',
  },
  style: {
    cinematic: 'cinematic|film still|movie still|anamorphic',
    moody: 'moody|brooding|gloomy|dark and moody|chiaroscuro|low-key',
    editorial: 'editorial|fashion editorial|magazine cover|vogue',
    dreamy: 'dreamy|ethereal|soft dreamy',
    vintage: 'vintage (?:photo\\w*|look|style|film|feel|aesthetic|filter|tones?)|retro (?:look|style|photo\\w*|aesthetic)|nostalgic|1980s|1970s|1990s|film look',
    documentary: 'documentary|photojournalism|reportage',
    dramatic: 'dramatic',
  },
  problem: {
    'plastic-skin':
      '(?:not |non-?|no )?(?:(?:smooth|perfect|flawless|plastic|waxy|porcelain|airbrushed|poreless|glossy|shiny|doll-?like|cgi|overly smooth|too smooth|soft)(?:[- ]looking)?[ ,-]+(?:and )?)*(?:plastic|waxy|poreless|airbrushed|doll-?like|cgi)(?:[- ]looking)?(?:[ ,]+(?:realistic |natural )?skin)?|(?:smooth|perfect|flawless) (?:flawless |perfect |smooth )?skin',
    blurry: 'blurry(?![\\s,]*(?:background|backdrop|bokeh))|blurred photo|out of focus photo|soft focus everywhere',
    'ai-look': 'ai[- ]generated look|ai look|cgi look|3d render look|looks? like (?:a )?(?:3d )?render',
  },
  clothing: {
    gear: 'space ?suits?|wet ?suits?|diving suits?|dry ?suits?|armou?r',
    clothing:
      'dress(?:es)?|gown|suit|tuxedo|jackets?|coats?|trench coat|sweaters?|jumpers?|cardigans?|shirts?|t-shirts?|blouses?|jeans|denim|hoodies?|scarf|scarves|uniforms?|kimono|sari|knit(?:ted)?|woolen|woollen|linen|leather jacket|apron|overalls|outfit|clothes|clothing|fabric|sleeves?|collars?|wedding dress|veil|hat|beanie|raincoat|poncho|jersey|kit',
  },
};
