import type { Pack } from '../pack.js';
import type { AppDraft } from './kit/app-draft.js';
import { buildSwitchScreen, fetchOn, personName } from './kit/common-screens.js';
import { pickDistinct } from './kit/decoys.js';
import { definePack, mobile, web } from './kit/define-pack.js';
import { buildDetail } from './kit/detail-block.js';
import { buildList } from './kit/list-block.js';
import { bank, cities } from './kit/words.js';

const subjects = bank(
  'Council Startup Museum Heatwave Election Rail_strike Harbour Festival Court Vaccine Stadium Budget',
);
const verbs = bank('approves delays opens faces wins rejects launches expands reopens questions');
const objects = bank(
  'new_plan record_deal major_upgrade fresh_inquiry night_service youth_programme tax_reform',
);

function build(app: AppDraft): string {
  const { rng } = app;
  const home = app.screen('home', rng.pick(['Top stories', 'Headlines', 'Today']));
  const sections = pickDistinct(
    rng,
    bank('World Business Tech Sport Culture Science Local'),
    rng.int(1, 3),
  ).map((s) => app.screen(s, s));
  const prefs = app.screen('topics', rng.pick(['Topics', 'Followed topics', 'Alerts']));
  const nav = [home, ...sections, prefs]
    .slice(0, 5)
    .map((s) => ({ key: s.id, label: s.title, to: s.id }));
  const headline = (): string =>
    `${rng.pick(cities)} ${rng.pick(subjects).toLowerCase()} ${rng.pick(verbs)} ${rng.pick(objects)}`;
  const article = (
    item: { label: string; value?: string },
    ref: { id: string; title: string },
    parent: { id: string; title: string },
  ): void =>
    buildDetail(app, {
      screen: ref,
      parent,
      image: rng.chance(0.6),
      fields: [
        { label: rng.pick(['By', 'Author']), value: personName(app) },
        { label: rng.pick(['Published', 'Updated']), value: item.value ?? '' },
        { label: rng.pick(['Reading time', 'Read']), value: `${rng.int(2, 15)} min` },
      ],
    });
  for (const screen of [home, ...sections]) {
    const items = [...new Set(Array.from({ length: rng.int(6, 25) }, headline))].map((label) => ({
      label,
      value: `${rng.int(1, 23)}h ago`,
    }));
    buildList(app, {
      screen,
      ...(screen === home ? {} : { parent: home }),
      nav,
      items,
      details: rng.int(1, 2),
      decoy: true,
      component: rng.pick(['HeadlineRow', 'StoryCard']),
      menu: {
        title: rng.pick(['Story options', 'Share']),
        actions: pickDistinct(rng, bank('Save_for_later Share Copy_link Mute_topic'), 3),
      },
      detail: article,
    });
    fetchOn(app, screen, 'GET', `/articles?section=${screen.id}&limit=${items.length}`, {
      articles: items.length,
    });
  }
  buildSwitchScreen(app, prefs, home, [
    {
      heading: rng.pick(['Follow', 'Topics']),
      labels: pickDistinct(
        rng,
        bank('Breaking_news Politics Climate Football Markets AI Local_events'),
        rng.int(3, 6),
      ),
    },
    {
      heading: 'Delivery',
      labels: pickDistinct(
        rng,
        bank('Notifications Morning_briefing Evening_digest Autoplay_video'),
        rng.int(1, 3),
      ),
    },
  ]);
  app.deepLink(rng.pick(sections));
  app.deepLink(prefs);
  if (rng.chance(0.4)) app.extend({ permission: 'notifications' });
  return home.id;
}

/** A news reader: sections of long headline lists with look-alikes, articles, topic switches. */
export const newsPack: Pack = definePack({
  id: 'news',
  title: 'News reader',
  supports: [...mobile, ...web],
  nouns: bank('Daily Times Post Herald Wire Press Gazette Ledger'),
  build,
});
