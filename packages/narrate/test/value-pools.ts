import type { NarrateRng } from '../src/internal/rng.js';

const appHeads =
  'Note|Fit|Shop|Pay|Trip|Cook|Pet|Task|Photo|Music|Bank|Garden|Chess|Read|Run|Home|Time|Cloud|Word|Map'.split(
    '|',
  );
const appTails =
  'ly|Hub|Box|Pal|Nest|Flow|Kit|Mate|Dash|Spot|Base|Go|Lab|Wise|Track|Buddy|Point|Zone|Works|Deck'.split(
    '|',
  );
const labelHeads =
  'Save|Share|Archive|Delete|Export|Invite|Sync|Filter|Sort|Upload|Download|Pin|Follow|Mute|Report|Edit|Rename|Duplicate|Print|Refresh'.split(
    '|',
  );
const labelTails =
  '| draft| all| item| photo| list| note| now| later| settings| profile| order| card| folder| link| copy| file| entry| event| page'.split(
    '|',
  );
const screens =
  'Home|Settings|Profile|Inbox|Cart|Library|Account|Notifications|Search|Checkout|Dashboard|Orders|Favorites|History|Messages|Explore|Wallet|Calendar|Preferences|Privacy'.split(
    '|',
  );
const settings =
  'Dark Mode|Notifications|Auto-play|Location|Backup|Face ID|Sounds|Haptics|Offline mode|Analytics|Autocorrect|Data saver|Reminders|Weekly digest|Two-factor|Bluetooth|Auto-update|Large text|Sync contacts|Cellular data'.split(
    '|',
  );
const fields =
  'Weight|Height|Member since|Email|Phone|Plan|Balance|Points|Birthday|Address|Level|Streak|Last order|Credit limit|Blood type|Handle|Timezone|Language|Step goal|Referral code'.split(
    '|',
  );
const people =
  'alice|bob|carol|dave|erin|frank|grace|heidi|ivan|judy|mallory|niaj|olivia|peggy|rupert|sybil|trent|victor|walter|zoe'.split(
    '|',
  );
const components =
  'CartButton|ProfileHeader|FeedItem|TabBar|SearchBox|PriceTag|AvatarImage|OrderRow|ReviewCard|MapPin|Toast|LikeButton|NavHeader|FilterChip|Carousel|Badge|Stepper|TimerText|ChatBubble|SettingsRow'.split(
    '|',
  );
const endpoints =
  '/api/orders|/api/profile|/api/cart|/v1/feed|/v2/search|/api/login|/api/items|/graphql|/api/notifications|/v1/prices|/api/reviews|/api/sync|/v1/upload|/api/wallet|/v1/events|/api/stats|/api/friends|/api/messages|/v1/config|/api/session'.split(
    '|',
  );

/** Where a synthetic draft's names come from: a wide realistic spread, or a small fixed pool. */
export type PoolSize = 'wide' | 'small';

/** Name generators for synthetic tasks. */
export interface ValuePools {
  app(): string;
  label(): string;
  screen(): string;
  setting(): string;
  field(): string;
  person(): string;
  component(): string;
  endpoint(): string;
  number(min: number, max: number): number;
}

/** Pools drawing from the rng: `small` is 20 apps x 20 labels, `wide` combines words into hundreds. */
export function valuePools(rng: NarrateRng, size: PoolSize): ValuePools {
  const wide = size === 'wide';
  return {
    app: () => (wide ? `${rng.pick(appHeads)}${rng.pick(appTails)}` : `${rng.pick(appHeads)}ly`),
    label: () => (wide ? `${rng.pick(labelHeads)}${rng.pick(labelTails)}` : rng.pick(labelHeads)),
    screen: () => (wide ? rng.pick(screens) : rng.pick(screens.slice(0, 5))),
    setting: () => rng.pick(wide ? settings : settings.slice(0, 10)),
    field: () => rng.pick(wide ? fields : fields.slice(0, 10)),
    person: () => (wide ? `${rng.pick(people)}${rng.int(1, 99)}` : rng.pick(people)),
    component: () => rng.pick(components),
    endpoint: () => rng.pick(endpoints),
    number: (min, max) => (wide ? rng.int(min, max) : min),
  };
}
