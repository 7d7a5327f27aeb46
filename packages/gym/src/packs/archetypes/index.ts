import type { Pack } from '../pack.js';
import { adminTablesPack } from './admin-tables-pack.js';
import { authPack } from './auth-pack.js';
import { bankingPack } from './banking-pack.js';
import { chatPack } from './chat-pack.js';
import { fitnessPack } from './fitness-pack.js';
import { heldOutMediaPlayerPack } from './held-out-media-player-pack.js';
import { heldOutSmartHomePack } from './held-out-smart-home-pack.js';
import { mapsPack } from './maps-pack.js';
import { newsPack } from './news-pack.js';
import { notesPack } from './notes-pack.js';
import { settingsPack } from './settings-pack.js';
import { shopPack } from './shop-pack.js';
import { socialFeedPack } from './social-feed-pack.js';
import { travelPack } from './travel-pack.js';

export { adminTablesPack } from './admin-tables-pack.js';
export { authPack } from './auth-pack.js';
export { bankingPack } from './banking-pack.js';
export { chatPack } from './chat-pack.js';
export { fitnessPack } from './fitness-pack.js';
export { heldOutMediaPlayerPack } from './held-out-media-player-pack.js';
export { heldOutSmartHomePack } from './held-out-smart-home-pack.js';
export { mapsPack } from './maps-pack.js';
export { newsPack } from './news-pack.js';
export { notesPack } from './notes-pack.js';
export { settingsPack } from './settings-pack.js';
export { shopPack } from './shop-pack.js';
export { socialFeedPack } from './social-feed-pack.js';
export { travelPack } from './travel-pack.js';
export { validateAppSpec } from './validate-app-spec.js';

/**
 * Every archetype pack. The two `held-out-*` packs have `heldOut: true`:
 * their apps are for eval only and must never appear in training data.
 */
export const defaultPacks: readonly Pack[] = [
  settingsPack,
  shopPack,
  authPack,
  mapsPack,
  socialFeedPack,
  bankingPack,
  notesPack,
  adminTablesPack,
  travelPack,
  newsPack,
  chatPack,
  fitnessPack,
  heldOutMediaPlayerPack,
  heldOutSmartHomePack,
];
