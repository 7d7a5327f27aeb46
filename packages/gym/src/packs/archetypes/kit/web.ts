import type { Rng } from '../../../rng.js';
import type { WebSpec } from '../../../world/model.js';
import type { AppIdentity } from './naming.js';

/** `length` random hex digits. */
function hex(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += '0123456789abcdef'.charAt(rng.int(0, 15));
  return out;
}

/** Cookies and storage a web app starts with; every screen gets a path. */
export function buildWeb(
  rng: Rng,
  identity: AppIdentity,
  paths: Readonly<Record<string, string>>,
): WebSpec {
  const session = rng.pick(['sid', 'session', `${identity.slug}_session`, '__Host-sid']);
  const cookies = [
    { name: session, value: hex(rng, rng.int(16, 32)), httpOnly: true, secure: true },
    {
      name: rng.pick(['csrftoken', 'XSRF-TOKEN', '_csrf']),
      value: hex(rng, 24),
      httpOnly: false,
      secure: true,
    },
    {
      name: rng.pick(['consent', 'cookie_consent', 'gdpr']),
      value: rng.pick(['all', 'essential', 'analytics']),
      httpOnly: false,
      secure: false,
    },
  ];
  if (rng.chance(0.5)) {
    cookies.push({ name: 'refresh_token', value: hex(rng, 40), httpOnly: true, secure: true });
  }
  const localStorage: Record<string, string> = {
    theme: rng.pick(['light', 'dark', 'system']),
    [`${identity.slug}.lastVisited`]: rng.pick(Object.values(paths)),
    [rng.pick(['featureFlags', 'flags', 'experiments'])]: JSON.stringify({
      newNav: rng.chance(0.5),
      betaSearch: rng.chance(0.5),
    }),
  };
  if (rng.chance(0.5))
    localStorage.locale = rng.pick(['en-US', 'en-GB', 'de-DE', 'pt-PT', 'ja-JP']);
  const sessionStorage: Record<string, string> = {
    tabId: hex(rng, 8),
    [rng.pick(['draft', 'formDraft', 'pendingAction'])]: rng.pick(['', '{}', '{"step":2}']),
  };
  return {
    origin: `https://${identity.host}`,
    cookies,
    localStorage,
    sessionStorage,
    paths,
  };
}
